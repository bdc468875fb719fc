import { z } from "zod";

export const JOB_STATES = ["created", "retry", "active", "completed", "cancelled", "failed"] as const;
export const JOB_STATE_LABELS: Record<(typeof JOB_STATES)[number], string> = {
  created: "대기",
  retry: "재시도 대기",
  active: "실행 중",
  completed: "완료",
  cancelled: "취소",
  failed: "실패",
};

export const jobQuery = z.object({
  name: z
    .string()
    .regex(/^[a-z.-]{1,60}$/, "작업 이름이 올바르지 않습니다.")
    .optional(),
  state: z.enum(JOB_STATES, { error: "작업 상태가 올바르지 않습니다." }).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type JobQuery = z.infer<typeof jobQuery>;

export const jobPage = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      label: z.string(),
      state: z.enum(JOB_STATES),
      stateLabel: z.string(),
      retryCount: z.number().int(),
      createdOn: z.string(),
      startedOn: z.string().nullable(),
      completedOn: z.string().nullable(),
      error: z.string().nullable(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
});
