/**
 * 발신 명의 of a notice: the head of the official's local government (시장·군수·구청장, 시·도지사), or the
 * Minister for 보건복지부. The title follows the last character of the name (…구 → 구청장, …군 → 군수,
 * …시 → 시장, …도 → 도지사).
 */
export function authorityTitle(
  scopeKind: string,
  region: { sidoName: string; sigunguName: string | null } | null,
): string {
  if (scopeKind === "nation" || !region) return "보건복지부장관";
  if (scopeKind === "sigungu" && region.sigunguName) {
    const name = region.sigunguName;
    const suffix = name.endsWith("구") ? "청장" : name.endsWith("군") ? "수" : "장";
    // 세종특별자치시 has no 시군구 below it: its 시군구 row repeats the 시도.
    const full = name === region.sidoName ? name : `${region.sidoName} ${name}`;
    return `${full}${suffix}`;
  }
  const sido = region.sidoName;
  return sido.endsWith("도") ? `${sido}지사` : `${sido}장`;
}

/** The body that issues the notice, for its letterhead: 서울특별시 종로구청장 → 서울특별시 종로구. */
export function authorityName(title: string): string {
  return title.replace(/(장관|지사|청장|장|수)$/, "");
}
