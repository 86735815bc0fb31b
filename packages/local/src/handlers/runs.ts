import type { BodyOf, Schemas } from "../api-types.js";
import { OUTPUT_NODE_TYPE } from "../catalog/nodes.js";
import { BoundedCache } from "../domain/bounded-cache.js";
import { isCallbackUrl } from "../engine/callback.js";
import { isTerminalEvent } from "../engine/events.js";
import { resolveRunInputs } from "../engine/inputs.js";
import { ProgressTracker } from "../engine/progress.js";
import { engineFor } from "../engine/registry.js";
import { toProgressDetails, toRun, toRunNoIO, toRunSummary } from "../engine/run-json.js";
import type { ResourceGroupFactory } from "../http/context.js";
import { invalid, invalidMany, notFound } from "../http/errors.js";
import { readPage, toPage } from "../http/pagination.js";
import { openEventStream } from "../http/sse.js";
import { type StoredRun, type StoredRunEvent, TERMINAL_STATUSES } from "../storage/runs.js";

/** How long a sync run blocks (reference §3.5); then it answers with what it has. */
const SYNC_RUN_TIMEOUT_MS = 120_000;

/**
 * Outputs of a sync run: keyed by each OutputNode's label (its `label` config, else its
 * name), or with `use_output_ids` by `<node_id>::output` as in the async run's output.
 */
function syncOutput(run: StoredRun, useOutputIds: boolean): Schemas["RunOutput"] {
  const output = run.output ?? {};
  if (useOutputIds) return output;
  const byLabel: Schemas["RunOutput"] = {};
  for (const node of run.definition.nodes) {
    if (node.type !== OUTPUT_NODE_TYPE) continue;
    const value = output[`${node.id}::output`];
    if (value === undefined) continue;
    const label = node.node_config?.label;
    const base = typeof label === "string" && label ? label : (node.name ?? "Output");
    let key = base;
    for (let n = 2; key in byLabel; n++) key = `${base} (${n})`;
    byLabel[key] = value;
  }
  return byLabel;
}

function parseEtag(etag: string | undefined): number {
  if (etag === undefined || etag === "") return 0;
  const match = /^\d+-(\d+)$/.exec(etag);
  if (!match) {
    throw invalid(
      ["query", "etag"],
      `Not an event id: "${etag}". Pass the redisId of the last event you received (e.g. "1718000000000-3").`,
    );
  }
  return Number(match[1]);
}

/** Runs: create (async and sync), read, list, search, and the SSE event stream (reference §2.4, §3). */
export const runsGroup: ResourceGroupFactory = (context) => {
  const { workflows, runs } = context.storage;
  const engine = engineFor(context);

  /** Validates everything before writing anything; the new run is queued. */
  async function startRun(workspaceId: string, workflowId: string, body: BodyOf<"createRun">) {
    const workflow = await workflows.get(workspaceId, workflowId);
    if (!workflow) throw notFound("Workflow not found");
    let definition = workflow.definition;
    if (body.workflow_version_id) {
      const version = await workflows.getVersion(workspaceId, workflowId, body.workflow_version_id);
      if (!version) throw notFound("Workflow version not found");
      definition = version.definition;
    }
    if (body.callback_url !== undefined && !isCallbackUrl(body.callback_url)) {
      throw invalid(
        ["body", "callback_url"],
        `callback_url must be an absolute http:// or https:// URL, not "${body.callback_url}".`,
      );
    }
    const { issues } = resolveRunInputs(definition, body.input);
    if (issues.length > 0) throw invalidMany(issues);
    const tracker = ProgressTracker.initial(definition.nodes.map((node) => node.id));
    const run = await runs.create(
      workspaceId,
      {
        workflowId,
        workflowVersionId: body.workflow_version_id ?? null,
        input: body.input,
        definition,
        nodeIds: body.node_ids ?? null,
        singleNodeId: body.single_node_id ?? null,
        callbackUrl: body.callback_url ?? null,
        progressDetails: tracker.snapshot(),
      },
      [
        {
          type: "state",
          data: {
            status: "queued",
            progress: 0,
            progress_details: toProgressDetails(tracker.snapshot()),
          },
        },
      ],
    );
    engine.enqueue(run);
    return run;
  }

  const finishedRuns = new BoundedCache<{ workspaceId: string; workflowId: string; json: string }>(
    5_000,
  );

  const findRun = async (workspaceId: string, runId: string) => {
    const run = await runs.get(workspaceId, runId);
    if (!run) throw notFound("Run not found");
    return run;
  };

  return {
    async start() {
      await engine.recover();
    },

    async stop() {
      await engine.shutdown();
    },

    handlers: {
      async createRun(request) {
        const { workflow_id } = request.params;
        const body = request.body;
        return toRun(await startRun(request.auth.workspaceId, workflow_id, body));
      },

      async createSyncRun(request) {
        const { workflow_id } = request.params;
        const query = request.query;
        const body = request.body;
        const { workspaceId } = request.auth;
        const created = await startRun(workspaceId, workflow_id, body);
        // On timeout the run goes on; the answer carries its id and the outputs so far.
        await engine.waitForEnd(workspaceId, created.id, SYNC_RUN_TIMEOUT_MS);
        const run = (await runs.get(workspaceId, created.id)) ?? created;
        const output = syncOutput(run, query.use_output_ids === true);
        if (query.output_only === true) return output;
        return { id: run.id, output, status: run.status, error: run.error };
      },

      async listWorkflowRuns(request) {
        const { workflow_id } = request.params;
        const page = readPage(request.query);
        const { workspaceId } = request.auth;
        if (!(await workflows.exists(workspaceId, workflow_id)))
          throw notFound("Workflow not found");
        const { items, total } = await runs.list(workspaceId, { workflowId: workflow_id }, page);
        return toPage(items.map(toRun), total, page);
      },

      async getWorkflowRun(request, reply) {
        const { workflow_id, run_id } = request.params;
        const { workspaceId } = request.auth;
        // Clients poll this. A finished run never changes, so its JSON is kept and served
        // again after a cheap check that its workflow still exists (deleting it hides its runs).
        const finished = finishedRuns.get(run_id);
        if (
          finished &&
          finished.workspaceId === workspaceId &&
          finished.workflowId === workflow_id
        ) {
          if (await workflows.exists(workspaceId, workflow_id)) {
            return reply.type("application/json; charset=utf-8").send(finished.json);
          }
          throw notFound("Workflow not found");
        }
        const run = await runs.get(workspaceId, run_id);
        if (run && run.workflowId === workflow_id && !run.workflowDeleted) {
          const body = toRun(run);
          if (TERMINAL_STATUSES.includes(run.status))
            finishedRuns.set(run_id, {
              workspaceId,
              workflowId: workflow_id,
              json: JSON.stringify(body),
            });
          return body;
        }
        if (!(await workflows.exists(workspaceId, workflow_id)))
          throw notFound("Workflow not found");
        throw notFound("Run not found");
      },

      async listRuns(request) {
        const page = readPage(request.query);
        const { items, total } = await runs.list(request.auth.workspaceId, {}, page);
        return toPage(items.map(toRunSummary), total, page);
      },

      async searchRuns(request) {
        const page = readPage(request.query);
        const body = request.body;
        // A plain case-insensitive text match; `similarity_threshold` has nothing to tune here.
        const text = body.query.trim();
        const { items, total } = await runs.list(
          request.auth.workspaceId,
          text ? { text } : {},
          page,
        );
        return toPage(items.map(toRunSummary), total, page);
      },

      async getRun(request) {
        const { run_id } = request.params;
        return toRunNoIO(await findRun(request.auth.workspaceId, run_id));
      },

      async streamRunEvents(request, reply) {
        const { run_id } = request.params;
        const { etag } = request.query;
        const { workspaceId } = request.auth;
        await findRun(workspaceId, run_id);
        const after = parseEtag(etag);

        const stream = openEventStream(request, reply, context.config.keepAliveMs);
        let last = after;
        let ended = false;
        let replaying = true;
        const held: StoredRunEvent[] = [];
        const finish = () => {
          ended = true;
          unsubscribe();
          stream.close();
        };
        // Resume strictly after `last`: history and live events may overlap, never repeat.
        const send = (event: StoredRunEvent) => {
          if (ended || event.seq <= last) return;
          last = event.seq;
          stream.send(
            { type: event.type, data: event.data, redisId: event.redisId },
            event.redisId,
          );
          if (isTerminalEvent(event)) finish();
        };
        // Subscribe before reading the log so nothing committed in between is lost.
        const unsubscribe = engine.hub.subscribe(run_id, (event) => {
          if (replaying) held.push(event);
          else send(event);
        });
        stream.signal.addEventListener("abort", () => unsubscribe(), { once: true });

        for (const event of await runs.listEvents(workspaceId, run_id, after)) send(event);
        replaying = false;
        for (const event of held.splice(0)) send(event);
        if (!ended) {
          // Everything of an ended run is in its log: once replayed, there is nothing to wait for.
          const current = await runs.get(workspaceId, run_id);
          if (!current || TERMINAL_STATUSES.includes(current.status)) finish();
        }
        return reply;
      },
    },
  };
};
