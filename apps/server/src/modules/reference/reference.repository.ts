import type { Queryable } from "@ssis/db";

export async function listCurrentRegions(q: Queryable) {
  const { rows } = await q.query<{
    code5: string;
    level: "sido" | "sigungu" | "gu";
    sidoCode: string;
    sidoName: string;
    sigunguName: string | null;
    parentCode5: string | null;
  }>(
    `select code5, level, sido_code as "sidoCode", sido_name as "sidoName", sigungu_name as "sigunguName",
       parent_code5 as "parentCode5"
     from region where valid_to is null or valid_to >= current_date order by code5`,
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
