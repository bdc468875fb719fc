import {
  MAX_PARTICIPANTS,
  MAX_SESSIONS_PER_MONTH,
  PROGRAM_CATEGORIES,
  PROGRAM_FUNDING_SOURCES,
} from "@ssis/domain";
import { josa } from "es-hangul";
import { z } from "zod";
import {
  dateField,
  idParam,
  listPage,
  pagedList,
  requiredText,
  versionField,
} from "../../platform/schema-fields.ts";

export const programItem = z.object({
  id: z.string(),
  institutionId: z.string(),
  name: z.string(),
  category: z.enum(PROGRAM_CATEGORIES),
  categoryLabel: z.string(),
  targetGroup: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  sessionsPerMonth: z.number(),
  participants: z.number(),
  fundingSource: z.enum(PROGRAM_FUNDING_SOURCES),
  fundingSourceLabel: z.string(),
  description: z.string().nullable(),
  isEnded: z.boolean(),
  version: z.number(),
});
export type ProgramItem = z.infer<typeof programItem>;

export const programListQuery = z.object({
  status: z.enum(["ongoing", "ended", "all"]).default("ongoing"),
  category: z.enum(PROGRAM_CATEGORIES, { error: "분야 코드가 올바르지 않습니다." }).optional(),
  q: z.string().trim().max(50).optional(),
  sort: z
    .enum(["name", "-name", "started_on", "-started_on", "participants", "-participants", "category"])
    .default("-started_on"),
  ...listPage(200),
});
export type ProgramListQuery = z.infer<typeof programListQuery>;

export const programListResponse = pagedList(programItem);

const count = (label: string, unit: string, max: number) =>
  z
    .number({ error: `${josa(label, "은/는")} 숫자로 입력하세요.` })
    .int(`${josa(label, "은/는")} 정수로 입력하세요.`)
    .min(0, `${josa(label, "은/는")} 0${unit} 이상이어야 합니다.`)
    .max(max, `${josa(label, "은/는")} ${max.toLocaleString("ko-KR")}${unit} 이하여야 합니다.`);

export const programCreate = z.object({
  name: requiredText("프로그램명", 100),
  category: z.enum(PROGRAM_CATEGORIES, { error: "분야를 선택하세요." }),
  targetGroup: requiredText("대상", 100),
  startedOn: dateField("시작일"),
  endedOn: dateField("종료일").nullable().optional(),
  sessionsPerMonth: count("월 운영 횟수", "회", MAX_SESSIONS_PER_MONTH),
  participants: count("참여 인원", "명", MAX_PARTICIPANTS),
  fundingSource: z.enum(PROGRAM_FUNDING_SOURCES, { error: "재원(자체·보조금·후원금·기타)을 선택하세요." }),
  description: z.string().trim().max(2000, "내용은 2,000자 이내입니다.").nullable().optional(),
});
export type ProgramCreate = z.infer<typeof programCreate>;

export const programUpdate = programCreate
  .omit({ endedOn: true })
  .partial()
  .extend({ version: versionField });
export type ProgramUpdate = z.infer<typeof programUpdate>;

export const programEnd = z.object({ endedOn: dateField("종료일"), version: versionField });
export type ProgramEnd = z.infer<typeof programEnd>;

export const programIdParams = idParam("프로그램");
export const institutionIdParams = idParam("기관");
