import { z } from "zod";
import { idParam, pageFields } from "../../platform/schema-fields.ts";

export const idParams = idParam("대상");

export const casebookShare = z.object({
  share: z.boolean(),
  text: z.string().trim().max(4000).nullable().optional(),
});
export type CasebookShare = z.infer<typeof casebookShare>;

export const casebookQuery = z.object({
  domain: z.string().trim().max(40).optional(),
  q: z.string().trim().max(100).optional(),
  ...pageFields,
});
export type CasebookQuery = z.infer<typeof casebookQuery>;
export const casebookList = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      domain: z.string(),
      title: z.string(),
      text: z.string(),
      severityLabel: z.string(),
      violationCode: z.string().nullable(),
      typeName: z.string().nullable(),
      sharedAt: z.string(),
    }),
  ),
  total: z.number(),
  page: z.number(),
  limit: z.number(),
});
