-- 지도점검 (guidance inspections, domain.md §7; 사회복지사업법 제51조): checklists (versioned), plans, inspections,
-- item results, findings (지적사항), corrective actions (시정·개선 조치), files, and a log of every transition.
-- Legally significant records: nothing is deleted (no delete grants).

-- ── stored files (uploads on local disk behind platform/files.ts; metadata here) ──────
create table stored_file (
  id             uuid primary key default gen_random_uuid(),
  institution_id uuid references institution (id),  -- the institution the file belongs to (scope)
  sido_code      text,
  sigungu_code   text,
  purpose        text not null,                     -- 'inspection-document', 'inspection-evidence', 'corrective-report'
  owner_id       uuid not null,                     -- the record the file is attached to
  file_name      text not null check (length(file_name) between 1 and 255),
  content_type   text not null,
  size_bytes     bigint not null check (size_bytes >= 0),
  sha256         text not null,
  storage_key    text not null unique,
  uploaded_by    uuid not null,
  uploaded_by_name text not null,
  uploaded_zone  text not null check (uploaded_zone in ('official', 'provider')),
  uploaded_at    timestamptz not null default now()
);
create index stored_file_owner_idx on stored_file (owner_id, uploaded_at);
alter table stored_file enable row level security;
create policy stored_file_scope on stored_file
  using (app_scope_allows(sido_code, sigungu_code, institution_id))
  with check (app_scope_allows(sido_code, sigungu_code, institution_id));
-- update only so that a region reorganisation (0007, region_copy_tables) moves the scope columns
grant select, insert, update on stored_file to ssis_app;

-- ── checklists (점검표): a template has versions; a version's items never change ─────────
create table checklist_template (
  id          uuid primary key default gen_random_uuid(),
  code        text not null unique check (code ~ '^[A-Z0-9-]{2,30}$'),
  name        text not null check (length(name) between 1 and 100),
  -- institution types the template is meant for (empty = every type)
  type_codes  text[] not null default '{}',
  created_at  timestamptz not null default now()
);

create table checklist_version (
  id           uuid primary key default gen_random_uuid(),
  template_id  uuid not null references checklist_template (id),
  version      integer not null check (version >= 1),
  change_note  text not null,
  created_by   uuid,
  created_by_name text not null,
  created_at   timestamptz not null default now(),
  unique (template_id, version)
);

create table checklist_item (
  id             uuid primary key default gen_random_uuid(),
  version_id     uuid not null references checklist_version (id),
  position       integer not null,
  code           text not null,                 -- 'ACC-01'
  domain         text not null,                 -- 회계·예산, 보조금 집행 …
  item           text not null,
  legal_basis    text not null,
  applies_to     text,
  typical_finding text,
  typical_outcome text,
  violation_code text,                          -- the 행정처분 ladder code it maps to when failed ('SWS-4가')
  verified       boolean not null,              -- false: the source marks the basis or outcome unverified
  source         text,
  unique (version_id, code),
  unique (version_id, position)
);
grant select, insert on checklist_template, checklist_version, checklist_item to ssis_app;
grant update (name, type_codes) on checklist_template to ssis_app;

-- ── inspection plan (점검계획) ───────────────────────────────────────────────────
create table inspection_plan (
  id             uuid primary key default gen_random_uuid(),
  title          text not null check (length(title) between 1 and 100),
  plan_year      integer not null check (plan_year between 2000 and 2100),
  kind           text not null check (kind in ('regular', 'adhoc', 'special', 'joint')),
  joint_bodies   text,                          -- 합동: the other bodies (e.g. 소방서, 보건소)
  -- the planning jurisdiction: a 시군구 or a 시도 (보건복지부 plans carry no code)
  scope_kind     text not null check (scope_kind in ('nation', 'sido', 'sigungu')),
  sido_code      text,
  sigungu_code   text,
  checklist_version_id uuid not null references checklist_version (id),
  status         text not null default 'draft' check (status in ('draft', 'approved')),
  target_filter  jsonb not null default '{}',
  note           text,
  created_by     uuid not null,
  created_by_name text not null,
  approved_by    uuid,
  approved_by_name text,
  approved_at    timestamptz,
  version        integer not null default 1,
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now(),
  check ((status = 'approved') = (approved_at is not null))
);
create index inspection_plan_year_idx on inspection_plan (plan_year desc, created_at desc);

-- ── inspection (점검): one institution, one visit ─────────────────────────────────────
create table inspection (
  id               uuid primary key default gen_random_uuid(),
  plan_id          uuid references inspection_plan (id),
  institution_id   uuid not null references institution (id),
  sido_code        text not null,                -- the institution's region (scope)
  sigungu_code     text not null,
  type_code        text not null references institution_type (code),
  kind             text not null check (kind in ('regular', 'adhoc', 'special', 'joint')),
  reason           text not null check (length(reason) between 1 and 500),   -- why this institution
  planned_month    integer check (planned_month between 1 and 12),
  checklist_version_id uuid not null references checklist_version (id),
  status           text not null default 'planned'
                   check (status in ('planned', 'scheduled', 'in_progress', 'completed', 'notified', 'closed', 'cancelled')),
  scheduled_on     date,
  scheduled_end_on date,
  team             jsonb not null default '[]',   -- [{ "name": "…", "position": "…" }]
  prior_notice     boolean not null default true, -- 사전 통지 (false: 불시 점검)
  notice_sent_on   date,
  documents_due_on date,                          -- 사전 점검자료 제출 기한
  overall_result   text check (overall_result in ('compliant', 'findings')),
  result_summary   text,
  internal_note    text,                          -- officials only; never sent to the institution
  result_notice_no text,                          -- 문서번호 of the result notice
  result_notified_on date,
  result_sender    text,                          -- 발신 명의 of the result notice (e.g. 서울특별시 종로구청장)
  created_by       uuid not null,
  created_by_name  text not null,
  version          integer not null default 1,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  check (status in ('planned', 'cancelled') or scheduled_on is not null)
);
create index inspection_plan_idx on inspection (plan_id, planned_month);
create index inspection_institution_idx on inspection (institution_id, scheduled_on desc);
create index inspection_region_idx on inspection (sigungu_code, status, scheduled_on desc);
create index inspection_sido_idx on inspection (sido_code, scheduled_on desc);
alter table inspection enable row level security;
create policy inspection_scope on inspection
  using (app_scope_allows(sido_code, sigungu_code, institution_id))
  with check (app_scope_allows(sido_code, sigungu_code, institution_id));

alter table inspection_plan enable row level security;
-- Visible to the planning jurisdiction and those above it, and to whoever sees one of its inspections.
create policy inspection_plan_scope on inspection_plan
  using (app_scope_allows(sido_code, sigungu_code, null)
         or exists (select 1 from inspection i where i.plan_id = inspection_plan.id))
  with check (app_scope_allows(sido_code, sigungu_code, null));

-- ── 사전 점검자료: documents the institution submits before the visit, and their desk review ──
create table inspection_document (
  id             uuid primary key default gen_random_uuid(),
  inspection_id  uuid not null references inspection (id),
  institution_id uuid not null references institution (id),
  sido_code      text not null,
  sigungu_code   text not null,
  position       integer not null,
  title          text not null check (length(title) between 1 and 200),
  submitted_at   timestamptz,
  submitted_by_name text,
  review_status  text not null default 'pending' check (review_status in ('pending', 'adequate', 'insufficient')),
  review_note    text,
  reviewed_at    timestamptz,
  reviewed_by_name text,
  version        integer not null default 1,
  unique (inspection_id, position)
);
alter table inspection_document enable row level security;
create policy inspection_document_scope on inspection_document
  using (app_scope_allows(sido_code, sigungu_code, institution_id))
  with check (app_scope_allows(sido_code, sigungu_code, institution_id));

-- ── item results (항목별 점검 결과) ────────────────────────────────────────────────
create table inspection_item_result (
  inspection_id  uuid not null references inspection (id),
  item_id        uuid not null references checklist_item (id),
  institution_id uuid not null references institution (id),
  sido_code      text not null,
  sigungu_code   text not null,
  result         text not null check (result in ('compliant', 'non_compliant', 'not_applicable')),
  note           text,
  recorded_by    uuid not null,
  recorded_by_name text not null,
  recorded_at    timestamptz not null default now(),
  primary key (inspection_id, item_id)
);
alter table inspection_item_result enable row level security;
create policy inspection_item_result_scope on inspection_item_result
  using (app_scope_allows(sido_code, sigungu_code, institution_id))
  with check (app_scope_allows(sido_code, sigungu_code, institution_id));

-- ── findings (지적사항) ──────────────────────────────────────────────────────────
create table inspection_finding (
  id              uuid primary key default gen_random_uuid(),
  inspection_id   uuid not null references inspection (id),
  institution_id  uuid not null references institution (id),
  sido_code       text not null,
  sigungu_code    text not null,
  item_id         uuid references checklist_item (id),
  domain          text not null,
  title           text not null check (length(title) between 1 and 200),
  detail          text not null check (length(detail) between 1 and 4000),
  severity        text not null check (severity in ('minor', 'moderate', 'serious')),
  violation_code  text,
  status          text not null default 'open' check (status in ('open', 'ordered', 'closed', 'withdrawn')),
  -- 지적 사례집: the official's anonymised wording (no institution or person names)
  casebook_shared boolean not null default false,
  casebook_text   text,
  casebook_shared_at timestamptz,
  created_by      uuid not null,
  created_by_name text not null,
  version         integer not null default 1,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  check (not casebook_shared or casebook_text is not null)
);
create index inspection_finding_inspection_idx on inspection_finding (inspection_id, created_at);
create index inspection_finding_region_idx on inspection_finding (sigungu_code, status);
create index inspection_finding_casebook_idx on inspection_finding (domain, casebook_shared_at desc) where casebook_shared;
alter table inspection_finding enable row level security;
create policy inspection_finding_scope on inspection_finding
  using (app_scope_allows(sido_code, sigungu_code, institution_id))
  with check (app_scope_allows(sido_code, sigungu_code, institution_id));

-- The case book is read everywhere, anonymised: a security-definer view would bypass RLS, so a function
-- returns only the shared, anonymised columns.
create function casebook_entries(p_domain text, p_query text, p_limit integer, p_offset integer)
returns table (id uuid, domain text, title text, casebook_text text, severity text, violation_code text,
               type_code text, shared_at timestamptz, total bigint)
language sql stable security definer set search_path = public as $$
  select f.id, f.domain, f.title, f.casebook_text, f.severity, f.violation_code, i.type_code,
         f.casebook_shared_at, count(*) over ()
    from inspection_finding f join inspection i on i.id = f.inspection_id
   where f.casebook_shared
     and (p_domain is null or f.domain = p_domain)
     and (p_query is null or f.casebook_text ilike '%' || p_query || '%' or f.title ilike '%' || p_query || '%')
   order by f.casebook_shared_at desc, f.id
   limit p_limit offset p_offset
$$;
revoke all on function casebook_entries(text, text, integer, integer) from public;
grant execute on function casebook_entries(text, text, integer, integer) to ssis_app;

-- ── corrective actions (시정·개선 조치): one per finding ─────────────────────────────────
create table corrective_action (
  id               uuid primary key default gen_random_uuid(),
  finding_id       uuid not null unique references inspection_finding (id),
  inspection_id    uuid not null references inspection (id),
  institution_id   uuid not null references institution (id),
  sido_code        text not null,
  sigungu_code     text not null,
  outcome          text not null check (outcome in ('on_site', 'caution', 'warning', 'correction', 'improvement',
                                                     'disposition', 'subsidy_recovery', 'fine', 'accusation')),
  amount_won       bigint check (amount_won is null or amount_won > 0),  -- 보조금 환수, 과태료
  instruction      text not null check (length(instruction) between 1 and 2000),
  notice_on        date not null,
  due_on           date,
  status           text not null default 'ordered' check (status in ('ordered', 'submitted', 'returned', 'accepted')),
  report_text      text,
  reported_at      timestamptz,
  reported_on      date,
  reported_by_name text,
  is_late          boolean not null default false,
  verification_note text,
  verified_at      timestamptz,
  verified_by_name text,
  last_reminded_at timestamptz,
  disposition_id   uuid,                         -- the 행정처분 it led to (issue 6)
  ordered_by       uuid not null,
  ordered_by_name  text not null,
  version          integer not null default 1,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  check (outcome not in ('subsidy_recovery', 'fine') or amount_won is not null)
);
create index corrective_action_region_idx on corrective_action (sigungu_code, status, due_on);
create index corrective_action_institution_idx on corrective_action (institution_id, status);
alter table corrective_action enable row level security;
create policy corrective_action_scope on corrective_action
  using (app_scope_allows(sido_code, sigungu_code, institution_id))
  with check (app_scope_allows(sido_code, sigungu_code, institution_id));

-- ── every transition (who, when, from, to, reason) ────────────────────────────────────
create table inspection_transition (
  id             bigint generated always as identity primary key,
  entity         text not null check (entity in ('plan', 'inspection', 'finding', 'corrective_action')),
  entity_id      uuid not null,
  inspection_id  uuid,
  institution_id uuid,
  sido_code      text,
  sigungu_code   text,
  action         text not null,
  from_status    text,
  to_status      text not null,
  reason         text,
  actor_id       uuid not null,
  actor_name     text not null,
  actor_zone     text not null check (actor_zone in ('official', 'provider')),
  at             timestamptz not null default now()
);
create index inspection_transition_entity_idx on inspection_transition (entity_id, at);
create index inspection_transition_inspection_idx on inspection_transition (inspection_id, at);
alter table inspection_transition enable row level security;
create policy inspection_transition_scope on inspection_transition
  using (app_scope_allows(sido_code, sigungu_code, institution_id))
  with check (app_scope_allows(sido_code, sigungu_code, institution_id));

grant select, insert, update on inspection_plan, inspection, inspection_document, inspection_item_result,
  inspection_finding, corrective_action to ssis_app;
grant select, insert, update on inspection_transition to ssis_app;  -- update: see stored_file
