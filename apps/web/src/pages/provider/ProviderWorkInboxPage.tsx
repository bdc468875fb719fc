import { WorkInboxView } from "../../components/WorkInboxView";

/** 내 할 일 of an institution: what it must submit or answer, by deadline. */
export function ProviderWorkInboxPage() {
  return <WorkInboxView portal="provider" />;
}
