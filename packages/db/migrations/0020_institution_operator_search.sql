-- The register list filters by part of the operator's name (운영주체: 법인·단체 or person, issue 4). A trigram
-- index finds a rare operator among 100,000 institutions without reading them all (3 characters or more).
create index if not exists institution_operator_name_trgm on institution using gin (operator_name gin_trgm_ops);
