import { WorkInboxView } from "../../components/WorkInboxView";

/** 내 할 일 of an official: what waits for the jurisdiction, by deadline. */
export function WorkInboxPage() {
  return <WorkInboxView portal="official" />;
}
