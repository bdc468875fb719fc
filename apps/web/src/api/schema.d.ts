/**
 * Hand-written in openapi-typescript (v7) output format, to the API contract agreed with apps/server.
 * It will be overwritten by the generated file (`npm run openapi` + openapi-typescript); all code uses
 * it only through ./types.ts, which derives the shapes from `paths`, so a regenerated file with
 * different component names still fits.
 */

export interface paths {
  "/api/auth/login": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: operations["login"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/session": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations["getSession"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/keepalive": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: operations["keepalive"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/logout": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: operations["logout"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/password": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: operations["changePassword"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/official/dashboard": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations["getOfficialDashboard"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/official/institutions": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations["listOfficialInstitutions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/official/institutions/export.xlsx": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations["exportOfficialInstitutions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/official/institutions/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations["getOfficialInstitution"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/provider/institution": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations["getProviderInstitution"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/provider/agency/institutions": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations["listAgencyInstitutions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/official/access-log": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations["listAccessLog"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admin/users": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations["listUsers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admin/users/{id}/unlock": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: operations["unlockUser"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reference/regions": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations["listRegions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reference/institution-types": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations["listInstitutionTypes"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description RFC 9457 problem details; `detail` is Korean and shown to the user. */
    Problem: {
      type: string;
      title: string;
      status: number;
      detail: string;
      code: string;
      requestId: string;
      errors?: {
        field: string;
        message: string;
      }[];
    };
    SessionUser: {
      id: string;
      username: string;
      name: string;
      /** @enum {string} */
      role:
        | "mohw_official"
        | "sido_official"
        | "sigungu_official"
        | "eval_agency_staff"
        | "evaluator"
        | "support_agency_staff"
        | "provider_admin"
        | "provider_staff"
        | "auditor"
        | "system_admin";
      roleLabel: string;
      /** @enum {string} */
      zone: "official" | "provider";
      scope: {
        /** @enum {string} */
        kind: "nation" | "sido" | "sigungu" | "institution" | "agency" | "system";
        code: string | null;
        label: string;
      };
      institution: {
        id: string;
        name: string;
      } | null;
      agency: {
        id: string;
        name: string;
      } | null;
    };
    SessionResponse: {
      user: components["schemas"]["SessionUser"];
      csrfToken: string;
      idleTimeoutSeconds: number;
    };
    LoginRequest: {
      username: string;
      password: string;
    };
    KeepaliveResponse: {
      idleTimeoutSeconds: number;
    };
    PasswordChangeRequest: {
      currentPassword: string;
      newPassword: string;
    };
    OfficialDashboard: {
      scopeLabel: string;
      institutions: {
        total: number;
        byStatus: {
          operating: number;
          suspended: number;
          closed: number;
        };
        byField: {
          field: string;
          count: number;
        }[];
      };
      staff: {
        active: number;
      };
    };
    InstitutionSummary: {
      id: string;
      name: string;
      typeCode: string;
      typeName: string;
      field: string;
      sidoName: string;
      sigunguName: string;
      /** @enum {string} */
      status: "operating" | "suspended" | "closed";
      statusLabel: string;
      capacity: number | null;
      currentUsers: number | null;
      headName: string | null;
      phone: string | null;
      latestGrade: string | null;
      version: number;
    };
    InstitutionDetail: components["schemas"]["InstitutionSummary"] & {
      roadAddress: string;
      addressDetail: string | null;
      postalCode: string | null;
      fax: string | null;
      email: string | null;
      businessNo: string | null;
      operatorKind: string;
      operatorName: string;
      headAppointedOn: string | null;
      openedOn: string | null;
      statusHistory: {
        /** @enum {string} */
        status: "operating" | "suspended" | "closed";
        statusLabel: string;
        validFrom: string;
        validTo: string | null;
        reason: string | null;
      }[];
      staffCount: number;
    };
    InstitutionPage: {
      items: components["schemas"]["InstitutionSummary"][];
      total: number;
      nextCursor: string | null;
    };
    AgencyInstitutionList: {
      items: components["schemas"]["InstitutionSummary"][];
    };
    AccessLogEntry: {
      seq: number;
      occurredAt: string;
      username: string | null;
      role: string | null;
      clientIp: string | null;
      action: string;
      targetType: string;
      targetId: string | null;
      subject: string | null;
      reason: string | null;
    };
    AccessLogPage: {
      items: components["schemas"]["AccessLogEntry"][];
      nextCursor: number | null;
    };
    AdminUser: {
      id: string;
      username: string;
      name: string;
      role: components["schemas"]["SessionUser"]["role"];
      roleLabel: string;
      scopeKind: components["schemas"]["SessionUser"]["scope"]["kind"];
      scopeCode: string | null;
      scopeLabel: string;
      email: string | null;
      phone: string | null;
      isActive: boolean;
      lockedAt: string | null;
      failedAttempts: number;
      lastLoginAt: string | null;
      version: number;
    };
    AdminUserPage: {
      items: components["schemas"]["AdminUser"][];
      nextCursor: string | null;
    };
    Region: {
      code5: string;
      /** @enum {string} */
      level: "sido" | "sigungu" | "gu";
      sidoCode: string;
      sidoName: string;
      sigunguName: string | null;
      parentCode5: string | null;
    };
    RegionList: {
      items: components["schemas"]["Region"][];
    };
    InstitutionType: {
      code: string;
      field: string;
      typeName: string;
      law: string;
      /** @description 생활 (residential) or 이용 (day use) */
      residential: string;
      evaluated: boolean;
    };
    InstitutionTypeList: {
      items: components["schemas"]["InstitutionType"][];
    };
  };
  responses: {
    /** @description Problem details */
    Problem: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  login: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: {
      content: {
        "application/json": components["schemas"]["LoginRequest"];
      };
    };
    responses: {
      /** @description Logged in; sets the session cookie */
      200: {
        headers: { [name: string]: unknown };
        content: { "application/json": components["schemas"]["SessionResponse"] };
      };
      /** @description VALIDATION_FAILED */
      400: components["responses"]["Problem"];
      /** @description INVALID_CREDENTIALS */
      401: components["responses"]["Problem"];
      /** @description WRONG_ZONE */
      403: components["responses"]["Problem"];
      /** @description ACCOUNT_LOCKED */
      423: components["responses"]["Problem"];
      /** @description Too many requests */
      429: components["responses"]["Problem"];
    };
  };
  getSession: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody?: never;
    responses: {
      200: {
        headers: { [name: string]: unknown };
        content: { "application/json": components["schemas"]["SessionResponse"] };
      };
      /** @description UNAUTHENTICATED */
      401: components["responses"]["Problem"];
    };
  };
  keepalive: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody?: never;
    responses: {
      200: {
        headers: { [name: string]: unknown };
        content: { "application/json": components["schemas"]["KeepaliveResponse"] };
      };
      401: components["responses"]["Problem"];
      403: components["responses"]["Problem"];
    };
  };
  logout: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody?: never;
    responses: {
      /** @description Logged out */
      204: {
        headers: { [name: string]: unknown };
        content?: never;
      };
      401: components["responses"]["Problem"];
      403: components["responses"]["Problem"];
    };
  };
  changePassword: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PasswordChangeRequest"];
      };
    };
    responses: {
      /** @description Changed */
      204: {
        headers: { [name: string]: unknown };
        content?: never;
      };
      400: components["responses"]["Problem"];
      401: components["responses"]["Problem"];
      403: components["responses"]["Problem"];
    };
  };
  getOfficialDashboard: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody?: never;
    responses: {
      200: {
        headers: { [name: string]: unknown };
        content: { "application/json": components["schemas"]["OfficialDashboard"] };
      };
      401: components["responses"]["Problem"];
      403: components["responses"]["Problem"];
    };
  };
  listOfficialInstitutions: {
    parameters: {
      query?: {
        q?: string;
        sido?: string;
        sigungu?: string;
        type?: string;
        field?: string;
        status?: "operating" | "suspended" | "closed";
        grade?: "A" | "B" | "C" | "D" | "F" | "none";
        sort?: "name" | "-name" | "opened_on" | "-opened_on" | "capacity" | "-capacity";
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: { [name: string]: unknown };
        content: { "application/json": components["schemas"]["InstitutionPage"] };
      };
      400: components["responses"]["Problem"];
      401: components["responses"]["Problem"];
      403: components["responses"]["Problem"];
    };
  };
  exportOfficialInstitutions: {
    parameters: {
      query: {
        q?: string;
        sido?: string;
        sigungu?: string;
        type?: string;
        field?: string;
        status?: "operating" | "suspended" | "closed";
        grade?: "A" | "B" | "C" | "D" | "F" | "none";
        sort?: "name" | "-name" | "opened_on" | "-opened_on" | "capacity" | "-capacity";
        reason: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: { [name: string]: unknown };
        content: { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob };
      };
      400: components["responses"]["Problem"];
      401: components["responses"]["Problem"];
      403: components["responses"]["Problem"];
      422: components["responses"]["Problem"];
    };
  };
  getOfficialInstitution: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: { [name: string]: unknown };
        content: { "application/json": components["schemas"]["InstitutionDetail"] };
      };
      401: components["responses"]["Problem"];
      /** @description Not found or outside the user's scope */
      404: components["responses"]["Problem"];
    };
  };
  getProviderInstitution: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody?: never;
    responses: {
      200: {
        headers: { [name: string]: unknown };
        content: { "application/json": components["schemas"]["InstitutionDetail"] };
      };
      401: components["responses"]["Problem"];
      403: components["responses"]["Problem"];
      404: components["responses"]["Problem"];
    };
  };
  listAgencyInstitutions: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody?: never;
    responses: {
      200: {
        headers: { [name: string]: unknown };
        content: { "application/json": components["schemas"]["AgencyInstitutionList"] };
      };
      401: components["responses"]["Problem"];
      403: components["responses"]["Problem"];
    };
  };
  listAccessLog: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        username?: string;
        action?: string;
        targetType?: string;
        cursor?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: { [name: string]: unknown };
        content: { "application/json": components["schemas"]["AccessLogPage"] };
      };
      400: components["responses"]["Problem"];
      401: components["responses"]["Problem"];
      403: components["responses"]["Problem"];
    };
  };
  listUsers: {
    parameters: {
      query?: {
        q?: string;
        role?: string;
        locked?: "true" | "false";
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: { [name: string]: unknown };
        content: { "application/json": components["schemas"]["AdminUserPage"] };
      };
      400: components["responses"]["Problem"];
      401: components["responses"]["Problem"];
      403: components["responses"]["Problem"];
    };
  };
  unlockUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Unlocked */
      204: {
        headers: { [name: string]: unknown };
        content?: never;
      };
      401: components["responses"]["Problem"];
      403: components["responses"]["Problem"];
      404: components["responses"]["Problem"];
    };
  };
  listRegions: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody?: never;
    responses: {
      200: {
        headers: { [name: string]: unknown };
        content: { "application/json": components["schemas"]["RegionList"] };
      };
      401: components["responses"]["Problem"];
    };
  };
  listInstitutionTypes: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody?: never;
    responses: {
      200: {
        headers: { [name: string]: unknown };
        content: { "application/json": components["schemas"]["InstitutionTypeList"] };
      };
      401: components["responses"]["Problem"];
    };
  };
}
