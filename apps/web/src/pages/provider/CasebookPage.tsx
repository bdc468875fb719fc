import { CasebookView } from "../../components/CasebookView";

/** 지적 사례집 (CWOM): institutions everywhere read the anonymised cases. */
export function ProviderCasebookPage() {
  return <CasebookView portal="provider" />;
}
