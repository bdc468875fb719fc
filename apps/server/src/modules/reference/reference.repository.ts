import type { Queryable } from "@ssis/db";
import { koreaToday } from "@ssis/domain";

/** Regions in force today (in Korea); with includeAbolished, also the codes a reorganisation ended (with their dates). */
export async function listCurrentRegions(q: Queryable, includeAbolished = false, today = koreaToday()) {
  const { rows } = await q.query<{
    code5: string;
    level: "sido" | "sigungu" | "gu";
    sidoCode: string;
    sidoName: string;
    sigunguName: string | null;
    parentCode5: string | null;
    validFrom: string;
    validTo: string | null;
  }>(
    `select code5, level, sido_code as "sidoCode", sido_name as "sidoName", sigungu_name as "sigunguName",
       parent_code5 as "parentCode5", valid_from as "validFrom", valid_to as "validTo"
     from region where $1 or valid_to is null or valid_to >= $2::date order by code5`,
    [includeAbolished, today],
  );
  return rows;
}

export async function listInstitutionTypes(q: Queryable) {
  const { rows } = await q.query<{
    code: string;
    field: string;
    typeName: string;
    law: string;
    residential: string;
    evaluated: boolean;
  }>(
    `select code, field, type_name as "typeName", law, residential, evaluated
     from institution_type order by field, type_name`,
  );
  return rows;
}
