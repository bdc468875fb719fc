-- 0007: 행정구역 개편 (region reorganisation). An administrator applies a mapping of old → new region codes
-- with a 시행일 (as on 2026-07-01: 광주·전남 → 전남광주통합특별시 12, 인천 중구·동구·서구 → 제물포구·영종구·서해구·
-- 검단구; packages/db/data/regions.md). Institutions, every row that copies their region codes, officials'
-- scopes and report rounds move to the new codes in one transaction; what was moved is kept, the old codes
-- stay rows of `region` with valid_to, and a search by an old code still finds what was there
-- (region_current_codes). Runs on PostgreSQL 15 and on PGlite (PostgreSQL 18).

-- ── the reorganisations applied (append-only) ────────────────────────────────
create table region_reorganisation (
  id              uuid primary key default gen_random_uuid(),
  title           text not null check (length(title) between 1 and 100),
  legal_basis     text not null check (length(legal_basis) between 1 and 300),   -- 근거 법령
  effective_on    date not null,                                                 -- 시행일
  applied_at      timestamptz not null default now(),
  applied_by      uuid not null references app_user (id),
  applied_by_name text not null,
  status          text not null default 'applied' check (status in ('applied')),
  summary         jsonb not null default '{}'                                    -- counts of what moved
);
create index region_reorganisation_applied_idx on region_reorganisation (applied_at desc, id);

-- One row per old → new pair; an old code with two rows was split (분할). A code is abolished once, so the
-- pair is unique and applying the same reorganisation twice fails here even if two requests race.
create table region_code_change (
  id                uuid primary key default gen_random_uuid(),
  reorganisation_id uuid not null references region_reorganisation (id),
  old_code5         text not null references region (code5),
  new_code5         text not null references region (code5),
  effective_on      date not null,
  is_split          boolean not null default false,
  unique (old_code5, new_code5),
  check (old_code5 <> new_code5)
);
create index region_code_change_old_idx on region_code_change (old_code5);
create index region_code_change_reorg_idx on region_code_change (reorganisation_id);

-- Which institution moved from where to where: the register's own history keeps the snapshots, this keeps
-- the pairs for counting and for tracing. sido_code / sigungu_code are the codes it moved to (row-level
-- security, as for every table holding institution data).
create table institution_region_move (
  id                uuid primary key default gen_random_uuid(),
  reorganisation_id uuid not null references region_reorganisation (id),
  institution_id    uuid not null references institution (id),
  old_sido          text not null,
  old_sigungu       text not null,
  new_sido          text not null,
  new_sigungu       text not null,
  sido_code         text not null,
  sigungu_code      text not null,
  unique (reorganisation_id, institution_id)
);
create index institution_region_move_inst_idx on institution_region_move (institution_id);

alter table institution_region_move enable row level security;
create policy institution_region_move_scope on institution_region_move
  using (app_scope_allows(sido_code, sigungu_code, institution_id))
  with check (app_scope_allows(sido_code, sigungu_code, institution_id));

create function region_reorganisation_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '행정구역 개편 기록은 수정하거나 삭제할 수 없습니다' using errcode = '42501';
end $$;
create function region_reorganisation_guard() returns trigger language plpgsql as $$
begin
  -- The one write after insert: the counts of what moved, once, in the applying transaction.
  if tg_op = 'UPDATE' and old.summary = '{}'::jsonb
     and (to_jsonb(new) - 'summary') = (to_jsonb(old) - 'summary') then
    return new;
  end if;
  raise exception '행정구역 개편 기록은 수정하거나 삭제할 수 없습니다' using errcode = '42501';
end $$;
create trigger region_reorganisation_no_update before update or delete on region_reorganisation
  for each row execute function region_reorganisation_guard();
create trigger region_code_change_no_update before update or delete on region_code_change
  for each row execute function region_reorganisation_refuse_change();
create trigger institution_region_move_no_update before update or delete on institution_region_move
  for each row execute function region_reorganisation_refuse_change();

grant select, insert on region_reorganisation, region_code_change, institution_region_move to ssis_app;
grant update (summary) on region_reorganisation to ssis_app;

-- ── the register's history learns the new kind ───────────────────────────────
-- Extends whatever list the check has now (other migrations may have added kinds), instead of restating it.
do $$
declare def text;
begin
  select pg_get_constraintdef(oid) into def from pg_constraint
   where conrelid = 'institution_history'::regclass and conname = 'institution_history_kind_check';
  if def is not null and position('region_reorganised' in def) = 0 then
    alter table institution_history drop constraint institution_history_kind_check;
    execute 'alter table institution_history add constraint institution_history_kind_check '
      || replace(def, '::text])', '::text, ''region_reorganised''::text])');
  end if;
end $$;

-- The history stays append-only, with one exception: its sido_code / sigungu_code are copies of the
-- institution's region kept for access control (row-level security), not part of the record. When a
-- reorganisation moves the institution, they follow it, so the new 시군구 sees the institution's whole
-- history; before / after, who and when never change. Only region_reorganisation_apply (below) sets
-- app.region_reorganisation, and the application role has no UPDATE grant on the table anyway.
create or replace function institution_history_refuse_change() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and coalesce(current_setting('app.region_reorganisation', true), '') <> ''
     and (to_jsonb(new) - 'sido_code' - 'sigungu_code') = (to_jsonb(old) - 'sido_code' - 'sigungu_code') then
    return new;
  end if;
  raise exception '기관 변경이력은 수정하거나 삭제할 수 없습니다' using errcode = '42501';
end $$;

-- ── search by an old code ─────────────────────────────────────────────────────
-- The code(s) a region code is today: followed through every applied change (a split gives several);
-- a code that never changed is itself. Takes a 5-digit code or a 2-digit 시도 code (answers in kind).
create function region_current_codes(p_code text) returns text[]
language sql stable as $$
  with recursive walk (code5, depth) as (
    select case when length(p_code) = 2 then p_code || '000' else p_code end, 0
    union
    select c.new_code5, w.depth + 1 from walk w join region_code_change c on c.old_code5 = w.code5
     where w.depth < 20
  )
  select array_agg(distinct case when length(p_code) = 2 then left(w.code5, 2) else w.code5 end)
    from walk w
   where not exists (select 1 from region_code_change c where c.old_code5 = w.code5)
$$;

-- ── moving the data ───────────────────────────────────────────────────────────
-- Why security definer: the system administrator applies reorganisations, and its scope ('system') lets it
-- see no institution (app_scope_allows is false for it; domain.md §2: no business data). A reorganisation
-- must nevertheless move every institution, its staff, clients, cases and officials' scopes, across
-- jurisdictions nobody else spans either. These functions therefore run as the schema owner, do only the
-- fixed moves described here, refuse any caller whose request is not a system administrator's
-- (app.role, set per transaction by the server), and answer the administrator only counts and, for a split
-- that needs a decision, institution names (as institution_name() in 0001 already does).

create function region_reorganisation_require_admin() returns void
language plpgsql stable as $$
begin
  if coalesce(current_setting('app.role', true), '') <> 'system_admin' then
    raise exception '행정구역 개편은 시스템 관리자만 할 수 있습니다' using errcode = '42501';
  end if;
end $$;

-- Tables that copy an institution's region (institution_id, sido_code, sigungu_code) and that the
-- application may update. Append-only records (no UPDATE grant) keep the codes they were written with;
-- the register's history is the one such table handled explicitly (see above). Found from the catalogue, so
-- tables added later by other migrations move too.
create function region_copy_tables() returns table (table_name text, kept boolean)
language sql stable security definer set search_path = public as $$
  select c.table_name::text,
         not has_table_privilege('ssis_app', format('public.%I', c.table_name), 'UPDATE') as kept
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
   where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
     and c.column_name in ('institution_id', 'sido_code', 'sigungu_code')
     and c.table_name not in ('institution_history', 'institution_region_move')
   group by c.table_name
  having count(*) = 3
   order by 1
$$;

-- Per old code: what would move. A 시도 code (xx000) counts its whole 시도.
create function region_reorganisation_counts(p_old text[])
returns table (old_code5 text, institutions integer, users integer, open_change_requests integer,
               open_report_targets integer)
language plpgsql stable security definer set search_path = public as $$
begin
  perform region_reorganisation_require_admin();
  return query
  select o.code,
    (select count(*)::int from institution i
      where case when o.is_sido then i.sido_code = left(o.code, 2) else i.sigungu_code = o.code end),
    (select count(*)::int from app_user u
      where (o.is_sido and u.scope_kind = 'sido' and u.scope_code = left(o.code, 2))
         or (not o.is_sido and u.scope_kind = 'sigungu' and u.scope_code = o.code)),
    (select count(*)::int from change_request cr where cr.status = 'submitted'
        and case when o.is_sido then cr.sido_code = left(o.code, 2) else cr.sigungu_code = o.code end),
    (select count(*)::int from report_round_target t join report_round r on r.id = t.round_id
      where r.status = 'open' and t.status = 'pending'
        and case when o.is_sido then t.sido_code = left(o.code, 2) else t.sigungu_code = o.code end)
  from (select distinct x.code, coalesce(rg.level = 'sido', false) as is_sido
          from unnest(p_old) as x(code) left join region rg on rg.code5 = x.code) o
  order by o.code;
end $$;

-- The institutions of the given (split) codes, so the administrator can assign each one.
create function region_reorganisation_institutions(p_old text[])
returns table (id uuid, name text, sigungu_code text, road_address text)
language plpgsql stable security definer set search_path = public as $$
begin
  perform region_reorganisation_require_admin();
  return query
  select i.id, i.name, i.sigungu_code, i.road_address from institution i
   where i.sigungu_code = any(p_old) order by i.sigungu_code, i.name, i.id;
end $$;

-- Applies one reorganisation already recorded in region_reorganisation / region_code_change.
--   p_old, p_new:           one-to-one pairs (시도 xx000 → xx000, 시군구 → 시군구)
--   p_split_old, p_split_successor: each split code and the code that continues it (officials' scopes and
--                           report rounds opened there go to it; institutions are never moved by it)
--   p_assign_inst, p_assign_code:   each institution of a split code and its new 시군구
-- Returns counts per table.
create function region_reorganisation_apply(
  p_id uuid, p_effective date, p_old text[], p_new text[], p_split_old text[], p_split_successor text[],
  p_assign_inst uuid[], p_assign_code text[], p_actor_name text, p_reason text
) returns jsonb
language plpgsql volatile security definer set search_path = public, pg_temp as $$
declare
  counts jsonb := '{}';
  n integer;
  tbl record;
  actor uuid := nullif(current_setting('app.user_id', true), '')::uuid;
  start_at timestamptz := (p_effective::timestamp at time zone 'Asia/Seoul');
begin
  perform region_reorganisation_require_admin();
  -- Pairs: one-to-one, split successors, and the 2-digit 시도 pairs.
  create temporary table rr_pair (old5 text primary key, new5 text not null, is_sido boolean not null)
    on commit drop;
  insert into rr_pair
  select x.o, x.n, coalesce(rg.level = 'sido', false)
    from unnest(p_old || p_split_old, p_new || p_split_successor) as x(o, n)
    left join region rg on rg.code5 = x.o;
  create temporary table rr_sido (old2 text primary key, new2 text not null) on commit drop;
  insert into rr_sido select left(old5, 2), left(new5, 2) from rr_pair where is_sido;

  -- 1. Institutions: one-to-one pairs move by code, split codes by the administrator's assignment.
  insert into institution_region_move (reorganisation_id, institution_id, old_sido, old_sigungu, new_sido,
    new_sigungu, sido_code, sigungu_code)
  select p_id, i.id, i.sido_code, i.sigungu_code, left(p.new5, 2), p.new5, left(p.new5, 2), p.new5
    from institution i join rr_pair p on p.old5 = i.sigungu_code
   where not p.is_sido and not (i.sigungu_code = any(p_split_old));
  insert into institution_region_move (reorganisation_id, institution_id, old_sido, old_sigungu, new_sido,
    new_sigungu, sido_code, sigungu_code)
  select p_id, i.id, i.sido_code, i.sigungu_code, left(a.code, 2), a.code, left(a.code, 2), a.code
    from unnest(p_assign_inst, p_assign_code) as a(inst, code)
    join institution i on i.id = a.inst
   where i.sigungu_code = any(p_split_old);
  if (select count(*) from institution i where i.sigungu_code = any(p_split_old))
     <> (select count(*) from institution_region_move m
          where m.reorganisation_id = p_id and m.old_sigungu = any(p_split_old)) then
    raise exception '분할되는 시군구의 기관 중 새 시군구가 지정되지 않은 기관이 있습니다' using errcode = '23514';
  end if;

  -- 2. The register's history: one row per moved institution, before and after as full snapshots, dated
  -- from the 시행일 (or just after the institution's last recorded change, to keep the order), so the
  -- register as of a day before the 시행일 shows the old region.
  insert into institution_history (institution_id, sido_code, sigungu_code, changed_at, changed_by,
    changed_by_name, changed_by_role, kind, reason, changed_fields, before, after)
  select i.id, m.new_sido, m.new_sigungu,
         greatest(start_at, coalesce(last.changed_at + interval '1 millisecond', start_at)),
         actor, p_actor_name, 'system_admin', 'region_reorganised', p_reason, array['sigunguCode'],
         snap.fields, snap.fields || jsonb_build_object('sigunguCode', m.new_sigungu)
    from institution_region_move m
    join institution i on i.id = m.institution_id
    left join lateral (select h.after, h.changed_at from institution_history h
                        where h.institution_id = i.id order by h.changed_at desc, h.id desc limit 1) last on true
    cross join lateral (select coalesce(last.after, '{}'::jsonb) || jsonb_build_object(
        'name', i.name, 'typeCode', i.type_code, 'sigunguCode', i.sigungu_code,
        'roadAddress', i.road_address, 'addressDetail', i.address_detail, 'postalCode', i.postal_code,
        'phone', i.phone, 'fax', i.fax, 'email', i.email, 'homepage', i.homepage,
        'businessNo', i.business_no, 'operatorKind', i.operator_kind, 'operatorName', i.operator_name,
        'corporationNo', i.corporation_no, 'headName', i.head_name, 'headAppointedOn', i.head_appointed_on,
        'capacity', i.capacity, 'openedOn', i.opened_on, 'closedOn', i.closed_on, 'status', i.status
      ) as fields) snap
   where m.reorganisation_id = p_id;

  -- 3. The institutions themselves (a new version: an edit begun on the old one must be redone).
  update institution i
     set sido_code = m.new_sido, sigungu_code = m.new_sigungu,
         gu_code = coalesce((select p.new5 from rr_pair p where p.old5 = i.gu_code), i.gu_code),
         version = i.version + 1, updated_at = now()
    from institution_region_move m
   where m.reorganisation_id = p_id and m.institution_id = i.id;
  get diagnostics n = row_count;
  counts := counts || jsonb_build_object('institution', n);

  -- 4. Every table that copies the institution's region.
  for tbl in select * from region_copy_tables() loop
    if tbl.kept then
      counts := counts || jsonb_build_object(tbl.table_name, 'kept');
      continue;
    end if;
    execute format(
      'update %I t set sido_code = m.new_sido, sigungu_code = m.new_sigungu from institution_region_move m
        where m.reorganisation_id = $1 and m.institution_id = t.institution_id
          and (t.sido_code, t.sigungu_code) is distinct from (m.new_sido, m.new_sigungu)', tbl.table_name)
      using p_id;
    get diagnostics n = row_count;
    counts := counts || jsonb_build_object(tbl.table_name, n);
  end loop;
  perform set_config('app.region_reorganisation', p_id::text, true);
  update institution_history h set sido_code = m.new_sido, sigungu_code = m.new_sigungu
    from institution_region_move m
   where m.reorganisation_id = p_id and m.institution_id = h.institution_id
     and (h.sido_code, h.sigungu_code) is distinct from (m.new_sido, m.new_sigungu);
  get diagnostics n = row_count;
  perform set_config('app.region_reorganisation', '', true);
  counts := counts || jsonb_build_object('institution_history', n);

  -- 5. Officials' scopes: 시군구 (a split goes to its successor) and 시도 (29 + 46 → 12 moves both).
  update app_user u set scope_code = p.new5, version = u.version + 1, updated_at = now()
    from rr_pair p where not p.is_sido and u.scope_kind = 'sigungu' and u.scope_code = p.old5;
  get diagnostics n = row_count;
  counts := counts || jsonb_build_object('app_user_sigungu', n);
  update app_user u set scope_code = s.new2, version = u.version + 1, updated_at = now()
    from rr_sido s where u.scope_kind = 'sido' and u.scope_code = s.old2;
  get diagnostics n = row_count;
  counts := counts || jsonb_build_object('app_user_sido', n);

  -- 6. Report rounds: who opened them (the targets moved with their institutions in step 4).
  update report_round r
     set scope_code = case r.scope_kind
           when 'sigungu' then coalesce((select p.new5 from rr_pair p where p.old5 = r.scope_code), r.scope_code)
           when 'sido' then coalesce((select s.new2 from rr_sido s where s.old2 = r.scope_code), r.scope_code)
           else r.scope_code end,
         sigungu_code = coalesce((select p.new5 from rr_pair p where p.old5 = r.sigungu_code), r.sigungu_code),
         sido_code = coalesce(left((select p.new5 from rr_pair p where p.old5 = r.sigungu_code), 2),
                              (select s.new2 from rr_sido s where s.old2 = r.sido_code), r.sido_code),
         updated_at = now()
   where r.sigungu_code in (select old5 from rr_pair) or r.sido_code in (select old2 from rr_sido);
  get diagnostics n = row_count;
  counts := counts || jsonb_build_object('report_round', n);

  -- 7. Support agencies: their 시도, and the regions they cover (a split covers every successor).
  update support_agency a set sido_code = s.new2, updated_at = now() from rr_sido s where a.sido_code = s.old2;
  get diagnostics n = row_count;
  counts := counts || jsonb_build_object('support_agency', n);
  insert into support_agency_region (agency_id, sido_code, sigungu_code)
  select distinct r.agency_id, left(x.n, 2), x.n
    from support_agency_region r
    join (select c.old_code5 as o, c.new_code5 as n from region_code_change c
           where c.reorganisation_id = p_id) x on x.o = r.sigungu_code
  on conflict do nothing;
  insert into support_agency_region (agency_id, sido_code, sigungu_code)
  select distinct r.agency_id, s.new2, null::text
    from support_agency_region r join rr_sido s on s.old2 = r.sido_code where r.sigungu_code is null
  on conflict do nothing;
  delete from support_agency_region r
   where r.sigungu_code in (select c.old_code5 from region_code_change c where c.reorganisation_id = p_id)
      or (r.sigungu_code is null and r.sido_code in (select old2 from rr_sido));
  get diagnostics n = row_count;
  counts := counts || jsonb_build_object('support_agency_region', n);

  -- 8. The old codes end the day before the 시행일.
  update region set valid_to = p_effective - 1
   where code5 in (select c.old_code5 from region_code_change c where c.reorganisation_id = p_id)
     and valid_to is distinct from p_effective - 1;

  counts := counts || jsonb_build_object('moves', (
    select coalesce(jsonb_agg(jsonb_build_object('oldCode5', x.old_sigungu, 'newCode5', x.new_sigungu,
             'institutions', x.n) order by x.old_sigungu, x.new_sigungu), '[]'::jsonb)
      from (select m.old_sigungu, m.new_sigungu, count(*)::int as n from institution_region_move m
             where m.reorganisation_id = p_id group by 1, 2) x));

  drop table rr_pair;
  drop table rr_sido;
  return counts;
end $$;

revoke all on function region_reorganisation_counts(text[]) from public;
revoke all on function region_reorganisation_institutions(text[]) from public;
revoke all on function region_copy_tables() from public;
revoke all on function region_reorganisation_apply(uuid, date, text[], text[], text[], text[], uuid[], text[], text, text)
  from public;
grant execute on function region_reorganisation_counts(text[]) to ssis_app;
grant execute on function region_reorganisation_institutions(text[]) to ssis_app;
grant execute on function region_copy_tables() to ssis_app;
grant execute on function region_reorganisation_apply(uuid, date, text[], text[], text[], text[], uuid[], text[], text, text)
  to ssis_app;
