/**
 * 행정처분 (UWDX on the officials' side, CWOM on the institutions' side): the engine's preview, the procedure
 * from 처분안 to 집행 종료, appeals, the nationwide history, the 행정처분대장 and the ladder tables. Every call
 * is checked by openapi-fetch against `paths` in ./schema.d.ts (`npm run openapi`), and every type below is
 * read from the same generated paths, so a change in the server's schemas shows here as a type error.
 */
import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, compact, unwrap } from "./client";
import { downloadExcel, downloadFile, uploadFile } from "./download";

export { MAX_UPLOAD_BYTES, UPLOAD_ACCEPT, UPLOAD_HINT } from "./download";

import type { BodyOf, QueryOf, Res } from "./openapi";

export type DispositionPage = Res<"/api/official/dispositions", "get">;
export type DispositionItem = DispositionPage["items"][number];
export type DispositionQuery = QueryOf<"/api/official/dispositions", "get">;
export type DispositionSort = NonNullable<DispositionQuery["sort"]>;
export type DispositionDetail = Res<"/api/official/dispositions/{id}", "get">;
export type ViolationRecord = DispositionDetail["violations"][number];
export type TransitionRecord = DispositionDetail["transitions"][number];
export type StoredFile = DispositionDetail["opinionFiles"][number];

export type PreviewInput = BodyOf<"/api/official/dispositions/preview", "post">;
export type Preview = Res<"/api/official/dispositions/preview", "post">;
export type Assessment = Preview["assessments"][number];
export type PriorReport = Assessment["counted"][number];
export type DispositionCreateInput = BodyOf<"/api/official/dispositions", "post">;
export type PreNoticeInput = BodyOf<"/api/official/dispositions/{id}/pre-notice", "post">;
export type DecideInput = BodyOf<"/api/official/dispositions/{id}/decide", "post">;
export type DateInput = BodyOf<"/api/official/dispositions/{id}/execute", "post">;
export type ReasonInput = BodyOf<"/api/official/dispositions/{id}/withdraw", "post">;
export type AppealInput = BodyOf<"/api/official/dispositions/{id}/appeal", "post">;
export type OpinionInput = BodyOf<"/api/provider/dispositions/{id}/opinion", "post">;

export type DispositionHistory = Res<"/api/official/institutions/{id}/disposition-history", "get">;

export type LadderTableList = Res<"/api/official/disposition-tables", "get">;
export type LadderTableItem = LadderTableList["items"][number];
export type LadderTableDetail = Res<"/api/official/disposition-tables/{key}", "get">;
export type LadderRowLabel = LadderTableDetail["rowLabels"][number];

type Signal = AbortSignal | undefined;
const path = (id: string) => ({ params: { path: { id } } });

// ── officials ───────────────────────────────────────────────────────────────
export const listDispositions = (query: DispositionQuery, signal?: Signal) =>
  unwrap(api.GET("/api/official/dispositions", { params: { query: compact(query) }, signal }));
export const getDisposition = (id: string, signal?: Signal) =>
  unwrap(api.GET("/api/official/dispositions/{id}", { ...path(id), signal }));
export const previewDisposition = (body: PreviewInput, signal?: Signal) =>
  unwrap(api.POST("/api/official/dispositions/preview", { body, signal }));
export const createDisposition = (body: DispositionCreateInput) =>
  unwrap(api.POST("/api/official/dispositions", { body }));
export const preNotice = ({ id, ...body }: PreNoticeInput & { id: string }) =>
  unwrap(api.POST("/api/official/dispositions/{id}/pre-notice", { ...path(id), body }));
export const decide = ({ id, ...body }: DecideInput & { id: string }) =>
  unwrap(api.POST("/api/official/dispositions/{id}/decide", { ...path(id), body }));
export const execute = ({ id, ...body }: DateInput & { id: string }) =>
  unwrap(api.POST("/api/official/dispositions/{id}/execute", { ...path(id), body }));
export const end = ({ id, ...body }: DateInput & { id: string }) =>
  unwrap(api.POST("/api/official/dispositions/{id}/end", { ...path(id), body }));
export const withdraw = ({ id, ...body }: ReasonInput & { id: string }) =>
  unwrap(api.POST("/api/official/dispositions/{id}/withdraw", { ...path(id), body }));
export const cancel = ({ id, ...body }: ReasonInput & { id: string }) =>
  unwrap(api.POST("/api/official/dispositions/{id}/cancel", { ...path(id), body }));
export const reportToMinistry = ({ id, ...body }: DateInput & { id: string }) =>
  unwrap(api.POST("/api/official/dispositions/{id}/report-to-ministry", { ...path(id), body }));
export const recordAppeal = ({ id, ...body }: AppealInput & { id: string }) =>
  unwrap(api.POST("/api/official/dispositions/{id}/appeal", { ...path(id), body }));
export const getHistory = (institutionId: string, signal?: Signal) =>
  unwrap(api.GET("/api/official/institutions/{id}/disposition-history", { ...path(institutionId), signal }));

export const listTables = (signal?: Signal) =>
  unwrap(api.GET("/api/official/disposition-tables", { signal }));
export const getTable = (key: string, signal?: Signal) =>
  unwrap(api.GET("/api/official/disposition-tables/{key}", { params: { path: { key } }, signal }));
export const addTable = (table: Record<string, unknown>) =>
  unwrap(api.POST("/api/official/disposition-tables", { body: { table } }));

// ── institutions ────────────────────────────────────────────────────────────
export const listMine = (query: DispositionQuery, signal?: Signal) =>
  unwrap(api.GET("/api/provider/dispositions", { params: { query: compact(query) }, signal }));
export const getMine = (id: string, signal?: Signal) =>
  unwrap(api.GET("/api/provider/dispositions/{id}", { ...path(id), signal }));
export const submitOpinion = ({ id, ...body }: OpinionInput & { id: string }) =>
  unwrap(api.POST("/api/provider/dispositions/{id}/opinion", { ...path(id), body }));
export const uploadOpinionFile = ({ id, file }: { id: string; file: File }) =>
  uploadFile<StoredFile>(`/api/provider/dispositions/${encodeURIComponent(id)}/files`, file);

// ── files ───────────────────────────────────────────────────────────────────
export type Zone = "official" | "provider";

/** 행정처분대장 엑셀 다운로드 under the list's filters (no paging). */
export function downloadRegister(filters: Omit<DispositionQuery, "page" | "limit">) {
  return downloadExcel("/api/official/dispositions.xlsx", filters, "행정처분대장.xlsx");
}

export type NoticeKind = "pre" | "decision";
export const NOTICE_LABELS: Record<NoticeKind, string> = { pre: "사전통지서", decision: "행정처분서" };

/** 사전통지서 or 행정처분서 PDF. */
export function downloadNotice(zone: Zone, id: string, kind: NoticeKind) {
  return downloadFile(
    `/api/${zone}/dispositions/${encodeURIComponent(id)}/notice.pdf`,
    { kind },
    `${NOTICE_LABELS[kind]}.pdf`,
    "application/pdf",
  );
}

/** An attachment of the opinion (the file routes of the inspection module serve every stored file). */
export function downloadStoredFile(zone: Zone, file: StoredFile) {
  return downloadFile(`/api/${zone}/files/${encodeURIComponent(file.id)}`, {}, file.fileName, "*/*");
}

// ── queries ─────────────────────────────────────────────────────────────────
const OFFICIAL = ["official", "dispositions"] as const;
const PROVIDER = ["provider", "dispositions"] as const;

export const dispositionKeys = {
  official: OFFICIAL,
  list: (q: DispositionQuery) => [...OFFICIAL, "list", q] as const,
  detail: (id: string) => [...OFFICIAL, "detail", id] as const,
  preview: (body: PreviewInput) => [...OFFICIAL, "preview", body] as const,
  history: (institutionId: string) => [...OFFICIAL, "history", institutionId] as const,
  tables: [...OFFICIAL, "tables"] as const,
  table: (key: string) => [...OFFICIAL, "tables", key] as const,
  provider: PROVIDER,
  mine: (q: DispositionQuery) => [...PROVIDER, "list", q] as const,
  myDetail: (id: string) => [...PROVIDER, "detail", id] as const,
};

export const useDispositions = (q: DispositionQuery) =>
  useQuery({
    queryKey: dispositionKeys.list(q),
    queryFn: ({ signal }) => listDispositions(q, signal),
    placeholderData: (p) => p,
  });
export const useDisposition = (id: string) =>
  useQuery({ queryKey: dispositionKeys.detail(id), queryFn: ({ signal }) => getDisposition(id, signal) });
export const usePreview = (body: PreviewInput | null) =>
  useQuery({
    queryKey: dispositionKeys.preview(body ?? { violations: [] }),
    queryFn: ({ signal }) => previewDisposition(body as PreviewInput, signal),
    enabled: body !== null,
    placeholderData: (p) => p,
    staleTime: 0,
  });
export const useHistory = (institutionId: string | null) =>
  useQuery({
    queryKey: dispositionKeys.history(institutionId ?? ""),
    queryFn: ({ signal }) => getHistory(institutionId ?? "", signal),
    enabled: Boolean(institutionId),
  });
export const useTables = () =>
  useQuery({ queryKey: dispositionKeys.tables, queryFn: ({ signal }) => listTables(signal) });
export const useTable = (key: string) =>
  useQuery({ queryKey: dispositionKeys.table(key), queryFn: ({ signal }) => getTable(key, signal) });
/** Every table version in full (rows and general provisions): the violation codes to choose from. */
export function useAllTables() {
  const list = useTables();
  const details = useQueries({
    queries: (list.data?.items ?? []).map((t) => ({
      queryKey: dispositionKeys.table(t.key),
      queryFn: ({ signal }: { signal: AbortSignal }) => getTable(t.key, signal),
    })),
  });
  const tables = details.flatMap((d) => (d.data ? [d.data] : []));
  return {
    list,
    tables,
    isPending: list.isPending || details.some((d) => d.isPending),
    error: list.error ?? details.find((d) => d.error)?.error ?? null,
  };
}

export const useMine = (q: DispositionQuery) =>
  useQuery({
    queryKey: dispositionKeys.mine(q),
    queryFn: ({ signal }) => listMine(q, signal),
    placeholderData: (p) => p,
  });
export const useMyDisposition = (id: string) =>
  useQuery({ queryKey: dispositionKeys.myDetail(id), queryFn: ({ signal }) => getMine(id, signal) });

/** Any change on a side refreshes that side's disposition views. */
export function useDispositionMutation<A, R>(fn: (arg: A) => Promise<R>, zone: Zone = "official") {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      qc.invalidateQueries({
        queryKey: zone === "official" ? dispositionKeys.official : dispositionKeys.provider,
      }),
  });
}
