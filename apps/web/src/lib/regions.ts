import type { SessionUser } from "../api/auth";
import type { Region } from "../api/reference";
import type { Option } from "../components/FormField";

/**
 * 시도/시군구 choices within the user's jurisdiction: a 시도 official sees only their 시도, a 시군구
 * official only their 시군구. Scope codes may be 2-digit (시도), 5-digit or 10-digit (법정동코드);
 * the first digits decide.
 */
export function sidoChoices(regions: Region[], scope: SessionUser["scope"]): Option[] {
  const sidos = regions.filter((r) => r.level === "sido");
  const code = scope.code ?? "";
  const limited =
    (scope.kind === "sido" || scope.kind === "sigungu") && code.length >= 2
      ? sidos.filter((r) => r.sidoCode === code.slice(0, 2))
      : sidos;
  return limited.map((r) => ({ value: r.sidoCode, label: r.sidoName }));
}

export function sigunguChoices(regions: Region[], scope: SessionUser["scope"], sidoCode: string): Option[] {
  if (!sidoCode) return [];
  const code = scope.code ?? "";
  return regions
    .filter((r) => r.level === "sigungu" && r.sidoCode === sidoCode)
    .filter((r) => !(scope.kind === "sigungu" && code.length >= 5) || r.code5 === code.slice(0, 5))
    .map((r) => ({ value: r.code5, label: r.sigunguName ?? r.code5 }));
}
