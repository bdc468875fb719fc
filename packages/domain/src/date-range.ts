/**
 * A list's date range (부터 ~ 까지): the end may not come before the start. One wording for every list, checked
 * on the screen before searching and again by the server for the same query.
 */
export function dateRangeError(label: string, from?: string | null, to?: string | null): string | null {
  return from && to && from > to ? `${label}(까지)는 ${label}(부터)와 같거나 그 이후여야 합니다.` : null;
}
