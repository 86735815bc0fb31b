import { useState } from "react";
import { $api } from "../api/client.js";
import { ErrorMessage } from "../components/ErrorMessage.js";
import { Pager } from "../components/Pager.js";
import { StatusBadge } from "../components/StatusBadge.js";
import { href } from "../router.js";

const STATUSES = ["all", "queued", "running", "completed", "failed", "stopped"] as const;

/** Recent runs of every workflow; the status filter narrows the page shown (the API has none). */
export function RunsPage() {
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<(typeof STATUSES)[number]>("all");
  const list = $api.useQuery(
    "get",
    "/v1/runs",
    { params: { query: { page, size: 25 } } },
    // Runs move on their own: refresh while any on the page is still going.
    {
      refetchInterval: (query) =>
        query.state.data?.items.some((run) => run.status === "queued" || run.status === "running")
          ? 2_000
          : false,
    },
  );
  const items = (list.data?.items ?? []).filter((run) => status === "all" || run.status === status);
  return (
    <>
      <h1>Runs</h1>
      <div className="toolbar">
        <label>
          Status{" "}
          <select
            value={status}
            onChange={(event) => setStatus(event.target.value as (typeof STATUSES)[number])}
          >
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
      </div>
      {list.error && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending && <p aria-live="polite">Loading runs…</p>}
      {list.data && (
        <>
          <table className="runs-table" data-testid="run-list">
            <caption className="visually-hidden">Recent runs</caption>
            <thead>
              <tr>
                <th scope="col">Workflow</th>
                <th scope="col">Status</th>
                <th scope="col">Started</th>
                <th scope="col">Run</th>
              </tr>
            </thead>
            <tbody>
              {items.map((run) => (
                <tr key={run.id}>
                  <td>{run.workflow?.name ?? run.workflow_id.slice(0, 8)}</td>
                  <td>
                    <StatusBadge status={run.status} />
                  </td>
                  <td>{new Date(run.created_at).toLocaleString()}</td>
                  <td>
                    <a href={href("runs", run.id)}>Open run {run.id.slice(0, 8)}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {items.length === 0 && (
            <p>No runs{status === "all" ? "" : ` with status ${status}`} here.</p>
          )}
          <Pager page={list.data.page} pages={list.data.pages} onPage={setPage} label="Run pages" />
        </>
      )}
    </>
  );
}
