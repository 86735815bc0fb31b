import { lazy, Suspense } from "react";
import { useSession } from "./api/session.js";
import { ErrorMessage } from "./components/ErrorMessage.js";
import { Layout } from "./components/Layout.js";
import { NotConfiguredPage } from "./pages/NotConfiguredPage.js";
import { WorkflowsPage } from "./pages/WorkflowsPage.js";
import { useRoute } from "./router.js";

// Only the landing page (the workflow list) is in the first download; every other page is
// fetched when first opened. The graph library is the heaviest of them.
const WorkflowPage = lazy(() => import("./pages/WorkflowPage.js"));
const RunsPage = lazy(() => import("./pages/RunsPage.js").then((m) => ({ default: m.RunsPage })));
const RunPage = lazy(() => import("./pages/RunPage.js").then((m) => ({ default: m.RunPage })));
const KnowledgeBasesPage = lazy(() =>
  import("./pages/KnowledgeBasesPage.js").then((m) => ({ default: m.KnowledgeBasesPage })),
);
const KnowledgeBasePage = lazy(() =>
  import("./pages/KnowledgeBasePage.js").then((m) => ({ default: m.KnowledgeBasePage })),
);
const ChatPage = lazy(() => import("./pages/ChatPage.js").then((m) => ({ default: m.ChatPage })));
const WorkspacePage = lazy(() =>
  import("./pages/WorkspacePage.js").then((m) => ({ default: m.WorkspacePage })),
);

function Page() {
  const { segments } = useRoute();
  const [section = "workflows", id] = segments;
  switch (section) {
    case "workflows":
      return id ? <WorkflowPage workflowId={id} /> : <WorkflowsPage />;
    case "runs":
      return id ? <RunPage runId={id} /> : <RunsPage />;
    case "knowledge-bases":
      return id ? <KnowledgeBasePage kbId={id} /> : <KnowledgeBasesPage />;
    case "chat":
      return <ChatPage />;
    case "workspace":
      return <WorkspacePage />;
    default:
      return (
        <>
          <h1>Page not found</h1>
          <p>There is no page at this address. Pick a section above.</p>
        </>
      );
  }
}

export function App() {
  const session = useSession();
  const unconfigured = session.data && !session.data.configured;
  return (
    <Layout>
      {session.error ? (
        <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />
      ) : unconfigured ? (
        <NotConfiguredPage hint={session.data?.hint ?? null} />
      ) : (
        <Suspense fallback={<p aria-live="polite">Loading…</p>}>
          <Page />
        </Suspense>
      )}
    </Layout>
  );
}
