import { useRegions } from "../api/reference";
import { useUser } from "../auth/useSession";
import { sidoChoices, sigunguChoices } from "../lib/regions";
import { SelectField } from "./FormField";

export interface RegionChoice {
  sido: string;
  sigungu: string;
}

/**
 * 시도·시군구 filters of a list, within the user's jurisdiction: a 시도 official chooses among its 시군구 only,
 * a 시군구 official has nothing to choose (the server limits the list anyway).
 */
export function RegionFilterFields({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value: RegionChoice;
  onChange: (next: RegionChoice) => void;
}) {
  const user = useUser();
  const regions = useRegions();
  if (user.scope.kind === "sigungu") return null;
  const sidoOptions = sidoChoices(regions.data ?? [], user.scope);
  const sido = sidoOptions.length === 1 ? (sidoOptions[0]?.value ?? "") : value.sido;
  const sigunguOptions = sigunguChoices(regions.data ?? [], user.scope, sido);
  return (
    <>
      {sidoOptions.length > 1 ? (
        <SelectField
          id={`${idPrefix}-sido`}
          label="시도"
          options={sidoOptions}
          placeholder="전체"
          value={value.sido}
          onChange={(e) => onChange({ sido: e.target.value, sigungu: "" })}
        />
      ) : null}
      <SelectField
        id={`${idPrefix}-sigungu`}
        label="시군구"
        options={sigunguOptions}
        placeholder={sido ? "전체" : "시도를 먼저 고르세요"}
        value={value.sigungu}
        onChange={(e) => onChange({ sido: value.sido, sigungu: e.target.value })}
      />
    </>
  );
}
