import { useInstitutionTypes } from "../api/reference";
import { Code } from "./CodeLabel";

/** A 시설 유형 code by its Korean name (from the reference list), the code after it as a grey detail. */
export function InstitutionTypeName({ code }: { code: string }) {
  const types = useInstitutionTypes();
  const name = types.data?.find((t) => t.code === code)?.typeName;
  return (
    <>
      {name ?? (types.isPending ? "…" : "등록되지 않은 시설 유형")}
      <Code>{code}</Code>
    </>
  );
}
