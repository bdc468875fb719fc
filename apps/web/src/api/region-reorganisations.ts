/**
 * 행정구역 개편 (region reorganisation) endpoints. Every call is checked by openapi-fetch against `paths` in ./schema.d.ts, which
 * `npm run openapi` generates from the server's route schemas; the named types below are the screens' view
 * of the same shapes.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "./client";
import type { BodyOf, Res } from "./openapi";

export type ReorganisationInput = BodyOf<"/api/admin/region-reorganisations/preview", "post">;
export type RegionMappingRow = ReorganisationInput["mappings"][number];
export type SplitAssignment = NonNullable<ReorganisationInput["splitAssignments"]>[number];
export type ApplyInput = BodyOf<"/api/admin/region-reorganisations", "post">;
export type ReorganisationPreview = Res<"/api/admin/region-reorganisations/preview", "post">;
export type ReorganisationPage = Res<"/api/admin/region-reorganisations", "get">;
export type ReorganisationSummary = ReorganisationPage["items"][number];
export type ReorganisationDetail = Res<"/api/admin/region-reorganisations/{id}", "get">;
export type ReorganisationPreset = Res<"/api/admin/region-reorganisations/presets", "get">["items"][number];

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
export function applyReorganisation(body: ApplyInput) {
  return unwrap(api.POST("/api/admin/region-reorganisations", { body }));
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
