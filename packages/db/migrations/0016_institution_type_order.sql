-- A list filtered by one type reads its first page in name order straight from this index (51 rows), where
-- it walked the name order and skipped the other types (docs/benchmarks.md, "After prepared statements…").
-- It serves every lookup by type_code that the old single-column index did.
create index if not exists institution_type_name_idx on institution (type_code, name, id);
drop index if exists institution_type_idx;
