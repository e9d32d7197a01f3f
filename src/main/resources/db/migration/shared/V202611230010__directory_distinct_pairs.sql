-- Pairs of organisations a pilote has declared distinct: duplicate detection no longer proposes them.
-- (Directory table, in the shared block of versions so that it runs after the shared migrations.)
create table directory_distinct_pair (
    first_id bigint not null references directory_organisation (id) on delete cascade,
    second_id bigint not null references directory_organisation (id) on delete cascade,
    declared_by bigint not null,
    declared_at timestamp not null,
    primary key (first_id, second_id)
);
