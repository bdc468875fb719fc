-- 현황정보관리 (CWSU/UWSI): staff (종사자) details and users/residents (이용자, code name client).

-- ── staff: what the register needs beyond 0001 ───────────────────────────────
alter table staff
  add column weekly_hours  numeric(4, 1) check (weekly_hours is null or (weekly_hours > 0 and weekly_hours <= 52)),
  add column end_reason    text,                 -- 퇴사 사유
  add column created_by    uuid,
  add column updated_by    uuid;
-- Existing rows are not re-checked (not valid); every new or changed row is.
alter table staff add constraint staff_period_chk check (left_on is null or left_on >= hired_on) not valid;
create index staff_institution_name_idx on staff (institution_id, name, id);

-- ── client: 이용자 / 입소자 ───────────────────────────────────────────────────
create table client (
  id               uuid primary key default gen_random_uuid(),
  institution_id   uuid not null references institution (id),
  sido_code        text not null,
  sigungu_code     text not null,
  name             text not null,
  gender           text not null check (gender in ('male', 'female')),
  birth_date       date not null,
  -- 주민등록번호: AES-256-GCM with a key held outside the database (개인정보 보호법 제24조의2);
  -- rrn_lookup is an HMAC-SHA-256 under the same key, to find the same person twice without decrypting.
  rrn_encrypted    text not null,
  rrn_masked       text not null,
  rrn_lookup       text not null,
  admitted_on      date not null,                -- 입소일 / 이용 시작일
  discharged_on    date,                         -- 퇴소일 / 이용 종료일
  discharge_reason text,
  created_by       uuid,
  updated_by       uuid,
  version          integer not null default 1,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  constraint client_stay_chk check (discharged_on is null or discharged_on >= admitted_on)
);
create index client_institution_idx on client (institution_id, name, id);
-- One person is admitted once at a time in one institution.
create unique index client_active_person_idx on client (institution_id, rrn_lookup) where discharged_on is null;

alter table client enable row level security;
create policy client_scope on client
  using (app_scope_allows(sido_code, sigungu_code, institution_id))
  with check (app_scope_allows(sido_code, sigungu_code, institution_id));

-- Legally significant records: no delete.
grant select, insert, update on client to ssis_app;
