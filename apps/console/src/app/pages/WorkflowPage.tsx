import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { $api } from "../api/client.js";
import { ErrorMessage } from "../components/ErrorMessage.js";
import { href } from "../router.js";
import { outputLabels } from "../runs/definition.js";
import { RunDetails } from "../runs/RunDetails.js";
import { RunForm } from "../runs/RunForm.js";
import { useLiveRun } from "../runs/useLiveRun.js";
import { WorkflowGraph } from "./WorkflowGraph.js";

/** One workflow: its graph, a run form from its input nodes, and the current run live. */
export default function WorkflowPage({ workflowId }: { workflowId: string }) {
  const workflow = $api.useQuery("get", "/v1/workflows/{workflow_id}", {
    params: { path: { workflow_id: workflowId } },
  });
  const [runId, setRunId] = useState<string>();
  const start = $api.useMutation("post", "/v1/workflows/{workflow_id}/runs");
  const live = useLiveRun(runId, workflowId);
  const run = useMutation({
    mutationFn: (input: Record<string, unknown>) =>
      start.mutateAsync({ params: { path: { workflow_id: workflowId } }, body: { input } }),
    onSuccess: (created) => setRunId(created.id),
  });

  if (workflow.error) {
    return (
      <>
        <h1>Workflow</h1>
        <ErrorMessage error={workflow.error} onRetry={() => void workflow.refetch()} />
        <p>
          <a href={href("workflows")}>Back to the workflows</a>
        </p>
      </>
    );
  }
  if (!workflow.data) return <p aria-live="polite">Loading the workflow…</p>;
  const { definition } = workflow.data;
  const labels = outputLabels(definition);
  return (
    <>
      <p className="crumbs">
        <a href={href("workflows")}>Workflows</a> /
      </p>
      <h1>{workflow.data.name}</h1>
      {workflow.data.description && <p>{workflow.data.description}</p>}
      <WorkflowGraph definition={definition} states={live.nodes} />
      <div className="columns">
        <section aria-labelledby="run-form-title">
          <h2 id="run-form-title">Run</h2>
          <RunForm
            definition={definition}
            pending={run.isPending}
            onRun={(input) => run.mutate(input)}
          />
          {run.error && <ErrorMessage error={run.error} />}
        </section>
        <section aria-labelledby="run-live-title">
          <h2 id="run-live-title">Current run</h2>
          {runId ? (
            <>
              <RunDetails live={live} labels={labels} />
              <p>
                <a href={href("runs", runId)}>Open this run</a>
              </p>
            </>
          ) : (
            <p className="muted">
              Fill in the form and press Run; each node's state shows here live.
            </p>
          )}
        </section>
      </div>
    </>
  );
}
