/**
 * 지도점검 (UWDX on the officials' side, CWOM on the institutions' side): plans, checklists, inspections,
 * findings, corrective actions and the case book. Every call is checked by openapi-fetch against `paths` in
 * ./schema.d.ts (`npm run openapi`), and every type below is read from the same generated paths, so a
 * change in the server's schemas shows here as a type error.
 */
import { type QueryKey, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, compact, unwrap } from "./client";
import { downloadExcel as saveExcel, uploadFile } from "./download";

export { MAX_UPLOAD_BYTES, UPLOAD_ACCEPT, UPLOAD_HINT } from "./download";

import type { BodyOf, QueryOf, Res } from "./openapi";

export type ChecklistVersionSummary = Res<"/api/official/inspection-checklists", "get">["items"][number];
export type ChecklistVersionDetail = Res<"/api/official/inspection-checklists/{id}", "get">;
export type ChecklistItem = ChecklistVersionDetail["items"][number];
export type ChecklistVersionInput = BodyOf<"/api/official/inspection-checklists", "post">;
export type ChecklistItemInput = ChecklistVersionInput["items"][number];

export type PlanPage = Res<"/api/official/inspection-plans", "get">;
export type PlanItem = PlanPage["items"][number];
export type PlanQuery = QueryOf<"/api/official/inspection-plans", "get">;
export type PlanSort = NonNullable<PlanQuery["sort"]>;
export type PlanDetail = Res<"/api/official/inspection-plans/{id}", "get">;
export type MonthProgress = PlanDetail["months"][number];
export type PlanInput = BodyOf<"/api/official/inspection-plans", "post">;
export type PlanTargetInput = NonNullable<PlanInput["targets"]>[number];
export type CandidatePage = Res<"/api/official/inspection-plans/candidates", "get">;
export type Candidate = CandidatePage["items"][number];
export type CandidateQuery = QueryOf<"/api/official/inspection-plans/candidates", "get">;

export type InspectionPage = Res<"/api/official/inspections", "get">;
export type InspectionItem = InspectionPage["items"][number];
export type InspectionQuery = QueryOf<"/api/official/inspections", "get">;
export type InspectionSort = NonNullable<InspectionQuery["sort"]>;
export type InspectionDetail = Res<"/api/official/inspections/{id}", "get">;
export type ItemResultRow = InspectionDetail["items"][number];
export type ItemResult = NonNullable<ItemResultRow["result"]>;
export type DocumentItem = InspectionDetail["documents"][number];
export type FindingItem = InspectionDetail["findingList"][number];
export type CorrectiveItem = NonNullable<FindingItem["correctiveAction"]>;
export type TransitionItem = InspectionDetail["transitions"][number];
export type FileItem = DocumentItem["files"][number];
export type InspectionCreateInput = BodyOf<"/api/official/inspections", "post">;
export type ScheduleInput = BodyOf<"/api/official/inspections/{id}/schedule", "post">;
export type ResultsInput = BodyOf<"/api/official/inspections/{id}/results", "put">;
export type FindingInput = BodyOf<"/api/official/inspections/{id}/findings", "post">;
export type CompleteInput = BodyOf<"/api/official/inspections/{id}/complete", "post">;
export type CorrectiveOrderInput = BodyOf<"/api/official/findings/{id}/corrective-action", "post">;
export type CorrectiveOutcome = CorrectiveOrderInput["outcome"];
export type FindingSeverity = FindingInput["severity"];
export type DocumentReviewInput = BodyOf<
  "/api/official/inspections/{id}/documents/{documentId}/review",
  "post"
>;

export type CorrectivePage = Res<"/api/official/corrective-actions", "get">;
export type CorrectiveSummaryRow = CorrectivePage["summary"][number];
export type CorrectiveQuery = QueryOf<"/api/official/corrective-actions", "get">;
export type CorrectiveSort = NonNullable<CorrectiveQuery["sort"]>;
export type CorrectiveListStatus = NonNullable<CorrectiveQuery["status"]>;

export type CasebookPage = Res<"/api/official/casebook", "get">;
export type CasebookEntry = CasebookPage["items"][number];
export type CasebookQuery = QueryOf<"/api/official/casebook", "get">;

type Signal = AbortSignal | undefined;
const path = (id: string) => ({ params: { path: { id } } });

// ── officials: checklists ───────────────────────────────────────────────────
export const listChecklists = (signal?: Signal) =>
  unwrap(api.GET("/api/official/inspection-checklists", { signal }));
export const getChecklist = (id: string, signal?: Signal) =>
  unwrap(api.GET("/api/official/inspection-checklists/{id}", { ...path(id), signal }));
export const createChecklistVersion = (body: ChecklistVersionInput) =>
  unwrap(api.POST("/api/official/inspection-checklists", { body }));

// ── officials: plans ────────────────────────────────────────────────────────
export const listPlans = (query: PlanQuery, signal?: Signal) =>
  unwrap(api.GET("/api/official/inspection-plans", { params: { query: compact(query) }, signal }));
export const listCandidates = (query: CandidateQuery, signal?: Signal) =>
  unwrap(api.GET("/api/official/inspection-plans/candidates", { params: { query: compact(query) }, signal }));
export const createPlan = (body: PlanInput) => unwrap(api.POST("/api/official/inspection-plans", { body }));
export const getPlan = (id: string, signal?: Signal) =>
  unwrap(api.GET("/api/official/inspection-plans/{id}", { ...path(id), signal }));
export const addPlanTargets = (id: string, targets: PlanTargetInput[], version: number) =>
  unwrap(
    api.POST("/api/official/inspection-plans/{id}/targets", { ...path(id), body: { targets, version } }),
  );
export const approvePlan = (id: string, version: number) =>
  unwrap(api.POST("/api/official/inspection-plans/{id}/approve", { ...path(id), body: { version } }));

// ── officials: inspections ──────────────────────────────────────────────────
export const listInspections = (query: InspectionQuery, signal?: Signal) =>
  unwrap(api.GET("/api/official/inspections", { params: { query: compact(query) }, signal }));
export const createInspection = (body: InspectionCreateInput) =>
  unwrap(api.POST("/api/official/inspections", { body }));
export const getInspection = (id: string, signal?: Signal) =>
  unwrap(api.GET("/api/official/inspections/{id}", { ...path(id), signal }));
export const scheduleInspection = (id: string, body: ScheduleInput) =>
  unwrap(api.POST("/api/official/inspections/{id}/schedule", { ...path(id), body }));
export const reviewDocument = (id: string, documentId: string, body: DocumentReviewInput) =>
  unwrap(
    api.POST("/api/official/inspections/{id}/documents/{documentId}/review", {
      params: { path: { id, documentId } },
      body,
    }),
  );
export const startInspection = (id: string, version: number) =>
  unwrap(api.POST("/api/official/inspections/{id}/start", { ...path(id), body: { version } }));
export const reopenInspection = (id: string, version: number, reason: string) =>
  unwrap(api.POST("/api/official/inspections/{id}/reopen", { ...path(id), body: { version, reason } }));
export const cancelInspection = (id: string, version: number, reason: string) =>
  unwrap(api.POST("/api/official/inspections/{id}/cancel", { ...path(id), body: { version, reason } }));
export const closeInspection = (id: string, version: number) =>
  unwrap(api.POST("/api/official/inspections/{id}/close", { ...path(id), body: { version } }));
export const saveResults = (id: string, body: ResultsInput) =>
  unwrap(api.PUT("/api/official/inspections/{id}/results", { ...path(id), body }));
export const addFinding = (id: string, body: FindingInput) =>
  unwrap(api.POST("/api/official/inspections/{id}/findings", { ...path(id), body }));
export const completeInspection = (id: string, body: CompleteInput) =>
  unwrap(api.POST("/api/official/inspections/{id}/complete", { ...path(id), body }));
export const notifyInspection = (id: string, version: number) =>
  unwrap(api.POST("/api/official/inspections/{id}/notify", { ...path(id), body: { version } }));
export const getFinding = (id: string, signal?: Signal) =>
  unwrap(api.GET("/api/official/findings/{id}", { ...path(id), signal }));
export const orderCorrective = (findingId: string, body: CorrectiveOrderInput) =>
  unwrap(api.POST("/api/official/findings/{id}/corrective-action", { ...path(findingId), body }));
export const withdrawFinding = (findingId: string, reason: string, version: number) =>
  unwrap(api.POST("/api/official/findings/{id}/withdraw", { ...path(findingId), body: { reason, version } }));
export const shareToCasebook = (findingId: string, share: boolean, text: string | null) =>
  unwrap(api.POST("/api/official/findings/{id}/casebook", { ...path(findingId), body: { share, text } }));
export const acceptCorrective = (id: string, version: number, note: string | null) =>
  unwrap(api.POST("/api/official/corrective-actions/{id}/accept", { ...path(id), body: { version, note } }));
export const returnCorrective = (id: string, version: number, reason: string) =>
  unwrap(
    api.POST("/api/official/corrective-actions/{id}/return", { ...path(id), body: { version, reason } }),
  );
export const confirmCorrective = (id: string, version: number, reason: string) =>
  unwrap(
    api.POST("/api/official/corrective-actions/{id}/confirm", { ...path(id), body: { version, reason } }),
  );
export const listCorrective = (query: CorrectiveQuery, signal?: Signal) =>
  unwrap(api.GET("/api/official/corrective-actions", { params: { query: compact(query) }, signal }));
export const remindCorrective = (ids: string[], message: string) =>
  unwrap(api.POST("/api/official/corrective-actions/remind", { body: { ids, message } }));
export const listOfficialCasebook = (query: CasebookQuery, signal?: Signal) =>
  unwrap(api.GET("/api/official/casebook", { params: { query: compact(query) }, signal }));

/** 점검 증빙(사진·문서): the item code goes with it so the screen shows it on its row. */
export const uploadEvidence = (id: string, file: File, itemCode: string | null) =>
  uploadFile<FileItem>(
    `/api/official/inspections/${encodeURIComponent(id)}/evidence${
      itemCode ? `?itemCode=${encodeURIComponent(itemCode)}` : ""
    }`,
    file,
  );

export const officialFileUrl = (id: string) => `/api/official/files/${encodeURIComponent(id)}`;
export const officialNoticeUrl = (id: string) =>
  `/api/official/inspections/${encodeURIComponent(id)}/result-notice.pdf`;

// ── institutions ────────────────────────────────────────────────────────────
export const listMyInspections = (query: InspectionQuery, signal?: Signal) =>
  unwrap(api.GET("/api/provider/inspections", { params: { query: compact(query) }, signal }));
export const getMyInspection = (id: string, signal?: Signal) =>
  unwrap(api.GET("/api/provider/inspections/{id}", { ...path(id), signal }));
export const listMyCorrective = (signal?: Signal) =>
  unwrap(api.GET("/api/provider/corrective-actions", { signal }));
export const submitCorrective = (id: string, report: string, version: number) =>
  unwrap(
    api.POST("/api/provider/corrective-actions/{id}/submit", { ...path(id), body: { report, version } }),
  );
export const listProviderCasebook = (query: CasebookQuery, signal?: Signal) =>
  unwrap(api.GET("/api/provider/casebook", { params: { query: compact(query) }, signal }));
export const submitDocument = (id: string, documentId: string, file: File) =>
  uploadFile<InspectionDetail>(
    `/api/provider/inspections/${encodeURIComponent(id)}/documents/${encodeURIComponent(documentId)}`,
    file,
  );
export const uploadCorrectiveFile = (id: string, file: File) =>
  uploadFile<FileItem>(`/api/provider/corrective-actions/${encodeURIComponent(id)}/files`, file);

export const providerFileUrl = (id: string) => `/api/provider/files/${encodeURIComponent(id)}`;
export const providerNoticeUrl = (id: string) =>
  `/api/provider/inspections/${encodeURIComponent(id)}/result-notice.pdf`;

// ── files ───────────────────────────────────────────────────────────────────
/** 엑셀 다운로드 under the list's filters (a blob saved under the server's name); returns the row count. */
export const downloadExcel = (
  url: "/api/official/inspections.xlsx" | "/api/official/corrective-actions.xlsx",
  filters: Record<string, unknown>,
  fallbackName: string,
) => saveExcel(url, filters, fallbackName);

// ── queries ─────────────────────────────────────────────────────────────────
const OFFICIAL = ["official", "inspections"] as const;
const PROVIDER = ["provider", "inspections"] as const;

export const inspectionKeys = {
  official: OFFICIAL,
  checklists: [...OFFICIAL, "checklists"] as const,
  checklist: (id: string) => [...OFFICIAL, "checklist", id] as const,
  plans: (q: PlanQuery) => [...OFFICIAL, "plans", q] as const,
  plan: (id: string) => [...OFFICIAL, "plan", id] as const,
  candidates: (q: CandidateQuery) => [...OFFICIAL, "candidates", q] as const,
  list: (q: InspectionQuery) => [...OFFICIAL, "list", q] as const,
  detail: (id: string) => [...OFFICIAL, "detail", id] as const,
  corrective: (q: CorrectiveQuery) => [...OFFICIAL, "corrective", q] as const,
  officialCasebook: (q: CasebookQuery) => [...OFFICIAL, "casebook", q] as const,
  provider: PROVIDER,
  mine: (q: InspectionQuery) => [...PROVIDER, "list", q] as const,
  myDetail: (id: string) => [...PROVIDER, "detail", id] as const,
  myCorrective: [...PROVIDER, "corrective"] as const,
  providerCasebook: (q: CasebookQuery) => [...PROVIDER, "casebook", q] as const,
};

const keep = <T>(previous: T | undefined) => previous;

export const useChecklists = () =>
  useQuery({ queryKey: inspectionKeys.checklists, queryFn: ({ signal }) => listChecklists(signal) });
export const useChecklist = (id: string | null) =>
  useQuery({
    queryKey: inspectionKeys.checklist(id ?? ""),
    queryFn: ({ signal }) => getChecklist(id ?? "", signal),
    enabled: !!id,
    staleTime: 5 * 60_000,
  });
export const usePlans = (q: PlanQuery) =>
  useQuery({
    queryKey: inspectionKeys.plans(q),
    queryFn: ({ signal }) => listPlans(q, signal),
    placeholderData: keep,
  });
export const usePlan = (id: string) =>
  useQuery({ queryKey: inspectionKeys.plan(id), queryFn: ({ signal }) => getPlan(id, signal) });
export const useCandidates = (q: CandidateQuery | null) =>
  useQuery({
    queryKey: inspectionKeys.candidates(q ?? {}),
    queryFn: ({ signal }) => listCandidates(q ?? {}, signal),
    enabled: q !== null,
    placeholderData: keep,
  });
export const useInspections = (q: InspectionQuery) =>
  useQuery({
    queryKey: inspectionKeys.list(q),
    queryFn: ({ signal }) => listInspections(q, signal),
    placeholderData: keep,
  });
export const useInspection = (id: string) =>
  useQuery({ queryKey: inspectionKeys.detail(id), queryFn: ({ signal }) => getInspection(id, signal) });
export const useCorrectiveList = (q: CorrectiveQuery) =>
  useQuery({
    queryKey: inspectionKeys.corrective(q),
    queryFn: ({ signal }) => listCorrective(q, signal),
    placeholderData: keep,
  });
export const useMyInspections = (q: InspectionQuery) =>
  useQuery({
    queryKey: inspectionKeys.mine(q),
    queryFn: ({ signal }) => listMyInspections(q, signal),
    placeholderData: keep,
  });
export const useMyInspection = (id: string) =>
  useQuery({ queryKey: inspectionKeys.myDetail(id), queryFn: ({ signal }) => getMyInspection(id, signal) });
export const useMyCorrective = () =>
  useQuery({ queryKey: inspectionKeys.myCorrective, queryFn: ({ signal }) => listMyCorrective(signal) });
/** 지적 사례집: the same book through each portal's own route. */
export const useCasebook = (portal: "official" | "provider", q: CasebookQuery) =>
  useQuery({
    queryKey: portal === "official" ? inspectionKeys.officialCasebook(q) : inspectionKeys.providerCasebook(q),
    queryFn: ({ signal }) =>
      portal === "official" ? listOfficialCasebook(q, signal) : listProviderCasebook(q, signal),
    placeholderData: keep,
  });

const sameKey = (a: QueryKey, b: readonly unknown[]) =>
  a.length === b.length && a.every((part, i) => part === b[i]);

/**
 * A change on the officials' side. Calls that answer with the inspection's detail put it in the cache at
 * once (the screen shows the new state without a second request); every other view is refreshed.
 */
export function useOfficialMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (result) => {
      const detail = asDetail(result);
      if (detail) qc.setQueryData(inspectionKeys.detail(detail.id), detail);
      return qc.invalidateQueries({
        queryKey: OFFICIAL,
        predicate: (q) => !detail || !sameKey(q.queryKey, inspectionKeys.detail(detail.id)),
      });
    },
  });
}

/** The same for the institution's side. */
export function useProviderMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (result) => {
      const detail = asDetail(result);
      if (detail) qc.setQueryData(inspectionKeys.myDetail(detail.id), detail);
      return qc.invalidateQueries({
        queryKey: PROVIDER,
        predicate: (q) => !detail || !sameKey(q.queryKey, inspectionKeys.myDetail(detail.id)),
      });
    },
  });
}

function asDetail(value: unknown): InspectionDetail | null {
  if (value && typeof value === "object" && "findingList" in value && "items" in value && "id" in value)
    return value as InspectionDetail;
  return null;
}
