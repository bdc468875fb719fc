import "./styles/fonts.css";
import "krds-uiux/resources/css/common/common.css";
import "krds-uiux/resources/css/component/component.css";
import "./styles/app.css";
import "./styles/layout.css";

import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router-dom";
import { router } from "./App";
import { restoreSession } from "./api/auth";
import { createQueryClient } from "./api/client";
import { sessionStore } from "./api/session";

const queryClient = createQueryClient();

// Whatever the previous user loaded must not outlive their session.
let wasAuthenticated = false;
sessionStore.subscribe(() => {
  const authenticated = sessionStore.isAuthenticated();
  if (wasAuthenticated && !authenticated) queryClient.clear();
  wasAuthenticated = authenticated;
});

void restoreSession();

const container = document.getElementById("root");
if (!container) throw new Error("#root is missing from index.html");

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
