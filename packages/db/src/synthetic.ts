import { businessNumberCheckDigit } from "@ssis/domain";
import type { Database } from "./database.ts";
import { dayFromIso, dayOf, iso, mix32, Rng } from "./synthetic-random.ts";

/**
 * Deterministic synthetic data at national scale: institutions over every current 시군구, their staff,
 * status history, support agencies and agency assignments. Bulk-loaded with COPY in chunks.
 *
 * Determinism: institution i is generated from its own PRNG seeded with (seed, i), so it does not depend on
 * how many institutions are generated; ids are derived from (seed, table, index) and are valid UUID v4
 * strings. The same seed always gives the same rows (created_at/updated_at excepted: they default to now()).
 *
 * Fixed rows, for demos and tests (see syntheticIds):
 * - institution #0: 서울특별시 종로구 (11110), 노인요양시설 (ELD-MED-NURSING, residential, with capacity), operating.
 * - institution #1: 서울특별시 마포구 (11440), 사회복지관 (CMC-CENTER), operating; no agency assignment.
 * - the 서울 사회서비스원 has an assignment in force (from 2026-03-02, no end) to #0 and to the next four
 *   Seoul institutions that are not closed.
 * Dates run up to DATA_AS_OF. Status history rows are half-open: [valid_from, valid_to).
 */

export const DATA_AS_OF = "2026-10-31";

export interface SyntheticOptions {
  institutions: number;
  seed: number;
  /** Institutions per COPY round (default 10,000). */
  batchSize?: number;
  onProgress?: (progress: SyntheticProgress) => void;
}

export interface SyntheticProgress {
  institutions: number;
  total: number;
  staff: number;
}

export interface SyntheticCounts {
  supportAgencies: number;
  institutions: number;
  statusHistory: number;
  staff: number;
  agencyAssignments: number;
}

export interface SyntheticIds {
  institutionIds: { jongno: string; mapo: string };
  seoulAgencyId: string;
  centralAgencyId: string;
}

export interface SyntheticResult extends SyntheticIds {
  counts: SyntheticCounts;
}

// ── deterministic randomness ──────────────────────────────────────────────────

class Weighted<T> {
  private readonly cum: number[] = [];
  private total = 0;
  readonly items: T[] = [];
  add(item: T, weight: number): this {
    if (weight <= 0) return this;
    this.total += weight;
    this.items.push(item);
    this.cum.push(this.total);
    return this;
  }
  pick(rng: Rng): T {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cum[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}

function weighted<T extends string>(table: Record<T, number>): Weighted<T> {
  const w = new Weighted<T>();
  for (const [k, v] of Object.entries(table) as [T, number][]) w.add(k, v);
  return w;
}

const ID_KIND = { institution: 1, history: 2, staff: 3, agency: 4, assignment: 5 } as const;
const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

function hex32(w: number): string {
  return (
    (HEX[(w >>> 24) & 255] as string) +
    (HEX[(w >>> 16) & 255] as string) +
    (HEX[(w >>> 8) & 255] as string) +
    (HEX[w & 255] as string)
  );
}

/**
 * A UUID v4 string derived from (seed, kind, index). For a fixed seed and kind the first word is a bijection
 * of the index (mix32 is invertible), so ids never collide within a table.
 */
export function deterministicUuid(seed: number, kind: keyof typeof ID_KIND, index: number): string {
  const base = mix32((seed >>> 0) + Math.imul(ID_KIND[kind], 0x9e3779b9));
  const w0 = mix32(base + index);
  const w1 = (mix32(w0 ^ 0x68e31da4) & 0xffff0fff) | 0x00004000;
  const w2 = ((mix32(w0 ^ 0xb5297a4d) & 0x3fffffff) | 0x80000000) >>> 0;
  const w3 = mix32(w0 ^ 0x1b56c4e9 ^ base);
  const a = hex32(w0);
  const b = hex32(w1);
  const c = hex32(w2);
  const d = hex32(w3);
  return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
}

export function syntheticInstitutionId(seed: number, index: number): string {
  return deterministicUuid(seed, "institution", index);
}

const CENTRAL_AGENCY = 0;
const CONSULTING_AGENCY = 1;
const GYEONGGI_SUPPORT_AGENCY = 2;
const sidoAgencyIndex = (sidoCode: string) => 100 + Number(sidoCode);

/** The fixed demo ids for a seed, without touching a database. */
export function syntheticIds(seed: number): SyntheticIds {
  return {
    institutionIds: { jongno: syntheticInstitutionId(seed, 0), mapo: syntheticInstitutionId(seed, 1) },
    seoulAgencyId: deterministicUuid(seed, "agency", sidoAgencyIndex("11")),
    centralAgencyId: deterministicUuid(seed, "agency", CENTRAL_AGENCY),
  };
}

// ── dates as day numbers ──────────────────────────────────────────────────────

const AS_OF = dayFromIso(DATA_AS_OF);
const yearStart = (y: number) => dayOf(y, 1, 1);

// ── vocabulary ────────────────────────────────────────────────────────────────

// Rough shares of the population (통계청 주민등록인구 2025, in 100,000s), to spread institutions.
const SIDO_POPULATION: Record<string, number> = {
  "11": 93,
  "26": 33,
  "27": 24,
  "28": 30,
  "12": 32,
  "30": 14,
  "31": 11,
  "36": 4,
  "41": 137,
  "51": 15,
  "43": 16,
  "44": 21,
  "52": 17,
  "47": 25,
  "48": 32,
  "50": 7,
};

const AREA_CODE: Record<string, string> = {
  "11": "02",
  "26": "051",
  "27": "053",
  "28": "032",
  "12": "061",
  "30": "042",
  "31": "052",
  "36": "044",
  "41": "031",
  "51": "033",
  "43": "043",
  "44": "041",
  "52": "063",
  "47": "054",
  "48": "055",
  "50": "064",
};

// 우편번호 (국가기초구역번호) ranges by 시도: first and last 3-digit prefix.
const POSTAL_RANGE: Record<string, [number, number]> = {
  "11": [10, 89],
  "41": [100, 189],
  "28": [210, 239],
  "51": [240, 269],
  "43": [270, 299],
  "36": [300, 301],
  "44": [310, 339],
  "30": [340, 359],
  "47": [360, 409],
  "27": [410, 439],
  "31": [440, 459],
  "26": [460, 499],
  "48": [500, 539],
  "52": [540, 569],
  "12": [570, 599],
  "50": [630, 639],
};

// 등기관서 code (first four digits of a 법인등록번호), roughly by 시도.
const REGISTRY_OFFICE: Record<string, string> = {
  "11": "1101",
  "26": "1801",
  "27": "1701",
  "28": "1201",
  "12": "2001",
  "30": "1601",
  "31": "2301",
  "36": "1671",
  "41": "1311",
  "51": "1401",
  "43": "1501",
  "44": "1612",
  "52": "2101",
  "47": "1711",
  "48": "1941",
  "50": "2201",
};

const SURNAMES = weighted({
  김: 215,
  이: 147,
  박: 84,
  최: 47,
  정: 43,
  강: 24,
  조: 21,
  윤: 21,
  장: 20,
  임: 17,
  한: 15,
  오: 15,
  서: 14,
  신: 14,
  권: 14,
  황: 13,
  안: 13,
  송: 13,
  전: 11,
  홍: 11,
  유: 10,
  고: 9,
  문: 9,
  양: 9,
  손: 9,
  배: 8,
  백: 8,
  허: 6,
  노: 6,
  남: 5,
  심: 5,
  하: 5,
  곽: 4,
  성: 4,
  차: 4,
  주: 4,
  우: 4,
  구: 4,
  민: 3,
  류: 3,
  나: 3,
  진: 3,
  지: 3,
  엄: 3,
  채: 3,
  원: 3,
  천: 2,
  방: 2,
  공: 2,
  현: 2,
  함: 2,
  변: 2,
  염: 2,
  여: 2,
  추: 1,
  도: 1,
  소: 1,
  석: 1,
  선: 1,
  설: 1,
  마: 1,
  길: 1,
  연: 1,
  위: 1,
  표: 1,
  명: 1,
  기: 1,
  반: 1,
  금: 1,
  옥: 1,
  육: 1,
  인: 1,
  맹: 1,
  모: 1,
  남궁: 0.5,
  탁: 0.5,
  국: 0.5,
  어: 0.5,
  황보: 0.3,
  제갈: 0.2,
  선우: 0.2,
});

const GIVEN_NAMES = [
  ..."민준 서준 도윤 예준 시우 하준 주원 지호 지후 준우 준서 건우 현우 도현 지훈 우진 선우 서진 민재 현준 연우 유준 정우 승우 승현 시윤 준혁 은우 지환 승민 유찬 윤우 민성 준영 시후 진우 재윤 태윤 동현".split(
    " ",
  ),
  ..."서연 서윤 지우 서현 민서 하은 하윤 윤서 지유 지민 채원 지윤 은서 수아 다은 예은 지아 수빈 소율 예린 예원 소윤 시은 유나 채은 가은 다인 세아 나연 예서".split(
    " ",
  ),
  ..."영수 영호 영식 정호 성호 상철 영철 정수 성민 상훈 성훈 종수 광수 경수 재훈 동욱 진호 상민 준호 정훈 병철 석진 태호 민호 재영 기현 용준 승훈 창민 대현".split(
    " ",
  ),
  ..."미경 미숙 영숙 정숙 영희 순자 경희 현숙 은주 은정 미영 지영 혜진 수진 은영 정희 미정 현주 선영 유진 지현 민정 혜영 숙자 명숙 경숙 옥순 말순 순희 영자 지은 소연 보람 슬기 아름 하나 은지 나래 다혜 수정".split(
    " ",
  ),
];

const STEMS = [
  ..."행복한 사랑의 희망 은혜 소망 평화 푸른 햇살 새봄 늘푸른 하늘 온누리 우리 한빛 나눔 참사랑 동행 다솜 새싹 꿈나무 보람 베데스다 성심 예닮 샬롬 해맑은 초록 어울림 더불어 믿음 밝은 새날 기쁨 따뜻한 다정 효 실버 미소 가온 누리 한마음 한울 청솔 솔밭 은빛 금빛 무지개 민들레 해바라기 느티나무 소나무 목련 진달래 새생명 사랑채 은행나무 두레 생명 빛고을 참좋은 아름다운 정다운 꿈꾸는 함께하는 소담 예사랑 인애 성모 요셉 마리아 안나 임마누엘 엘림 브니엘 벧엘 로뎀 한결 늘사랑 푸르메 하람 도담 라온 온새미".split(
    " ",
  ),
];

const ROADS = [
  ..."중앙로 시청로 문화로 평화로 희망로 번영로 공원로 역전로 학교로 대학로 시장로 산업로 강변로 호수로 구청로 군청로 한마음로 새마을로 통일로 동산로 서원로 남산로 북부로 동부로 서부로 남부로 신촌로 중부대로 복지로 행복로 사랑로 청소년로 어린이로 경로로 보건로 은행로 창조로 미래로 푸른로 솔숲로 벚꽃로 매화로 장미로 가로수길 둘레길 안골길 새터로 원당로 상록로 옥천로 금강로 한강로 낙동로 영산로 섬진로 태백로 소백로".split(
    " ",
  ),
];

const DETAILS = ["1층", "2층", "3층", "지하1층", "1~2층", "2~3층", "1~3층", "101호", "201호", "별관"];

type JobMix = Weighted<string>;
const JOB_MIXES: Record<string, JobMix> = {
  eldRes: weighted({
    CAREWORKER: 62,
    NURSE: 5,
    "NURSE-AIDE": 6,
    SW1: 4,
    SW2: 4,
    PT: 2,
    OT: 1,
    COOK: 6,
    SANITATION: 3,
    ADMIN: 2,
    DIETITIAN: 1,
    SECGEN: 1,
    CUSTODIAN: 1,
    DOCTOR: 1,
    "PROGRAM-MGR": 1,
  }),
  eldLiving: weighted({ "LIVING-GUIDE": 45, SW2: 15, SW1: 8, NURSE: 6, COOK: 12, SANITATION: 6, ADMIN: 8 }),
  eldHome: weighted({ CAREWORKER: 80, SW2: 7, SW1: 3, "NURSE-AIDE": 4, NURSE: 1, ADMIN: 3, COOK: 1, PT: 1 }),
  welfareCenter: weighted({
    SW1: 25,
    SW2: 33,
    ADMIN: 10,
    CUSTODIAN: 5,
    COOK: 5,
    SECGEN: 3,
    COUNSELOR: 6,
    PT: 3,
    DIETITIAN: 2,
  }),
  disCenter: weighted({
    SW1: 22,
    SW2: 25,
    ADMIN: 8,
    PT: 8,
    OT: 8,
    SLP: 10,
    "REHAB-COUNSELOR": 6,
    CUSTODIAN: 4,
    COOK: 4,
  }),
  disRes: weighted({
    "LIVING-REHAB": 60,
    SW1: 6,
    SW2: 8,
    NURSE: 5,
    "NURSE-AIDE": 4,
    COOK: 6,
    SANITATION: 4,
    ADMIN: 3,
    PT: 2,
    DIETITIAN: 2,
  }),
  disDay: weighted({ "LIVING-REHAB": 40, SW2: 30, SW1: 15, ADMIN: 5, COOK: 5, PT: 5 }),
  disVoc: weighted({ "VOC-TRAINER": 45, "REHAB-COUNSELOR": 20, SW2: 15, ADMIN: 15, SW1: 5 }),
  disSign: weighted({ "SIGN-INTERP": 70, SW2: 15, ADMIN: 15 }),
  braille: weighted({ BRAILLE: 60, ADMIN: 20, SW2: 20 }),
  disOther: weighted({ SW2: 35, SW1: 20, "ACTIVITY-AIDE": 20, ADMIN: 15, "COUNSELOR-PROT": 10 }),
  disMed: weighted({ PT: 30, OT: 25, SLP: 15, NURSE: 10, DOCTOR: 5, "SW-MED": 10, ADMIN: 5 }),
  chdRes: weighted({
    "LIVING-CHILD": 65,
    SW1: 8,
    SW2: 8,
    NURSE: 3,
    COOK: 7,
    ADMIN: 4,
    COUNSELOR: 3,
    DIETITIAN: 2,
  }),
  protection: weighted({ "COUNSELOR-PROT": 70, SW1: 12, ADMIN: 10, MHP: 8 }),
  ccc: weighted({ SW2: 50, SW1: 20, "CHILDCARE-TEACHER": 15, COOK: 10, ADMIN: 5 }),
  mh: weighted({ MHP: 35, "SW-MH": 25, NURSE: 15, SW2: 10, ADMIN: 10, COOK: 5 }),
  mhRes: weighted({
    "LIVING-GUIDE": 30,
    MHP: 20,
    "SW-MH": 15,
    NURSE: 15,
    COOK: 8,
    SANITATION: 5,
    ADMIN: 5,
    DOCTOR: 2,
  }),
  hml: weighted({ "LIVING-GUIDE": 40, SW2: 20, SW1: 10, COUNSELOR: 10, NURSE: 5, COOK: 10, ADMIN: 5 }),
  spf: weighted({ "LIVING-GUIDE": 30, COUNSELOR: 30, SW2: 20, SW1: 10, COOK: 5, ADMIN: 5 }),
  ssc: weighted({ SW2: 40, SW1: 25, ADMIN: 20, COUNSELOR: 15 }),
  voucher: weighted({ "SS-PROVIDER-STAFF": 80, SW2: 10, ADMIN: 10 }),
  pas: weighted({ "ACTIVITY-AIDE": 88, SW2: 7, ADMIN: 5 }),
  office: weighted({ SW2: 50, SW1: 20, ADMIN: 30 }),
};

const QUALIFICATION: Record<string, string> = {
  SW1: "사회복지사 1급",
  SW2: "사회복지사 2급",
  "SW-MH": "정신건강전문요원 2급(사회복지)",
  "SW-MED": "의료사회복지사",
  MHP: "정신건강전문요원 2급",
  CAREWORKER: "요양보호사",
  NURSE: "간호사",
  "NURSE-AIDE": "간호조무사",
  DOCTOR: "의사",
  PT: "물리치료사",
  OT: "작업치료사",
  SLP: "언어재활사 2급",
  "REHAB-COUNSELOR": "장애인재활상담사 2급",
  DIETITIAN: "영양사",
  "CHILDCARE-TEACHER": "보육교사 2급",
  "SIGN-INTERP": "수어통역사",
  BRAILLE: "점역·교정사 2급",
};

const PART_TIME: Record<string, number> = {
  CAREWORKER: 0.35,
  "ACTIVITY-AIDE": 0.75,
  "SS-PROVIDER-STAFF": 0.55,
  DOCTOR: 1,
  COOK: 0.2,
  SANITATION: 0.2,
  PT: 0.15,
};

type CapKind = "res" | "use" | "none";
type Naming = "stem" | "local" | "mixed" | "branch";

interface TypeProfile {
  weight: number;
  staff: [number, number];
  cap: CapKind;
  capRange: [number, number];
  suffixes: string[];
  naming: Naming;
  /** corporation, individual, public */
  op: [number, number, number];
  since: number;
  jobs: string;
}

const P = (
  weight: number,
  staff: [number, number],
  cap: CapKind,
  capRange: [number, number],
  suffixes: string,
  naming: Naming,
  op: [number, number, number],
  jobs: string,
  since = 1985,
): TypeProfile => ({ weight, staff, cap, capRange, suffixes: suffixes.split(" "), naming, op, since, jobs });

// Relative numbers loosely follow the national counts (보건복지부 사회복지시설 현황); staff ranges are plausible
// totals, not the legal 배치기준. Types that are umbrella groups or single national bodies get no weight.
const TYPE_PROFILES: Record<string, TypeProfile> = {
  "ELD-RES-HOME": P(190, [8, 20], "res", [20, 80], "양로원 실버홈", "stem", [85, 10, 5], "eldLiving"),
  "ELD-RES-GROUP": P(
    100,
    [2, 4],
    "res",
    [5, 9],
    "노인공동생활가정 어르신의집",
    "stem",
    [40, 60, 0],
    "eldLiving",
  ),
  "ELD-RES-HOUSING": P(
    40,
    [5, 15],
    "res",
    [50, 300],
    "실버타운 노인복지주택",
    "stem",
    [70, 30, 0],
    "eldLiving",
  ),
  "ELD-MED-NURSING": P(
    4300,
    [18, 60],
    "res",
    [30, 110],
    "노인요양원 요양원 실버케어센터",
    "stem",
    [55, 42, 3],
    "eldRes",
  ),
  "ELD-MED-GROUP": P(
    1700,
    [4, 9],
    "res",
    [5, 9],
    "노인요양공동생활가정 요양의집",
    "stem",
    [20, 80, 0],
    "eldRes",
    2008,
  ),
  "ELD-LEI-CENTER": P(
    370,
    [15, 35],
    "use",
    [300, 2000],
    "노인복지관 노인종합복지관",
    "local",
    [75, 0, 25],
    "welfareCenter",
  ),
  "ELD-LEI-KYUNGRO": P(
    4000,
    [1, 1],
    "none",
    [0, 0],
    "마을경로당 경로당 아파트경로당",
    "mixed",
    [0, 60, 40],
    "office",
  ),
  "ELD-LEI-CLASS": P(600, [1, 3], "use", [30, 150], "노인교실 노인대학", "stem", [60, 40, 0], "office"),
  "ELD-HOME-VISITCARE": P(
    15000,
    [4, 18],
    "none",
    [0, 0],
    "방문요양센터 재가복지센터 방문요양",
    "stem",
    [15, 85, 0],
    "eldHome",
    2008,
  ),
  "ELD-HOME-DAYNIGHT": P(
    5500,
    [5, 15],
    "use",
    [15, 60],
    "주간보호센터 데이케어센터 주야간보호센터",
    "stem",
    [25, 75, 0],
    "eldHome",
    2008,
  ),
  "ELD-HOME-SHORTSTAY": P(
    100,
    [4, 10],
    "res",
    [10, 30],
    "단기보호센터",
    "stem",
    [40, 60, 0],
    "eldHome",
    2008,
  ),
  "ELD-HOME-BATH": P(1500, [2, 6], "none", [0, 0], "방문목욕센터", "stem", [10, 90, 0], "eldHome", 2008),
  "ELD-HOME-SUPPORT": P(350, [3, 8], "none", [0, 0], "재가노인지원센터", "local", [80, 10, 10], "eldHome"),
  "ELD-HOME-VISITNURSE": P(600, [2, 6], "none", [0, 0], "방문간호센터", "stem", [20, 80, 0], "eldHome", 2008),
  "ELD-PROT-REGIONAL": P(
    40,
    [8, 15],
    "none",
    [0, 0],
    "노인보호전문기관",
    "local",
    [90, 0, 10],
    "protection",
    2004,
  ),
  "ELD-JOB-AGENCY": P(
    250,
    [5, 15],
    "none",
    [0, 0],
    "시니어클럽 노인일자리지원센터",
    "local",
    [70, 0, 30],
    "office",
    2004,
  ),
  "ELD-ABUSE-SHELTER": P(
    40,
    [4, 7],
    "res",
    [5, 10],
    "학대피해노인전용쉼터",
    "local",
    [100, 0, 0],
    "protection",
    2011,
  ),
  "ELD-SOLO-CENTER": P(
    60,
    [5, 12],
    "none",
    [0, 0],
    "독거노인종합지원센터",
    "local",
    [90, 0, 10],
    "office",
    2010,
  ),
  "DIS-RES-TYPE": P(
    600,
    [10, 30],
    "res",
    [15, 30],
    "재활원 의집 마을 장애인거주시설",
    "stem",
    [90, 8, 2],
    "disRes",
  ),
  "DIS-RES-SEVERE": P(
    250,
    [20, 40],
    "res",
    [20, 30],
    "중증장애인요양시설 재활원 의집",
    "stem",
    [95, 3, 2],
    "disRes",
  ),
  "DIS-RES-INFANT": P(10, [10, 25], "res", [10, 30], "영유아거주시설 아기집", "stem", [100, 0, 0], "disRes"),
  "DIS-RES-SHORT": P(
    200,
    [4, 10],
    "res",
    [8, 20],
    "단기거주시설 단기보호센터",
    "stem",
    [85, 15, 0],
    "disRes",
  ),
  "DIS-RES-GROUP": P(750, [1, 3], "res", [3, 5], "의집 공동생활가정 그룹홈", "stem", [80, 20, 0], "disRes"),
  "DIS-COM-CENTER": P(
    260,
    [20, 50],
    "use",
    [300, 1500],
    "장애인종합복지관 장애인복지관",
    "local",
    [85, 0, 15],
    "disCenter",
  ),
  "DIS-COM-DAYCARE": P(
    900,
    [3, 8],
    "use",
    [10, 30],
    "장애인주간보호센터 주간보호센터",
    "mixed",
    [60, 40, 0],
    "disDay",
  ),
  "DIS-COM-SPORTS": P(
    40,
    [5, 15],
    "none",
    [0, 0],
    "장애인체육관 반다비체육센터",
    "local",
    [40, 0, 60],
    "office",
  ),
  "DIS-COM-TRAINING": P(5, [5, 10], "use", [50, 200], "장애인수련원", "local", [60, 0, 40], "office"),
  "DIS-COM-MOBILITY": P(
    150,
    [5, 20],
    "none",
    [0, 0],
    "장애인생활이동지원센터",
    "local",
    [70, 0, 30],
    "disOther",
  ),
  "DIS-COM-SIGN": P(200, [5, 12], "none", [0, 0], "수어통역센터", "local", [100, 0, 0], "disSign"),
  "DIS-COM-BRAILLE-LIB": P(40, [3, 8], "none", [0, 0], "점자도서관", "local", [90, 10, 0], "braille"),
  "DIS-COM-BRAILLE-PUB": P(15, [3, 6], "none", [0, 0], "점자출판원", "stem", [80, 20, 0], "braille"),
  "DIS-IL": P(280, [3, 10], "none", [0, 0], "장애인자립생활센터", "local", [90, 10, 0], "disOther", 2007),
  "DIS-VOC-SHELTERED": P(600, [4, 10], "use", [10, 40], "보호작업장 일터", "stem", [85, 15, 0], "disVoc"),
  "DIS-VOC-WORKSHOP": P(70, [8, 20], "use", [30, 80], "근로사업장", "stem", [95, 5, 0], "disVoc"),
  "DIS-VOC-ADAPT": P(15, [5, 10], "use", [15, 30], "직업적응훈련센터", "local", [100, 0, 0], "disVoc"),
  "DIS-MED": P(20, [10, 30], "use", [20, 60], "장애인재활치료센터", "stem", [90, 10, 0], "disMed"),
  "DIS-SHELTER": P(20, [4, 7], "res", [5, 10], "피해장애인쉼터", "local", [100, 0, 0], "protection", 2017),
  "DIS-SHELTER-CHILD": P(
    10,
    [4, 7],
    "res",
    [4, 8],
    "피해장애아동쉼터",
    "local",
    [100, 0, 0],
    "protection",
    2021,
  ),
  "DIS-PRODUCT-SHOP": P(20, [3, 8], "none", [0, 0], "장애인생산품판매시설", "local", [100, 0, 0], "disVoc"),
  "DIS-ADVOCACY": P(
    20,
    [5, 10],
    "none",
    [0, 0],
    "장애인권익옹호기관",
    "local",
    [100, 0, 0],
    "protection",
    2017,
  ),
  "CHD-RES-CARE": P(
    230,
    [20, 40],
    "res",
    [30, 100],
    "보육원 아동원 아동복지센터",
    "stem",
    [95, 3, 2],
    "chdRes",
  ),
  "CHD-RES-TEMP": P(12, [10, 20], "res", [20, 40], "아동일시보호소", "local", [80, 0, 20], "chdRes"),
  "CHD-RES-TREAT": P(
    11,
    [10, 25],
    "res",
    [20, 60],
    "소년의집 아동보호치료시설",
    "stem",
    [100, 0, 0],
    "chdRes",
  ),
  "CHD-RES-GROUP": P(
    500,
    [2, 4],
    "res",
    [5, 7],
    "그룹홈 아이들의집 공동생활가정",
    "stem",
    [60, 40, 0],
    "chdRes",
  ),
  "CHD-RES-INDEP": P(10, [3, 8], "res", [10, 30], "자립생활관", "stem", [100, 0, 0], "chdRes"),
  "CHD-USE-COUNSEL": P(10, [3, 8], "none", [0, 0], "아동상담소", "local", [70, 0, 30], "protection"),
  "CHD-USE-DEDICATED": P(
    10,
    [3, 8],
    "use",
    [50, 300],
    "어린이회관 아동전용시설",
    "local",
    [50, 0, 50],
    "office",
  ),
  "CHD-PROT-AGENCY": P(
    95,
    [10, 25],
    "none",
    [0, 0],
    "아동보호전문기관",
    "local",
    [90, 0, 10],
    "protection",
    2000,
  ),
  "CHD-FOSTER-CENTER": P(
    19,
    [5, 12],
    "none",
    [0, 0],
    "가정위탁지원센터",
    "local",
    [100, 0, 0],
    "protection",
    2003,
  ),
  "CHD-INDEP-AGENCY": P(
    17,
    [4, 10],
    "none",
    [0, 0],
    "자립지원전담기관",
    "local",
    [100, 0, 0],
    "protection",
    2019,
  ),
  "CHD-ABUSE-SHELTER": P(
    140,
    [5, 8],
    "res",
    [5, 7],
    "학대피해아동쉼터",
    "local",
    [100, 0, 0],
    "chdRes",
    2012,
  ),
  "CCC-LOCAL-CENTER": P(4000, [2, 4], "use", [19, 49], "지역아동센터", "mixed", [45, 55, 0], "ccc", 2004),
  "CCC-COOP-CARE": P(40, [2, 4], "use", [15, 30], "협동돌봄센터", "local", [100, 0, 0], "ccc", 2019),
  "CCC-DAHAMKKE": P(1100, [2, 5], "use", [15, 30], "다함께돌봄센터", "branch", [60, 0, 40], "ccc", 2018),
  "CMC-CENTER": P(
    480,
    [15, 30],
    "use",
    [500, 3000],
    "종합사회복지관 사회복지관",
    "mixed",
    [85, 0, 15],
    "welfareCenter",
  ),
  "MH-NURSING": P(60, [20, 50], "res", [50, 300], "정신요양원", "stem", [100, 0, 0], "mhRes"),
  "MH-REHAB-LIVING": P(
    120,
    [3, 8],
    "res",
    [10, 30],
    "정신재활생활시설 쉼터",
    "stem",
    [80, 20, 0],
    "mhRes",
    1995,
  ),
  "MH-REHAB-GH": P(200, [1, 3], "res", [4, 8], "공동생활가정 의집", "stem", [70, 30, 0], "mh", 1995),
  "MH-REHAB-TRANSITION": P(
    10,
    [3, 8],
    "res",
    [10, 20],
    "지역사회전환시설",
    "stem",
    [100, 0, 0],
    "mhRes",
    2017,
  ),
  "MH-REHAB-TRAINING": P(
    150,
    [4, 10],
    "use",
    [20, 60],
    "클럽하우스 정신재활센터",
    "stem",
    [80, 20, 0],
    "mh",
    1995,
  ),
  "MH-REHAB-DAY": P(60, [3, 8], "use", [15, 40], "주간재활센터", "stem", [80, 20, 0], "mh", 2017),
  "MH-REHAB-VOC": P(25, [3, 8], "use", [15, 40], "직업재활센터", "stem", [90, 10, 0], "mh", 2017),
  "MH-REHAB-SHOP": P(5, [2, 5], "none", [0, 0], "생산품판매시설", "stem", [100, 0, 0], "mh", 2017),
  "MH-REHAB-ADDICT": P(10, [3, 8], "res", [10, 30], "중독자재활센터", "stem", [100, 0, 0], "mh", 2017),
  "MH-REHAB-COMPLEX": P(10, [8, 20], "use", [30, 80], "정신재활종합시설", "stem", [100, 0, 0], "mh", 2017),
  "MH-WELFARE-CENTER": P(260, [10, 30], "none", [0, 0], "정신건강복지센터", "local", [40, 0, 60], "mh", 1998),
  "MH-ADDICT-CENTER": P(
    60,
    [6, 15],
    "none",
    [0, 0],
    "중독관리통합지원센터",
    "local",
    [70, 0, 30],
    "mh",
    2000,
  ),
  "MH-PEER-SHELTER": P(10, [3, 6], "res", [4, 8], "동료지원쉼터", "local", [100, 0, 0], "mh", 2022),
  "HML-TEMP": P(
    10,
    [5, 15],
    "res",
    [20, 60],
    "노숙인일시보호시설 희망지원센터",
    "local",
    [90, 0, 10],
    "hml",
    2012,
  ),
  "HML-SELFSUP": P(60, [4, 10], "res", [20, 60], "자활의집 자활쉼터", "stem", [90, 10, 0], "hml", 2012),
  "HML-REHAB": P(35, [10, 25], "res", [50, 200], "노숙인재활원 희망원", "stem", [100, 0, 0], "hml"),
  "HML-NURSING": P(25, [15, 35], "res", [50, 200], "노숙인요양원", "stem", [100, 0, 0], "hml"),
  "HML-MEAL": P(30, [2, 6], "none", [0, 0], "무료급식소 밥상공동체", "stem", [80, 20, 0], "hml", 2012),
  "HML-CLINIC": P(10, [3, 8], "none", [0, 0], "노숙인진료소", "local", [60, 0, 40], "hml", 2012),
  "HML-JJOKBANG": P(10, [3, 5], "none", [0, 0], "쪽방상담소", "local", [100, 0, 0], "hml", 2000),
  "HML-CENTER": P(15, [8, 20], "none", [0, 0], "노숙인종합지원센터", "local", [80, 0, 20], "hml", 2012),
  "SPF-BIRTH": P(20, [4, 10], "res", [10, 30], "모성원 출산지원시설", "stem", [100, 0, 0], "spf"),
  "SPF-CHILDREARING": P(50, [4, 10], "res", [10, 30], "양육지원시설 엄마의집", "stem", [100, 0, 0], "spf"),
  "SPF-LIVING": P(50, [4, 10], "res", [15, 40], "모자원 생활지원시설", "stem", [100, 0, 0], "spf"),
  "SPF-TEMP": P(10, [4, 8], "res", [10, 20], "일시지원시설", "local", [100, 0, 0], "spf"),
  "SPF-COUNSEL": P(5, [3, 6], "none", [0, 0], "한부모가족복지상담소", "local", [100, 0, 0], "spf"),
  "SSC-LOCAL": P(250, [5, 15], "none", [0, 0], "지역자활센터", "local", [95, 0, 5], "ssc", 1996),
  "TBL-FACILITY": P(5, [10, 30], "res", [30, 150], "요양원 복지원", "stem", [100, 0, 0], "hml"),
  "VCH-PROVIDER": P(
    11000,
    [3, 12],
    "none",
    [0, 0],
    "사회서비스센터 돌봄센터 발달센터 바우처센터 아동발달센터 산모도우미센터",
    "stem",
    [20, 80, 0],
    "voucher",
    2007,
  ),
  "VCH-PAS-AGENCY": P(
    1200,
    [8, 35],
    "none",
    [0, 0],
    "장애인활동지원센터 활동지원센터",
    "mixed",
    [60, 40, 0],
    "pas",
    2011,
  ),
};

const CORP_PATTERNS = [
  ["사회복지법인 ", "복지재단", "22"],
  ["사회복지법인 ", "복지회", "22"],
  ["사회복지법인 ", "원", "22"],
  ["사회복지법인 ", "재단", "22"],
  ["재단법인 ", "재단", "22"],
  ["사단법인 ", "복지협회", "21"],
  ["사회적협동조합 ", "돌봄", "21"],
] as const;

const SUSPEND_REASONS = [
  "시설 보수공사에 따른 휴지",
  "종사자 수급 곤란으로 휴지",
  "이용자 감소에 따른 휴지",
  "운영자 사정에 따른 휴지",
];
const RESUME_REASONS = ["보수공사 완료로 운영 재개", "종사자 충원으로 운영 재개", "운영 재개 신고"];
const CLOSE_REASONS = [
  "이용자 감소에 따른 폐지",
  "법인 사정에 따른 폐지",
  "시설 노후로 인한 폐지",
  "운영난에 따른 폐지",
  "타 시설과 통합",
];
const GRADE_CYCLE_YEAR: Record<string, number> = { A: 2023, B: 2024, C: 2025 };

// ── COPY text format ──────────────────────────────────────────────────────────

const NEEDS_ESCAPE = /[\\\t\n\r]/;
/** A field in COPY text format: \N for null, backslash, tab, newline and carriage return escaped. */
export function copyField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "\\N";
  const s = String(value);
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(/[\\\t\n\r]/g, (c) =>
    c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r",
  );
}

const row = (fields: (string | number | boolean | null | undefined)[]) =>
  `${fields.map(copyField).join("\t")}\n`;

const INSTITUTION_COLUMNS = [
  "id",
  "name",
  "type_code",
  "sido_code",
  "sigungu_code",
  "gu_code",
  "road_address",
  "address_detail",
  "postal_code",
  "phone",
  "fax",
  "email",
  "business_no",
  "operator_kind",
  "operator_name",
  "corporation_no",
  "head_name",
  "head_appointed_on",
  "capacity",
  "current_users",
  "opened_on",
  "closed_on",
  "status",
  "latest_grade",
  "latest_grade_year",
] as const;
const HISTORY_COLUMNS = [
  "id",
  "institution_id",
  "sido_code",
  "sigungu_code",
  "status",
  "valid_from",
  "valid_to",
  "reason",
] as const;
const STAFF_COLUMNS = [
  "id",
  "institution_id",
  "sido_code",
  "sigungu_code",
  "name",
  "job_type_code",
  "qualification",
  "license_no",
  "employment_kind",
  "hired_on",
  "left_on",
] as const;
const ASSIGNMENT_COLUMNS = ["id", "agency_id", "institution_id", "purpose", "starts_on", "ends_on"] as const;
const AGENCY_COLUMNS = ["id", "name", "kind", "sido_code", "phone"] as const;

// ── the generator ─────────────────────────────────────────────────────────────

interface Place {
  sidoCode: string;
  sidoName: string;
  sigunguCode: string;
  /** e.g. '종로구', '수원시 장안구' (for an 일반구), '세종특별자치시'. */
  sigunguName: string;
  guCode: string | null;
  local: string;
  areaCode: string;
  postalBase: number;
  postalSpan: number;
}

interface Sigungu {
  code5: string;
  sidoCode: string;
  sidoName: string;
  name: string;
  gus: { code5: string; name: string }[];
  postalBase: number;
  postalSpan: number;
}

interface Corporation {
  name: string;
  no: string;
}

interface Chunk {
  institutions: string[];
  history: string[];
  staff: string[];
  assignments: string[];
}

/** '종로구' → '종로', '수원시' → '수원', '중구' stays, '세종특별자치시' → '세종'. */
function localStem(name: string): string {
  if (name.endsWith("특별자치시")) return name.slice(0, -5);
  if (name.length > 2 && /[시군구]$/.test(name)) return name.slice(0, -1);
  return name;
}

function corporationNumber(rng: Rng, office: string, kind: string): string {
  const twelve = office + kind + rng.digits(6);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelve[i]) * (i % 2 === 0 ? 1 : 2);
  return twelve + ((10 - (sum % 10)) % 10);
}

function businessNumber(rng: Rng, middle: string): string {
  const nine = String(rng.int(101, 899)) + middle + rng.digits(4);
  return nine + businessNumberCheckDigit(nine);
}

function phoneNumber(rng: Rng, area: string): string {
  const exchange = area === "02" ? rng.int(2000, 9999) : rng.int(200, 999);
  return `${area}-${exchange}-${rng.digits(4)}`;
}

function personName(rng: Rng): string {
  return SURNAMES.pick(rng) + rng.pick(GIVEN_NAMES);
}

class Generator {
  readonly counts: SyntheticCounts = {
    supportAgencies: 0,
    institutions: 0,
    statusHistory: 0,
    staff: 0,
    agencyAssignments: 0,
  };
  private readonly corporations = new Map<string, Corporation>();
  private seoulDemoLeft = 4;
  private readonly sidoAgencies = new Map<string, string>();

  constructor(
    private readonly seed: number,
    private readonly places: Weighted<Sigungu>,
    private readonly byCode: Map<string, Sigungu>,
    private readonly types: Weighted<string>,
    private readonly evaluated: Map<string, string | null>,
    private readonly jobCodes: Set<string>,
    sidos: { code: string; name: string }[],
  ) {
    for (const s of sidos)
      this.sidoAgencies.set(s.code, deterministicUuid(seed, "agency", sidoAgencyIndex(s.code)));
  }

  agencies(sidos: { code: string; name: string }[]): string {
    const rng = new Rng(mix32(this.seed ^ 0x2545f491));
    const rows = [
      row([
        deterministicUuid(this.seed, "agency", CENTRAL_AGENCY),
        "중앙사회서비스원",
        "중앙사회서비스원",
        null,
        phoneNumber(rng, "02"),
      ]),
      row([
        deterministicUuid(this.seed, "agency", CONSULTING_AGENCY),
        "희망복지경영컨설팅",
        "컨설팅기관",
        null,
        phoneNumber(rng, "02"),
      ]),
      row([
        deterministicUuid(this.seed, "agency", GYEONGGI_SUPPORT_AGENCY),
        "경기도 지역사회서비스지원단",
        "지역사회서비스지원단",
        "41",
        phoneNumber(rng, "031"),
      ]),
      ...sidos.map((s) =>
        row([
          this.sidoAgencies.get(s.code),
          `${s.name}사회서비스원`,
          "시도사회서비스원",
          s.code,
          phoneNumber(rng, AREA_CODE[s.code] ?? "02"),
        ]),
      ),
    ];
    this.counts.supportAgencies = rows.length;
    return rows.join("");
  }

  private corporation(sidoCode: string, rng: Rng): Corporation {
    const pool = Math.max(20, (SIDO_POPULATION[sidoCode] ?? 10) * 40);
    const r = rng.next();
    const j = Math.floor(r * r * pool);
    const key = `${sidoCode}:${j}`;
    let corp = this.corporations.get(key);
    if (!corp) {
      const cr = new Rng(mix32(mix32(this.seed ^ 0x51ed270b) + Number(sidoCode) * 100_003 + j));
      const [prefix, suffix, kind] = cr.pick(CORP_PATTERNS);
      corp = {
        name: `${prefix}${cr.pick(STEMS)}${suffix}`,
        no: corporationNumber(cr, REGISTRY_OFFICE[sidoCode] ?? "1101", kind),
      };
      this.corporations.set(key, corp);
    }
    return corp;
  }

  private place(sg: Sigungu, rng: Rng): Place {
    let sigunguName = sg.name;
    let guCode: string | null = null;
    let local = localStem(sg.name);
    if (sg.gus.length > 0) {
      const gu = rng.pick(sg.gus);
      guCode = gu.code5;
      sigunguName = gu.name;
      if (rng.chance(0.5)) local = localStem(gu.name.split(" ").pop() ?? gu.name);
    }
    let areaCode = AREA_CODE[sg.sidoCode] ?? "02";
    // 광주 자치구 keep 062 in 전남광주통합특별시; 광명·과천 use 02; 군위군 kept 054 when it moved to 대구.
    if (sg.sidoCode === "12" && sg.code5 >= "12200" && sg.code5 < "12400") areaCode = "062";
    if (sg.code5 === "41210" || sg.code5 === "41290") areaCode = "02";
    if (sg.code5 === "27720") areaCode = "054";
    return {
      sidoCode: sg.sidoCode,
      sidoName: sg.sidoName,
      sigunguCode: sg.code5,
      sigunguName,
      guCode,
      local,
      areaCode,
      postalBase: sg.postalBase,
      postalSpan: sg.postalSpan,
    };
  }

  institution(i: number, out: Chunk): void {
    const seed = this.seed;
    const rng = new Rng(mix32(mix32(seed + 0x3c6ef372) + i));
    const id = syntheticInstitutionId(seed, i);

    const sg =
      i === 0
        ? (this.byCode.get("11110") as Sigungu)
        : i === 1
          ? (this.byCode.get("11440") as Sigungu)
          : this.places.pick(rng);
    const typeCode = i === 0 ? "ELD-MED-NURSING" : i === 1 ? "CMC-CENTER" : this.types.pick(rng);
    const profile = TYPE_PROFILES[typeCode] as TypeProfile;
    const place = this.place(sg, rng);

    // name
    const suffix = rng.pick(profile.suffixes);
    const stem = rng.pick(STEMS);
    let name: string;
    switch (profile.naming) {
      case "stem":
        name = stem + suffix;
        break;
      case "local":
        name = place.local + suffix;
        break;
      case "mixed":
        name = (rng.chance(0.5) ? place.local : stem) + suffix;
        break;
      case "branch":
        name = `${place.local}${suffix} ${rng.int(1, 12)}호점`;
        break;
    }
    if (i === 0) name = "행복한노인요양원";

    // address and contacts
    const road = rng.pick(ROADS);
    const street = rng.chance(0.35)
      ? `${road}${rng.int(1, 60)}번길 ${rng.int(1, 99)}`
      : `${road} ${rng.int(1, 320)}`;
    const roadAddress =
      place.sidoName === place.sigunguName
        ? `${place.sidoName} ${street}`
        : `${place.sidoName} ${place.sigunguName} ${street}`;
    const addressDetail = rng.chance(0.45) ? rng.pick(DETAILS) : null;
    const postal = String(place.postalBase + rng.int(0, place.postalSpan - 1)).padStart(5, "0");
    const phone = phoneNumber(rng, place.areaCode);
    const fax = rng.chance(0.6) ? phoneNumber(rng, place.areaCode) : null;
    const email = rng.chance(0.4) ? `welfare${String(i + 1).padStart(6, "0")}@example.org` : null;

    // dates
    const since = Math.max(profile.since, 1985);
    const openFrom = yearStart(since);
    const openTo = dayOf(2025, 12, 31);
    // More institutions opened in recent years.
    const opened = i <= 1 ? dayOf(2009, 3, 2) : openTo - Math.floor((openTo - openFrom) * rng.next() ** 1.2);

    // operator and head
    const opKind =
      i <= 1 ? "corporation" : (["corporation", "individual", "public"] as const)[pickIndex(rng, profile.op)];
    const headName = personName(rng);
    let operatorName: string;
    let corporationNo: string | null = null;
    let businessNo: string;
    if (opKind === "corporation") {
      const corp = this.corporation(place.sidoCode, rng);
      operatorName = corp.name;
      corporationNo = corp.no;
      businessNo = businessNumber(rng, "82");
    } else if (opKind === "public") {
      operatorName =
        rng.chance(0.8) && place.sidoName !== place.sigunguName
          ? `${place.sidoName} ${sg.name}`
          : place.sidoName;
      businessNo = businessNumber(rng, "83");
    } else {
      operatorName = rng.chance(0.6) ? headName : personName(rng);
      businessNo = businessNumber(rng, String(rng.int(90, 99)));
    }

    // status and history
    type Change = { status: "operating" | "suspended" | "closed"; from: number; reason: string };
    const changes: Change[] = [{ status: "operating", from: opened, reason: "시설 설치 신고" }];
    const s = i <= 1 ? 1 : rng.next();
    const recent = Math.max(opened + 365, dayOf(2019, 1, 1));
    let closedOn: number | null = null;
    if (s < 0.06 && recent < AS_OF - 60) {
      // closed, sometimes after a suspension
      closedOn = rng.int(recent, AS_OF - 30);
      if (rng.chance(0.4) && closedOn - 120 > opened + 30) {
        const from = Math.max(opened + 30, closedOn - rng.int(90, 360));
        changes.push({ status: "suspended", from, reason: rng.pick(SUSPEND_REASONS) });
      }
      changes.push({ status: "closed", from: closedOn, reason: rng.pick(CLOSE_REASONS) });
    } else if (s < 0.1 && recent < AS_OF - 60) {
      changes.push({
        status: "suspended",
        from: rng.int(recent, AS_OF - 30),
        reason: rng.pick(SUSPEND_REASONS),
      });
    } else if (s < 0.15 && recent < AS_OF - 400) {
      const from = rng.int(recent, AS_OF - 400);
      changes.push({ status: "suspended", from, reason: rng.pick(SUSPEND_REASONS) });
      changes.push({ status: "operating", from: from + rng.int(30, 360), reason: rng.pick(RESUME_REASONS) });
    }
    changes.sort((a, b) => a.from - b.from);
    const status = (changes[changes.length - 1] as Change).status;
    changes.forEach((c, k) => {
      const next = changes[k + 1];
      out.history.push(
        row([
          deterministicUuid(seed, "history", i * 8 + k),
          id,
          place.sidoCode,
          place.sigunguCode,
          c.status,
          iso(c.from),
          next ? iso(next.from) : null,
          c.reason,
        ]),
      );
    });
    this.counts.statusHistory += changes.length;
    const endDay = closedOn ?? AS_OF;

    // capacity
    let capacity: number | null = null;
    let currentUsers: number | null = null;
    if (profile.cap !== "none") {
      capacity = rng.int(profile.capRange[0], profile.capRange[1]);
      if (profile.capRange[1] >= 100) capacity = Math.round(capacity / 5) * 5;
      currentUsers = Math.min(capacity, Math.round(capacity * (0.55 + 0.45 * rng.next())));
    } else if (typeCode !== "ELD-LEI-KYUNGRO") {
      currentUsers = rng.int(5, 20) * (profile.staff[1] > 10 ? 4 : 1);
    }
    if (i === 0) {
      capacity = 70;
      currentUsers = 64;
    }
    if (status === "closed") currentUsers = 0;

    // evaluation grade
    let grade: string | null = null;
    let gradeYear: number | null = null;
    if (this.evaluated.has(typeCode) && status !== "closed") {
      const group = this.evaluated.get(typeCode)?.charAt(0) ?? "";
      const year = GRADE_CYCLE_YEAR[group] ?? rng.int(2023, 2025);
      if (opened < yearStart(year - 3)) {
        grade = i === 1 ? "B" : (["A", "B", "C", "D", "F"][pickIndex(rng, [35, 35, 18, 8, 4])] ?? "C");
        gradeYear = year;
      }
    }

    const headAppointed = Math.min(endDay - 1, rng.int(Math.max(opened, dayOf(2008, 1, 1)), AS_OF - 30));
    out.institutions.push(
      row([
        id,
        name,
        typeCode,
        place.sidoCode,
        place.sigunguCode,
        place.guCode,
        roadAddress,
        addressDetail,
        postal,
        phone,
        fax,
        email,
        businessNo,
        opKind,
        operatorName,
        corporationNo,
        headName,
        iso(Math.max(opened, headAppointed)),
        capacity,
        currentUsers,
        iso(opened),
        closedOn === null ? null : iso(closedOn),
        status,
        grade,
        gradeYear,
      ]),
    );
    this.counts.institutions++;

    // staff: the head first, then the mix of the type
    let staffCount = rng.int(profile.staff[0], profile.staff[1]);
    if (typeCode === "ELD-MED-NURSING" && capacity !== null)
      staffCount = Math.round(capacity / 2.3) + rng.int(4, 9);
    const mix = JOB_MIXES[profile.jobs] as JobMix;
    for (let k = 0; k < staffCount && k < 512; k++) {
      const head = k === 0;
      let job = head ? "HEAD" : mix.pick(rng);
      if (!this.jobCodes.has(job)) job = "ADMIN";
      const staffName = head ? headName : personName(rng);
      const lastDay = endDay - 1;
      let hired: number;
      if (head) hired = Math.max(opened, headAppointed);
      else hired = Math.max(opened, lastDay - Math.floor((lastDay - opened) * rng.next() ** 1.5));
      hired = Math.min(hired, lastDay);
      let left: number | null = closedOn;
      if (left === null && !head && rng.chance(0.12) && hired < AS_OF - 60)
        left = rng.int(hired + 30, AS_OF - 1);
      const qualification = QUALIFICATION[job] ?? null;
      const licenseNo = qualification ? `제${rng.int(10, 99)}-${rng.digits(6)}호` : null;
      const partTime = head ? false : rng.chance(PART_TIME[job] ?? 0.06);
      out.staff.push(
        row([
          deterministicUuid(seed, "staff", i * 512 + k),
          id,
          place.sidoCode,
          place.sigunguCode,
          staffName,
          job,
          qualification,
          licenseNo,
          partTime ? "part_time" : "full_time",
          iso(hired),
          left === null ? null : iso(left),
        ]),
      );
      this.counts.staff++;
    }

    // agency assignments (never for #1)
    if (i === 1) return;
    const sidoAgency = this.sidoAgencies.get(place.sidoCode);
    const assign = (
      k: number,
      agency: string | undefined,
      purpose: string,
      from: number,
      to: number | null,
    ) => {
      if (!agency) return;
      out.assignments.push(
        row([
          deterministicUuid(seed, "assignment", i * 4 + k),
          agency,
          id,
          purpose,
          iso(from),
          to === null ? null : iso(to),
        ]),
      );
      this.counts.agencyAssignments++;
    };
    if (place.sidoCode === "11" && status !== "closed" && (i === 0 || this.seoulDemoLeft > 0)) {
      if (i !== 0) this.seoulDemoLeft--;
      const purpose = grade === "D" || grade === "F" ? "평가 D·F등급 컨설팅" : "운영 컨설팅";
      assign(0, sidoAgency, purpose, dayOf(2026, 3, 2), null);
      return;
    }
    if ((grade === "D" || grade === "F") && gradeYear !== null && rng.chance(0.7)) {
      const year = gradeYear + 1;
      assign(
        0,
        sidoAgency,
        "평가 D·F등급 컨설팅",
        dayOf(year, 3, 1),
        year < 2026 ? dayOf(year, 12, 31) : null,
      );
    }
    if (status !== "closed" && rng.chance(0.004)) {
      const from = rng.int(dayOf(2023, 1, 1), AS_OF - 30);
      const to = rng.chance(0.3) ? null : from + rng.int(180, 365);
      const r = rng.next();
      const agency =
        r < 0.15
          ? deterministicUuid(seed, "agency", CENTRAL_AGENCY)
          : r < 0.3
            ? deterministicUuid(seed, "agency", CONSULTING_AGENCY)
            : r < 0.4 && place.sidoCode === "41"
              ? deterministicUuid(seed, "agency", GYEONGGI_SUPPORT_AGENCY)
              : sidoAgency;
      assign(1, agency, "운영 컨설팅", from, to);
    }
  }
}

function pickIndex(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let x = rng.next() * total;
  for (let k = 0; k < weights.length; k++) {
    x -= weights[k] as number;
    if (x < 0) return k;
  }
  return weights.length - 1;
}

interface RegionRecord {
  code5: string;
  level: string;
  sido_code: string;
  sido_name: string;
  sigungu_name: string | null;
  parent_code5: string | null;
}

/**
 * Generates institutions (with status history, staff and agency assignments) and the support agencies, and
 * loads them with COPY, `batchSize` institutions per round. Needs the reference data (loadReferenceData).
 * Not one transaction: after a failure, reset (seed --reset) and run again.
 */
export async function generateSyntheticData(
  db: Database,
  options: SyntheticOptions,
): Promise<SyntheticResult> {
  const total = Math.max(0, Math.floor(options.institutions));
  const seed = options.seed >>> 0;
  const batchSize = Math.max(1, options.batchSize ?? 10_000);

  const regions = (
    await db.query<RegionRecord>(
      `select code5, level, sido_code, sido_name, sigungu_name, parent_code5 from region
       where valid_to is null order by code5`,
    )
  ).rows;
  const sidos = regions
    .filter((r) => r.level === "sido")
    .map((r) => ({ code: r.sido_code, name: r.sido_name }));
  const bySido = new Map<string, Sigungu[]>();
  const byCode = new Map<string, Sigungu>();
  for (const r of regions) {
    if (r.level !== "sigungu") continue;
    const sg: Sigungu = {
      code5: r.code5,
      sidoCode: r.sido_code,
      sidoName: r.sido_name,
      name: r.sigungu_name ?? r.sido_name,
      gus: [],
      postalBase: 0,
      postalSpan: 1,
    };
    byCode.set(r.code5, sg);
    bySido.set(r.sido_code, [...(bySido.get(r.sido_code) ?? []), sg]);
  }
  for (const r of regions) {
    if (r.level === "gu" && r.parent_code5)
      byCode.get(r.parent_code5)?.gus.push({ code5: r.code5, name: r.sigungu_name ?? "" });
  }
  if (!byCode.has("11110") || !byCode.has("11440")) throw new Error("region reference data is not loaded");

  // Weight each 시군구 by a rough size: 일반구를 둔 시 > 시 > 자치구 > 군, scaled to its 시도's population.
  const places = new Weighted<Sigungu>();
  for (const [sidoCode, list] of bySido) {
    const size = (sg: Sigungu) =>
      sg.gus.length > 0 ? 4 : sg.name.endsWith("군") ? 0.3 : sg.name.endsWith("시") ? 1.5 : 1;
    const sum = list.reduce((acc, sg) => acc + size(sg), 0);
    const [first, last] = POSTAL_RANGE[sidoCode] ?? [600, 629];
    const span = Math.max(1, Math.floor(((last - first + 1) * 100) / list.length));
    list.forEach((sg, k) => {
      sg.postalBase = first * 100 + k * span;
      sg.postalSpan = span;
      places.add(sg, ((SIDO_POPULATION[sidoCode] ?? 10) * size(sg)) / sum);
    });
  }

  const typeRows = (
    await db.query<{ code: string; evaluated: boolean; eval_cycle_group: string | null }>(
      "select code, evaluated, eval_cycle_group from institution_type order by code",
    )
  ).rows;
  const types = new Weighted<string>();
  const evaluated = new Map<string, string | null>();
  for (const t of typeRows) {
    const profile = TYPE_PROFILES[t.code];
    if (profile) types.add(t.code, profile.weight);
    if (t.evaluated) evaluated.set(t.code, t.eval_cycle_group);
  }
  for (const code of ["ELD-MED-NURSING", "CMC-CENTER"]) {
    if (!types.items.includes(code)) throw new Error(`institution type ${code} is not loaded`);
  }
  const jobCodes = new Set(
    (await db.query<{ code: string }>("select code from staff_job_type")).rows.map((r) => r.code),
  );
  if (!jobCodes.has("HEAD") || !jobCodes.has("ADMIN")) throw new Error("staff job types are not loaded");

  const gen = new Generator(seed, places, byCode, types, evaluated, jobCodes, sidos);
  await db.copyRows("support_agency", AGENCY_COLUMNS, gen.agencies(sidos));

  const flush = async (chunk: Chunk) => {
    await db.copyRows("institution", INSTITUTION_COLUMNS, chunk.institutions.join(""));
    // The rows that reference the institutions can go in side by side (separate connections on a server).
    await db.copyRows("institution_status_history", HISTORY_COLUMNS, chunk.history.join(""));
    await db.copyRows("staff", STAFF_COLUMNS, chunk.staff.join(""));
    if (chunk.assignments.length > 0) {
      await db.copyRows("agency_assignment", ASSIGNMENT_COLUMNS, chunk.assignments.join(""));
    }
  };

  // Pipelined: while one chunk is being copied, the next one is generated. Generation yields to the event
  // loop now and then, so the COPY data of the previous chunk keeps flowing to a PostgreSQL server.
  let pending: Promise<void> = Promise.resolve();
  for (let start = 0; start < total; start += batchSize) {
    const end = Math.min(total, start + batchSize);
    const chunk: Chunk = { institutions: [], history: [], staff: [], assignments: [] };
    for (let i = start; i < end; i++) {
      gen.institution(i, chunk);
      if (i % 500 === 499) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await pending;
    const staffSoFar = gen.counts.staff;
    pending = flush(chunk).then(() => options.onProgress?.({ institutions: end, total, staff: staffSoFar }));
    // Avoid an unhandled rejection while the next chunk is generated; the error surfaces at the next await.
    pending.catch(() => undefined);
  }
  await pending;
  // Fresh statistics, so the planner sees the new sizes at once.
  await db.exec("analyze support_agency, institution, institution_status_history, staff, agency_assignment");

  return { ...syntheticIds(seed), counts: { ...gen.counts } };
}
