-- 현황보고 (status report rounds, domain.md §4): an official opens a round for the institutions of its
-- jurisdiction with a deadline; each institution submits one report; officials remind and close.
-- Legally significant records: nothing is deleted (no delete grant).

-- ── report_round: one reporting round (회차) ──────────────────────────────────
create table report_round (
  id             uuid primary key default gen_random_uuid(),
  title          text not null check (length(title) between 1 and 100),
  period_label   text not null check (length(period_label) between 1 and 40),  -- '2026년 4분기'
  -- The opener's jurisdiction: a 시군구's round covers its institutions, a 시도's its 시도, 보건복지부 the nation.
  scope_kind     text not null check (scope_kind in ('nation', 'sido', 'sigungu')),
  scope_code     text,
  sido_code      text,                       -- the opener's 시도 (null for the nation)
  sigungu_code   text,                       -- the opener's 시군구 (null unless a 시군구 opened it)
  opened_by      uuid not null,
  opened_by_name text not null,
  due_on         date not null,              -- 제출 기한 (inclusive)
  status         text not null default 'open' check (status in ('open', 'closed')),
  target_filter  jsonb not null,             -- how the targets were chosen (mode, field, types, 시군구, list)
  target_count   integer not null check (target_count >= 0),
  opened_at      timestamptz not null default now(),
  closed_at      timestamptz,
  closed_by      uuid,
  version        integer not null default 1,
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now(),
  check ((scope_kind = 'nation') = (scope_code is null)),
  check ((status = 'closed') = (closed_at is not null))
);
create index report_round_opened_idx on report_round (opened_at desc, id);
create index report_round_scope_idx on report_round (scope_kind, scope_code);

-- ── report_round_target: one institution of a round and its report ───────────
create table report_round_target (
  id                     uuid primary key default gen_random_uuid(),
  round_id               uuid not null references report_round (id),
  institution_id         uuid not null references institution (id),
  sido_code              text not null,
  sigungu_code           text not null,
  type_code              text not null references institution_type (code),
  status                 text not null default 'pending' check (status in ('pending', 'submitted')),
  submitted_at           timestamptz,
  submitted_on           date,                 -- the Korean calendar date of submission (late = after due_on)
  submitted_by           uuid,
  submitted_by_name      text,
  is_late                boolean not null default false,
  -- 정원, 현원 (남·여), 종사자 수 by job type and employment kind, 프로그램 수, 특이사항
  report                 jsonb,
  -- Copies of the report's totals, so summaries add numbers rather than parse JSON.
  reported_capacity      integer check (reported_capacity is null or reported_capacity >= 0),
  reported_current_users integer check (reported_current_users is null or reported_current_users >= 0),
  reported_staff         integer check (reported_staff is null or reported_staff >= 0),
  reported_programs      integer check (reported_programs is null or reported_programs >= 0),
  draft                  jsonb,                -- 작성 중 (provider staff fill in, the administrator submits)
  draft_saved_at         timestamptz,
  draft_saved_by         uuid,
  version                integer not null default 1,
  created_at             timestamptz not null default now(),
  updated_at             timestamptz not null default now(),
  unique (round_id, institution_id),
  check ((status = 'submitted') = (submitted_at is not null and report is not null and submitted_on is not null)),
  check (status = 'submitted' or not is_late)
);
create index report_round_target_round_idx on report_round_target (round_id, sigungu_code, status);
create index report_round_target_inst_idx on report_round_target (institution_id, round_id);

-- ── report_reminder: 독촉, one row per institution reminded (batch_id groups one sending) ──
create table report_reminder (
  id             uuid primary key default gen_random_uuid(),
  batch_id       uuid not null,
  round_id       uuid not null references report_round (id),
  institution_id uuid not null references institution (id),
  sido_code      text not null,
  sigungu_code   text not null,
  sent_at        timestamptz not null default now(),
  sent_by        uuid not null,
  sent_by_name   text not null,
  message        text not null check (length(message) between 1 and 500)
);
create index report_reminder_round_idx on report_reminder (round_id, institution_id, sent_at);
create index report_reminder_inst_idx on report_reminder (institution_id, sent_at);

-- ── row-level security (second wall) ──────────────────────────────────────────
alter table report_round_target enable row level security;
create policy report_round_target_scope on report_round_target
  using (app_scope_allows(sido_code, sigungu_code, institution_id))
  with check (app_scope_allows(sido_code, sigungu_code, institution_id));

alter table report_reminder enable row level security;
create policy report_reminder_scope on report_reminder
  using (app_scope_allows(sido_code, sigungu_code, institution_id))
  with check (app_scope_allows(sido_code, sigungu_code, institution_id));

-- A round is visible to the jurisdiction that opened it (and those above it), and to whoever sees one of
-- its targets (a 시군구 follows its institutions in a 시도's round; an institution sees its own rounds).
alter table report_round enable row level security;
create policy report_round_scope on report_round
  using (app_scope_allows(sido_code, sigungu_code, null)
         or exists (select 1 from report_round_target t where t.round_id = report_round.id))
  with check (app_scope_allows(sido_code, sigungu_code, null));

grant select, insert, update on report_round, report_round_target, report_reminder to ssis_app;
