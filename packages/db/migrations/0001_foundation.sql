-- Foundation schema: reference data, accounts, sessions, institutions (core), audit log.
-- Runs on PostgreSQL 15 and on PGlite (PostgreSQL 18). Identifiers are UUIDs, never sequences
-- (see docs/scale.md: tables must stay distributable by institution).

create extension if not exists pg_trgm;

-- The application connects as this non-superuser role, so row-level security applies to it.
do $$ begin
  if not exists (select 1 from pg_roles where rolname = 'ssis_app') then
    create role ssis_app nologin;
  end if;
end $$;

-- ── reference data ────────────────────────────────────────────────────────────
create table region (
  code5        text primary key,            -- 5-digit prefix of the 법정동코드 (시도: '11000')
  code10       text not null unique,
  level        text not null check (level in ('sido', 'sigungu', 'gu')),
  sido_code    text not null,               -- 2-digit 시도 code
  sido_name    text not null,
  sigungu_name text,                        -- null for a 시도 row
  parent_si    text,                        -- for an 일반구, its 시 name
  parent_code5 text,                        -- for an 일반구, its 시's code5
  valid_from   date not null,
  valid_to     date,                        -- null while in force
  note         text
);
create index region_sido_idx on region (sido_code, level);

create table institution_type (
  code             text primary key,
  field            text not null,           -- 노인, 장애인, 아동 …
  type_name        text not null,
  parent_group     text,
  law              text not null,
  law_article      text,
  residential      text not null,           -- 생활 / 이용 / …
  evaluated        boolean not null,
  eval_cycle_group text,
  note             text
);

create table staff_job_type (
  code          text primary key,
  job_type      text not null,
  qualification text,
  typical_in    text,
  note          text
);

-- ── accounts ─────────────────────────────────────────────────────────────────
create table support_agency (
  id         uuid primary key default gen_random_uuid(),
  name       text not null,
  kind       text not null,                 -- 중앙사회서비스원, 시도사회서비스원, 지역사회서비스지원단, 평가기관, 컨설팅기관
  sido_code  text,                          -- null: nationwide
  phone      text,
  version    integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table app_user (
  id                  uuid primary key default gen_random_uuid(),
  username            text not null unique,
  password_hash       text not null,
  name                text not null,
  role                text not null check (role in (
    'mohw_official', 'sido_official', 'sigungu_official', 'eval_agency_staff', 'evaluator',
    'support_agency_staff', 'provider_admin', 'provider_staff', 'auditor', 'system_admin')),
  scope_kind          text not null check (scope_kind in ('nation', 'sido', 'sigungu', 'institution', 'agency', 'system')),
  scope_code          text,                 -- 시도 2-digit, 시군구 5-digit, institution or agency id
  email               text,
  phone               text,
  is_active           boolean not null default true,
  failed_attempts     integer not null default 0,
  locked_at           timestamptz,
  password_changed_at timestamptz not null default now(),
  last_login_at       timestamptz,
  version             integer not null default 1,
  created_at          timestamptz not null default now(),
  updated_at          timestamptz not null default now(),
  check ((scope_kind in ('nation', 'system')) = (scope_code is null))
);
create index app_user_scope_idx on app_user (scope_kind, scope_code);

create table user_session (
  token_hash    text primary key,           -- sha256 of the cookie value; the value itself is never stored
  user_id       uuid not null references app_user (id) on delete cascade,
  csrf_token    text not null,
  client_ip     text,
  user_agent    text,
  created_at    timestamptz not null default now(),
  last_seen_at  timestamptz not null default now()
);
create index user_session_user_idx on user_session (user_id);

create table idempotency_key (
  user_id       uuid not null,
  key           text not null,
  method        text not null,
  path          text not null,
  request_hash  text not null,
  status_code   integer,
  response_body text,
  created_at    timestamptz not null default now(),
  primary key (user_id, key)
);

-- ── institutions (core; the register module extends these) ───────────────────
create table institution (
  id                 uuid primary key default gen_random_uuid(),
  name               text not null,
  type_code          text not null references institution_type (code),
  sido_code          text not null,
  sigungu_code       text not null references region (code5),
  gu_code            text references region (code5),
  road_address       text not null,
  address_detail     text,
  postal_code        text,
  phone              text,
  fax                text,
  email              text,
  business_no        text,                  -- 사업자등록번호 or 고유번호 (10 digits)
  operator_kind      text not null check (operator_kind in ('corporation', 'individual', 'public')),
  operator_name      text not null,
  corporation_no     text,                  -- 법인등록번호 (13 digits)
  head_name          text,
  head_appointed_on  date,
  capacity           integer check (capacity is null or capacity >= 0),
  current_users      integer check (current_users is null or current_users >= 0),
  opened_on          date,
  closed_on          date,
  status             text not null check (status in ('operating', 'suspended', 'closed')),
  latest_grade       text check (latest_grade in ('A', 'B', 'C', 'D', 'F')),
  latest_grade_year  integer,
  version            integer not null default 1,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now()
);
create index institution_sigungu_idx on institution (sigungu_code, name, id);
create index institution_sido_idx on institution (sido_code, name, id);
create index institution_type_idx on institution (type_code);
create index institution_name_trgm on institution using gin (name gin_trgm_ops);

create table institution_status_history (
  id             uuid primary key default gen_random_uuid(),
  institution_id uuid not null references institution (id),
  sido_code      text not null,
  sigungu_code   text not null,
  status         text not null check (status in ('operating', 'suspended', 'closed')),
  valid_from     date not null,
  valid_to       date,
  reason         text,
  created_at     timestamptz not null default now()
);
create index institution_status_history_inst_idx on institution_status_history (institution_id, valid_from);

create table staff (
  id              uuid primary key default gen_random_uuid(),
  institution_id  uuid not null references institution (id),
  sido_code       text not null,
  sigungu_code    text not null,
  name            text not null,
  job_type_code   text not null references staff_job_type (code),
  qualification   text,
  license_no      text,
  employment_kind text not null check (employment_kind in ('full_time', 'part_time')),
  hired_on        date not null,
  left_on         date,
  version         integer not null default 1,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now()
);
create index staff_institution_idx on staff (institution_id, hired_on);

create table agency_assignment (
  id             uuid primary key default gen_random_uuid(),
  agency_id      uuid not null references support_agency (id),
  institution_id uuid not null references institution (id),
  purpose        text not null,
  starts_on      date not null,
  ends_on        date,
  created_at     timestamptz not null default now()
);
create index agency_assignment_agency_idx on agency_assignment (agency_id, institution_id);

-- ── row-level security: the second wall behind the scoped queries ─────────────
-- The request context is set per transaction with set_config('app.*', …, true).
create function app_scope_allows(p_sido text, p_sigungu text, p_institution uuid) returns boolean
language sql stable as $$
  select case current_setting('app.scope_kind', true)
    when 'nation' then true
    when 'sido' then p_sido = current_setting('app.scope_code', true)
    when 'sigungu' then p_sigungu = current_setting('app.scope_code', true)
    when 'institution' then p_institution::text = current_setting('app.scope_code', true)
    when 'agency' then exists (
      select 1 from agency_assignment a
      where a.institution_id = p_institution
        and a.agency_id::text = current_setting('app.scope_code', true)
        and current_date >= a.starts_on and (a.ends_on is null or current_date <= a.ends_on))
    else false
  end
$$;

alter table institution enable row level security;
create policy institution_scope on institution
  using (app_scope_allows(sido_code, sigungu_code, id))
  with check (app_scope_allows(sido_code, sigungu_code, id));

alter table institution_status_history enable row level security;
create policy institution_status_history_scope on institution_status_history
  using (app_scope_allows(sido_code, sigungu_code, institution_id))
  with check (app_scope_allows(sido_code, sigungu_code, institution_id));

alter table staff enable row level security;
create policy staff_scope on staff
  using (app_scope_allows(sido_code, sigungu_code, institution_id))
  with check (app_scope_allows(sido_code, sigungu_code, institution_id));

-- Account administration needs to name an institution scope without reading the register (the system
-- administrator has no business data): these answer only "exists?" and the name.
create function institution_exists(p_id text) returns boolean
language sql stable security definer set search_path = public as $$
  select exists (select 1 from institution where id::text = p_id)
$$;
create function institution_name(p_id text) returns text
language sql stable security definer set search_path = public as $$
  select name from institution where id::text = p_id
$$;

-- ── access log (접속기록): append-only and hash-chained ──────────────────────
create table access_log (
  seq          bigint primary key,             -- assigned by the trigger: gapless, so a deleted entry shows
  occurred_at  timestamptz not null default now(),
  user_id      uuid,
  username     text,
  role         text,
  client_ip    text,
  action       text not null,               -- read, export, create, update, unmask, login, login_failed, …
  target_type  text not null,
  target_id    text,
  subject      text,                        -- whose personal data (e.g. institution or client name)
  reason       text,
  details      jsonb,
  prev_hash    text not null,
  hash         text not null
);
create index access_log_time_idx on access_log (occurred_at);
create index access_log_user_idx on access_log (user_id, occurred_at);

-- The one definition of an entry's hash, used by the insert trigger and by audit:verify.
create function access_log_entry_hash(e access_log) returns text
language sql immutable as $$
  select encode(sha256(convert_to(concat_ws(E'\x1f',
    e.seq::text,
    to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    coalesce(e.user_id::text, ''), coalesce(e.username, ''), coalesce(e.role, ''), coalesce(e.client_ip, ''),
    e.action, e.target_type, coalesce(e.target_id, ''), coalesce(e.subject, ''), coalesce(e.reason, ''),
    coalesce(e.details::text, ''), e.prev_hash), 'UTF8')), 'hex')
$$;

create function access_log_chain() returns trigger
language plpgsql security definer set search_path = public as $$
begin
  -- One writer at a time, so every entry links to the one before it.
  perform pg_advisory_xact_lock(7201);
  new.occurred_at := clock_timestamp();
  select l.seq + 1, l.hash into new.seq, new.prev_hash from access_log l order by l.seq desc limit 1;
  new.seq := coalesce(new.seq, 1);
  new.prev_hash := coalesce(new.prev_hash, 'GENESIS');
  new.hash := access_log_entry_hash(new);
  return new;
end $$;
create trigger access_log_chain before insert on access_log for each row execute function access_log_chain();

create function access_log_refuse_change() returns trigger
language plpgsql as $$
begin
  raise exception '접속기록은 수정하거나 삭제할 수 없습니다' using errcode = '42501';
end $$;
create trigger access_log_no_update before update or delete on access_log
  for each row execute function access_log_refuse_change();
create trigger access_log_no_truncate before truncate on access_log
  for each statement execute function access_log_refuse_change();

-- ── privileges of the application role ───────────────────────────────────────
grant usage on schema public to ssis_app;
grant select on region, institution_type, staff_job_type to ssis_app;
grant select, insert, update on app_user, support_agency, institution, institution_status_history, staff,
  agency_assignment to ssis_app;
grant select, insert, update, delete on user_session, idempotency_key to ssis_app;
grant select, insert on access_log to ssis_app;
