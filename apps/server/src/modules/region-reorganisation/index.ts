import type { Queryable } from "@ssis/db";
import { currentRegionCodes } from "./region-reorganisation.repository.ts";

export { registerRegionReorganisationRoutes as registerRegionReorganisationModule } from "./region-reorganisation.routes.ts";

/**
 * The code(s) a region code is today, after every applied 행정구역 개편 (old 29110 → ['12210'], old 28260 →
 * ['28275', '28290'], 2-digit '29' → ['12']); a code that never changed is itself. Lists filtered by an old
 * code use it so that they still find what was there.
 */
export function currentRegionCodesFor(q: Queryable, code5: string): Promise<string[]> {
  return currentRegionCodes(q, code5);
}
