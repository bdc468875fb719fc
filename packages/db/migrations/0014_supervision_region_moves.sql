-- A region reorganisation (0007) moves every table that copies an institution's region. Inspection plans
-- and the plan entries of the inspection log carry the planning jurisdiction instead, and a disposition
-- names its authority: they move here, in the same transaction, right after region_reorganisation_apply,
-- with the same pairs (old → new, a split's old code → its successor).
create function region_reorganisation_apply_supervision(p_old text[], p_new text[]) returns jsonb
language plpgsql volatile security definer set search_path = public, pg_temp as $$
declare
  counts jsonb := '{}';
  n integer;
begin
  perform region_reorganisation_require_admin();
  create temporary table rr_pair (old5 text primary key, new5 text not null) on commit drop;
  insert into rr_pair select x.o, x.n from unnest(p_old, p_new) as x(o, n)
    left join region rg on rg.code5 = x.o where coalesce(rg.level, '') <> 'sido';
  create temporary table rr_sido (old2 text primary key, new2 text not null) on commit drop;
  insert into rr_sido select distinct left(x.o, 2), left(x.n, 2) from unnest(p_old, p_new) as x(o, n)
    join region rg on rg.code5 = x.o where rg.level = 'sido';
  update inspection_plan p
     set sigungu_code = coalesce((select r.new5 from rr_pair r where r.old5 = p.sigungu_code), p.sigungu_code),
         sido_code = coalesce(left((select r.new5 from rr_pair r where r.old5 = p.sigungu_code), 2),
                              (select s.new2 from rr_sido s where s.old2 = p.sido_code), p.sido_code),
         updated_at = now()
   where p.sigungu_code in (select old5 from rr_pair) or p.sido_code in (select old2 from rr_sido);
  get diagnostics n = row_count;
  counts := counts || jsonb_build_object('inspection_plan', n);
  update inspection_transition t
     set sigungu_code = coalesce((select r.new5 from rr_pair r where r.old5 = t.sigungu_code), t.sigungu_code),
         sido_code = coalesce(left((select r.new5 from rr_pair r where r.old5 = t.sigungu_code), 2),
                              (select s.new2 from rr_sido s where s.old2 = t.sido_code), t.sido_code)
   where t.institution_id is null
     and (t.sigungu_code in (select old5 from rr_pair) or t.sido_code in (select old2 from rr_sido));
  get diagnostics n = row_count;
  counts := counts || jsonb_build_object('inspection_transition_plan', n);
  -- The authority's code moves; its name stays as it signed the disposition.
  update disposition d
     set authority_code = case d.authority_kind
           when 'sigungu' then coalesce((select r.new5 from rr_pair r where r.old5 = d.authority_code), d.authority_code)
           when 'sido' then coalesce((select s.new2 from rr_sido s where s.old2 = d.authority_code), d.authority_code)
           else d.authority_code end
   where d.authority_code in (select old5 from rr_pair) or d.authority_code in (select old2 from rr_sido);
  get diagnostics n = row_count;
  counts := counts || jsonb_build_object('disposition_authority', n);
  drop table rr_pair;
  drop table rr_sido;
  return counts;
end $$;
revoke all on function region_reorganisation_apply_supervision(text[], text[]) from public;
grant execute on function region_reorganisation_apply_supervision(text[], text[]) to ssis_app;
