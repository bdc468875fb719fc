import type { Queryable } from "@ssis/db";
import {
  channelsFor,
  maskEmail,
  maskPhone,
  NOTIFICATION_KIND_CODES,
  NOTIFICATION_KINDS,
  type NotificationKind,
  ROLE_ZONE,
  renderTemplate,
  templateErrors,
} from "@ssis/domain";
import type { ActorCtx, Ctx } from "../../platform/context.ts";
import { AppError, notFound, validationFailed } from "../../platform/errors.ts";
import { iso } from "../../platform/timestamps.ts";
import * as repo from "./notifications.repository.ts";
import type {
  DeliveryQuery,
  NotificationListQuery,
  PreferenceUpdate,
  TemplateBody,
} from "./notifications.schemas.ts";

export type { Recipient } from "./notifications.repository.ts";

/** What a module tells the notification service: an event, not a message. */
export interface NotifyEvent {
  kind: NotificationKind;
  recipients: readonly repo.Recipient[];
  /** The template's variables (NOTIFICATION_KINDS[kind].variables). */
  variables: Readonly<Record<string, string | null | undefined>>;
  /** The screen of the object, opened from the bell. */
  link?: string;
  object?: { type: string; id: string };
  /** One notice per recipient and key (sweeps: kind, object and day). */
  dedupeKey?: string;
}

/** Something that wakes the delivery job after commit (the job queue), if this process runs one. */
let wakeDelivery: (() => Promise<unknown>) | null = null;
export function onNoticesWritten(wake: (() => Promise<unknown>) | null) {
  wakeDelivery = wake;
}

async function effectiveTemplate(tx: Queryable, kind: NotificationKind) {
  return (await repo.templateOverride(tx, kind)) ?? NOTIFICATION_KINDS[kind];
}

/**
 * Writes the event's notices and their deliveries in the caller's transaction (the outbox): a rolled-back
 * change sends nothing; a committed one is delivered by the job queue. Returns how many notices it wrote.
 */
export async function notify(ctx: Pick<Ctx, "tx"> & Partial<Pick<Ctx, "afterCommit">>, event: NotifyEvent) {
  const template = await effectiveTemplate(ctx.tx, event.kind);
  const written = await repo.insertNotices(ctx.tx, event.recipients, {
    kind: event.kind,
    title: renderTemplate(template.subject, event.variables),
    body: renderTemplate(template.body, event.variables),
    link: event.link ?? null,
    objectType: event.object?.type ?? null,
    objectId: event.object?.id ?? null,
    dedupeKey: event.dedupeKey ?? null,
  });
  const wake = wakeDelivery;
  if (written.deliveries > 0 && wake && ctx.afterCommit)
    ctx.afterCommit(async () => {
      await wake();
    });
  return written.notices;
}

export async function listMine(ctx: ActorCtx, query: NotificationListQuery) {
  const page = await repo.listNotifications(ctx.tx, ctx.actor.userId, query);
  return { ...page, unreadCount: await repo.countUnread(ctx.tx, ctx.actor.userId) };
}

export const unreadCount = async (ctx: ActorCtx) => ({
  count: await repo.countUnread(ctx.tx, ctx.actor.userId),
});

export async function markOneRead(ctx: ActorCtx, id: string) {
  if (!(await repo.notificationExists(ctx.tx, ctx.actor.userId, id))) throw notFound("알림");
  await repo.markRead(ctx.tx, ctx.actor.userId, id);
}

export const markAllRead = async (ctx: ActorCtx) => ({
  updated: await repo.markRead(ctx.tx, ctx.actor.userId, null),
});

/** The kinds a user can receive: their portal's, and those for anyone. */
function kindsFor(ctx: ActorCtx) {
  const zone = ROLE_ZONE[ctx.actor.role];
  return NOTIFICATION_KIND_CODES.filter((k) => {
    const audience = NOTIFICATION_KINDS[k].audience;
    return audience === "any" || audience === zone;
  });
}

export async function preferences(ctx: ActorCtx) {
  const stored = await repo.preferencesOf(ctx.tx, ctx.actor.userId);
  const contact = await repo.contactOf(ctx.tx, ctx.actor.userId);
  return {
    kinds: kindsFor(ctx).map((kind) => {
      const def = NOTIFICATION_KINDS[kind];
      const choices = Object.fromEntries(
        stored.filter((p) => p.kind === kind).map((p) => [p.channel, p.enabled]),
      );
      const on = channelsFor(kind, choices);
      const entry = (c: "email" | "sms") => ({
        enabled: on.includes(c),
        required: (def.requiredChannels as readonly string[]).includes(c),
      });
      return { kind, label: def.label, email: entry("email"), sms: entry("sms") };
    }),
    emailAddress: contact.email ? maskEmail(contact.email) : null,
    phoneNumber: contact.phone ? maskPhone(contact.phone) : null,
  };
}

export async function updatePreferences(ctx: ActorCtx, body: PreferenceUpdate) {
  const allowed = new Set(kindsFor(ctx));
  const errors: { field: string; message: string }[] = [];
  body.preferences.forEach((p, i) => {
    if (!allowed.has(p.kind))
      errors.push({ field: `preferences.${i}.kind`, message: "이 계정이 받지 않는 알림입니다." });
    else if (
      !p.enabled &&
      (NOTIFICATION_KINDS[p.kind].requiredChannels as readonly string[]).includes(p.channel)
    )
      errors.push({
        field: `preferences.${i}.enabled`,
        message: `${NOTIFICATION_KINDS[p.kind].label} 알림은 법령에 따라 끌 수 없습니다.`,
      });
  });
  if (errors.length > 0) throw validationFailed(errors);
  await repo.savePreferences(ctx.tx, ctx.actor.userId, body.preferences);
  return preferences(ctx);
}

export async function listTemplates(ctx: ActorCtx) {
  const rows = new Map((await repo.templateRows(ctx.tx)).map((r) => [r.kind, r]));
  return {
    items: NOTIFICATION_KIND_CODES.map((kind) => {
      const def = NOTIFICATION_KINDS[kind];
      const row = rows.get(kind);
      return {
        kind,
        label: def.label,
        audience: def.audience,
        variables: Object.entries(def.variables).map(([name, description]) => ({ name, description })),
        subject: row?.subject ?? def.subject,
        body: row?.body ?? def.body,
        defaultSubject: def.subject,
        defaultBody: def.body,
        customised: row !== undefined,
        version: row?.version ?? null,
        updatedAt: row ? iso(row.updated_at) : null,
        updatedByName: row?.updated_by_name ?? null,
      };
    }),
  };
}

function checkTemplate(kind: NotificationKind, text: { subject: string; body: string }) {
  const errors = templateErrors(kind, text);
  const list = Object.entries(errors).map(([field, message]) => ({ field, message: message ?? "" }));
  if (list.length > 0) throw validationFailed(list);
}

export async function saveTemplate(ctx: ActorCtx, kind: NotificationKind, body: TemplateBody) {
  checkTemplate(kind, body);
  const saved = await repo.saveTemplate(ctx.tx, kind, body, ctx.actor.name, body.version);
  if (!saved)
    throw new AppError(
      "VERSION_CONFLICT",
      409,
      "다른 사용자가 먼저 이 알림 문구를 바꿨습니다. 화면을 새로 고친 뒤 다시 수정하세요.",
    );
  const item = (await listTemplates(ctx)).items.find((t) => t.kind === kind);
  if (!item) throw notFound("알림 문구");
  return item;
}

/** The template filled with each variable's description, as the administrator previews it. */
export function previewTemplate(kind: NotificationKind, text: { subject: string; body: string }) {
  checkTemplate(kind, text);
  const samples = Object.fromEntries(
    Object.entries(NOTIFICATION_KINDS[kind].variables).map(([name, description]) => [
      name,
      `〈${description}〉`,
    ]),
  );
  return { subject: renderTemplate(text.subject, samples), body: renderTemplate(text.body, samples) };
}

export async function listDeliveries(ctx: ActorCtx, query: DeliveryQuery) {
  const rows = await repo.listDeliveries(ctx.tx, query);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      kindLabel: NOTIFICATION_KINDS[r.kind]?.label ?? r.kind,
      title: r.title,
      channel: r.channel,
      address: r.channel === "email" ? maskEmail(r.address) : maskPhone(r.address),
      status: r.status,
      attempts: r.attempts,
      lastError: r.last_error,
      createdAt: iso(r.created_at),
      sentAt: iso(r.sent_at),
    })),
    total: rows[0]?.total ?? 0,
    page: query.page,
    limit: query.limit,
  };
}
