import type { Database } from "./database.ts";
import { DATA_AS_OF } from "./synthetic.ts";
import { dayFromIso, hashText, iso, mix32, Rng } from "./synthetic-random.ts";

/**
 * Synthetic programmes (프로그램) and yearly finance summaries (재정·보조금 요약) for institutions that have
 * none yet, so the demo and the tests show these tabs filled. Deterministic for a seed and an institution id
 * (the same institution gets the same rows whatever else is generated). Run as the database owner.
 */
export interface ProgramsAndFinancesOptions {
  seed: number;
  /** Only these institutions; all institutions when omitted. */
  institutionIds?: string[];
  /** Rows per INSERT round (default 2,000). */
  batchSize?: number;
}

export interface ProgramsAndFinancesCounts {
  institutions: number;
  programs: number;
  financeYears: number;
}

const PROGRAMS: { name: string; category: string; target: string }[] = [
  { name: "개별 심리상담", category: "counseling", target: "입소자 전체" },
  { name: "가족 상담의 날", category: "counseling", target: "이용자 가족" },
  { name: "스마트폰 활용 교실", category: "education", target: "희망 이용자" },
  { name: "한글·산수 교실", category: "education", target: "문해 교육 희망자" },
  { name: "원예치료", category: "culture_leisure", target: "이용자 전체" },
  { name: "음악치료", category: "culture_leisure", target: "이용자 전체" },
  { name: "미술활동", category: "culture_leisure", target: "희망 이용자" },
  { name: "나들이·문화체험", category: "culture_leisure", target: "거동 가능 이용자" },
  { name: "건강체조", category: "health", target: "이용자 전체" },
  { name: "치매예방 인지활동", category: "health", target: "경도인지장애 이용자" },
  { name: "구강건강 관리", category: "health", target: "이용자 전체" },
  { name: "일상생활 훈련", category: "independence", target: "자립 준비 이용자" },
  { name: "금전관리 교육", category: "independence", target: "자립 준비 이용자" },
  { name: "지역주민 자원봉사 연계", category: "community", target: "지역주민·자원봉사자" },
  { name: "마을 축제 참여", category: "community", target: "이용자 및 지역주민" },
];
const FUNDING = ["own", "subsidy", "subsidy", "donation", "own", "other"] as const;

interface InstitutionRow {
  id: string;
  sido_code: string;
  sigungu_code: string;
  opened_on: string | null;
  capacity: number | null;
}

export async function generateProgramsAndFinances(
  db: Database,
  options: ProgramsAndFinancesOptions,
): Promise<ProgramsAndFinancesCounts> {
  const seed = options.seed >>> 0;
  const batchSize = Math.max(1, options.batchSize ?? 2_000);
  const filter = options.institutionIds ? "and i.id = any($1::uuid[])" : "";
  const { rows: institutions } = await db.query<InstitutionRow>(
    `select i.id, i.sido_code, i.sigungu_code, i.opened_on, i.capacity from institution i
      where not exists (select 1 from institution_program p where p.institution_id = i.id)
        and not exists (select 1 from institution_finance_year f where f.institution_id = i.id) ${filter}
      order by i.id`,
    options.institutionIds ? [options.institutionIds] : [],
  );
  const asOf = dayFromIso(DATA_AS_OF);
  const lastYear = Number(DATA_AS_OF.slice(0, 4)) - 1;
  const programs: unknown[][] = [];
  const finances: unknown[][] = [];
  for (const inst of institutions) {
    const rng = new Rng(mix32(seed ^ hashText(inst.id)));
    const opened = inst.opened_on ? dayFromIso(inst.opened_on) : dayFromIso("2015-01-01");
    const earliest = Math.max(opened, dayFromIso("2019-01-01"));
    const size = Math.max(10, inst.capacity ?? rng.int(15, 60));
    const chosen = new Set<number>();
    const count = rng.int(2, 6);
    while (chosen.size < count) chosen.add(rng.int(0, PROGRAMS.length - 1));
    for (const index of chosen) {
      const p = PROGRAMS[index] as (typeof PROGRAMS)[number];
      const start = earliest >= asOf - 30 ? Math.min(earliest, asOf) : rng.int(earliest, asOf - 30);
      const ended = rng.next() < 0.3 ? Math.min(asOf, start + rng.int(30, 720)) : null;
      programs.push([
        inst.id,
        inst.sido_code,
        inst.sigungu_code,
        p.name,
        p.category,
        p.target,
        iso(start),
        ended === null ? null : iso(ended),
        rng.pick([1, 2, 4, 4, 8, 12, 20]),
        rng.int(3, Math.max(4, size)),
        rng.pick(FUNDING),
        `${p.name} 프로그램(${p.target} 대상)`,
      ]);
    }
    // Three closed fiscal years, from the opening year on; amounts scale with the institution's size.
    const openedYear = Number(iso(opened).slice(0, 4));
    for (let year = lastYear - 2; year <= lastYear; year++) {
      if (year < openedYear) continue;
      const scale = size * rng.int(9, 14) * 1_000_000; // roughly 1천만 원 a place a year
      const share = (n: number, m: number) => Math.round((scale * rng.int(n, m)) / 100 / 1000) * 1000;
      const revenue = [share(25, 40), share(15, 30), share(0, 8), share(1, 6), share(5, 25), share(0, 3)];
      const total = revenue.reduce((a, b) => a + b, 0);
      const spend = (p: number) => Math.round((total * p) / 100 / 1000) * 1000;
      const personnel = spend(rng.int(55, 70));
      const operating = spend(rng.int(12, 20));
      const program = spend(rng.int(5, 12));
      const other = spend(rng.int(0, 5));
      finances.push([
        inst.id,
        inst.sido_code,
        inst.sigungu_code,
        year,
        ...revenue,
        personnel,
        operating,
        program,
        other,
      ]);
    }
  }
  for (let i = 0; i < programs.length; i += batchSize) {
    const batch = programs.slice(i, i + batchSize);
    const column = (k: number) => batch.map((r) => r[k]);
    await db.query(
      `insert into institution_program (institution_id, sido_code, sigungu_code, name, category, target_group,
         started_on, ended_on, sessions_per_month, participants, funding_source, description)
       select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[],
         $8::date[], $9::int[], $10::int[], $11::text[], $12::text[])`,
      Array.from({ length: 12 }, (_, k) => column(k)),
    );
  }
  for (let i = 0; i < finances.length; i += batchSize) {
    const batch = finances.slice(i, i + batchSize);
    const column = (k: number) => batch.map((r) => r[k]);
    await db.query(
      `insert into institution_finance_year (institution_id, sido_code, sigungu_code, fiscal_year,
         revenue_subsidy_national, revenue_subsidy_local, revenue_corporation_transfer, revenue_donations,
         revenue_user_fees, revenue_other, expense_personnel, expense_operating, expense_program, expense_other)
       select * from unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::bigint[], $6::bigint[],
         $7::bigint[], $8::bigint[], $9::bigint[], $10::bigint[], $11::bigint[], $12::bigint[], $13::bigint[],
         $14::bigint[])
       on conflict (institution_id, fiscal_year) do nothing`,
      Array.from({ length: 14 }, (_, k) => column(k)),
    );
  }
  return { institutions: institutions.length, programs: programs.length, financeYears: finances.length };
}
