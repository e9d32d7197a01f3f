-- The territorial reference: COG (régions, départements, EPCI, communes), loaded at first start
-- from classpath:territory/cog-2026.tsv.gz, and the QPV list, imported from the official file.
-- search_name columns hold the name folded to lower-case ASCII words, for accent-free search and
-- an ordering that is the same on H2 and PostgreSQL.

create table territory_region (
    code varchar(3) primary key,
    name varchar(100) not null
);

create table territory_departement (
    code varchar(3) primary key,
    name varchar(100) not null,
    region_code varchar(3) not null references territory_region (code)
);
create index territory_departement_region on territory_departement (region_code);

create table territory_epci (
    code varchar(9) primary key,
    name varchar(200) not null,
    search_name varchar(200) not null,
    nature varchar(10) not null,
    population integer,
    member_count integer not null
);
create index territory_epci_search_name on territory_epci (search_name);

create table territory_commune (
    code varchar(5) primary key,
    name varchar(100) not null,
    search_name varchar(100) not null,
    departement_code varchar(3) not null references territory_departement (code),
    region_code varchar(3) not null references territory_region (code),
    epci_code varchar(9) references territory_epci (code),
    population integer,
    postal_codes varchar(250)
);
create index territory_commune_departement on territory_commune (departement_code, search_name);
create index territory_commune_epci on territory_commune (epci_code, search_name);

create table territory_qpv (
    code varchar(10) primary key,
    name varchar(200) not null,
    search_name varchar(200) not null,
    departement_code varchar(3) not null,
    sample boolean not null default false,
    updated_at timestamp not null,
    version bigint not null default 0
);
create index territory_qpv_departement on territory_qpv (departement_code, code);

create table territory_qpv_commune (
    qpv_code varchar(10) not null references territory_qpv (code),
    commune_code varchar(5) not null references territory_commune (code),
    primary key (qpv_code, commune_code)
);
create index territory_qpv_commune_commune on territory_qpv_commune (commune_code);
