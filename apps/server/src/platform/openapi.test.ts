import { describe, expect, it } from "vitest";
import { deriveOperationId, operationIdProblems, operationSecurity } from "./openapi.ts";

describe("deriveOperationId", () => {
  it.each([
    ["GET", "/api/official/institutions", "listInstitutions"],
    ["GET", "/api/official/institutions/:id", "getInstitution"],
    ["POST", "/api/official/inspection-plans", "createInspectionPlan"],
    ["POST", "/api/official/change-requests/:id/approve", "approveChangeRequest"],
    ["GET", "/api/official/institutions/export.xlsx", "downloadInstitutionsExcel"],
    ["GET", "/api/official/inspections.xlsx", "downloadInspectionsExcel"],
    ["GET", "/api/official/inspections/:id/result-notice.pdf", "downloadInspectionResultNoticePdf"],
    ["GET", "/api/official/inspection-plans/candidates", "listInspectionPlanCandidates"],
    ["POST", "/api/admin/users/:id/reset-password", "resetUserPassword"],
    ["POST", "/api/official/dispositions/:id/report-to-ministry", "reportDispositionToMinistry"],
    ["PATCH", "/api/official/support-agencies/:id", "updateSupportAgency"],
    ["GET", "/api/provider/change-requests/:id", "getProviderChangeRequest"],
    ["GET", "/api/auth/session", "getSession"],
    ["POST", "/api/auth/login", "login"],
    ["GET", "/api/reference/regions", "listRegions"],
    ["GET", "/api/ready", "getReadiness"],
  ])("%s %s → %s", (method, url, expected) => {
    expect(deriveOperationId(method, url)).toBe(expected);
  });

  it("names a file upload by what it uploads", () => {
    expect(deriveOperationId("POST", "/api/provider/dispositions/:id/files", { multipart: true })).toBe(
      "uploadProviderDispositionFile",
    );
    expect(deriveOperationId("POST", "/api/provider/dispositions/:id/files")).toBe(
      "createProviderDispositionFile",
    );
  });

  it("falls back to a name the verb check refuses when a POST's last segment is unknown", () => {
    const id = deriveOperationId("POST", "/api/official/things/:id/frobnicate");
    expect(id).toBe("postThingFrobnicate");
    expect(operationIdProblems({ paths: { "/x": { post: { operationId: id } } } })).toEqual([
      "POST /x: postThingFrobnicate은(는) 동사로 시작하지 않습니다",
    ]);
  });
});

describe("operationIdProblems", () => {
  it("accepts distinct verb-first ids", () => {
    expect(
      operationIdProblems({
        paths: { "/a": { get: { operationId: "listThings" }, post: { operationId: "createThing" } } },
      }),
    ).toEqual([]);
  });

  it("reports a missing id and an id two operations share", () => {
    expect(
      operationIdProblems({
        paths: {
          "/a": { get: { operationId: "getThing" }, post: {} },
          "/b": { get: { operationId: "getThing" } },
          "/c": { get: { operationId: "Get_thing" } },
        },
      }),
    ).toEqual([
      "POST /a: operationId가 없습니다",
      "GET /b: getThing이(가) GET /a와 겹칩니다",
      "GET /c: Get_thing은(는) camelCase가 아닙니다",
    ]);
  });
});

describe("operationSecurity", () => {
  it("follows the policy layer: none when public, the session cookie, and CSRF on state changes", () => {
    expect(operationSecurity("POST", { access: "public", reason: "로그인" })).toEqual([]);
    expect(operationSecurity("GET", { access: "authenticated", scope: "self" })).toEqual([{ session: [] }]);
    expect(
      operationSecurity("PATCH", { access: "roles", roles: ["sigungu_official"], scope: "jurisdiction" }),
    ).toEqual([{ session: [], csrf: [] }]);
  });
});
