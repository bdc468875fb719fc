import { type AddressInfo, createServer } from "node:net";
import { koreaToday } from "@ssis/domain";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/helpers.ts";
import { forgetSessions } from "../../platform/auth/sessions.ts";
import { asSystemJob } from "../../platform/jobs.ts";
import { type Channels, mailChannel, smsChannel } from "./channels.ts";
import { deliverPending, notify } from "./index.ts";

/** A real SMTP server on a free port, keeping every message it accepts. */
async function startSmtp() {
  const received: { messageId: string; subject: string; to: string; text: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            messageId: mail.messageId ?? "",
            subject: mail.subject ?? "",
            to: session.envelope.rcptTo.map((r) => r.address).join(","),
            text: mail.text ?? "",
          });
          callback();
        })
        .catch(callback);
    },
  });
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, () => {
      const p = (probe.address() as AddressInfo).port;
      probe.close(() => resolve(p));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    received,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let channels: Channels;

beforeAll(async () => {
  t = await createTestApp();
  smtp = await startSmtp();
  const config = { ...t.config, smtpUrl: smtp.url };
  channels = { email: mailChannel(config), sms: smsChannel(config) };
});
afterAll(async () => {
  await smtp?.close();
  await t?.close();
});

async function institutionWithAdmin(email: string | null = "admin@example.kr") {
  const inst = await t.make.institution({ sigunguCode: "11110" });
  const admin = await t.make.providerAccount(inst.id);
  await t.rows("update app_user set email = $2, phone = '010-1234-5678' where id = $1", [admin.id, email]);
  return { inst, admin };
}

const orderedEvent = (institutionId: string, institutionName: string) =>
  ({
    kind: "corrective_action_ordered",
    recipients: [{ institutionUsers: institutionId }],
    variables: { institutionName, findingTitle: "종사자 교육 미실시", dueOn: "2026-12-31" },
    link: "/provider/inspections/x",
  }) as const;

const deliveriesOf = (userId: string) =>
  t.rows<{ channel: string; status: string; attempts: number; address: string }>(
    `select d.channel, d.status, d.attempts, d.address from notification_delivery d
     join notification n on n.id = d.notification_id where n.user_id = $1 order by d.channel`,
    [userId],
  );

describe("the transactional outbox", () => {
  it("writes nothing when the change's transaction rolls back, and the notice with its e-mail when it commits", async () => {
    const { inst, admin } = await institutionWithAdmin();
    await expect(
      asSystemJob(t.db, async (tx) => {
        expect(await notify({ tx }, orderedEvent(inst.id, inst.name))).toBe(1);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await t.rows("select 1 from notification where user_id = $1", [admin.id])).toHaveLength(0);
    expect(await deliveriesOf(admin.id)).toHaveLength(0);

    await asSystemJob(t.db, (tx) => notify({ tx }, orderedEvent(inst.id, inst.name)));
    const [notice] = await t.rows<{ title: string; body: string }>(
      "select title, body from notification where user_id = $1",
      [admin.id],
    );
    expect(notice?.body).toContain("'종사자 교육 미실시'");
    expect(notice?.body).toContain("2026-12-31");
    // E-mail is this kind's default; SMS is off unless the user chooses it.
    expect(await deliveriesOf(admin.id)).toEqual([
      { channel: "email", status: "pending", attempts: 0, address: "admin@example.kr" },
    ]);
  });

  it("delivers to a real SMTP server with the Korean subject, once, and marks it sent", async () => {
    const { inst, admin } = await institutionWithAdmin("korean.subject@example.kr");
    await asSystemJob(t.db, (tx) => notify({ tx }, orderedEvent(inst.id, inst.name)));
    await deliverPending(t.db, channels);
    const mails = smtp.received.filter((m) => m.to === "korean.subject@example.kr");
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("[기관행정] 지적 사항에 대한 조치 결과를 제출해 주십시오");
    expect(mails[0]?.text).toContain(inst.name);
    expect(await deliveriesOf(admin.id)).toMatchObject([{ channel: "email", status: "sent", attempts: 1 }]);
    // Nothing is due any more: a second run sends nothing again.
    await deliverPending(t.db, channels);
    expect(smtp.received.filter((m) => m.to === "korean.subject@example.kr")).toHaveLength(1);
  });

  it("delivers exactly once across a sender that stops mid-delivery (a process restart)", async () => {
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await institutionWithAdmin(`restart${i}@example.kr`));
    for (const { inst } of made)
      await asSystemJob(t.db, (tx) => notify({ tx }, orderedEvent(inst.id, inst.name)));
    // The first process claims a batch, sends one message, then dies before sending the rest.
    let sentByFirst = 0;
    const dying: Channels = {
      ...channels,
      email: {
        async send(m) {
          if (sentByFirst === 1) throw Object.assign(new Error("process stopped"), { fatal: true });
          sentByFirst++;
          await channels.email.send(m);
        },
      },
    };
    // A death, not a failure: the claim stays ('sending') until its lease runs out.
    const stoppedMidway = deliverPending(t.db, dying, { leaseSeconds: 1, maxAttempts: 5 }).catch(
      () => undefined,
    );
    await stoppedMidway;
    await t.rows(
      `update notification_delivery set status = 'sending', lease_until = now() - interval '1 second',
         next_attempt_at = now() - interval '1 second'
       where address like 'restart%' and status = 'pending'`,
    );
    // The restarted process takes over what the dead one held, once its lease has run out.
    await deliverPending(t.db, channels);
    for (let i = 0; i < 3; i++)
      expect(
        smtp.received.filter((m) => m.to === `restart${i}@example.kr`),
        `restart${i}`,
      ).toHaveLength(1);
    const states = await t.rows<{ status: string }>(
      "select status from notification_delivery where address like 'restart%'",
    );
    expect(states.map((s) => s.status)).toEqual(["sent", "sent", "sent"]);
  });

  it("retries a failing channel with backoff and gives up after the last attempt, keeping the error", async () => {
    const { inst, admin } = await institutionWithAdmin("always.fails@example.kr");
    await asSystemJob(t.db, (tx) => notify({ tx }, orderedEvent(inst.id, inst.name)));
    const failing: Channels = {
      ...channels,
      email: {
        send: async () => {
          throw new Error("550 수신 거부");
        },
      },
    };
    await deliverPending(t.db, failing, { maxAttempts: 2 });
    let [d] = await deliveriesOf(admin.id);
    expect(d).toMatchObject({ status: "pending", attempts: 1 });
    const [{ wait } = { wait: 0 }] = await t.rows<{ wait: number }>(
      `select extract(epoch from next_attempt_at - now())::int as wait from notification_delivery d
       join notification n on n.id = d.notification_id where n.user_id = $1`,
      [admin.id],
    );
    expect(wait).toBeGreaterThan(30);
    await t.rows(
      "update notification_delivery set next_attempt_at = now() where address = 'always.fails@example.kr'",
    );
    await deliverPending(t.db, failing, { maxAttempts: 2 });
    [d] = await deliveriesOf(admin.id);
    expect(d).toMatchObject({ status: "failed", attempts: 2 });
    const [err] = await t.rows<{ last_error: string }>(
      "select last_error from notification_delivery where address = 'always.fails@example.kr'",
    );
    expect(err?.last_error).toContain("550");
  });

  it("writes one notice per user and dedupe key, however often a sweep runs", async () => {
    const { inst, admin } = await institutionWithAdmin();
    const event = { ...orderedEvent(inst.id, inst.name), dedupeKey: `once:${inst.id}` };
    expect(await asSystemJob(t.db, (tx) => notify({ tx }, event))).toBe(1);
    expect(await asSystemJob(t.db, (tx) => notify({ tx }, event))).toBe(0);
    expect(await t.rows("select 1 from notification where user_id = $1", [admin.id])).toHaveLength(1);
  });
});

describe("the bell and preferences", () => {
  it("lists a user's own notices with the unread count, marks them read, and hides them from others", async () => {
    const { inst, admin } = await institutionWithAdmin();
    const other = await t.make.providerAccount((await t.make.institution()).id);
    await asSystemJob(t.db, (tx) => notify({ tx }, orderedEvent(inst.id, inst.name)));
    const me = await t.make.signIn(admin);
    const list = await me.get("/api/notifications");
    expect(list.statusCode).toBe(200);
    const page = list.json();
    expect(page.unreadCount).toBe(1);
    expect(page.items[0]).toMatchObject({
      kind: "corrective_action_ordered",
      kindLabel: "시정 조치 요구",
      readAt: null,
    });
    const id = page.items[0].id as string;

    const stranger = await t.make.signIn(other);
    expect((await stranger.get("/api/notifications")).json().items).toHaveLength(0);
    expect((await stranger.post(`/api/notifications/${id}/read`)).statusCode).toBe(404);

    expect((await me.post(`/api/notifications/${id}/read`)).statusCode).toBe(204);
    expect((await me.get("/api/notifications/unread-count")).json()).toEqual({ count: 0 });
    expect((await me.get("/api/notifications?unread=true")).json().items).toHaveLength(0);
  });

  it("a user turns e-mail off and SMS on for a kind, and the next notice follows the choice", async () => {
    const { inst, admin } = await institutionWithAdmin("prefs@example.kr");
    const me = await t.make.signIn(admin);
    const before = (await me.get("/api/notifications/preferences")).json();
    const kinds = before.kinds.map((k: { kind: string }) => k.kind);
    expect(kinds).toContain("corrective_action_ordered");
    expect(kinds).not.toContain("change_request_filed"); // an official's kind
    expect(before.emailAddress).toBe("pr***@example.kr");
    const put = await me.request("PUT", "/api/notifications/preferences", {
      preferences: [
        { kind: "corrective_action_ordered", channel: "email", enabled: false },
        { kind: "corrective_action_ordered", channel: "sms", enabled: true },
      ],
    });
    expect(put.statusCode).toBe(200);
    const refused = await me.request("PUT", "/api/notifications/preferences", {
      preferences: [{ kind: "change_request_filed", channel: "email", enabled: true }],
    });
    expect(refused.statusCode).toBe(400);
    await asSystemJob(t.db, (tx) => notify({ tx }, orderedEvent(inst.id, inst.name)));
    expect((await deliveriesOf(admin.id)).map((d) => d.channel)).toEqual(["sms"]);
  });
});

describe("polling", () => {
  it("the bell's and the menu's counts do not keep an idle session alive; the user's own requests do", async () => {
    const { admin } = await institutionWithAdmin();
    const me = await t.make.signIn(admin);
    const idleFor = async () =>
      (
        await t.rows<{ idle: number }>(
          "select extract(epoch from now() - last_seen_at)::int as idle from user_session where user_id = $1",
          [admin.id],
        )
      )[0]?.idle ?? -1;
    const leaveIdle = async () => {
      await t.rows(
        "update user_session set last_seen_at = now() - interval '10 minutes' where user_id = $1",
        [admin.id],
      );
      forgetSessions("all");
    };
    await leaveIdle();
    expect((await me.get("/api/notifications/unread-count")).statusCode).toBe(200);
    expect((await me.get("/api/provider/work-inbox/count")).statusCode).toBe(200);
    expect(await idleFor()).toBeGreaterThanOrEqual(599);
    await leaveIdle();
    expect((await me.get("/api/notifications")).statusCode).toBe(200);
    expect(await idleFor()).toBeLessThan(5);
  });
});

describe("message templates (administrator)", () => {
  it("previews, refuses unknown variables, saves with a version, and the next notice uses the new wording", async () => {
    const sysadmin = await t.login("sysadmin");
    const list = (await sysadmin.get("/api/admin/notification-templates")).json();
    const ordered = list.items.find((i: { kind: string }) => i.kind === "corrective_action_ordered");
    expect(ordered.variables.map((v: { name: string }) => v.name)).toEqual([
      "institutionName",
      "findingTitle",
      "dueOn",
    ]);
    const preview = await sysadmin.post(
      "/api/admin/notification-templates/corrective_action_ordered/preview",
      {
        subject: "{{institutionName}} 조치 요구",
        body: "기한 {{dueOn}}",
      },
    );
    expect(preview.json()).toEqual({ subject: "〈기관명〉 조치 요구", body: "기한 〈조치 기한〉" });
    const bad = await sysadmin.request("PUT", "/api/admin/notification-templates/corrective_action_ordered", {
      subject: "{{password}}",
      body: "",
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(["body", "subject"]);
    const saved = await sysadmin.request(
      "PUT",
      "/api/admin/notification-templates/corrective_action_ordered",
      {
        subject: "[시험] {{institutionName}} 조치 요구",
        body: "기한 {{dueOn}}까지 제출",
      },
    );
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ customised: true, version: 1 });
    const stale = await sysadmin.request(
      "PUT",
      "/api/admin/notification-templates/corrective_action_ordered",
      {
        subject: "x",
        body: "y",
        version: 7,
      },
    );
    expect(stale.statusCode).toBe(409);

    const { inst, admin } = await institutionWithAdmin();
    await asSystemJob(t.db, (tx) => notify({ tx }, orderedEvent(inst.id, inst.name)));
    const [n] = await t.rows<{ title: string }>("select title from notification where user_id = $1", [
      admin.id,
    ]);
    expect(n?.title).toBe(`[시험] ${inst.name} 조치 요구`);
    await t.rows("delete from notification_template");
    expect(koreaToday()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("the delivery record shows status and attempts with masked addresses, to the administrator only", async () => {
    const sysadmin = await t.login("sysadmin");
    const page = (await sysadmin.get("/api/admin/notification-deliveries?status=sent")).json();
    expect(page.total).toBeGreaterThan(0);
    for (const item of page.items) {
      expect(item.status).toBe("sent");
      expect(item.address).toMatch(/\*\*\*/);
    }
    const official = await t.login("gu.jongno");
    expect((await official.get("/api/admin/notification-deliveries")).statusCode).toBe(403);
  });
});
