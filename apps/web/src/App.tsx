import { createBrowserRouter, Outlet } from "react-router-dom";
import { HomeRedirect, OwnPortalRoute, PortalRoute, RequireAuth, RequirePage } from "./auth/guards";
import { NotFoundContent } from "./components/NotFoundContent";
import { OfficialHome, ProviderHome } from "./PortalHome";
import { NotificationSettingsPage } from "./pages/account/NotificationSettingsPage";
import { NotificationsPage } from "./pages/account/NotificationsPage";
import { PasswordChangePage } from "./pages/account/PasswordChangePage";
import { ErrorPage } from "./pages/ErrorPage";
import { LoginPage } from "./pages/LoginPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { AccessLogPage } from "./pages/official/AccessLogPage";
import { AdminUsersPage } from "./pages/official/AdminUsersPage";
import { OfficialCasebookPage } from "./pages/official/CasebookPage";
import { ChangeRequestInboxPage } from "./pages/official/ChangeRequestInboxPage";
import { CorrectiveActionListPage } from "./pages/official/CorrectiveActionListPage";
import { DispositionDetailPage } from "./pages/official/DispositionDetailPage";
import { DispositionHistoryPage } from "./pages/official/DispositionHistoryPage";
import { DispositionListPage } from "./pages/official/DispositionListPage";
import { DispositionNewPage } from "./pages/official/DispositionNewPage";
import { DispositionTableDetailPage } from "./pages/official/DispositionTableDetailPage";
import { DispositionTableFormPage } from "./pages/official/DispositionTableFormPage";
import { DispositionTableListPage } from "./pages/official/DispositionTableListPage";
import { InspectionChecklistPage } from "./pages/official/InspectionChecklistPage";
import { InspectionDetailPage } from "./pages/official/InspectionDetailPage";
import { InspectionListPage } from "./pages/official/InspectionListPage";
import { InspectionPlanDetailPage } from "./pages/official/InspectionPlanDetailPage";
import { InspectionPlanFormPage } from "./pages/official/InspectionPlanFormPage";
import { InspectionPlanListPage } from "./pages/official/InspectionPlanListPage";
import { InstitutionDetailPage } from "./pages/official/InstitutionDetailPage";
import { InstitutionEditPage } from "./pages/official/InstitutionEditPage";
import { InstitutionListPage } from "./pages/official/InstitutionListPage";
import { InstitutionRegisterPage } from "./pages/official/InstitutionRegisterPage";
import { JobHistoryPage } from "./pages/official/JobHistoryPage";
import { NotificationDeliveriesPage } from "./pages/official/NotificationDeliveriesPage";
import { NotificationTemplatesPage } from "./pages/official/NotificationTemplatesPage";
import { RegionReorganisationPage } from "./pages/official/RegionReorganisationPage";
import { RegisterSettingsPage } from "./pages/official/RegisterSettingsPage";
import { StatusReportDetailPage } from "./pages/official/StatusReportDetailPage";
import { StatusReportListPage } from "./pages/official/StatusReportListPage";
import { SupportAgencyDetailPage } from "./pages/official/SupportAgencyDetailPage";
import { SupportAgencyFormPage } from "./pages/official/SupportAgencyFormPage";
import { SupportAgencyListPage } from "./pages/official/SupportAgencyListPage";
import { WorkInboxPage } from "./pages/official/WorkInboxPage";
import { AgencyInstitutionPage } from "./pages/provider/AgencyInstitutionPage";
import { AgencyInstitutionsPage } from "./pages/provider/AgencyInstitutionsPage";
import { ProviderCasebookPage } from "./pages/provider/CasebookPage";
import { ChangeRequestFormPage } from "./pages/provider/ChangeRequestFormPage";
import { ChangeRequestHistoryPage } from "./pages/provider/ChangeRequestHistoryPage";
import { ClientsPage } from "./pages/provider/ClientsPage";
import { FinancesPage } from "./pages/provider/FinancesPage";
import { ProviderInspectionDetailPage } from "./pages/provider/InspectionDetailPage";
import { ProviderInspectionListPage } from "./pages/provider/InspectionListPage";
import { ProgramsPage } from "./pages/provider/ProgramsPage";
import { ProviderDispositionDetailPage } from "./pages/provider/ProviderDispositionDetailPage";
import { ProviderDispositionListPage } from "./pages/provider/ProviderDispositionListPage";
import { ProviderInstitutionPage } from "./pages/provider/ProviderInstitutionPage";
import { ProviderWorkInboxPage } from "./pages/provider/ProviderWorkInboxPage";
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
                    path: "work-inbox",
                    element: (
                      <RequirePage page="officialWorkInbox">
                        <WorkInboxPage />
                      </RequirePage>
                    ),
                  },
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
                    path: "inspections",
                    element: (
                      <RequirePage page="inspections">
                        <InspectionListPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "inspections/plans",
                    element: (
                      <RequirePage page="inspectionPlans">
                        <InspectionPlanListPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "inspections/plans/new",
                    element: (
                      <RequirePage page="inspectionPlans">
                        <InspectionPlanFormPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "inspections/plans/:id",
                    element: (
                      <RequirePage page="inspectionPlans">
                        <InspectionPlanDetailPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "inspections/corrective-actions",
                    element: (
                      <RequirePage page="correctiveActions">
                        <CorrectiveActionListPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "inspections/checklists",
                    element: (
                      <RequirePage page="inspectionChecklists">
                        <InspectionChecklistPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "inspections/casebook",
                    element: (
                      <RequirePage page="officialCasebook">
                        <OfficialCasebookPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "inspections/:id",
                    element: (
                      <RequirePage page="inspections">
                        <InspectionDetailPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "dispositions",
                    element: (
                      <RequirePage page="officialDispositions">
                        <DispositionListPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "dispositions/new",
                    element: (
                      <RequirePage page="officialDispositions">
                        <DispositionNewPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "dispositions/history/:institutionId",
                    element: (
                      <RequirePage page="officialDispositions">
                        <DispositionHistoryPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "dispositions/:id",
                    element: (
                      <RequirePage page="officialDispositions">
                        <DispositionDetailPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "disposition-tables",
                    element: (
                      <RequirePage page="dispositionTables">
                        <DispositionTableListPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "disposition-tables/new",
                    element: (
                      <RequirePage page="dispositionTableEdit">
                        <DispositionTableFormPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "disposition-tables/:key",
                    element: (
                      <RequirePage page="dispositionTables">
                        <DispositionTableDetailPage />
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
                  {
                    path: "admin/register-settings",
                    element: (
                      <RequirePage page="registerSettings">
                        <RegisterSettingsPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "admin/notification-templates",
                    element: (
                      <RequirePage page="notificationTemplates">
                        <NotificationTemplatesPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "admin/notification-deliveries",
                    element: (
                      <RequirePage page="notificationDeliveries">
                        <NotificationDeliveriesPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "admin/jobs",
                    element: (
                      <RequirePage page="jobHistory">
                        <JobHistoryPage />
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
                    path: "work-inbox",
                    element: (
                      <RequirePage page="providerWorkInbox">
                        <ProviderWorkInboxPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "institution",
                    element: (
                      <RequirePage page="providerInstitution">
                        <ProviderInstitutionPage />
                      </RequirePage>
                    ),
                  },
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
                  {
                    path: "inspections",
                    element: (
                      <RequirePage page="providerInspections">
                        <ProviderInspectionListPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "inspections/casebook",
                    element: (
                      <RequirePage page="providerCasebook">
                        <ProviderCasebookPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "inspections/:id",
                    element: (
                      <RequirePage page="providerInspections">
                        <ProviderInspectionDetailPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "dispositions",
                    element: (
                      <RequirePage page="providerDispositions">
                        <ProviderDispositionListPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "dispositions/:id",
                    element: (
                      <RequirePage page="providerDispositions">
                        <ProviderDispositionDetailPage />
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
                  {
                    path: "notifications",
                    element: (
                      <RequirePage page="notifications">
                        <NotificationsPage />
                      </RequirePage>
                    ),
                  },
                  {
                    path: "notification-settings",
                    element: (
                      <RequirePage page="notificationSettings">
                        <NotificationSettingsPage />
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
