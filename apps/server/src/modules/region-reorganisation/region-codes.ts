import type { Queryable } from "@ssis/db";
import { LRUCache } from "lru-cache";
import { currentRegionCodes } from "./region-reorganisation.repository.ts";

/**
 * The code(s) a region code is today, after every applied 행정구역 개편 (old 29110 → ['12210'], old 28260 →
 * ['28275', '28290'], 2-digit '29' → ['12']); a code that never changed is itself. Lists filtered by an old
 * code use it so that they still find what was there.
 */
export async function currentRegionCodesFor(q: Queryable, code5: string): Promise<string[]> {
  const known = remembered.get(code5);
  if (known) return known;
  const codes = await currentRegionCodes(q, code5);
  remembered.set(code5, codes);
  return codes;
}

// The answer changes only when a reorganisation is applied: this process forgets it then (after the commit,
// see the apply route); another process within a minute. A list filtered by region asked it on every
// request, a round trip of its own.
const remembered = new LRUCache<string, string[]>({ max: 10_000, ttl: 60_000 });

export function forgetRegionCodes() {
  remembered.clear();
}
