import { createBrowserRouter, Outlet } from "react-router-dom";
import { HomeRedirect, OwnPortalRoute, PortalRoute, RequireAuth, RequirePage } from "./auth/guards";
import { PasswordChangePage } from "./pages/account/PasswordChangePage";
import { ErrorPage } from "./pages/ErrorPage";
import { LoginPage } from "./pages/LoginPage";
import { NotFoundContent, NotFoundPage } from "./pages/NotFoundPage";
import { AccessLogPage } from "./pages/official/AccessLogPage";
import { AdminUsersPage } from "./pages/official/AdminUsersPage";
import { InstitutionDetailPage } from "./pages/official/InstitutionDetailPage";
import { InstitutionListPage } from "./pages/official/InstitutionListPage";
import { OfficialHome, ProviderHome } from "./pages/PortalHome";
import { AgencyInstitutionsPage } from "./pages/provider/AgencyInstitutionsPage";
import { ClientsPage } from "./pages/provider/ClientsPage";
import { StaffPage } from "./pages/provider/StaffPage";

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
                    path: "institutions/:id",
                    element: (
                      <RequirePage page="officialInstitutions">
                        <InstitutionDetailPage />
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
                    path: "agency",
                    element: (
                      <RequirePage page="agencyInstitutions">
                        <AgencyInstitutionsPage />
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
