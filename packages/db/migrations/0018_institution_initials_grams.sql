-- 0018: 초성 searches in name order without reading every match (issue 4; docs/benchmarks.md, "초성 by
-- posting lists"). A term of 3 or more consonants with about a thousand matches ("ㄴㅌㄴㅁ", 느티나무…) was
-- looked up through the trigram index and every match read and sorted for a page of 50: about 12 ms of
-- PostgreSQL per request. Here each institution is listed once under every pair of neighbouring consonants
-- of its name's 초성, in name order: an inverted index whose lists are sorted as the register's list is. A
-- page walks the list of one pair of the term (every match of the term holds all its pairs) and tests
-- each entry against the whole term, index-only, until it has 51; the list of a 2-consonant term holds
-- exactly its matches. The index's include columns are what the test and row-level security read.
create table institution_initials_gram (
  gram          text not null,  -- two neighbouring consonants of name_initials
  name          text not null,  -- institution.name, for the order
  id            uuid not null,  -- institution.id (named so, so the list's conditions apply unchanged)
  name_initials text not null,
  sido_code     text not null,
  sigungu_code  text not null
);
-- No foreign key: the rows are written only by the triggers below, which also remove them; a foreign key
-- would need a second index on id (about 20 MB for 100,000 institutions) for nothing.

-- The distinct pairs of neighbouring consonants (ㄱ–ㅎ) of a 초성 string; digits and latin letters in a
-- name's 초성 are never searched as 초성 (parseInstitutionSearch takes consonants only).
create function hangul_initials_pairs(initials text) returns text[]
language sql immutable strict parallel safe as $$
  select coalesce(array_agg(distinct p), '{}')
  from (select substr(initials, n, 2) as p from generate_series(1, char_length(initials) - 1) as n) as s
  where p ~ '^[ㄱ-ㅎ]{2}$'
$$;

insert into institution_initials_gram (gram, name, id, name_initials, sido_code, sigungu_code)
select p, i.name, i.id, i.name_initials, i.sido_code, i.sigungu_code
from institution i, unnest(hangul_initials_pairs(i.name_initials)) as p;
-- Built after the rows are in, so the index is packed (96 MB built row by row, 75 MB so, for 100,000).
alter table institution_initials_gram
  add primary key (gram, name, id) include (name_initials, sido_code, sigungu_code);

-- Kept by statement triggers with transition tables: one insert for a whole COPY (the synthetic
-- generator) or a region reorganisation, and an update that changes neither the name nor the regions
-- (a capacity, a status) touches nothing here. The owner's rights, so the application role only reads.
create function institution_initials_gram_sync() returns trigger
language plpgsql security definer set search_path = public as $$
begin
  if tg_op = 'INSERT' then
    insert into institution_initials_gram (gram, name, id, name_initials, sido_code, sigungu_code)
    select p, n.name, n.id, n.name_initials, n.sido_code, n.sigungu_code
    from new_rows n, unnest(hangul_initials_pairs(n.name_initials)) as p;
  elsif tg_op = 'DELETE' then
    delete from institution_initials_gram g
    using gone_rows o
    where g.gram = any(hangul_initials_pairs(o.name_initials)) and g.name = o.name and g.id = o.id;
  else
    -- Only the rows whose name or regions changed; the old entries go before the new ones come (a move
    -- to another 시군구 keeps the same keys).
    delete from institution_initials_gram g
    using gone_rows o join new_rows n on n.id = o.id
    where (n.name, n.sido_code, n.sigungu_code) is distinct from (o.name, o.sido_code, o.sigungu_code)
      and g.gram = any(hangul_initials_pairs(o.name_initials)) and g.name = o.name and g.id = o.id;
    insert into institution_initials_gram (gram, name, id, name_initials, sido_code, sigungu_code)
    select p, n.name, n.id, n.name_initials, n.sido_code, n.sigungu_code
    from gone_rows o join new_rows n on n.id = o.id, unnest(hangul_initials_pairs(n.name_initials)) as p
    where (n.name, n.sido_code, n.sigungu_code) is distinct from (o.name, o.sido_code, o.sigungu_code);
  end if;
  return null;
end
$$;

create trigger institution_initials_gram_insert after insert on institution
  referencing new table as new_rows for each statement execute function institution_initials_gram_sync();
create trigger institution_initials_gram_update after update on institution
  referencing old table as gone_rows new table as new_rows
  for each statement execute function institution_initials_gram_sync();
create trigger institution_initials_gram_delete after delete on institution
  referencing old table as gone_rows for each statement execute function institution_initials_gram_sync();

-- Row-level security as on institution: the same scope test on the same columns.
alter table institution_initials_gram enable row level security;
create policy institution_initials_gram_scope on institution_initials_gram
  using (app_scope_allows(sido_code, sigungu_code, id));
grant select on institution_initials_gram to ssis_app;
