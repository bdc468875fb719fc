-- 0004: registering and changing institutions (현황정보관리 UWSI/CWSU, domain.md §4): the register's change
-- history (every version: who, when, before, after), change requests from institutions, and the processing
-- deadline of those requests as data. Runs on PostgreSQL 15 and on PGlite (PostgreSQL 18).

-- A minor field the institution keeps itself (domain.md §4 "contacts and minor fields").
alter table institution add column if not exists homepage text;

-- ── change history (변경이력): append-only ───────────────────────────────────
-- One row per change of the register. `before` and `after` are full snapshots of the register fields
-- (camelCase keys as in RegisterFields, packages/domain/src/institution-rules.ts), so the register can be
-- shown as of any past date from the history alone.
create table institution_history (
  id                uuid primary key default gen_random_uuid(),
  institution_id    uuid not null references institution (id),
  sido_code         text not null,
  sigungu_code      text not null,
  -- clock_timestamp(): two rows of one transaction (a minor change and a change request) keep their order
  changed_at        timestamptz not null default clock_timestamp(),
  changed_by        uuid references app_user (id),
  changed_by_name   text not null,
  changed_by_role   text not null,
  -- the register changed: registered, changed, status_changed, change_request_approved; the register stayed
  -- as it was (before = after) but the step belongs to its story: change_requested, _returned, _withdrawn
  kind              text not null check (kind in ('registered', 'changed', 'status_changed',
                      'change_requested', 'change_request_approved', 'change_request_returned',
                      'change_request_withdrawn')),
  reason            text,
  changed_fields    text[] not null default '{}',
  before            jsonb,                 -- null for 'registered'
  after             jsonb not null,
  change_request_id uuid
);
create index institution_history_inst_idx on institution_history (institution_id, changed_at, id);

alter table institution_history enable row level security;
create policy institution_history_scope on institution_history
  using (app_scope_allows(sido_code, sigungu_code, institution_id))
  with check (app_scope_allows(sido_code, sigungu_code, institution_id));

-- The application may add history but never rewrite it: no UPDATE/DELETE grant, and a refusing trigger for
-- anyone else (as for the access log in 0001).
create function institution_history_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '기관 변경이력은 수정하거나 삭제할 수 없습니다' using errcode = '42501';
end $$;
create trigger institution_history_no_update before update or delete on institution_history
  for each row execute function institution_history_refuse_change();

-- ── change requests (변경신청) ────────────────────────────────────────────────
create table change_request (
  id              uuid primary key default gen_random_uuid(),
  institution_id  uuid not null references institution (id),
  sido_code       text not null,
  sigungu_code    text not null,
  requested_by    uuid references app_user (id),
  requested_by_name text not null,
  requested_at    timestamptz not null default now(),
  due_on          date not null,
  status          text not null default 'submitted'
                    check (status in ('submitted', 'approved', 'returned', 'withdrawn')),
  changes         jsonb not null,          -- field → proposed value
  before          jsonb not null,          -- the same fields' values when the request was made
  reason          text not null,
  decided_by      uuid references app_user (id),
  decided_by_name text,
  decided_at      timestamptz,
  decision_reason text,
  version         integer not null default 1,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  check ((status = 'submitted') = (decided_at is null))
);
create index change_request_scope_idx on change_request (sigungu_code, status, due_on);
create index change_request_inst_idx on change_request (institution_id, requested_at);

alter table change_request enable row level security;
create policy change_request_scope on change_request
  using (app_scope_allows(sido_code, sigungu_code, institution_id))
  with check (app_scope_allows(sido_code, sigungu_code, institution_id));

-- ── settings of the register ─────────────────────────────────────────────────
-- The processing deadline of a change request. No statute at hand fixes a period for approving changes of
-- the register (사회복지사업법 and its 시행규칙 set none for this step), so it is data an administrator
-- maintains, not a constant in code: 7 calendar days by default.
create table register_setting (
  key        text primary key,
  int_value  integer not null,
  note       text not null,
  updated_at timestamptz not null default now(),
  updated_by uuid references app_user (id)
);
insert into register_setting (key, int_value, note) values
  ('change_request_due_days', 7,
   '변경신청 처리기한(달력일). 법정 처리기간이 없어 관리자가 정하는 값이며 기본값은 7일입니다.');

grant select, insert on institution_history to ssis_app;
grant select, insert, update on change_request to ssis_app;
grant select, update on register_setting to ssis_app;
