import { CasebookView } from "../../components/CasebookView";

/** 지적 사례집 (UWDX): officials read the book and share into it from an inspection's findings. */
export function OfficialCasebookPage() {
  return <CasebookView portal="official" />;
}
