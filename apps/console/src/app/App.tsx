import { lazy, Suspense } from "react";
import { useSession } from "./api/session.js";
import { ErrorMessage } from "./components/ErrorMessage.js";
import { Layout } from "./components/Layout.js";
import { ChatPage } from "./pages/ChatPage.js";
import { KnowledgeBasePage } from "./pages/KnowledgeBasePage.js";
import { KnowledgeBasesPage } from "./pages/KnowledgeBasesPage.js";
import { NotConfiguredPage } from "./pages/NotConfiguredPage.js";
import { RunPage } from "./pages/RunPage.js";
import { RunsPage } from "./pages/RunsPage.js";
import { WorkflowsPage } from "./pages/WorkflowsPage.js";
import { WorkspacePage } from "./pages/WorkspacePage.js";
import { useRoute } from "./router.js";

// The graph library is the heaviest part of the app: loaded only when a workflow is opened.
const WorkflowPage = lazy(() => import("./pages/WorkflowPage.js"));

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
