-- 0004: searching the register (현황정보관리 UWSI): 초성, fragments of name and address, 사업자등록번호,
-- and the orders the officials' list offers. Indexes and one pure function only; no new table, so no new
-- row-level security policy (institution's own policy in 0001 applies).

-- 초성 of a name: each complete syllable (가 U+AC00 … 힣 U+D7A3, 588 syllables per leading consonant)
-- becomes its leading consonant, whitespace is dropped, anything else is kept. Same rule as
-- toInitials() in packages/domain/src/institution-search.ts; a test compares the two on every seeded name.
create or replace function hangul_initials(value text) returns text
language sql immutable strict parallel safe as $$
  select coalesce(string_agg(
           case when ascii(c) between 44032 and 55203
                then substr('ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ', (ascii(c) - 44032) / 588 + 1, 1)
                else c end, '' order by n), '')
  from unnest(string_to_array(regexp_replace(value, '\s', '', 'g'), null)) with ordinality as u(c, n)
$$;

-- "ㅈㄹㄴㅇ" → rows whose name's 초성 contain it (pg_trgm extracts trigrams from jamo on both engines).
create index institution_name_initials_trgm on institution using gin (hangul_initials(name) gin_trgm_ops);
-- A fragment of the road address ("종로구 율곡로").
create index institution_road_address_trgm on institution using gin (road_address gin_trgm_ops);
-- An exact 사업자등록번호 / 고유번호 (10 digits as stored).
create index institution_business_no_idx on institution (business_no);
-- Nation-wide lists (보건복지부) page in these orders without sorting the whole register; the per-시도 and
-- per-시군구 name orders are served by institution_sido_idx and institution_sigungu_idx from 0001.
-- Nullable sort columns keep unknown values last in both directions, so each direction needs its own index
-- (a backward scan of an ascending index would put the nulls first).
create index institution_name_id_idx on institution (name, id);
create index institution_opened_on_id_idx on institution (opened_on, id);
create index institution_opened_on_desc_idx on institution (opened_on desc nulls last, id desc);
create index institution_capacity_id_idx on institution (capacity, id);
create index institution_capacity_desc_idx on institution (capacity desc nulls last, id desc);

-- Row-level security keeps LIKE/ILIKE (not leakproof) from being used as an index condition, so under the
-- policy every trigram search above became a scan of the whole register with the policy and hangul_initials
-- evaluated per row (2–4 s for 100,000 institutions). These functions run the trigram lookup with the
-- owner's rights, so the indexes are used, and apply the same scope test as the policy themselves: they
-- answer only ids the caller may see. The list joins these ids by primary key under the policy as usual.
create function institution_ids_by_initials(p_pattern text) returns setof uuid
language sql stable security definer set search_path = public rows 200 as $$
  select id from institution
  where hangul_initials(name) like p_pattern and app_scope_allows(sido_code, sigungu_code, id)
$$;
create function institution_ids_by_text(p_pattern text) returns setof uuid
language sql stable security definer set search_path = public rows 200 as $$
  select id from institution
  where (name ilike p_pattern or road_address ilike p_pattern) and app_scope_allows(sido_code, sigungu_code, id)
$$;
revoke all on function institution_ids_by_initials(text), institution_ids_by_text(text) from public;
grant execute on function institution_ids_by_initials(text), institution_ids_by_text(text) to ssis_app;
