/**
 * 행정구역 개편 (region reorganisation) endpoints. Every call is checked by openapi-fetch against `paths` in ./schema.d.ts, which
 * `npm run openapi` generates from the server's route schemas; the named types below are the screens' view
 * of the same shapes.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "./client";
import { ApiError, type FieldError, toProblem } from "./problem";

export interface RegionMappingRow {
  oldCode5: string;
  newCode5: string;
  split?: boolean;
}
export interface SplitAssignment {
  institutionId: string;
  newCode5: string;
}
export interface ReorganisationInput {
  effectiveOn: string;
  mappings: RegionMappingRow[];
  splitAssignments?: SplitAssignment[];
}
export interface ApplyInput extends ReorganisationInput {
  title: string;
  legalBasis: string;
  confirm: boolean;
}
interface CodeName {
  code5: string;
  name: string;
}
export interface ReorganisationPreview {
  effectiveOn: string;
  errors: FieldError[];
  warnings: string[];
  rows: {
    oldCode5: string;
    oldName: string;
    level: string;
    newCodes: CodeName[];
    split: boolean;
    institutions: number;
    users: number;
    openChangeRequests: number;
    openReportTargets: number;
  }[];
  totals: { institutions: number; users: number; openChangeRequests: number; openReportTargets: number };
  splitInstitutions: {
    id: string;
    name: string;
    sigunguCode: string;
    roadAddress: string;
    candidates: CodeName[];
    assignedCode5: string | null;
  }[];
  copyTables: { table: string; kept: boolean }[];
  alreadyApplied: { oldCode5: string; newCode5: string; title: string }[];
}
export interface ReorganisationSummary {
  id: string;
  title: string;
  legalBasis: string;
  effectiveOn: string;
  appliedAt: string;
  appliedByName: string;
  status: "applied";
  changeCount: number;
  institutionCount: number;
}
export interface ReorganisationDetail extends ReorganisationSummary {
  changes: {
    oldCode5: string;
    oldName: string;
    newCode5: string;
    newName: string;
    isSplit: boolean;
    institutions: number;
  }[];
  counts: Record<string, number | string>;
}
export interface ReorganisationPage {
  items: ReorganisationSummary[];
  total: number;
  offset: number;
  limit: number;
}
export interface ReorganisationPreset {
  effectiveOn: string;
  title: string;
  legalBasis: string;
  note: string;
  mappings: { oldCode5: string; newCode5: string; split: boolean }[];
}

type Signal = AbortSignal | undefined;

export function listReorganisations(offset: number, limit: number, signal?: Signal) {
  return unwrap(
    api.GET("/api/admin/region-reorganisations", { params: { query: { offset, limit } }, signal }),
  );
}
export function getReorganisation(id: string, signal?: Signal) {
  return unwrap(api.GET("/api/admin/region-reorganisations/{id}", { params: { path: { id } }, signal }));
}
export function listPresets(signal?: Signal) {
  return unwrap(api.GET("/api/admin/region-reorganisations/presets", { signal }));
}
export function previewReorganisation(body: ReorganisationInput) {
  return unwrap(api.POST("/api/admin/region-reorganisations/preview", { body }));
}
export async function applyReorganisation(body: ApplyInput): Promise<ReorganisationDetail> {
  let result: { data?: ReorganisationDetail; error?: unknown; response: Response };
  try {
    result = await api.POST("/api/admin/region-reorganisations", { body });
  } catch {
    throw ApiError.network();
  }
  if (!result.response.ok) throw new ApiError(result.response.status, toProblem(result.error));
  if (result.data === undefined)
    throw new ApiError(result.response.status, { detail: "서버 응답이 비어 있습니다." });
  return result.data;
}

export const reorganisationKeys = {
  all: ["admin", "region-reorganisations"] as const,
  list: (offset: number, limit: number) =>
    ["admin", "region-reorganisations", "list", offset, limit] as const,
  detail: (id: string) => ["admin", "region-reorganisations", "detail", id] as const,
  presets: ["admin", "region-reorganisations", "presets"] as const,
};

export function useReorganisations(offset: number, limit: number) {
  return useQuery({
    queryKey: reorganisationKeys.list(offset, limit),
    queryFn: ({ signal }) => listReorganisations(offset, limit, signal),
    placeholderData: (p) => p,
  });
}
export function useReorganisation(id: string) {
  return useQuery({
    queryKey: reorganisationKeys.detail(id),
    queryFn: ({ signal }) => getReorganisation(id, signal),
    enabled: id !== "",
  });
}
export function useReorganisationPresets() {
  return useQuery({ queryKey: reorganisationKeys.presets, queryFn: ({ signal }) => listPresets(signal) });
}
export function usePreviewReorganisation() {
  return useMutation({ mutationFn: previewReorganisation });
}
export function useApplyReorganisation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: applyReorganisation,
    onSuccess: () => qc.invalidateQueries({ queryKey: reorganisationKeys.all }),
  });
}
