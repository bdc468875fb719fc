import type { IncomingMessage, ServerResponse } from "node:http";
import type {
  ContextConfigDefault,
  FastifyBaseLogger,
  FastifyReply,
  FastifyRequest,
  FastifySchema,
  HTTPMethods,
  RawServerDefault,
  RouteGenericInterface,
  RouteHandlerMethod,
} from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ActorCtx } from "./context.ts";
import { problem } from "./errors.ts";
import { XLSX_TYPE } from "./excel.ts";
import { type App, asActor, expectedVersion, sendWithVersion } from "./http.ts";
import type { RoutePolicy } from "./policy.ts";

/**
 * How a module declares its routes: a group carries what its routes share (the OpenAPI tags, the policy and
 * the error answers), so a route says only its URL, summary, schemas and handler. Each route is still one
 * Fastify route with `config.policy` and Zod schemas, which validate, serialise and make the OpenAPI document.
 */

/** The error answers of a signed-in route: bad input, not signed in, a role the route does not list, not found. */
export const errorResponses = { 400: problem, 401: problem, 403: problem, 404: problem };

/** A list download's answer: the file itself. */
export const xlsxFile = z.unknown().describe("엑셀 파일(.xlsx)");

/**
 * The schema of a route answering a file, spread into its schema: a list download (`sendXlsx`, excel.ts), a
 * notice (`sendPdf`, pdf.ts), a stored file (`sendStoredFile`, files.ts). Sent with `sendDownload`.
 */
export const xlsxDownload = { produces: [XLSX_TYPE], response: { 200: xlsxFile } };
export const pdfDownload = { produces: ["application/pdf"], response: { 200: z.unknown().describe("PDF") } };
export const fileDownload = { response: { 200: z.unknown().describe("파일") } };

/** A route's schema as its handler sees it; the group adds the tags and its error answers. */
export type RouteSchema = Omit<FastifySchema, "tags" | "response"> & {
  summary: string;
  response?: Record<number, z.ZodType>;
};

export type RouteHandler<S extends FastifySchema> = RouteHandlerMethod<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  RouteGenericInterface,
  ContextConfigDefault,
  S,
  ZodTypeProvider,
  FastifyBaseLogger
>;

type AddRoute = <S extends RouteSchema>(url: string, schema: S, handler: RouteHandler<S>) => void;

export interface RouteGroup {
  get: AddRoute;
  post: AddRoute;
  put: AddRoute;
  patch: AddRoute;
  delete: AddRoute;
  /** The same tags and error answers under another policy (an editor's or an administrator's step). */
  withPolicy(policy: RoutePolicy): RouteGroup;
}

/**
 * Routes that share tags, a policy and error answers (`errorResponses` unless given). The error answers are
 * added to the answers a route declares; a route that declares none (a file written by hand) gets none.
 */
export function routeGroup(
  app: App,
  group: { tags: string[]; policy: RoutePolicy; errors?: Record<number, z.ZodType> },
): RouteGroup {
  const errors = group.errors ?? errorResponses;
  const add =
    (method: HTTPMethods): AddRoute =>
    (url, schema, handler) => {
      app.route<RouteGenericInterface, ContextConfigDefault, typeof schema>({
        method,
        url,
        config: { policy: group.policy },
        schema: {
          tags: group.tags,
          ...schema,
          ...(schema.response ? { response: { ...errors, ...schema.response } } : {}),
        },
        handler,
      });
    };
  return {
    get: add("GET"),
    post: add("POST"),
    put: add("PUT"),
    patch: add("PATCH"),
    delete: add("DELETE"),
    withPolicy: (policy) => routeGroup(app, { ...group, policy }),
  };
}

/** Answers the use case's record with its version as the ETag (the If-Match of the next change). */
export async function sendRecord<T extends { version: number }>(
  request: FastifyRequest,
  reply: FastifyReply,
  fn: (ctx: ActorCtx) => Promise<T>,
) {
  return sendWithVersion(reply, await asActor(request, fn));
}

/** 201 with the created record and its version as the ETag. */
export async function sendCreated<T extends { version: number }>(
  request: FastifyRequest,
  reply: FastifyReply,
  fn: (ctx: ActorCtx) => Promise<T>,
) {
  const created = await asActor(request, fn);
  reply.code(201);
  return sendWithVersion(reply, created);
}

/**
 * A change of a record the user read: the version from If-Match or the body (428 without one) goes to the
 * use case, and the changed record comes back with its new version as the ETag.
 */
export async function sendUpdated<T extends { version: number }>(
  request: FastifyRequest,
  reply: FastifyReply,
  bodyVersion: number | undefined,
  fn: (ctx: ActorCtx, version: number) => Promise<T>,
) {
  const version = expectedVersion(request, bodyVersion);
  return sendWithVersion(reply, await asActor(request, (ctx) => fn(ctx, version)));
}

/** Sends the file the use case makes, by the file's sender (`sendXlsx`, `sendPdf`, `sendStoredFile`). */
export async function sendDownload<F>(
  request: FastifyRequest,
  reply: FastifyReply,
  send: (reply: FastifyReply, file: F) => FastifyReply,
  fn: (ctx: ActorCtx) => Promise<F>,
) {
  return send(reply, await asActor(request, fn));
}
