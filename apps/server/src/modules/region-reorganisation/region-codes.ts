import type { Queryable } from "@ssis/db";
import { currentRegionCodes } from "./region-reorganisation.repository.ts";

/**
 * The code(s) a region code is today, after every applied 행정구역 개편 (old 29110 → ['12210'], old 28260 →
 * ['28275', '28290'], 2-digit '29' → ['12']); a code that never changed is itself. Lists filtered by an old
 * code use it so that they still find what was there.
 */
export async function currentRegionCodesFor(q: Queryable, code5: string): Promise<string[]> {
  const hit = remembered.get(code5);
  if (hit && hit.until > Date.now()) return hit.codes;
  const codes = await currentRegionCodes(q, code5);
  if (remembered.size >= 10_000) remembered.clear();
  remembered.set(code5, { codes, until: Date.now() + REMEMBER_MS });
  return codes;
}

// The answer changes only when a reorganisation is applied: this process forgets it then (after the commit,
// see the apply route); another process within REMEMBER_MS. A list filtered by region asked it on every
// request, a round trip of its own.
const REMEMBER_MS = 60_000;
const remembered = new Map<string, { codes: string[]; until: number }>();

export function forgetRegionCodes() {
  remembered.clear();
}
