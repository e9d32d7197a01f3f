-- The aid scheme (dispositif d'aide) a call belongs to, published as dispositifAide in the SCDL file.
alter table funding_call add column aid_scheme varchar(255);
