import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import multipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { Database } from "@ssis/db";
import { fieldLabel } from "@ssis/domain";
import Fastify from "fastify";
import {
  hasZodFastifySchemaValidationErrors,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { z } from "zod";
import { registerAccessLogModule } from "./modules/access-log/index.ts";
import { registerAdminJobsModule } from "./modules/admin-jobs/index.ts";
import { registerAdminUsersModule } from "./modules/admin-users/index.ts";
import { registerClientsModule } from "./modules/clients/index.ts";
import { registerDashboardsModule } from "./modules/dashboards/index.ts";
import { registerDispositionsModule } from "./modules/dispositions/index.ts";
import { registerFinancesModule } from "./modules/finances/index.ts";
import { registerInspectionCasebookModule } from "./modules/inspection-casebook/index.ts";
import { registerInspectionChecklistsModule } from "./modules/inspection-checklists/index.ts";
import { registerInspectionFindingsModule } from "./modules/inspection-findings/index.ts";
import { registerInspectionPlansModule } from "./modules/inspection-plans/index.ts";
import { registerInspectionsModule } from "./modules/inspections/index.ts";
import { registerInstitutionsModule } from "./modules/institutions/index.ts";
import { registerNotificationsModule } from "./modules/notifications/index.ts";
import { registerProgramsModule } from "./modules/programs/index.ts";
import { registerReferenceModule } from "./modules/reference/index.ts";
import { registerRegionReorganisationModule } from "./modules/region-reorganisation/index.ts";
import { registerRegisterModule } from "./modules/register/index.ts";
import { registerStaffModule } from "./modules/staff/index.ts";
import { registerStatusReportsModule } from "./modules/status-reports/index.ts";
import { registerSupportAgenciesModule } from "./modules/support-agencies/index.ts";
import { registerWorkInboxModule } from "./modules/work-inbox/index.ts";
import { registerAuthRoutes } from "./platform/auth/auth.routes.ts";
import { authenticate } from "./platform/auth/authenticate.ts";
import type { Config } from "./platform/config.ts";
import { AppError, type FieldError, TITLES, validationFailed } from "./platform/errors.ts";
import { registerHealthRoutes } from "./platform/health.routes.ts";
import type { App } from "./platform/http.ts";
import { registerIdempotency } from "./platform/idempotency.ts";
import { OPENAPI_INFO, OPENAPI_SERVERS, openapiTransform } from "./platform/openapi.ts";
import { policyProblems, type RoutePolicy, zoneOfUrl } from "./platform/policy.ts";
import { findNulCharacter, koreanIssueMessage } from "./platform/validation-messages.ts";
import { JOB_LABELS, WORK_INBOX } from "./work.ts";

// Korean messages naming each field by its label (validation-messages.ts); a schema's own wording wins.
z.config({ localeError: koreanIssueMessage });

export interface RegisteredRoute {
  method: string;
  url: string;
  policy: RoutePolicy | undefined;
}

const webDist = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "web", "dist");

export async function buildApp(options: { config: Config; db: Database; logger?: boolean | object }) {
  const { config, db } = options;
  const app = Fastify({
    logger: options.logger ?? {
      level: config.logLevel,
      redact: [
        "req.headers.cookie",
        "req.headers.authorization",
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
      ],
    },
    trustProxy: config.trustProxy,
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && /^[A-Za-z0-9-]{8,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1_048_576,
    routerOptions: { ignoreTrailingSlash: true },
    // The router's own refusals (an id past 100 characters, a malformed %-escape) answer like a bad id.
    frameworkErrors: (_error, request, reply) =>
      sendProblem(
        validationFailed([{ field: "params", message: "주소의 식별자가 올바르지 않습니다." }]),
        request,
        reply,
      ),
  }).withTypeProvider<ZodTypeProvider>() as App;

  app.decorate("db", db);
  app.decorate("config", config);
  app.decorateRequest("actor", null);
  app.decorateRequest("sessionTokenHash", null);
  app.decorateRequest("csrfToken", null);
  app.decorateRequest("mustChangePassword", false);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Every /api route must declare its policy; the server refuses to start otherwise.
  const routes: RegisteredRoute[] = [];
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const policy = route.config?.policy;
    for (const method of methods) {
      if (method === "HEAD") continue;
      routes.push({ method, url: route.url, policy });
    }
    if (route.url.startsWith("/api/") && !route.url.startsWith("/api/docs")) {
      const problems = policyProblems(route.url, policy);
      if (problems.length > 0) throw new Error(`라우트 정책 오류: ${problems.join("; ")}`);
      const zone = zoneOfUrl(route.url);
      if (config.zone !== "all" && zone !== "shared" && zone !== config.zone)
        throw new Error(`${route.url}은(는) ${config.zone} 망에 등록할 수 없습니다`);
    }
  });
  app.decorate("registeredRoutes", routes);

  app.addHook("onRequest", async (request, reply) => {
    reply.header("X-Request-Id", request.id);
    // API answers carry personal and official data: never kept by a browser or a proxy.
    if (request.url.startsWith("/api/") && !request.url.startsWith("/api/docs"))
      reply.header("Cache-Control", "no-store");
  });
  app.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));
  // A NUL character reaches no schema and no SQL (PostgreSQL refuses it in text): one check for every
  // route, every part of the request.
  app.addHook("preValidation", async (request) => {
    for (const [part, value] of [
      ["params", request.params],
      ["querystring", request.query],
      ["body", request.body],
    ] as const) {
      const path = findNulCharacter(value);
      if (path)
        throw validationFailed([
          {
            field: [part, ...path].join(".").replace(/^body\./, ""),
            message: `${fieldLabel(path)}에 사용할 수 없는 제어 문자가 들어 있습니다.`,
          },
        ]);
    }
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api/") || !existsSync(join(webDist, "index.html")))
      return sendProblem(new AppError("NOT_FOUND", 404, "요청하신 주소를 찾을 수 없습니다."), request, reply);
    // The single-page app answers every other path (its router shows its own 404 page).
    return reply.type("text/html").sendFile("index.html");
  });

  await app.register(cookie);
  // Excel uploads (종사자 일괄등록): one file of at most 5 MB, no other parts.
  await app.register(multipart, { limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 5, parts: 6 } });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    strictTransportSecurity: config.env === "production",
  });

  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: OPENAPI_INFO,
      servers: OPENAPI_SERVERS,
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "ssis_session" },
          csrf: { type: "apiKey", in: "header", name: "X-CSRF-Token" },
        },
      },
    },
    // Each operation's operationId and security, derived from its method, URL and policy (platform/openapi.ts).
    transform: openapiTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });

  app.addHook("preHandler", authenticate);
  registerIdempotency(app);

  registerHealthRoutes(app);
  registerAuthRoutes(app);
  registerReferenceModule(app);
  registerNotificationsModule(app, { admin: config.zone !== "provider" });
  if (config.zone !== "provider") {
    registerWorkInboxModule(app, "official", WORK_INBOX);
    registerInstitutionsModule(app, "official");
    registerRegisterModule(app, "official");
    registerAccessLogModule(app);
    registerAdminUsersModule(app);
    registerAdminJobsModule(app, JOB_LABELS);
    registerRegionReorganisationModule(app);
    registerStaffModule(app, "official");
    registerProgramsModule(app, "official");
    registerFinancesModule(app, "official");
    registerClientsModule(app, "official");
    registerStatusReportsModule(app, "official");
    registerInspectionChecklistsModule(app);
    registerInspectionPlansModule(app);
    registerInspectionsModule(app, "official");
    registerInspectionFindingsModule(app, "official");
    registerInspectionCasebookModule(app, "official");
    registerDispositionsModule(app, "official");
    registerSupportAgenciesModule(app, "official");
    registerDashboardsModule(app, "official");
  }
  if (config.zone !== "official") {
    registerWorkInboxModule(app, "provider", WORK_INBOX);
    registerInstitutionsModule(app, "provider");
    registerRegisterModule(app, "provider");
    registerStaffModule(app, "provider");
    registerProgramsModule(app, "provider");
    registerFinancesModule(app, "provider");
    registerClientsModule(app, "provider");
    registerStatusReportsModule(app, "provider");
    registerInspectionsModule(app, "provider");
    registerInspectionFindingsModule(app, "provider");
    registerInspectionCasebookModule(app, "provider");
    registerDispositionsModule(app, "provider");
    registerSupportAgenciesModule(app, "provider");
    registerDashboardsModule(app, "provider");
  }

  if (existsSync(webDist)) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart;
    // a path that is no file falls through to the not-found handler (the SPA or a problem+json 404).
    await app.register(fastifyStatic, { root: webDist, prefix: "/", wildcard: true, index: ["index.html"] });
  }
  return app;
}

declare module "fastify" {
  interface FastifyInstance {
    registeredRoutes: RegisteredRoute[];
  }
}

/** problem+json (RFC 9457) with a Korean message; never a stack trace or SQL. */
function sendProblem(
  error: unknown,
  request: import("fastify").FastifyRequest,
  reply: import("fastify").FastifyReply,
) {
  let problem: AppError;
  if (error instanceof AppError) problem = error;
  else if (hasZodFastifySchemaValidationErrors(error)) {
    const errors: FieldError[] = error.validation.map((v) => ({
      field: [error.validationContext, ...v.instancePath.split("/").filter(Boolean)]
        .join(".")
        .replace(/^body\./, ""),
      message: v.message ?? "값이 올바르지 않습니다.",
    }));
    problem = new AppError("VALIDATION_FAILED", 400, "입력값을 확인하세요.", { errors });
  } else {
    const e = error as { statusCode?: number; code?: string; message?: string };
    if (e.statusCode === 415)
      problem = new AppError("UNSUPPORTED_MEDIA_TYPE", 415, "JSON 형식으로 요청하세요.");
    else if (e.statusCode === 413)
      problem = new AppError("PAYLOAD_TOO_LARGE", 413, "요청 내용이 너무 큽니다.");
    else if (e.statusCode === 400)
      problem = new AppError("BAD_REQUEST", 400, "요청 형식이 올바르지 않습니다. 입력 내용을 확인하세요.");
    else if (e.statusCode === 404)
      problem = new AppError("NOT_FOUND", 404, "요청하신 주소를 찾을 수 없습니다.");
    else {
      request.log.error({ err: error }, "unhandled error");
      problem = new AppError("INTERNAL_ERROR", 500, "일시적인 오류가 발생했습니다. 잠시 후 다시 시도하세요.");
    }
  }
  const { errors, ...extra } = problem.extra;
  return reply
    .code(problem.status)
    .type("application/problem+json; charset=utf-8")
    .serializer(JSON.stringify)
    .send({
      type: `urn:ssis:problem:${problem.code.toLowerCase().replaceAll("_", "-")}`,
      title: TITLES[problem.status] ?? "오류",
      status: problem.status,
      detail: problem.detail,
      code: problem.code,
      instance: request.url.split("?")[0],
      requestId: request.id,
      ...(errors ? { errors } : {}),
      ...extra,
    });
}
