-- Row-level security cost: app_scope_allows (0001) was called once per row because its agency branch held
-- an EXISTS, which keeps PostgreSQL from inlining a SQL function. Moving that branch into its own function
-- lets the rest inline into every policy, so a nation-wide count of 100,000 institutions costs what the
-- same count costs without RLS (bench/institution-search.bench.ts --compare-rls-inline; docs/benchmarks.md).
-- Same answers for every scope kind; the policies keep calling app_scope_allows.
create function app_agency_allows(p_institution uuid) returns boolean
language sql stable as $$
  select exists (
    select 1 from agency_assignment a
    where a.institution_id = p_institution
      and a.agency_id::text = current_setting('app.scope_code', true)
      and current_date >= a.starts_on and (a.ends_on is null or current_date <= a.ends_on))
$$;
grant execute on function app_agency_allows(uuid) to ssis_app;

create or replace function app_scope_allows(p_sido text, p_sigungu text, p_institution uuid) returns boolean
language sql stable as $$
  select case current_setting('app.scope_kind', true)
    when 'nation' then true
    when 'sido' then p_sido = current_setting('app.scope_code', true)
    when 'sigungu' then p_sigungu = current_setting('app.scope_code', true)
    when 'institution' then p_institution::text = current_setting('app.scope_code', true)
    when 'agency' then app_agency_allows(p_institution)
    else false
  end
$$;
