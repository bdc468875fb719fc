-- The register list orders by every column it shows (issue 4: "sort on every column"), with keyset paging.
-- Each order reads its first and its deep pages from an index, in both directions; without one, a page of a
-- nation-wide order would sort the whole register. Type, region and status reuse the filters' indexes
-- (type_code / sigungu_code / status, name, id), read backwards for the descending order. A nullable
-- column needs a second index for its descending order, since unknown values come last in both directions
-- and a backward scan would put them first.
create index if not exists institution_current_users_id_idx on institution (current_users, id);
create index if not exists institution_current_users_desc_idx on institution (current_users desc nulls last, id desc);
create index if not exists institution_head_name_id_idx on institution (head_name, id);
create index if not exists institution_head_name_desc_idx on institution (head_name desc nulls last, id desc);
create index if not exists institution_phone_id_idx on institution (phone, id);
create index if not exists institution_phone_desc_idx on institution (phone desc nulls last, id desc);
create index if not exists institution_grade_name_desc_idx on institution (latest_grade desc nulls last, name desc, id desc);
