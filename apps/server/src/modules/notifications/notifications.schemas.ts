import { NOTIFICATION_KIND_CODES } from "@ssis/domain";
import { z } from "zod";
import { uuidField } from "../../platform/schema-fields.ts";

export const notificationKind = z.enum(NOTIFICATION_KIND_CODES, { error: "알림 종류가 올바르지 않습니다." });

export const notificationItem = z.object({
  id: z.uuid(),
  kind: notificationKind,
  kindLabel: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationItem = z.infer<typeof notificationItem>;

export const notificationListQuery = z.object({
  unread: z
    .enum(["true", "false"], { error: "읽지 않은 알림만 볼지 여부가 올바르지 않습니다." })
    .optional()
    .transform((v) => v === "true"),
  kind: notificationKind.optional(),
  /** Keyset cursor: the last shown row's createdAt|id. */
  cursor: z
    .string()
    .regex(/^[0-9T:.+\-Z ]{10,40}\|[0-9a-f-]{36}$/, "다음 쪽 위치가 올바르지 않습니다.")
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type NotificationListQuery = z.infer<typeof notificationListQuery>;

export const notificationPage = z.object({
  items: z.array(notificationItem),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int(),
});

export const unreadCount = z.object({ count: z.number().int() });
export const notificationIdParams = z.object({ id: uuidField("알림") });
export const markedRead = z.object({ updated: z.number().int() });

const channelPreference = z.object({ enabled: z.boolean(), required: z.boolean() });
export const preferenceList = z.object({
  kinds: z.array(
    z.object({
      kind: notificationKind,
      label: z.string(),
      email: channelPreference,
      sms: channelPreference,
    }),
  ),
  /** Where messages go: the account's address and number (masked), or null when none is on file. */
  emailAddress: z.string().nullable(),
  phoneNumber: z.string().nullable(),
});
export const preferenceUpdate = z.object({
  preferences: z
    .array(
      z.object({
        kind: notificationKind,
        channel: z.enum(["email", "sms"], { error: "알림 수단이 올바르지 않습니다." }),
        enabled: z.boolean({ error: "받을지 여부를 지정하세요." }),
      }),
    )
    .min(1, "바꿀 설정을 하나 이상 보내세요.")
    .max(200, "한 번에 200개까지 바꿀 수 있습니다."),
});
export type PreferenceUpdate = z.infer<typeof preferenceUpdate>;

export const templateItem = z.object({
  kind: notificationKind,
  label: z.string(),
  audience: z.enum(["official", "provider", "any"]),
  variables: z.array(z.object({ name: z.string(), description: z.string() })),
  subject: z.string(),
  body: z.string(),
  defaultSubject: z.string(),
  defaultBody: z.string(),
  customised: z.boolean(),
  version: z.number().int().nullable(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
});
export const templateList = z.object({ items: z.array(templateItem) });
export const templateParams = z.object({ kind: notificationKind });
// Emptiness and unknown variables are checked together by templateErrors, so every error shows at once.
export const templateBody = z.object({
  subject: z.string({ error: "제목을 입력하세요." }).max(200, "제목은 200자 이내로 입력하세요."),
  body: z.string({ error: "본문을 입력하세요." }).max(2000, "본문은 2,000자 이내로 입력하세요."),
  version: z.number().int().min(1).max(2_147_483_647).optional(),
});
export type TemplateBody = z.infer<typeof templateBody>;
export const templatePreviewBody = z.object({
  subject: z.string().max(200, "제목은 200자 이내로 입력하세요."),
  body: z.string().max(2000, "본문은 2,000자 이내로 입력하세요."),
});
export const templatePreview = z.object({ subject: z.string(), body: z.string() });

export const deliveryQuery = z.object({
  status: z.enum(["pending", "sending", "sent", "failed"], { error: "상태가 올바르지 않습니다." }).optional(),
  channel: z.enum(["email", "sms"], { error: "알림 수단이 올바르지 않습니다." }).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type DeliveryQuery = z.infer<typeof deliveryQuery>;
export const deliveryPage = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      kind: notificationKind,
      kindLabel: z.string(),
      title: z.string(),
      channel: z.enum(["email", "sms"]),
      address: z.string(),
      status: z.enum(["pending", "sending", "sent", "failed"]),
      attempts: z.number().int(),
      lastError: z.string().nullable(),
      createdAt: z.string(),
      sentAt: z.string().nullable(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
});
