import { ACCESS_ACTIONS, ACCESS_TARGETS } from "@ssis/domain";
import { z } from "zod";
import { withPeriod } from "../../platform/schema-fields.ts";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "날짜는 YYYY-MM-DD 형식으로 입력하세요.");

export const accessLogQuery = withPeriod(
  "접속일",
  z.object({
    from: date.optional(),
    to: date.optional(),
    username: z.string().trim().max(64).optional(),
    action: z.enum(ACCESS_ACTIONS, { error: "수행 업무는 목록에서 고르세요." }).optional(),
    targetType: z.enum(ACCESS_TARGETS, { error: "대상 유형은 목록에서 고르세요." }).optional(),
    cursor: z.coerce.number().int().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  }),
);
export type AccessLogQuery = z.infer<typeof accessLogQuery>;

export const accessLogEntry = z.object({
  seq: z.number(),
  occurredAt: z.string(),
  username: z.string().nullable(),
  role: z.string().nullable(),
  clientIp: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  subject: z.string().nullable(),
  reason: z.string().nullable(),
});

export const accessLogPage = z.object({ items: z.array(accessLogEntry), nextCursor: z.number().nullable() });
