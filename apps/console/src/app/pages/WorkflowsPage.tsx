import { useDeferredValue, useState } from "react";
import { $api } from "../api/client.js";
import { ErrorMessage } from "../components/ErrorMessage.js";
import { Pager } from "../components/Pager.js";
import { href } from "../router.js";

const PAGE_SIZE = 20;

/**
 * Workflows of the workspace, a page at a time. The API has no name filter, so the search
 * box narrows the page shown (and says so).
 */
export function WorkflowsPage() {
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState("");
  const term = useDeferredValue(search.trim().toLowerCase());
  const list = $api.useQuery("get", "/v1/workflows", {
    params: { query: { page, size: PAGE_SIZE, type: "flow" } },
  });
  const items = (list.data?.items ?? []).filter((workflow) =>
    workflow.name.toLowerCase().includes(term),
  );
  return (
    <>
      <h1>Workflows</h1>
      <div className="toolbar">
        <label>
          Search by name{" "}
          <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </label>
      </div>
      {list.error && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending && <p aria-live="polite">Loading workflows…</p>}
      {list.data && (
        <>
          <p className="muted" aria-live="polite">
            {term
              ? `${items.length} of ${list.data.items.length} on this page match.`
              : `${list.data.total} workflow${list.data.total === 1 ? "" : "s"}.`}
          </p>
          <ul className="cards" data-testid="workflow-list">
            {items.map((workflow) => (
              <li key={workflow.id}>
                <a href={href("workflows", workflow.id)}>{workflow.name}</a>
                <span className="muted">
                  {workflow.definition.nodes.length} nodes
                  {workflow.description ? ` · ${workflow.description}` : ""}
                </span>
              </li>
            ))}
          </ul>
          {list.data.items.length === 0 && <p>No workflows yet. Create one with the CLI or SDK.</p>}
          <Pager
            page={list.data.page}
            pages={list.data.pages}
            onPage={setPage}
            label="Workflow pages"
          />
        </>
      )}
    </>
  );
}
