-- 현황정보관리 (CWSU/UWSI): an institution's programmes (프로그램) and its yearly finances summary
-- (재정·보조금 요약). The summary is what the institution reports; the accounts themselves are kept in the
-- ERP (사회복지시설 재무회계, another team's system).

-- ── institution_program: 프로그램 ─────────────────────────────────────────────
create table institution_program (
  id                 uuid primary key default gen_random_uuid(),
  institution_id     uuid not null references institution (id),
  sido_code          text not null,
  sigungu_code       text not null,
  name               text not null check (char_length(name) between 1 and 100),
  -- 상담·교육·문화여가·건강·자립지원·지역연계
  category           text not null
    check (category in ('counseling', 'education', 'culture_leisure', 'health', 'independence', 'community')),
  target_group       text not null check (char_length(target_group) between 1 and 100),   -- 대상
  started_on         date not null,
  ended_on           date,                         -- soft end: programmes are ended, never deleted
  sessions_per_month integer not null check (sessions_per_month between 0 and 100),        -- 월 운영 횟수
  participants       integer not null check (participants >= 0),                           -- 참여 인원
  -- 재원: 자체·보조금·후원금·기타
  funding_source     text not null check (funding_source in ('own', 'subsidy', 'donation', 'other')),
  description        text,
  created_by         uuid,
  updated_by         uuid,
  version            integer not null default 1,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  constraint institution_program_period_chk check (ended_on is null or ended_on >= started_on)
);
create index institution_program_institution_idx on institution_program (institution_id, started_on desc, id);

alter table institution_program enable row level security;
create policy institution_program_scope on institution_program
  using (app_scope_allows(sido_code, sigungu_code, institution_id))
  with check (app_scope_allows(sido_code, sigungu_code, institution_id));
grant select, insert, update on institution_program to ssis_app;

-- ── institution_finance_year: 재정·보조금 요약 (won, per fiscal year) ─────────────
create table institution_finance_year (
  id                           uuid primary key default gen_random_uuid(),
  institution_id               uuid not null references institution (id),
  sido_code                    text not null,
  sigungu_code                 text not null,
  fiscal_year                  integer not null check (fiscal_year between 2000 and 2100),
  -- 세입
  revenue_subsidy_national     bigint not null default 0 check (revenue_subsidy_national >= 0),     -- 보조금(국비)
  revenue_subsidy_local        bigint not null default 0 check (revenue_subsidy_local >= 0),        -- 보조금(지방비)
  revenue_corporation_transfer bigint not null default 0 check (revenue_corporation_transfer >= 0), -- 법인전입금
  revenue_donations            bigint not null default 0 check (revenue_donations >= 0),            -- 후원금
  revenue_user_fees            bigint not null default 0 check (revenue_user_fees >= 0),            -- 이용료(본인부담금)
  revenue_other                bigint not null default 0 check (revenue_other >= 0),                -- 기타
  -- 세출
  expense_personnel            bigint not null default 0 check (expense_personnel >= 0),            -- 인건비
  expense_operating            bigint not null default 0 check (expense_operating >= 0),            -- 운영비
  expense_program              bigint not null default 0 check (expense_program >= 0),              -- 사업비
  expense_other                bigint not null default 0 check (expense_other >= 0),                -- 기타
  note                         text,
  created_by                   uuid,
  updated_by                   uuid,
  version                      integer not null default 1,
  created_at                   timestamptz not null default now(),
  updated_at                   timestamptz not null default now(),
  constraint institution_finance_year_once unique (institution_id, fiscal_year)
);

alter table institution_finance_year enable row level security;
create policy institution_finance_year_scope on institution_finance_year
  using (app_scope_allows(sido_code, sigungu_code, institution_id))
  with check (app_scope_allows(sido_code, sigungu_code, institution_id));
grant select, insert, update on institution_finance_year to ssis_app;
