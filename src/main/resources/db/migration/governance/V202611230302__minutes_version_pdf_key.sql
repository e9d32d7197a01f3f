-- The PDF of a published minutes version, drawn once and kept in the file store.
alter table governance_minutes_version add column pdf_key varchar(60);
