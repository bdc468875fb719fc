-- "Today" is a date in Korea (Asia/Seoul), whatever the zone of the machine or of the database: from 00:00 to
-- 09:00 KST a UTC current_date is yesterday, so an assignment that ended yesterday still granted access and
-- one starting today did not. app_today() is the server's Korean date for the request (app.today, set with
-- the scope by every scoped transaction, so the application and the database reason from one date and a
-- test's fake clock reaches both), else the database's clock read in Asia/Seoul.
create function app_today() returns date
language sql stable as $$
  select coalesce(nullif(current_setting('app.today', true), '')::date, (now() at time zone 'Asia/Seoul')::date)
$$;
grant execute on function app_today() to ssis_app;

create or replace function app_agency_allows(p_institution uuid) returns boolean
language sql stable as $$
  select exists (
    select 1 from agency_assignment a
    where a.institution_id = p_institution
      and a.agency_id::text = current_setting('app.scope_code', true)
      and app_today() >= a.starts_on and (a.ends_on is null or app_today() <= a.ends_on))
$$;
