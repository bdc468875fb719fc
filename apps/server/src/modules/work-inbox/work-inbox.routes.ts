import { problem } from "../../platform/errors.ts";
import { type App, asActor } from "../../platform/http.ts";
import { INBOX_OFFICIALS, INBOX_PROVIDERS } from "./work-inbox.policy.ts";
import { inboxCount, inboxPage, inboxQuery } from "./work-inbox.schemas.ts";
import { countInbox, listInbox, type WorkInbox } from "./work-inbox.service.ts";

const tags = ["내 할 일"];

export function registerWorkInboxRoutes(app: App, portal: "official" | "provider", inbox: WorkInbox) {
  const roles = portal === "official" ? INBOX_OFFICIALS : INBOX_PROVIDERS;
  const scope = portal === "official" ? "jurisdiction" : "own-institution";
  const config = { policy: { access: "roles", roles, scope } } as const;
  app.get(
    `/api/${portal}/work-inbox`,
    {
      config,
      schema: {
        tags,
        summary: portal === "official" ? "내 할 일(관할 업무)" : "내 할 일(기관 업무)",
        querystring: inboxQuery,
        response: { 200: inboxPage, 400: problem, 401: problem, 403: problem },
      },
    },
    (request) => asActor(request, (ctx) => listInbox(ctx, inbox, portal, request.query), { readOnly: true }),
  );
  app.get(
    `/api/${portal}/work-inbox/count`,
    {
      config: { ...config, passive: true },
      schema: {
        tags,
        summary: "내 할 일 건수(메뉴 표시)",
        response: { 200: inboxCount, 401: problem, 403: problem },
      },
    },
    (request) => asActor(request, (ctx) => countInbox(ctx, inbox, portal), { readOnly: true }),
  );
}
