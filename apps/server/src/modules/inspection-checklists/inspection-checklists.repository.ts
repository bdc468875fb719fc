import { type ChecklistItemRow as ChecklistItemInput, insertChecklistItems, type Queryable } from "@ssis/db";
import type { Actor } from "../../platform/context.ts";

export interface ChecklistVersionRow {
  id: string;
  template_id: string;
  template_code: string;
  template_name: string;
  version: number;
  change_note: string;
  created_by_name: string;
  created_at: Date;
  item_count: string;
  unverified_count: string;
  is_latest: boolean;
}

const VERSION_SELECT = `select v.id, v.template_id, t.code as template_code, t.name as template_name, v.version,
    v.change_note, v.created_by_name, v.created_at,
    (select count(*) from checklist_item i where i.version_id = v.id) as item_count,
    (select count(*) from checklist_item i where i.version_id = v.id and not i.verified) as unverified_count,
    v.version = (select max(v2.version) from checklist_version v2 where v2.template_id = v.template_id) as is_latest
  from checklist_version v join checklist_template t on t.id = v.template_id`;

export async function listChecklistVersions(tx: Queryable) {
  const { rows } = await tx.query<ChecklistVersionRow>(`${VERSION_SELECT} order by t.code, v.version desc`);
  return rows;
}

export async function findChecklistVersion(tx: Queryable, id: string) {
  const { rows } = await tx.query<ChecklistVersionRow>(`${VERSION_SELECT} where v.id = $1::uuid`, [id]);
  return rows[0] ?? null;
}

export interface ChecklistItemRow {
  id: string;
  position: number;
  code: string;
  domain: string;
  item: string;
  legal_basis: string;
  applies_to: string | null;
  typical_finding: string | null;
  typical_outcome: string | null;
  violation_code: string | null;
  verified: boolean;
  source: string | null;
}

export async function checklistItems(tx: Queryable, versionId: string) {
  const { rows } = await tx.query<ChecklistItemRow>(
    "select * from checklist_item where version_id = $1::uuid order by position",
    [versionId],
  );
  return rows;
}

export async function insertChecklistVersion(
  tx: Queryable,
  input: {
    templateId: string;
    changeNote: string;
    actor: Actor;
    items: readonly ChecklistItemInput[];
  },
): Promise<string> {
  // Serialises concurrent edits of one template: the second gets the next number, never a duplicate.
  await tx.query("select 1 from checklist_template where id = $1::uuid for update", [input.templateId]);
  const { rows } = await tx.query<{ id: string }>(
    `insert into checklist_version (template_id, version, change_note, created_by, created_by_name)
     select $1::uuid, coalesce(max(version), 0) + 1, $2, $3, $4 from checklist_version where template_id = $1::uuid
     returning id`,
    [input.templateId, input.changeNote, input.actor.userId, input.actor.name],
  );
  const id = rows[0]?.id as string;
  await insertChecklistItems(tx, id, input.items);
  return id;
}
