import { createBrowserRouter, Outlet } from "react-router-dom";
import { HomeRedirect, OwnPortalRoute, PortalRoute, RequireAuth, RequirePage } from "./auth/guards";
import { PasswordChangePage } from "./pages/account/PasswordChangePage";
import { ErrorPage } from "./pages/ErrorPage";
import { LoginPage } from "./pages/LoginPage";
import { NotFoundContent, NotFoundPage } from "./pages/NotFoundPage";
import { AccessLogPage } from "./pages/official/AccessLogPage";
import { AdminUsersPage } from "./pages/official/AdminUsersPage";
import { ChangeRequestInboxPage } from "./pages/official/ChangeRequestInboxPage";
import { InstitutionDetailPage } from "./pages/official/InstitutionDetailPage";
import { InstitutionEditPage } from "./pages/official/InstitutionEditPage";
import { InstitutionListPage } from "./pages/official/InstitutionListPage";
import { InstitutionRegisterPage } from "./pages/official/InstitutionRegisterPage";
import { RegionReorganisationPage } from "./pages/official/RegionReorganisationPage";
import { StatusReportDetailPage } from "./pages/official/StatusReportDetailPage";
import { StatusReportListPage } from "./pages/official/StatusReportListPage";
import { SupportAgencyDetailPage } from "./pages/official/SupportAgencyDetailPage";
import { SupportAgencyFormPage } from "./pages/official/SupportAgencyFormPage";
import { SupportAgencyListPage } from "./pages/official/SupportAgencyListPage";
import { OfficialHome, ProviderHome } from "./pages/PortalHome";
import { AgencyInstitutionPage } from "./pages/provider/AgencyInstitutionPage";
import { AgencyInstitutionsPage } from "./pages/provider/AgencyInstitutionsPage";
import { ChangeRequestFormPage } from "./pages/provider/ChangeRequestFormPage";
import { ChangeRequestHistoryPage } from "./pages/provider/ChangeRequestHistoryPage";
import { ClientsPage } from "./pages/provider/ClientsPage";
import { FinancesPage } from "./pages/provider/FinancesPage";
import { ProgramsPage } from "./pages/provider/ProgramsPage";
import { StaffPage } from "./pages/provider/StaffPage";
import { StatusReportFormPage } from "./pages/provider/StatusReportFormPage";
import { StatusReportInboxPage } from "./pages/provider/StatusReportInboxPage";

/**
 * Routes. Each portal is one layout route (guard + shell); pages inside it are guarded by PAGE_ROLES
 * (navigation/access.ts), which the menus read too. Errors while rendering a page stay inside the
 * portal frame (inline error page); errors in the frame itself reach the root error page.
 */
export const router = createBrowserRouter([
  {
    path: "/",
    element: <Outlet />,
    errorElement: <ErrorPage />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: "login", element: <LoginPage /> },
      {
        element: <RequireAuth />,
        children: [
          {
            path: "official",
            element: <PortalRoute zone="official" />,
            children: [
              {
                errorElement: <ErrorPage inline />,
                children: [
                  { index: true, element: <OfficialHome /> },
                  {
                    path: "institutions",
                    element: (
                      <RequirePage page="officialInstitutions">
                        <InstitutionListPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "institution-registration",
                    element: (
                      <RequirePage page="institutionRegister">
                        <InstitutionRegisterPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "institutions/:id/edit",
                    element: (
                      <RequirePage page="institutionEdit">
                        <InstitutionEditPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "change-requests",
                    element: (
                      <RequirePage page="changeRequestInbox">
                        <ChangeRequestInboxPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "status-reports",
                    element: (
                      <RequirePage page="officialStatusReports">
                        <StatusReportListPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "status-reports/:id",
                    element: (
                      <RequirePage page="officialStatusReports">
                        <StatusReportDetailPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "institutions/:id",
                    element: (
                      <RequirePage page="officialInstitutions">
                        <InstitutionDetailPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "support-agencies",
                    element: (
                      <RequirePage page="officialSupportAgencies">
                        <SupportAgencyListPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "support-agencies/new",
                    element: (
                      <RequirePage page="officialSupportAgencyEdit">
                        <SupportAgencyFormPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "support-agencies/:id",
                    element: (
                      <RequirePage page="officialSupportAgencies">
                        <SupportAgencyDetailPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "support-agencies/:id/edit",
                    element: (
                      <RequirePage page="officialSupportAgencyEdit">
                        <SupportAgencyFormPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "access-log",
                    element: (
                      <RequirePage page="accessLog">
                        <AccessLogPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "admin/users",
                    element: (
                      <RequirePage page="adminUsers">
                        <AdminUsersPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "admin/region-reorganisations",
                    element: (
                      <RequirePage page="regionReorganisations">
                        <RegionReorganisationPage />
                      </RequirePage>
                    ),
                  },
                  { path: "*", element: <NotFoundContent /> },
                ],
              },
            ],
          },
          {
            path: "provider",
            element: <PortalRoute zone="provider" />,
            children: [
              {
                errorElement: <ErrorPage inline />,
                children: [
                  { index: true, element: <ProviderHome /> },
                  {
                    path: "institution/change",
                    element: (
                      <RequirePage page="providerInstitutionChange">
                        <ChangeRequestFormPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "change-requests",
                    element: (
                      <RequirePage page="providerChangeRequests">
                        <ChangeRequestHistoryPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "agency",
                    element: (
                      <RequirePage page="agencyInstitutions">
                        <AgencyInstitutionsPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "agency/institutions/:id",
                    element: (
                      <RequirePage page="agencyInstitutions">
                        <AgencyInstitutionPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "staff",
                    element: (
                      <RequirePage page="providerStaff">
                        <StaffPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "clients",
                    element: (
                      <RequirePage page="providerClients">
                        <ClientsPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "programs",
                    element: (
                      <RequirePage page="providerPrograms">
                        <ProgramsPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "finances",
                    element: (
                      <RequirePage page="providerFinances">
                        <FinancesPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "status-reports",
                    element: (
                      <RequirePage page="providerStatusReports">
                        <StatusReportInboxPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "status-reports/:roundId",
                    element: (
                      <RequirePage page="providerStatusReports">
                        <StatusReportFormPage />
                      </RequirePage>
                    ),
                  },
                  { path: "*", element: <NotFoundContent /> },
                ],
              },
            ],
          },
          {
            path: "account",
            element: <OwnPortalRoute />,
            children: [
              {
                errorElement: <ErrorPage inline />,
                children: [
                  {
                    path: "password",
                    element: (
                      <RequirePage page="password">
                        <PasswordChangePage />
                      </RequirePage>
                    ),
                  },
                  { path: "*", element: <NotFoundContent /> },
                ],
              },
            ],
          },
        ],
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
