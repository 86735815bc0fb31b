import { ErrorMessage } from "../components/ErrorMessage.js";
import { StatusBadge } from "../components/StatusBadge.js";
import { RunOutputs } from "../outputs/OutputView.js";
import type { LiveRun } from "./useLiveRun.js";

function duration(from: string | null, to: string | null): string {
  if (!from || !to) return "—";
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : "—";
}

/** A run's status, each node's state and timing (live while it runs), then its outputs. */
export function RunDetails({ live, labels }: { live: LiveRun; labels: Record<string, string> }) {
  const { run, nodes, status, streamError } = live;
  if (live.error) return <ErrorMessage error={live.error} onRetry={() => void run.refetch()} />;
  if (!run.data) return <p aria-live="polite">Loading the run…</p>;
  const error = (run.data as { error?: unknown }).error;
  return (
    <div className="run-details">
      <p aria-live="polite">
        Run <code>{run.data.id}</code>: <StatusBadge status={status ?? "queued"} />
      </p>
      {streamError != null && <ErrorMessage error={streamError} />}
      {typeof error === "string" && error && (
        <div className="error" role="alert">
          <strong>The run failed.</strong> <p>{error}</p>
        </div>
      )}
      <table className="nodes-table">
        <caption>Nodes</caption>
        <thead>
          <tr>
            <th scope="col">Node</th>
            <th scope="col">State</th>
            <th scope="col">Time</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(nodes).map(([id, node]) => (
            <tr
              key={id}
              data-testid="node-state"
              data-node={labels[id] ?? id}
              data-state={node.status}
            >
              <th scope="row">{labels[id] ?? id.slice(0, 8)}</th>
              <td>
                <StatusBadge status={node.status} />
                {node.error ? ` ${node.error}` : ""}
              </td>
              <td>{duration(node.startedAt, node.finishedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {live.done && (
        <>
          <h2>Outputs</h2>
          <RunOutputs output={run.data.output as Record<string, unknown> | null} labels={labels} />
        </>
      )}
    </div>
  );
}
