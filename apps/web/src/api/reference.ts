/** 기준정보 (the server's reference module): 행정구역 and 시설 유형. Types are read from the generated paths. */
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "./client";
import type { Res } from "./openapi";

export type Region = Res<"/api/reference/regions", "get">["items"][number];
export type InstitutionType = Res<"/api/reference/institution-types", "get">["items"][number];

type Signal = AbortSignal | undefined;

export async function listRegions(signal?: Signal): Promise<Region[]> {
  return (await unwrap(api.GET("/api/reference/regions", { signal }))).items;
}

export async function listInstitutionTypes(signal?: Signal): Promise<InstitutionType[]> {
  return (await unwrap(api.GET("/api/reference/institution-types", { signal }))).items;
}

export const referenceKeys = {
  regions: ["reference", "regions"] as const,
  institutionTypes: ["reference", "institution-types"] as const,
};

export function useRegions() {
  return useQuery({
    queryKey: referenceKeys.regions,
    queryFn: ({ signal }) => listRegions(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useInstitutionTypes() {
  return useQuery({
    queryKey: referenceKeys.institutionTypes,
    queryFn: ({ signal }) => listInstitutionTypes(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
