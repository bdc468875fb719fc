/**
 * A closed list of codes with a Korean label each, written once as its labels: `codesOf(LABELS)` is the
 * list of the codes in the order written, typed as a non-empty tuple (what `z.enum` and the exhaustive
 * `Record<Code, …>` tables need). Every code has its label by construction.
 */
export function codesOf<K extends string>(labels: Record<K, string>): readonly [K, ...K[]] {
  const codes = Object.keys(labels) as K[];
  const [first, ...rest] = codes;
  if (first === undefined) throw new Error("a list of codes needs at least one code");
  return [first, ...rest];
}
