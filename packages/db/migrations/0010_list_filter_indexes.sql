-- The officials' list filters by status and by latest grade without another selective filter; with these
-- indexes a first page and its count read only the matching rows (docs/benchmarks.md, issue 4 list
-- benchmark: status=suspended and grade=A were full scans).
create index if not exists institution_status_name_idx on institution (status, name, id);
create index if not exists institution_grade_name_idx on institution (latest_grade, name, id);
