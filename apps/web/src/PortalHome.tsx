import { Navigate } from "react-router-dom";
import { useUser } from "./auth/useSession";
import { NotFoundContent } from "./components/NotFoundContent";
import { canOpen } from "./navigation/access";
import { firstPage, OFFICIAL_MENU } from "./navigation/menu";
import { DashboardPage } from "./pages/official/DashboardPage";
import { AgencyInstitutionsPage } from "./pages/provider/AgencyInstitutionsPage";
import { EvaluatorHomePage } from "./pages/provider/EvaluatorHomePage";
import { ProviderDashboardPage } from "./pages/provider/ProviderDashboardPage";

/** /official: 업무현황 for register officials; the auditor and the administrator start at their page. */
export function OfficialHome() {
  const user = useUser();
  if (canOpen(user, "officialDashboard")) return <DashboardPage />;
  const first = firstPage(OFFICIAL_MENU, user.role);
  return first && first.to !== "/official" ? <Navigate to={first.to} replace /> : <NotFoundContent />;
}

/** /provider: the institution's 업무현황, the support agency's list, or the evaluator's (empty) work page. */
export function ProviderHome() {
  const user = useUser();
  if (canOpen(user, "providerDashboard")) return <ProviderDashboardPage />;
  if (canOpen(user, "agencyInstitutions")) return <AgencyInstitutionsPage />;
  if (canOpen(user, "evaluatorHome")) return <EvaluatorHomePage />;
  return <NotFoundContent />;
}
