-- The name order with what a common search tests and what row-level security reads: a page of a common
-- 초성 or name fragment ("ㅎㅂ", "요양") walks the index alone (an index-only scan) for the first matches,
-- then reads just those rows (docs/benchmarks.md, "After prepared statements…"). They replace (name, id)
-- and (sido_code, name, id): nation-wide and 시도 lists; a 시군구 holds few enough rows to read them.
create index if not exists institution_name_cover_idx on institution (name, id)
  include (name_initials, sido_code, sigungu_code, road_address);
drop index if exists institution_name_id_idx;
create index if not exists institution_sido_cover_idx on institution (sido_code, name, id)
  include (name_initials, sigungu_code, road_address);
drop index if exists institution_sido_idx;
