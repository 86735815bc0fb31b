import { isNoxusApiError } from "@noxus/client";
import { QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { LOGIN_PAGE_PATH } from "../shared/protocol.js";
import { App } from "./App.js";
import { readableError } from "./api/errors.js";
import { setUpstreamDown } from "./components/upstream-banner.js";
import "./styles.css";

const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error) => {
      // The console's login expired (or the server restarted with a token): log in again.
      if (isNoxusApiError(error) && (error.body as { code?: unknown })?.code === "login_required") {
        window.location.assign(LOGIN_PAGE_PATH);
        return;
      }
      if (readableError(error).upstreamDown) setUpstreamDown(true);
    },
    onSuccess: () => setUpstreamDown(false),
  }),
  defaultOptions: {
    // The client already retried what is worth retrying (429); errors show with a Retry button.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 },
  },
});

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
