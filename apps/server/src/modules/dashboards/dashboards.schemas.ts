import { z } from "zod";

const count = z.number().int();
const isoDate = z.string().describe("YYYY-MM-DD (한국 날짜)");

const statusCounts = z.object({ total: count, operating: count, suspended: count, closed: count });

// ── officials: 업무현황 of a jurisdiction ─────────────────────────────────────────────────────────────────

/** The figures of one jurisdiction that a row of the side-by-side table shows (a 시도 or a 시군구). */
const areaOversight = z.object({
  findingsOpen: count,
  actionsOpen: count,
  actionsOverdue: count,
  dispositionsActive: count,
  suspensionsInForce: count,
  inspectionTargets: count,
  inspectionsDone: count,
  reportTargets: count,
  reportSubmitted: count,
  changeRequestsPending: count,
  changeRequestsOverdue: count,
});
export type AreaOversight = z.infer<typeof areaOversight>;

export const CHANGE_REQUEST_AGE_BUCKETS = [
  { bucket: "d0_3", label: "3일 이내", from: 0, to: 3 },
  { bucket: "d4_7", label: "4~7일", from: 4, to: 7 },
  { bucket: "d8_14", label: "8~14일", from: 8, to: 14 },
  { bucket: "d15_30", label: "15~30일", from: 15, to: 30 },
  { bucket: "d31", label: "30일 초과", from: 31, to: null },
] as const;
export type ChangeRequestAgeBucket = (typeof CHANGE_REQUEST_AGE_BUCKETS)[number]["bucket"];

const plan = z.object({
  id: z.uuid(),
  title: z.string(),
  kindLabel: z.string(),
  statusLabel: z.string(),
  scopeLabel: z.string(),
  targets: count.describe("취소를 뺀 대상 점검 수(관할 안)"),
  done: count.describe("점검 완료·결과 통보·종결"),
  inProgress: count,
  cancelled: count,
});

const round = z.object({
  id: z.uuid(),
  title: z.string(),
  periodLabel: z.string(),
  dueOn: isoDate,
  status: z.enum(["open", "closed"]),
  statusLabel: z.string(),
  targets: count,
  submitted: count.describe("기한 내 제출과 지연 제출"),
  late: count,
  pending: count,
});

export const jurisdictionDashboard = z.object({
  scope: z.object({
    kind: z.enum(["nation", "sido", "sigungu"]),
    code: z.string().nullable(),
    label: z.string(),
  }),
  asOf: isoDate.describe("집계 기준일(오늘, 한국 시간)"),
  computedAt: z.string().describe("집계한 시각(ISO 8601): 같은 관할의 공무원은 잠시 같은 집계를 봅니다"),
  year: count.describe("점검계획 연도(올해)"),
  institutions: z.object({
    byStatus: statusCounts,
    byType: z.array(
      z.object({
        typeCode: z.string(),
        typeName: z.string(),
        field: z.string(),
        total: count,
        operating: count,
        suspended: count,
        closed: count,
      }),
    ),
    byField: z.array(z.object({ field: z.string(), count })),
    activeStaff: count,
  }),
  /** 지도점검·처분·현황보고·변경신청: the officials who supervise (not the evaluation agency). */
  oversight: z
    .object({
      findings: z.object({
        open: count.describe("미종결 지적사항(조치 전·조치 중)"),
        actionsOpen: count.describe("확인 완료 전 시정·개선 조치"),
        actionsOverdue: count.describe("보고 기한이 지난 조치"),
        actionsSubmitted: count.describe("결과 보고가 들어와 확인을 기다리는 조치"),
      }),
      inspections: z.object({
        targets: count,
        done: count,
        inProgress: count,
        cancelled: count,
        plans: z.array(plan).describe("관할이 세운 계획 먼저, 그다음 대상이 많은 순으로 20개까지"),
        planCount: count.describe("올해 관할에 점검이 있거나 관할이 세운 계획 수"),
      }),
      dispositions: z.object({
        preNoticed: count,
        decided: count,
        executing: count,
        suspensionsInForce: count.describe("오늘 집행 기간 중인 업무·사업정지"),
      }),
      reportRounds: z
        .array(round)
        .describe(
          "진행 중이거나 최근 30일 안에 기한이 지난 회차: 관할이 연 회차 먼저, 그다음 대상이 많은 순으로 10개까지",
        ),
      roundCount: count.describe("그런 회차 중 관할에 대상이 있는 회차 수"),
      changeRequests: z.object({
        pending: count,
        overdue: count,
        byAge: z.array(
          z.object({
            bucket: z.enum(CHANGE_REQUEST_AGE_BUCKETS.map((b) => b.bucket)),
            label: z.string(),
            count,
          }),
        ),
      }),
    })
    .nullable(),
  /** 시도: its 시군구s side by side; 보건복지부: the 시도s. A 시군구 has none. */
  areaLevel: z.enum(["sido", "sigungu"]).nullable(),
  areas: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      institutions: statusCounts,
      activeStaff: count,
      oversight: areaOversight.nullable(),
    }),
  ),
});
export type JurisdictionDashboard = z.infer<typeof jurisdictionDashboard>;

export const JURISDICTION_TABLES = [
  "institution-types",
  "oversight",
  "inspection-plans",
  "report-rounds",
  "change-requests",
  "areas",
] as const;
export type JurisdictionTable = (typeof JURISDICTION_TABLES)[number];

const tableError = { error: "내려받을 표를 목록에서 고르세요." };
export const jurisdictionExportQuery = z.object({ table: z.enum(JURISDICTION_TABLES, tableError) });

// ── institutions: 업무현황 of one institution ──────────────────────────────────────────────────────────

export const DEADLINE_KINDS = ["report", "corrective", "documents", "opinion"] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const institutionDashboard = z.object({
  asOf: isoDate,
  institution: z.object({
    id: z.uuid(),
    name: z.string(),
    status: z.enum(["operating", "suspended", "closed"]),
    statusLabel: z.string(),
    latestGrade: z.enum(["A", "B", "C", "D", "F"]).nullable(),
    latestGradeYear: count.nullable(),
  }),
  deadlines: z.array(
    z.object({
      kind: z.enum(DEADLINE_KINDS),
      kindLabel: z.string(),
      title: z.string(),
      dueOn: isoDate,
      daysLeft: count.describe("기한까지 남은 날(기한 당일 0, 지나면 음수)"),
      state: z.enum(["ok", "soon", "overdue"]),
      stateLabel: z.string(),
      /** The screen of the object (report form, inspection, disposition). */
      link: z.string(),
    }),
  ),
  findings: z.array(
    z.object({
      id: z.uuid(),
      inspectionId: z.uuid(),
      title: z.string(),
      severityLabel: z.string(),
      statusLabel: z.string(),
      actionStatusLabel: z.string().nullable(),
      dueOn: isoDate.nullable(),
      overdue: z.boolean(),
    }),
  ),
  dispositions: z.array(
    z.object({
      id: z.uuid(),
      measureLabel: z.string(),
      status: z.string(),
      statusLabel: z.string(),
      decidedOn: isoDate.nullable(),
      periodFrom: isoDate.nullable(),
      periodTo: isoDate.nullable(),
      inForce: z.boolean().describe("오늘 집행 기간 중인 정지 처분"),
    }),
  ),
});
export type InstitutionDashboard = z.infer<typeof institutionDashboard>;

export const INSTITUTION_TABLES = ["deadlines", "findings", "dispositions"] as const;
export type InstitutionTable = (typeof INSTITUTION_TABLES)[number];
export const institutionExportQuery = z.object({ table: z.enum(INSTITUTION_TABLES, tableError) });
