/**
 * API shapes, derived from `paths` in ./schema.d.ts (not from component names) so that the generated
 * schema can replace the hand-written one without touching the screens.
 */
import type { BodyOf, Res as Ok, QueryOf } from "./openapi";

export type SessionResponse = Ok<"/api/auth/session", "get">;
export type SessionUser = SessionResponse["user"];
export type LoginRequest = BodyOf<"/api/auth/login", "post">;
export type KeepaliveResponse = Ok<"/api/auth/keepalive", "post">;
export type PasswordChangeRequest = BodyOf<"/api/auth/password", "post">;

export type OfficialDashboard = Ok<"/api/official/dashboard", "get">;

export type InstitutionPage = Ok<"/api/official/institutions", "get">;
export type InstitutionSummary = InstitutionPage["items"][number];
export type InstitutionQuery = QueryOf<"/api/official/institutions", "get">;
export type InstitutionSort = NonNullable<InstitutionQuery["sort"]>;
export type InstitutionDetail = Ok<"/api/official/institutions/{id}", "get">;
export type StatusHistoryEntry = InstitutionDetail["statusHistory"][number];
export type AgencyInstitutionList = Ok<"/api/provider/agency/institutions", "get">;

export type AccessLogPage = Ok<"/api/official/access-log", "get">;
export type AccessLogEntry = AccessLogPage["items"][number];
export type AccessLogQuery = QueryOf<"/api/official/access-log", "get">;

export type AdminUserPage = Ok<"/api/admin/users", "get">;
export type AdminUser = AdminUserPage["items"][number];
export type AdminUserQuery = QueryOf<"/api/admin/users", "get">;

export type Region = Ok<"/api/reference/regions", "get">["items"][number];
export type InstitutionType = Ok<"/api/reference/institution-types", "get">["items"][number];
