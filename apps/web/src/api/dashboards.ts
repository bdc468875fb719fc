/**
 * 업무현황 (the server's dashboards module): an official's jurisdiction and an institution's own, and the Excel
 * file of each of their tables. Types are read from the generated paths (./openapi.ts).
 */
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "./client";
import { downloadExcel } from "./download";
import type { QueryOf, Res } from "./openapi";

const JURISDICTION = "/api/official/dashboards/jurisdiction";
const INSTITUTION = "/api/provider/dashboards/institution";

export type JurisdictionDashboard = Res<typeof JURISDICTION, "get">;
export type JurisdictionOversight = NonNullable<JurisdictionDashboard["oversight"]>;
export type DashboardArea = JurisdictionDashboard["areas"][number];
export type InspectionPlanProgress = JurisdictionOversight["inspections"]["plans"][number];
export type ReportRoundProgress = JurisdictionOversight["reportRounds"][number];
export type JurisdictionTable = QueryOf<"/api/official/dashboards/jurisdiction.xlsx", "get">["table"];

export type InstitutionDashboard = Res<typeof INSTITUTION, "get">;
export type InstitutionDeadline = InstitutionDashboard["deadlines"][number];
export type InstitutionTable = QueryOf<"/api/provider/dashboards/institution.xlsx", "get">["table"];

type Signal = AbortSignal | undefined;

export const getJurisdictionDashboard = (signal?: Signal) => unwrap(api.GET(JURISDICTION, { signal }));
export const getInstitutionDashboard = (signal?: Signal) => unwrap(api.GET(INSTITUTION, { signal }));

/** One table of the jurisdiction's 업무현황 as an Excel file (the server names it). */
export const downloadJurisdictionTable = (table: JurisdictionTable) =>
  downloadExcel(`${JURISDICTION}.xlsx`, { table }, "업무현황.xlsx");

export const downloadInstitutionTable = (table: InstitutionTable) =>
  downloadExcel(`${INSTITUTION}.xlsx`, { table }, "업무현황.xlsx");

export const dashboardKeys = {
  jurisdiction: ["official", "dashboards", "jurisdiction"] as const,
  institution: ["provider", "dashboards", "institution"] as const,
};

export function useJurisdictionDashboard() {
  return useQuery({
    queryKey: dashboardKeys.jurisdiction,
    queryFn: ({ signal }) => getJurisdictionDashboard(signal),
  });
}

export function useInstitutionDashboard() {
  return useQuery({
    queryKey: dashboardKeys.institution,
    queryFn: ({ signal }) => getInstitutionDashboard(signal),
  });
}
