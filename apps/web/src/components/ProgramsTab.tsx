import { useInstitutionPrograms } from "../api/programs";
import { useLocalList } from "../lib/useLocalList";
import { ProgramList, programList, programQuery } from "./ProgramParts";

const ALL = programList("all");

/** 프로그램 tab of the officials' institution detail (UWSI): read only. */
export function ProgramsTab({ institutionId }: { institutionId: string }) {
  const list = useLocalList(ALL);
  return (
    <ProgramList
      list={list}
      query={useInstitutionPrograms(institutionId, programQuery(list))}
      idPrefix="inst-program"
      inTab
    />
  );
}
