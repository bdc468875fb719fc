-- 0011: the officials' register list at national scale (issue 4; docs/benchmarks.md, "Institution list under
-- 50 concurrent clients"): the name's 초성 stored with the row, short 초성 searches through an index, and
-- search functions that stop at a limit, so a list request never collects every match of a common term.

-- The name's 초성 (hangul_initials, 0004), written by PostgreSQL itself whenever the name is: a stored
-- generated column, so the register, the synthetic generator's COPY and every later writer keep it right
-- without knowing about it. Adding it computes it for the rows already there. A list that filters by it
-- reads a short string instead of running hangul_initials on every row.
alter table institution
  add column name_initials text generated always as (hangul_initials(name)) stored;

-- 3 or more consonants: trigrams of the stored string (replaces 0004's index on the expression).
drop index if exists institution_name_initials_trgm;
create index institution_name_initials_trgm on institution using gin (name_initials gin_trgm_ops);

-- 1 or 2 consonants, and 2 characters of a name or road address ("요양", "종로"), have no trigram, so the
-- trigram indexes cannot answer them and the search read the whole register. Their grams, as arrays with
-- GIN indexes: "ㅎㅂ" is in the array exactly when it is in the string.
-- 초성: every single consonant and every pair of neighbours (ㅎㅂㅎㄴ → {ㄴ, ㅂ, ㅂㅎ, ㅎ, ㅎㄴ, ㅎㅂ}).
create function hangul_initials_grams(initials text) returns text[]
language sql immutable strict parallel safe as $$
  select array(
    select substr(initials, n, w)
    from generate_series(1, char_length(initials)) as n, (values (1), (2)) as widths(w)
    where n + w - 1 <= char_length(initials))
$$;
create index institution_name_initials_grams on institution using gin (hangul_initials_grams(name_initials));
-- Name and road address: every pair of neighbouring characters, lower case, none with a space (a term of
-- 2 characters has none after parseInstitutionSearch). Single characters are left out: one syllable
-- matches so much of the register that reading rows in page order finds a page at once, and leaving them
-- out keeps the index small (about 10 MB for 100,000 institutions).
create function institution_text_bigrams(name text, road_address text) returns text[]
language sql immutable parallel safe as $$
  select array(
    select substr(v, n, 2)
    from (select lower(coalesce(name, '') || ' ' || coalesce(road_address, '')) as v) as s,
      generate_series(1, char_length(v) - 1) as n
    where strpos(substr(v, n, 2), ' ') = 0)
$$;
create index institution_text_bigrams on institution using gin (institution_text_bigrams(name, road_address));

-- The search functions of 0004 return every match. A common term ("요양", "ㅎㅂ") matches tens of thousands
-- of institutions, and the list then joined and sorted all of them for one page of 50 (about 1 s and 3 s
-- of CPU per request nation-wide). These take a limit: the list asks for one more than it will read by id
-- (SEARCH_IDS + 1 in institutions.repository.ts); fewer than that are all the matches, more means the term
-- is common and the list reads rows in page order instead. They still run as the owner, so the indexes
-- serve them under row-level security (LIKE is not leakproof), and still answer only ids the caller's
-- scope allows (app_scope_allows, the policy's own test). They take the term itself and escape LIKE's
-- wildcards here. Dynamic SQL: each call is planned for its own term, so a short term uses the grams and
-- a long one the trigrams. A null limit returns all. Sequential scans are off inside (a single character
-- of text, which has no index, is still scanned): for a term in most names ("ㅇ", "요양") the planner
-- would rather scan and compute the grams of every row it reads (about 10 ms for 1,000 matches of "ㅇ")
-- than read the index (about 4 ms).
drop function if exists institution_ids_by_initials(text);
drop function if exists institution_ids_by_text(text);

create function like_fragment(p_text text) returns text
language sql immutable strict parallel safe as $$
  select '%' || replace(replace(replace(p_text, '\', '\\'), '%', '\%'), '_', '\_') || '%'
$$;

-- p_initials: consonants only (parseInstitutionSearch).
create function institution_ids_by_initials(p_initials text, p_limit integer) returns setof uuid
language plpgsql stable security definer set search_path = public set enable_seqscan = off rows 1000 as $$
begin
  if char_length(p_initials) <= 2 then
    return query execute
      'select id from institution
        where hangul_initials_grams(name_initials) @> array[$1]
          and app_scope_allows(sido_code, sigungu_code, id)
        limit $2'
      using p_initials, p_limit;
  else
    return query execute
      'select id from institution
        where name_initials like $1 and app_scope_allows(sido_code, sigungu_code, id)
        limit $2'
      using like_fragment(p_initials), p_limit;
  end if;
end
$$;

-- p_text: a fragment of the name or the road address, matched without regard to case (ILIKE). One
-- character has no index (see institution_text_bigrams) and is searched row by row up to the limit.
create function institution_ids_by_text(p_text text, p_limit integer) returns setof uuid
language plpgsql stable security definer set search_path = public set enable_seqscan = off rows 1000 as $$
begin
  if char_length(p_text) = 2 then
    return query execute
      'select id from institution
        where institution_text_bigrams(name, road_address) @> array[lower($1)]
          and app_scope_allows(sido_code, sigungu_code, id)
        limit $2'
      using p_text, p_limit;
  else
    return query execute
      'select id from institution
        where (name ilike $1 or road_address ilike $1) and app_scope_allows(sido_code, sigungu_code, id)
        limit $2'
      using like_fragment(p_text), p_limit;
  end if;
end
$$;

revoke all on function institution_ids_by_initials(text, integer), institution_ids_by_text(text, integer)
  from public;
grant execute on function institution_ids_by_initials(text, integer), institution_ids_by_text(text, integer)
  to ssis_app;
