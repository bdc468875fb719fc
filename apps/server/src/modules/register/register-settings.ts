import { z } from "zod";
import { recordAccess } from "../../platform/audit.ts";
import type { Actor, Ctx } from "../../platform/context.ts";
import { AppError, notFound, problem, validationFailed } from "../../platform/errors.ts";
import { type App, asActor } from "../../platform/http.ts";
import { rolePolicy } from "../../platform/policy.ts";
import { errorResponses, routeGroup, sendUpdated } from "../../platform/routes.ts";

/**
 * 등록부 설정: values no statute fixes (e.g. the change-request deadline, migration 0004) that the system
 * administrator maintains. Routes, use cases and SQL in one small file: three statements do not need layers.
 */
export const SETTING_ADMINS = ["system_admin"] as const;

const settingItem = z.object({
  key: z.string(),
  label: z.string(),
  value: z.number(),
  minValue: z.number().nullable(),
  maxValue: z.number().nullable(),
  note: z.string(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
  version: z.number(),
});
const settingList = z.object({ items: z.array(settingItem) });
const settingUpdate = z.object({
  value: z.number({ error: "값을 숫자로 입력하세요." }).int("정수로 입력하세요."),
  version: z.number().int().min(1).optional(),
});

interface SettingRow {
  key: string;
  label: string | null;
  int_value: number;
  min_value: number | null;
  max_value: number | null;
  note: string;
  updated_at: Date;
  updated_by_name: string | null;
  version: number;
}
const toItem = (r: SettingRow) => ({
  key: r.key,
  label: r.label ?? r.key,
  value: r.int_value,
  minValue: r.min_value,
  maxValue: r.max_value,
  note: r.note,
  updatedAt: new Date(r.updated_at).toISOString(),
  updatedByName: r.updated_by_name,
  version: r.version,
});

const SELECT = `select s.*, u.name as updated_by_name from register_setting s
  left join app_user u on u.id = s.updated_by`;

async function listSettings(ctx: Ctx) {
  const { rows } = await ctx.tx.query<SettingRow>(`${SELECT} order by s.key`);
  return { items: rows.map(toItem) };
}

async function updateSetting(ctx: Ctx & { actor: Actor }, key: string, value: number, version: number) {
  const { rows } = await ctx.tx.query<SettingRow>(
    "select * from register_setting where key = $1 for update",
    [key],
  );
  const current = rows[0];
  if (!current) throw notFound("설정");
  if (
    (current.min_value !== null && value < current.min_value) ||
    (current.max_value !== null && value > current.max_value)
  )
    throw validationFailed([
      {
        field: "value",
        message: `${current.min_value ?? ""}~${current.max_value ?? ""} 사이의 값을 입력하세요.`,
      },
    ]);
  if (current.version !== version)
    throw new AppError(
      "VERSION_CONFLICT",
      409,
      "다른 관리자가 먼저 설정을 바꾸었습니다. 새로 고친 뒤 다시 시도하세요.",
      {
        current: toItem(current),
      },
    );
  await ctx.tx.query(
    `update register_setting set int_value = $2, version = version + 1, updated_at = now(), updated_by = $3
      where key = $1`,
    [key, value, ctx.actor.userId],
  );
  const { rows: updated } = await ctx.tx.query<SettingRow>(`${SELECT} where s.key = $1`, [key]);
  await recordAccess(ctx, {
    action: "update",
    targetType: "register_setting",
    targetId: null,
    details: { key, before: current.int_value, after: value },
  });
  return toItem(updated[0] as SettingRow);
}

export function registerSettingRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["시스템 관리 등록부 설정"],
    policy: rolePolicy(SETTING_ADMINS, "system"),
    errors: { ...errorResponses, 409: problem, 428: problem },
  });
  routes.get(
    "/api/admin/register-settings",
    { summary: "등록부 설정(변경신청 처리기한 등)", response: { 200: settingList } },
    (request) => asActor(request, (ctx) => listSettings(ctx)),
  );
  routes.put(
    "/api/admin/register-settings/:key",
    {
      summary: "등록부 설정 변경(허용 범위 안에서, 접속기록에 남음)",
      params: z.object({ key: z.string().max(60) }),
      body: settingUpdate,
      response: { 200: settingItem },
    },
    (request, reply) =>
      sendUpdated(request, reply, request.body.version, (ctx, version) =>
        updateSetting(ctx, request.params.key, request.body.value, version),
      ),
  );
}
