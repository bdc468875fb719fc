-- 지원기관정보 (CWAM, domain.md §5): the register of support bodies kept by 보건복지부 and the 시도, the
-- regions each covers, and assignments to institutions that end with a reason instead of being deleted.
-- Agency staff are app_user rows with role support_agency_staff and scope ('agency', agency id).

alter table support_agency
  add column address      text,
  add column email        text,
  add column homepage     text,
  add column contact_name text,               -- 담당자
  add column is_active    boolean not null default true,
  add column created_by   uuid references app_user (id),
  add column updated_by   uuid references app_user (id);
alter table support_agency add constraint support_agency_kind_check
  check (kind in ('중앙사회서비스원', '시도사회서비스원', '지역사회서비스지원단', '평가기관', '컨설팅기관'));
create unique index support_agency_name_uq on support_agency (name);
create index support_agency_sido_idx on support_agency (sido_code, name);

-- Regions covered (사업 지역): a whole 시도, or one 시군구 in it.
create table support_agency_region (
  id           uuid primary key default gen_random_uuid(),
  agency_id    uuid not null references support_agency (id),
  sido_code    text not null,
  sigungu_code text references region (code5),
  created_at   timestamptz not null default now()
);
create unique index support_agency_region_uq
  on support_agency_region (agency_id, sido_code, coalesce(sigungu_code, ''));
create index support_agency_region_sido_idx on support_agency_region (sido_code, agency_id);

alter table agency_assignment
  add column created_by   uuid references app_user (id),
  add column ended_reason text,
  add column ended_by     uuid references app_user (id),
  add column ended_at     timestamptz,
  add column version      integer not null default 1,
  add column updated_at   timestamptz not null default now();
-- Both ends inclusive; ends_on = starts_on - 1 records an assignment cancelled before it began.
alter table agency_assignment add constraint agency_assignment_period_check
  check (ends_on is null or ends_on >= starts_on - 1);
alter table agency_assignment add constraint agency_assignment_end_reason_check
  check (ended_reason is null or ends_on is not null);
create index agency_assignment_institution_idx on agency_assignment (institution_id, starts_on);

-- Second wall on assignments. An agency sees its own rows; everyone else sees rows whose institution they
-- may see (the institution's own policy decides). The agency branch never reads institution, and
-- app_scope_allows reads agency_assignment only for agency scopes, so the policies never recurse.
alter table agency_assignment enable row level security;
create policy agency_assignment_scope on agency_assignment
  using (case current_setting('app.scope_kind', true)
    when 'agency' then agency_id::text = current_setting('app.scope_code', true)
    else exists (select 1 from institution i where i.id = institution_id) end)
  with check (case current_setting('app.scope_kind', true)
    when 'agency' then false
    else exists (select 1 from institution i where i.id = institution_id) end);

grant select, insert, update on support_agency_region to ssis_app;
-- Coverage is replaced as a whole when an agency is edited (the change is in the access log).
grant delete on support_agency_region to ssis_app;
