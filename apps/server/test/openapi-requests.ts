import { randomUUID } from "node:crypto";
import { koreaToday, type Role } from "@ssis/domain";

// Requests generated from the served OpenAPI document, shared by the tests that call every route.

export interface Schema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minimum?: number;
  minLength?: number;
  maxItems?: number;
}
export interface Parameter {
  in: "path" | "query" | "header";
  name: string;
  required?: boolean;
  schema: Schema;
}
export interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
export type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** README logins in the order tried for a route: the first whose role the route lets in is used. */
export const OFFICIAL_LOGINS = ["gu.jongno", "mohw", "sido.seoul", "eval.agency", "auditor", "sysadmin"];
export const PROVIDER_LOGINS = ["provider.admin", "support.seoul", "evaluator", "provider.staff"];
export const LOGIN_ROLES: Record<string, Role> = {
  "gu.jongno": "sigungu_official",
  mohw: "mohw_official",
  "sido.seoul": "sido_official",
  "eval.agency": "eval_agency_staff",
  auditor: "auditor",
  sysadmin: "system_admin",
  "provider.admin": "provider_admin",
  "support.seoul": "support_agency_staff",
  evaluator: "evaluator",
  "provider.staff": "provider_staff",
};

/** A plausible value for a schema, so that a request reaches past validation where it can. */
export function sample(s: Schema | undefined, depth = 0): unknown {
  if (!s || depth > 6) return null;
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const alt = s.anyOf ?? s.oneOf;
  if (alt) return sample(alt.find((a) => a.type !== "null") ?? alt[0], depth + 1);
  if (s.allOf?.[0]) return sample(s.allOf[0], depth + 1);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) out[k] = sample(v, depth + 1);
      return out;
    }
    case "array":
      return [sample(s.items, depth + 1)];
    case "integer":
    case "number":
      return Math.max(1, s.minimum ?? 1);
    case "boolean":
      return true;
    case "string":
      if (s.format === "uuid") return randomUUID();
      if (s.format === "date" || s.pattern?.includes("\\d{4}-\\d{2}-\\d{2}")) return koreaToday();
      if (s.format === "email") return "test@example.kr";
      if (s.pattern === "^\\d+$" || s.pattern?.startsWith("^\\d{")) return "11110";
      return "시험";
    default:
      return null;
  }
}

export interface OpenApiDocument {
  paths: Record<string, Partial<Record<Lowercase<Method>, Operation>>>;
}

/** Every operation of the document, with its path in Fastify's form (`:id`) to find its route's policy. */
export function operationsOf(doc: OpenApiDocument) {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([m, op]) => ({
      path,
      route: path.replace(/\{(\w+)\}/g, ":$1"),
      method: m.toUpperCase() as Method,
      op: op as Operation,
    })),
  );
}
