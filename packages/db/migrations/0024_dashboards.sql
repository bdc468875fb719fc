-- 0024: 업무현황 (issue 17, dashboards). The officials' start page counts a whole jurisdiction: at 100,000
-- institutions (about 1,000,000 staff and a report round's 100,000 targets) a count read from the rows
-- themselves costs tens of milliseconds per request, too much for 20 officials at once on 2 cores
-- (docs/benchmarks.md, "Dashboards"). So the big, date-free counts are kept, and the small, dated ones
-- (open findings, overdue actions, dispositions in force, pending change requests) are read from partial
-- indexes that hold only the open rows.

-- ── kept counts ─────────────────────────────────────────────────────────────────────────────────────────
-- One row per subject, region and keys, at three levels: a 시군구 (sido_code, sigungu_code), its 시도
-- (sido_code, '') and the nation ('', ''), so a jurisdiction reads only the rows of its own level and the
-- level below (a few hundred), never one row per 시군구 of the nation. Subjects:
--   institution   k1 type_code (and '' for every type), k2 status
--   staff         k1 '', k2 'active' (a member with no left_on)
--   report_target k1 round_id, k2 pending | submitted | late
--   inspection    k1 plan_id ('' for an inspection outside a plan), k2 status
-- A row whose count falls to 0 is removed, so the table always equals a GROUP BY of the rows it counts
-- (dashboards.tally.int.test.ts checks exactly that after a series of changes).
create table dashboard_tally (
  subject      text not null,
  sido_code    text not null,
  sigungu_code text not null,
  k1           text not null,
  k2           text not null,
  n            bigint not null,
  primary key (subject, sido_code, sigungu_code, k1, k2)
);
create index dashboard_tally_zero on dashboard_tally (subject) where n = 0;
-- A 시군구 reads its own rows, the nation its 시도s' totals (sigungu_code '', k1 ''); a 시도 its 시군구s' totals
-- (k1 ''). The primary key serves the own rows of the nation and of a 시도.
create index dashboard_tally_sigungu on dashboard_tally (subject, sigungu_code, k1, sido_code, k2) include (n);
create index dashboard_tally_sido on dashboard_tally (subject, sido_code, k1, sigungu_code, k2) include (n);

-- Kept by statement triggers with transition tables (as 0018's grams): one statement for a COPY of 10,000
-- institutions or a region reorganisation. tg_argv: the subject, the SQL of k1 and of k2 over a row, the
-- condition a row must meet to count, and whether k1 is also summed over as ''. Rows are upserted in key
-- order, so two writers never wait on each other's rows in opposite orders. An update that changes no key
-- (a capacity, a phone number) nets out to nothing and writes nothing. The owner's rights: the application
-- role only reads.
create function dashboard_tally_sync() returns trigger
language plpgsql security definer set search_path = public as $$
declare
  changed text;
begin
  changed := case tg_op
    when 'INSERT' then 'select r.*, 1 as d from new_rows r'
    when 'DELETE' then 'select r.*, -1 as d from old_rows r'
    else 'select r.*, 1 as d from new_rows r union all select r.*, -1 as d from old_rows r'
  end;
  execute format(
    $sql$
    insert into dashboard_tally as t (subject, sido_code, sigungu_code, k1, k2, n)
    select %L, lv.sido, lv.sigungu, ks.k1, c.k2, sum(c.d)
      from (select sido_code, sigungu_code, (%s)::text as k1, (%s)::text as k2, d
              from (%s) r where %s) c
      cross join lateral (values (c.sido_code, c.sigungu_code), (c.sido_code, ''), ('', '')) lv (sido, sigungu)
      cross join lateral (select c.k1 union all select '' where %L) ks (k1)
     group by lv.sido, lv.sigungu, ks.k1, c.k2
    having sum(c.d) <> 0
     order by lv.sido, lv.sigungu, ks.k1, c.k2
    on conflict (subject, sido_code, sigungu_code, k1, k2) do update set n = t.n + excluded.n
    $sql$,
    tg_argv[0], tg_argv[1], tg_argv[2], changed, tg_argv[3], tg_argv[4]);
  delete from dashboard_tally where n = 0 and subject = tg_argv[0];
  return null;
end
$$;

-- TRUNCATE (the seed's --reset) fires no row triggers: the subject's counts go with its rows.
create function dashboard_tally_clear() returns trigger
language plpgsql security definer set search_path = public as $$
begin
  delete from dashboard_tally where subject = tg_argv[0];
  return null;
end
$$;

create trigger dashboard_tally_insert after insert on institution referencing new table as new_rows
  for each statement execute function dashboard_tally_sync('institution', 'type_code', 'status', 'true', 'true');
create trigger dashboard_tally_update after update on institution
  referencing old table as old_rows new table as new_rows
  for each statement execute function dashboard_tally_sync('institution', 'type_code', 'status', 'true', 'true');
create trigger dashboard_tally_delete after delete on institution referencing old table as old_rows
  for each statement execute function dashboard_tally_sync('institution', 'type_code', 'status', 'true', 'true');
create trigger dashboard_tally_truncate after truncate on institution
  for each statement execute function dashboard_tally_clear('institution');

create trigger dashboard_tally_insert after insert on staff referencing new table as new_rows
  for each statement execute function dashboard_tally_sync('staff', '''''', '''active''', 'left_on is null', 'false');
create trigger dashboard_tally_update after update on staff
  referencing old table as old_rows new table as new_rows
  for each statement execute function dashboard_tally_sync('staff', '''''', '''active''', 'left_on is null', 'false');
create trigger dashboard_tally_delete after delete on staff referencing old table as old_rows
  for each statement execute function dashboard_tally_sync('staff', '''''', '''active''', 'left_on is null', 'false');
create trigger dashboard_tally_truncate after truncate on staff
  for each statement execute function dashboard_tally_clear('staff');

create trigger dashboard_tally_insert after insert on report_round_target referencing new table as new_rows
  for each statement execute function dashboard_tally_sync('report_target', 'round_id',
    'case when status = ''pending'' then ''pending'' when is_late then ''late'' else ''submitted'' end', 'true', 'false');
create trigger dashboard_tally_update after update on report_round_target
  referencing old table as old_rows new table as new_rows
  for each statement execute function dashboard_tally_sync('report_target', 'round_id',
    'case when status = ''pending'' then ''pending'' when is_late then ''late'' else ''submitted'' end', 'true', 'false');
create trigger dashboard_tally_delete after delete on report_round_target referencing old table as old_rows
  for each statement execute function dashboard_tally_sync('report_target', 'round_id',
    'case when status = ''pending'' then ''pending'' when is_late then ''late'' else ''submitted'' end', 'true', 'false');
create trigger dashboard_tally_truncate after truncate on report_round_target
  for each statement execute function dashboard_tally_clear('report_target');

create trigger dashboard_tally_insert after insert on inspection referencing new table as new_rows
  for each statement execute function dashboard_tally_sync('inspection', 'coalesce(plan_id::text, '''')', 'status', 'true', 'false');
create trigger dashboard_tally_update after update on inspection
  referencing old table as old_rows new table as new_rows
  for each statement execute function dashboard_tally_sync('inspection', 'coalesce(plan_id::text, '''')', 'status', 'true', 'false');
create trigger dashboard_tally_delete after delete on inspection referencing old table as old_rows
  for each statement execute function dashboard_tally_sync('inspection', 'coalesce(plan_id::text, '''')', 'status', 'true', 'false');
create trigger dashboard_tally_truncate after truncate on inspection
  for each statement execute function dashboard_tally_clear('inspection');

-- The rows already there (an existing database).
insert into dashboard_tally (subject, sido_code, sigungu_code, k1, k2, n)
select 'institution', lv.sido, lv.sigungu, ks.k1, i.status, count(*)
  from institution i
  cross join lateral (values (i.sido_code, i.sigungu_code), (i.sido_code, ''), ('', '')) lv (sido, sigungu)
  cross join lateral (values (i.type_code), ('')) ks (k1)
 group by lv.sido, lv.sigungu, ks.k1, i.status;
insert into dashboard_tally (subject, sido_code, sigungu_code, k1, k2, n)
select 'staff', lv.sido, lv.sigungu, '', 'active', count(*)
  from staff s
  cross join lateral (values (s.sido_code, s.sigungu_code), (s.sido_code, ''), ('', '')) lv (sido, sigungu)
 where s.left_on is null
 group by lv.sido, lv.sigungu;
insert into dashboard_tally (subject, sido_code, sigungu_code, k1, k2, n)
select 'report_target', lv.sido, lv.sigungu, t.round_id::text,
       case when t.status = 'pending' then 'pending' when t.is_late then 'late' else 'submitted' end, count(*)
  from report_round_target t
  cross join lateral (values (t.sido_code, t.sigungu_code), (t.sido_code, ''), ('', '')) lv (sido, sigungu)
 group by 1, 2, 3, 4, 5;
insert into dashboard_tally (subject, sido_code, sigungu_code, k1, k2, n)
select 'inspection', lv.sido, lv.sigungu, coalesce(x.plan_id::text, ''), x.status, count(*)
  from inspection x
  cross join lateral (values (x.sido_code, x.sigungu_code), (x.sido_code, ''), ('', '')) lv (sido, sigungu)
 group by 1, 2, 3, 4, 5;

-- Row-level security: a 시군구 reads its own rows, a 시도 its rows and its 시군구s', the nation every row
-- (app_scope_allows on the row's codes; a 시도 row has no 시군구, the nation's row neither).
alter table dashboard_tally enable row level security;
create policy dashboard_tally_scope on dashboard_tally using (app_scope_allows(sido_code, sigungu_code, null));
grant select on dashboard_tally to ssis_app;

-- The report rounds still open or due within the last 30 days, and the inspection plans of a year, with the
-- jurisdiction that made them: what the kept counts are keyed by (the counts carry the jurisdiction), so that
-- a dashboard can rank them before it reads any title. Read as the owner, so a 시군구's count does not test,
-- round by round, whether one of a national round's 100,000 targets is its own (the rounds' and plans'
-- row-level security); what is shown of a round or a plan is read under row-level security.
create function dashboard_recent_rounds()
returns table (id text, scope_kind text, sido_code text, sigungu_code text)
language sql stable security definer set search_path = public as $$
  select id::text, scope_kind, sido_code, sigungu_code from report_round
   where status = 'open' or due_on >= app_today() - 30
$$;
create function dashboard_plans(p_year integer)
returns table (id text, scope_kind text, sido_code text, sigungu_code text)
language sql stable security definer set search_path = public as $$
  select id::text, scope_kind, sido_code, sigungu_code from inspection_plan where plan_year = p_year
$$;
revoke all on function dashboard_recent_rounds(), dashboard_plans(integer) from public;
grant execute on function dashboard_recent_rounds(), dashboard_plans(integer) to ssis_app;

-- ── the open rows, indexed apart ────────────────────────────────────────────────────────────────────────
-- Each holds the columns its count and row-level security read, so a count is an index-only scan over the
-- open rows of the jurisdiction however many closed ones there are.
create index inspection_finding_open_idx on inspection_finding (sido_code, sigungu_code, institution_id)
  where status in ('open', 'ordered');
create index corrective_action_open_idx
  on corrective_action (sido_code, sigungu_code, status, outcome, due_on, institution_id)
  where status <> 'accepted';
create index disposition_active_idx on disposition (sido_code, sigungu_code, status, institution_id)
  where status in ('pre_noticed', 'decided', 'executing');
create index change_request_pending_idx on change_request (sido_code, sigungu_code, requested_at, due_on, institution_id)
  where status = 'submitted';
