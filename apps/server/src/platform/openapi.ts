import type { SwaggerTransform } from "@fastify/swagger";
import { jsonSchemaTransform } from "fastify-type-provider-zod";
import type { RoutePolicy } from "./policy.ts";

/**
 * What the OpenAPI document says about every operation, derived in one place from the route's method, URL and
 * policy (so no routes file restates it): a verb-first `operationId` other systems and the generated web client
 * call it by, and the security the policy layer (auth/authenticate.ts) enforces.
 */

/** Names where the derived one reads badly, by "METHOD /url" (route URL with :params). Kept few. */
export const OPERATION_ID_OVERRIDES: Readonly<Record<string, string>> = {
  "GET /api/ready": "getReadiness",
  "POST /api/notifications/:id/read": "markNotificationRead",
  "POST /api/notifications/read-all": "markAllNotificationsRead",
  "GET /api/official/institutions/:id/as-of/:date": "getInstitutionRegisterAsOf",
  "POST /api/auth/keepalive": "keepSessionAlive",
  "POST /api/auth/password": "changePassword",
  "GET /api/official/files/:id": "downloadFile",
  "GET /api/provider/files/:id": "downloadProviderFile",
  "POST /api/official/status-reports/target-preview": "previewStatusReportTargets",
  "POST /api/official/status-reports/:id/reminders": "sendStatusReportReminders",
  "POST /api/official/inspection-plans/:id/targets": "addInspectionPlanTargets",
  "POST /api/official/inspection-checklists": "createInspectionChecklistVersion",
  "PUT /api/official/inspections/:id/results": "saveInspectionResults",
  "POST /api/official/findings/:id/corrective-action": "requireCorrectiveAction",
  "POST /api/official/findings/:id/casebook": "shareFindingInCasebook",
  "POST /api/official/corrective-actions/remind": "remindCorrectiveActions",
  "POST /api/official/dispositions/:id/pre-notice": "sendDispositionPreNotice",
  "POST /api/official/dispositions/:id/appeal": "recordDispositionAppeal",
  "POST /api/provider/status-reports/:roundId/draft": "saveProviderStatusReportDraft",
  "POST /api/provider/dispositions/:id/opinion": "submitProviderDispositionOpinion",
};

/** A last path segment that names what a POST does to the resource before it (rather than a collection). */
const ACTION_VERBS = new Set([
  "accept",
  "appeal",
  "approve",
  "cancel",
  "close",
  "complete",
  "confirm",
  "decide",
  "discharge",
  "end",
  "execute",
  "import",
  "login",
  "logout",
  "notify",
  "preview",
  "remind",
  "reopen",
  "report",
  "reset",
  "return",
  "review",
  "schedule",
  "start",
  "submit",
  "unlock",
  "unmask",
  "withdraw",
]);

/** Nouns named in the plural that are lists although they do not end in "s". */
const COLLECTIONS = new Set(["staff", "history", "casebook", "access-log", "evidence"]);

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The security requirement the policy layer enforces: none, the session cookie, and on state changes the CSRF header. */
export function operationSecurity(
  method: string,
  policy: RoutePolicy | undefined,
): Array<Record<string, string[]>> {
  if (!policy || policy.access === "public") return [];
  return SAFE_METHODS.has(method.toUpperCase()) ? [{ session: [] }] : [{ session: [], csrf: [] }];
}

/** A stable verb-first camelCase name from the method and URL, e.g. GET /api/official/institutions → listInstitutions. */
export function deriveOperationId(
  method: string,
  url: string,
  options: { multipart?: boolean } = {},
): string {
  const verbMethod = method.toUpperCase();
  const override = OPERATION_ID_OVERRIDES[`${verbMethod} ${url}`];
  if (override) return override;

  const segments = url.split("/").filter(Boolean);
  if (segments[0] === "api") segments.shift();
  // Official and administration routes read plainly; a provider route says so, since most have an official twin.
  // Shared routes drop their area too: /api/auth/session → getSession, /api/reference/regions → listRegions.
  const zone = segments[0];
  if (zone && ["official", "admin", "provider", "auth", "reference"].includes(zone)) segments.shift();
  const zoneWord = zone === "provider" ? "Provider" : "";

  let file = "";
  const last = segments.at(-1) ?? "";
  const extension = /\.(xlsx|pdf)$/.exec(last);
  if (extension) {
    file = extension[1] === "xlsx" ? "Excel" : "Pdf";
    const stem = last.slice(0, -extension[0].length);
    if (stem === "export") segments.pop();
    else segments[segments.length - 1] = stem;
  }

  const endsWithParam = segments.at(-1)?.startsWith(":") ?? false;
  // A segment with more after it names one item or part of that collection (institutions/:id → Institution,
  // inspection-plans/candidates → InspectionPlanCandidates); only the last keeps its number.
  const words: string[] = [];
  segments.forEach((segment, i) => {
    if (segment.startsWith(":")) return;
    words.push(pascal(i < segments.length - 1 ? singular(segment) : segment));
  });
  const tail = endsWithParam || file ? undefined : segments.at(-1);
  const head = tail ? words.slice(0, -1) : words;
  const name = (parts: string[]) => zoneWord + parts.join("");

  if (file) return `download${name(words)}${file}`;
  const tailWords = tail?.split("-") ?? [];
  const actionVerb = tailWords[0] && ACTION_VERBS.has(tailWords[0]) ? tailWords[0] : undefined;
  if (verbMethod !== "GET" && tail && actionVerb)
    return `${actionVerb}${name([...head.map(singularWord), ...tailWords.slice(1).map(pascal)])}`;

  switch (verbMethod) {
    case "GET":
      if (!tail) return `get${name(words)}`;
      return isCollection(tail) ? `list${name(words)}` : `get${name(words)}`;
    case "POST":
      if (!tail && options.multipart) return `upload${name(words)}`;
      if (tail && options.multipart) return `upload${name([...head, pascal(singular(tail))])}`;
      if (tail && isCollection(tail)) return `create${name([...head, pascal(singular(tail))])}`;
      return `post${name(words)}`;
    case "PUT":
    case "PATCH":
      return `update${name(words)}`;
    case "DELETE":
      return `delete${name(words)}`;
    default:
      return `${verbMethod.toLowerCase()}${name(words)}`;
  }
}

function isCollection(segment: string): boolean {
  return COLLECTIONS.has(segment) || /s$/.test(segment);
}

function singular(segment: string): string {
  if (COLLECTIONS.has(segment)) return segment;
  if (segment.endsWith("ies")) return `${segment.slice(0, -3)}y`;
  if (/(ss|sh|ch|x)es$/.test(segment)) return segment.slice(0, -2);
  if (segment.endsWith("s") && !segment.endsWith("ss")) return segment.slice(0, -1);
  return segment;
}

/** An action's object is one item: approve on change-requests/:id → approveChangeRequest. */
function singularWord(word: string): string {
  return word.endsWith("s") && !word.endsWith("ss") && !/ies$/.test(word) ? word.slice(0, -1) : word;
}

function pascal(segment: string): string {
  return segment
    .split(/[-_]/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join("");
}

/** The swagger transform: zod → JSON Schema, then the derived operationId and security (an explicit one wins). */
export const openapiTransform: SwaggerTransform = (input) => {
  const { schema, url } = jsonSchemaTransform(input as Parameters<typeof jsonSchemaTransform>[0]);
  const { route } = input;
  const method = (Array.isArray(route.method) ? route.method[0] : route.method) ?? "GET";
  const given = schema as { operationId?: string; security?: unknown; consumes?: string[] } | undefined;
  const policy = (route.config as { policy?: RoutePolicy } | undefined)?.policy;
  return {
    schema: {
      ...schema,
      operationId:
        given?.operationId ??
        deriveOperationId(method, route.url, {
          multipart: given?.consumes?.includes("multipart/form-data") ?? false,
        }),
      security: given?.security ?? operationSecurity(method, policy),
    } as typeof schema,
    url,
  };
};

/**
 * The verbs an operationId may start with: the derived ones, the action segments, and the overrides'. Not the
 * fallback "post…" a POST gets when its last segment is neither a list nor a known action: such a route needs
 * an entry in ACTION_VERBS or OPERATION_ID_OVERRIDES, and the test says so.
 */
export const OPERATION_VERBS: ReadonlySet<string> = new Set([
  "get",
  "list",
  "create",
  "update",
  "delete",
  "download",
  "upload",
  ...ACTION_VERBS,
  ...Object.values(OPERATION_ID_OVERRIDES).map(firstWord),
]);

function firstWord(operationId: string): string {
  return /^[a-z]+/.exec(operationId)?.[0] ?? "";
}

interface OpenApiOperations {
  paths?: Record<string, Record<string, { operationId?: unknown }>>;
}

/** Every operation has a verb-first camelCase operationId, and no two share one (clients call them by it). */
export function operationIdProblems(document: OpenApiOperations): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const [path, operations] of Object.entries(document.paths ?? {}))
    for (const [method, operation] of Object.entries(operations)) {
      const where = `${method.toUpperCase()} ${path}`;
      const id = operation.operationId;
      if (typeof id !== "string" || id === "") {
        problems.push(`${where}: operationId가 없습니다`);
        continue;
      }
      if (!/^[a-z]+(?:[A-Z][a-z0-9]*)*$/.test(id))
        problems.push(`${where}: ${id}은(는) camelCase가 아닙니다`);
      else if (!OPERATION_VERBS.has(firstWord(id)))
        problems.push(`${where}: ${id}은(는) 동사로 시작하지 않습니다`);
      const other = seen.get(id);
      if (other) problems.push(`${where}: ${id}이(가) ${other}와 겹칩니다`);
      else seen.set(id, where);
    }
  return problems;
}

/** The document's identity: where it is served, whom to ask, and on what terms it may be used. */
export const OPENAPI_INFO = {
  title: "기관행정 업무지원 API",
  description:
    "차세대 사회보장정보시스템 기관행정 업무지원(현황정보관리·지원기관정보·사회서비스평가·기관관리감독·지자체공무원기능) API. 오류는 application/problem+json으로 응답합니다. 로그인 외의 모든 요청은 세션 쿠키(ssis_session)가 필요하고, 조회가 아닌 요청은 로그인 응답의 보안 토큰을 X-CSRF-Token 헤더로 보냅니다.",
  version: "0.1.0",
  contact: { name: "기관행정 업무지원 시스템 운영 담당" },
  license: {
    name: "비공개(연계 기관의 업무 사용에 한함, 재배포 불가)",
    identifier: "LicenseRef-Proprietary",
  },
};

/** Relative: each network zone (행복이음 official, 희망이음 provider) serves the document from its own host. */
export const OPENAPI_SERVERS = [
  { url: "/", description: "이 문서를 제공한 서버(행복이음·희망이음 망마다 따로 배포)" },
];
