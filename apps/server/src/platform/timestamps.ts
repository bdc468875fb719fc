/** A timestamp from PostgreSQL (a Date, or text from a view) as the ISO 8601 instant every answer carries. */
export function iso(v: Date | string): string;
export function iso(v: Date | string | null): string | null;
export function iso(v: Date | string | null): string | null {
  return v === null ? null : new Date(v).toISOString();
}
