-- 행정처분 (administrative dispositions, domain.md §7): ladder tables entered by the ministry's administrators
-- (the built-in 별표 tables live in packages/domain as code-reviewed data), the dispositions with their
-- violations, every procedural step, and the 행정처분대장. Corrected only by new, reasoned records.

-- ── ladder table versions entered in the system (노인복지법, 장애인복지법, 사회서비스이용권법 …) ──
create table disposition_ladder_version (
  id             uuid primary key default gen_random_uuid(),
  table_key      text not null unique,           -- the version id the engine reports (e.g. 'ELD-11-2026-01-01')
  law_code       text not null check (law_code ~ '^[A-Z][A-Z0-9]{1,9}$'),
  law_name       text not null,
  table_name     text not null,
  effective_from date not null,
  effective_to   date,
  document       jsonb not null,                 -- the whole table version as ladderTableSchema reads it
  created_by     uuid not null,
  created_by_name text not null,
  created_at     timestamptz not null default now(),
  unique (law_code, effective_from),
  check (effective_to is null or effective_to >= effective_from)
);
grant select, insert on disposition_ladder_version to ssis_app;
grant update (effective_to) on disposition_ladder_version to ssis_app;

-- ── dispositions (행정처분) ─────────────────────────────────────────────────────
create table disposition (
  id               uuid primary key default gen_random_uuid(),
  institution_id   uuid not null references institution (id),
  institution_name text not null,                -- as it was named when the disposition was made (read nationwide)
  sido_code        text not null,                -- the institution's region (moves with reorganisations)
  sigungu_code     text not null,
  authority_kind   text not null check (authority_kind in ('nation', 'sido', 'sigungu')),   -- 처분청
  authority_code   text,
  authority_name   text not null,                -- 서울특별시 종로구청장
  operator_key     text not null,                -- 법인등록번호 or the operator's name: the operator's history
  finding_id       uuid references inspection_finding (id),
  law_code         text not null,
  table_key        text not null,                -- the ladder table version used
  table_name       text not null,
  status           text not null default 'draft'
                   check (status in ('draft', 'pre_noticed', 'decided', 'executing', 'ended', 'withdrawn', 'cancelled')),
  proposed_label   text not null,                -- what the engine proposed (heaviest of the violations)
  measure          jsonb not null,               -- what the official confirmed or adjusted to
  measure_label    text not null,
  adjustment       text check (adjustment in ('mitigate', 'aggravate')),
  adjustment_reason text,
  immediate_closure_facts text,                  -- 별표 4 일반기준 다목
  explanation      text not null,
  period_from      date,
  period_to        date,
  fine_won         bigint check (fine_won is null or fine_won > 0),
  pre_notice_on    date,
  opinion_due_on   date,
  opinion_text     text,
  opinion_submitted_at timestamptz,
  opinion_by_name  text,
  decided_on       date,
  decision_no      text,
  decision_reason  text,
  reported_to_mohw_on date,                      -- 보건복지부 보고일
  executed_on      date,
  ended_on         date,
  closing_reason   text,                         -- 철회·취소 사유
  appeal_kind      text check (appeal_kind in ('administrative_appeal', 'lawsuit')),
  appeal_status    text not null default 'none' check (appeal_status in ('none', 'filed', 'dismissed', 'cancelled', 'changed')),
  appeal_filed_on  date,
  appeal_decided_on date,
  appeal_note      text,
  measure_before_appeal text,
  created_by       uuid not null,
  created_by_name  text not null,
  version          integer not null default 1,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  check (adjustment is null or adjustment_reason is not null),
  check (status in ('draft', 'withdrawn') or (pre_notice_on is not null and opinion_due_on is not null)),
  check (status not in ('decided', 'executing', 'ended') or decided_on is not null)
);
create index disposition_institution_idx on disposition (institution_id, decided_on);
create index disposition_operator_idx on disposition (operator_key);
create index disposition_region_idx on disposition (sigungu_code, decided_on desc);
create index disposition_status_idx on disposition (status, period_to);

create table disposition_violation (
  id             uuid primary key default gen_random_uuid(),
  disposition_id uuid not null references disposition (id),
  institution_id uuid not null references institution (id),
  sido_code      text not null,
  sigungu_code   text not null,
  position       integer not null,
  code           text not null,                  -- 'SWS-4가'
  found_on       date not null,                  -- 적발일
  summary        text not null,
  article        text,
  repeat_count   integer not null check (repeat_count >= 1),
  measure_label  text not null,
  explanation    text not null,
  unique (disposition_id, position)
);
create index disposition_violation_code_idx on disposition_violation (institution_id, code);

create table disposition_transition (
  id             bigint generated always as identity primary key,
  disposition_id uuid not null references disposition (id),
  institution_id uuid not null,
  sido_code      text not null,
  sigungu_code   text not null,
  action         text not null,
  from_status    text,
  to_status      text not null,
  reason         text,
  actor_id       uuid not null,
  actor_name     text not null,
  actor_zone     text not null check (actor_zone in ('official', 'provider')),
  at             timestamptz not null default now()
);
create index disposition_transition_idx on disposition_transition (disposition_id, at);

-- The history follows the institution nationwide (domain.md §7): every official reads every disposition
-- (the service logs each look-up outside the official's jurisdiction); writes stay within the jurisdiction;
-- an institution reads its own.
create function app_is_official() returns boolean language sql stable as $$
  select current_setting('app.scope_kind', true) in ('nation', 'sido', 'sigungu')
$$;
grant execute on function app_is_official() to ssis_app;

-- An official anywhere may look an institution up by id for its disposition history: name, region, type and
-- operator only (the register's own policy keeps the rest within the jurisdiction).
create function institution_brief(p_id uuid)
returns table (id uuid, name text, sido_code text, sigungu_code text, type_code text, operator_kind text,
               operator_name text, corporation_no text, status text)
language sql stable security definer set search_path = public as $$
  select i.id, i.name, i.sido_code, i.sigungu_code, i.type_code, i.operator_kind, i.operator_name, i.corporation_no,
         i.status
    from institution i where i.id = p_id and app_is_official()
$$;
revoke all on function institution_brief(uuid) from public;
grant execute on function institution_brief(uuid) to ssis_app;

alter table disposition enable row level security;
create policy disposition_read on disposition for select
  using (app_is_official() or app_scope_allows(sido_code, sigungu_code, institution_id));
create policy disposition_insert on disposition for insert
  with check (app_scope_allows(sido_code, sigungu_code, institution_id));
create policy disposition_update on disposition for update
  using (app_scope_allows(sido_code, sigungu_code, institution_id))
  with check (app_scope_allows(sido_code, sigungu_code, institution_id));

alter table disposition_violation enable row level security;
create policy disposition_violation_read on disposition_violation for select
  using (app_is_official() or app_scope_allows(sido_code, sigungu_code, institution_id));
create policy disposition_violation_insert on disposition_violation for insert
  with check (app_scope_allows(sido_code, sigungu_code, institution_id));
create policy disposition_violation_update on disposition_violation for update
  using (app_scope_allows(sido_code, sigungu_code, institution_id));

alter table disposition_transition enable row level security;
create policy disposition_transition_read on disposition_transition for select
  using (app_is_official() or app_scope_allows(sido_code, sigungu_code, institution_id));
create policy disposition_transition_insert on disposition_transition for insert
  with check (app_scope_allows(sido_code, sigungu_code, institution_id));
create policy disposition_transition_update on disposition_transition for update
  using (app_scope_allows(sido_code, sigungu_code, institution_id));

-- update on the violation and transition rows only so that a region reorganisation moves their scope columns
grant select, insert, update on disposition, disposition_violation, disposition_transition to ssis_app;

-- A finding that calls for a disposition points at it (one click from the inspection).
alter table corrective_action add constraint corrective_action_disposition_fk
  foreign key (disposition_id) references disposition (id);
