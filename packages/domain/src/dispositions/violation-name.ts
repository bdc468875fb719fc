import type { LadderTable } from "./ladder-table.ts";
import { BUILT_IN_LADDER_TABLES } from "./tables/index.ts";

/**
 * The Korean name of a violation code (위반행위, as its table's row words it), so a screen or a notice never
 * shows a code such as `SWS-4나` alone. Searches the given tables newest first (by default the tables shipped
 * with the code); null for a code no table knows.
 */
export function violationName(
  code: string,
  tables: readonly LadderTable[] = BUILT_IN_LADDER_TABLES,
): string | null {
  const newestFirst = [...tables].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  for (const table of newestFirst) {
    const row = table.rows.find((r) => r.code === code);
    if (row) return row.violation;
  }
  return null;
}

/** "위반행위(코드)": the Korean name first, the code after it as a detail; the code alone when no table knows it. */
export function violationLabel(code: string, tables?: readonly LadderTable[]): string {
  const name = violationName(code, tables);
  return name ? `${name}(${code})` : code;
}

/** A violation in a sentence: its Korean name, the code only when no table knows it (plain text cannot grey it). */
export function violationWords(code: string, tables?: readonly LadderTable[]): string {
  return violationName(code, tables) ?? `위반 코드 ${code}`;
}
