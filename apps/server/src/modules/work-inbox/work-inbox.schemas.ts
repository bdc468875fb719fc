import { z } from "zod";

export const deadlineState = z.enum(["ok", "soon", "overdue", "none"]);

export const inboxQuery = z.object({
  kind: z
    .string()
    .regex(/^[a-z_]{1,60}$/, "업무 종류가 올바르지 않습니다.")
    .optional(),
  sidoCode: z
    .string()
    .regex(/^\d{2}$/, "시도 코드는 숫자 2자리입니다.")
    .optional(),
  sigunguCode: z
    .string()
    .regex(/^\d{5}$/, "시군구 코드는 숫자 5자리입니다.")
    .optional(),
  state: deadlineState.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type InboxQuery = z.infer<typeof inboxQuery>;

export const inboxItem = z.object({
  kind: z.string(),
  kindLabel: z.string(),
  id: z.string(),
  title: z.string(),
  institutionId: z.string().nullable(),
  institutionName: z.string(),
  sigunguCode: z.string(),
  sigunguName: z.string().nullable(),
  dueOn: z.string().nullable(),
  daysLeft: z.number().int().nullable(),
  state: deadlineState,
  stateLabel: z.string(),
  link: z.string(),
});

export const inboxKindCount = z.object({
  kind: z.string(),
  label: z.string(),
  count: z.number().int(),
  overdue: z.number().int(),
  soon: z.number().int(),
});

export const inboxPage = z.object({
  items: z.array(inboxItem),
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
  today: z.string(),
  kinds: z.array(inboxKindCount),
});

export const inboxCount = z.object({
  count: z.number().int(),
  overdue: z.number().int(),
  soon: z.number().int(),
});
