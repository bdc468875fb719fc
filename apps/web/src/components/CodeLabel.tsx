import { violationName } from "@ssis/domain";
import type { ReactNode } from "react";

/** An internal code as a secondary detail: small and grey, after the Korean name it belongs to. */
export function Code({ children }: { children: ReactNode }) {
  return <span className="app-code">{children}</span>;
}

/** A violation code (위반 코드) by its Korean name from the disposition tables, the code after it. */
export function ViolationCode({ code, name }: { code: string | null | undefined; name?: string | null }) {
  if (!code) return <>-</>;
  return (
    <>
      {name ?? violationName(code) ?? "처분기준표에 없는 위반행위"}
      <Code>{code}</Code>
    </>
  );
}
