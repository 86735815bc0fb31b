import { $api } from "../api/client.js";
import { ErrorMessage } from "../components/ErrorMessage.js";
import { href, navigate } from "../router.js";
import { outputLabels } from "../runs/definition.js";
import { RunDetails } from "../runs/RunDetails.js";
import { useLiveRun } from "../runs/useLiveRun.js";

/** One run: its inputs, each node's state and timing, its outputs, and "run again". */
export function RunPage({ runId }: { runId: string }) {
  const live = useLiveRun(runId);
  const run = live.run.data;
  const workflow = $api.useQuery(
    "get",
    "/v1/workflows/{workflow_id}",
    { params: { path: { workflow_id: run?.workflow_id ?? "" } } },
    { enabled: run !== undefined },
  );
  const again = $api.useMutation("post", "/v1/workflows/{workflow_id}/runs", {
    onSuccess: (created) => navigate(href("runs", created.id)),
  });
  return (
    <>
      <p className="crumbs">
        <a href={href("runs")}>Runs</a> /
      </p>
      <h1>
        Run of{" "}
        {workflow.data ? (
          <a href={href("workflows", workflow.data.id)}>{workflow.data.name}</a>
        ) : (
          "a workflow"
        )}
      </h1>
      {run && (
        <>
          <h2>Inputs</h2>
          <pre className="json" data-testid="run-input">
            {JSON.stringify(run.input, null, 2)}
          </pre>
          <button
            type="button"
            disabled={again.isPending}
            onClick={() =>
              again.mutate({
                params: { path: { workflow_id: run.workflow_id } },
                body: { input: run.input ?? {} },
              })
            }
          >
            Run again
          </button>
          {again.error && <ErrorMessage error={again.error} />}
        </>
      )}
      <RunDetails live={live} labels={outputLabels(workflow.data?.definition)} />
    </>
  );
}
