import type { Run } from "@noxus/client";
import { defined } from "@noxus/client/internal";
import type { CallOptions } from "../context.js";
import { NoxusInputError, RunFailedError } from "../errors.js";
import { positiveInteger, requireId } from "../internal/validate.js";
import type { ListOptions, Paginated } from "../pagination.js";
import { DefinitionLoader } from "./runs/definitions.js";
import { RunHandle } from "./runs/handle.js";
import { textsByKey } from "./runs/outputs.js";
import { runMany } from "./runs/run-many.js";
import type {
  CreateRunOptions,
  RunInput,
  RunManyOptions,
  RunManyResult,
  RunOutput,
  RunSummary,
  RunSyncOptions,
  RunSyncResult,
} from "./runs/types.js";
import { assertCallbackUrl, assertRunInput } from "./runs/validate.js";

export { RunHandle } from "./runs/handle.js";
export type {
  CreateRunOptions,
  RunEventsOptions,
  RunInput,
  RunManyOptions,
  RunManyProgress,
  RunManyResult,
  RunOutput,
  RunSummary,
  RunSyncOptions,
  RunSyncResult,
  WaitOptions,
} from "./runs/types.js";

import { Resource } from "../internal/resource.js";

/** The server holds a sync run for up to 120 s; the call's budget must outlast that. */
const SYNC_RUN_TIMEOUT_MS = 130_000;

/**
 * Runs of the workspace's workflows: start one and follow it (`create` → RunHandle), run
 * one and get its output in one call (`runSync`), run a batch (`runMany`), list them.
 */
export class Runs extends Resource {
  /**
   * Starts a run (`POST /v1/workflows/{id}/runs`). Input keys are InputNode labels, node
   * ids or `<node_id>::input`.
   *
   * @example
   * const handle = await ws.runs.create(workflowId, { Topic: "cats" });
   * const run = await handle.wait();
   */
  async create(
    workflowId: string,
    input: RunInput,
    options: CreateRunOptions = {},
  ): Promise<RunHandle> {
    const run = await this.start(workflowId, input, options);
    return new RunHandle(this.context, run);
  }

  /** A handle on an existing run (`GET /v1/workflows/{id}/runs/{run_id}`). */
  async get(workflowId: string, runId: string, options: CallOptions = {}): Promise<RunHandle> {
    requireId(workflowId, "workflowId");
    requireId(runId, "runId");
    const { data } = await this.context.client.GET("/v1/workflows/{workflow_id}/runs/{run_id}", {
      params: { path: { workflow_id: workflowId, run_id: runId } },
      ...this.call(options),
    });
    return new RunHandle(this.context, data);
  }

  /** A handle on a run you already hold (from `list()`, a callback…), without a request. */
  handle(run: Run): RunHandle {
    if (!run || typeof run.id !== "string" || typeof run.workflow_id !== "string") {
      throw new NoxusInputError(
        "invalid_run",
        "handle() takes a Run object with id and workflow_id.",
      );
    }
    return new RunHandle(this.context, run);
  }

  /**
   * Runs a workflow and answers with its output in one call (`POST …/runs/sync`; the
   * server waits up to 120 s). Outputs are keyed by OutputNode label; `outputs` has their text.
   * Throws RunFailedError when the server reports the run failed.
   */
  runSync(
    workflowId: string,
    input: RunInput,
    options: RunSyncOptions & { outputOnly: true },
  ): Promise<RunOutput>;
  runSync(
    workflowId: string,
    input: RunInput,
    options?: RunSyncOptions & { outputOnly?: false },
  ): Promise<RunSyncResult>;
  async runSync(
    workflowId: string,
    input: RunInput,
    options: RunSyncOptions = {},
  ): Promise<RunSyncResult | RunOutput> {
    requireId(workflowId, "workflowId");
    assertRunInput(input);
    if (options.versionId !== undefined) requireId(options.versionId, "versionId");
    const outputOnly = options.outputOnly === true;
    const { data } = await this.context.client.POST("/v1/workflows/{workflow_id}/runs/sync", {
      params: { path: { workflow_id: workflowId }, query: { output_only: outputOnly } },
      body: {
        input,
        ...defined({ workflow_version_id: options.versionId }),
      },
      ...this.call(options),
      timeoutMs: SYNC_RUN_TIMEOUT_MS,
    });
    if (outputOnly) return data as RunOutput;
    const answer = data as RunSyncResult & { status?: unknown };
    // `status` is not in the documented answer; where a server adds it, a failure is not
    // passed off as an empty output.
    if (answer.status === "failed") {
      const { data: run } = await this.context.client.GET(
        "/v1/workflows/{workflow_id}/runs/{run_id}",
        {
          params: { path: { workflow_id: workflowId, run_id: answer.id } },
          ...this.call(options),
        },
      );
      throw new RunFailedError(run);
    }
    return { id: answer.id, output: answer.output, outputs: textsByKey(answer.output ?? {}) };
  }

  /** Every run of a workflow, newest first, across pages (`GET /v1/workflows/{id}/runs`). */
  list(workflowId: string, options: ListOptions = {}): Paginated<Run> {
    requireId(workflowId, "workflowId");
    return this.paginate<Run>(async ({ page, size, signal }) => {
      const { data } = await this.context.client.GET("/v1/workflows/{workflow_id}/runs", {
        params: { path: { workflow_id: workflowId }, query: { page, size } },
        signal,
      });
      return data;
    }, options);
  }

  /** Every run of the workspace, across workflows and pages (`GET /v1/runs`). */
  listAll(options: ListOptions = {}): Paginated<RunSummary> {
    return this.paginate<RunSummary>(async ({ page, size, signal }) => {
      const { data } = await this.context.client.GET("/v1/runs", {
        params: { query: { page, size } },
        signal,
      });
      return data;
    }, options);
  }

  /**
   * Runs the workflow once per input, at most `concurrency` at a time, and answers one result
   * per input in input order: `{ ok: true, run }` or `{ ok: false, error }` (a bad input, a
   * failed run… never fails the batch). Rate limits (429) are retried by the transport.
   *
   * @example
   * const results = await ws.runs.runMany(id, topics.map((Topic) => ({ Topic })), {
   *   concurrency: 8,
   *   onProgress: ({ done, total }) => console.log(`${done}/${total}`),
   * });
   */
  async runMany<Input extends RunInput>(
    workflowId: string,
    inputs: readonly Input[],
    options: RunManyOptions<Input> = {},
  ): Promise<RunManyResult<Input>[]> {
    requireId(workflowId, "workflowId");
    if (!Array.isArray(inputs)) {
      throw new NoxusInputError("invalid_input", "inputs must be an array of input objects.");
    }
    const concurrency = positiveInteger(options.concurrency, "concurrency", 4);
    if (options.versionId !== undefined) requireId(options.versionId, "versionId");
    // Every handle of the batch shares one loader: output labels cost one request in all.
    const definitions = new DefinitionLoader(this.context);
    const createOptions: CreateRunOptions = defined({ versionId: options.versionId });
    return runMany(
      inputs,
      async (input, signal) => {
        const run = await this.start(workflowId, input, { ...createOptions, signal });
        const handle = new RunHandle(this.context, run, definitions);
        await handle.wait({ ...options.waitOptions, signal });
        return handle;
      },
      { ...defined(options), concurrency },
    );
  }

  private async start(workflowId: string, input: unknown, options: CreateRunOptions): Promise<Run> {
    requireId(workflowId, "workflowId");
    assertRunInput(input);
    if (options.versionId !== undefined) requireId(options.versionId, "versionId");
    if (options.callbackUrl !== undefined) assertCallbackUrl(options.callbackUrl);
    const { data } = await this.context.client.POST("/v1/workflows/{workflow_id}/runs", {
      params: { path: { workflow_id: workflowId } },
      body: {
        input,
        ...defined({ workflow_version_id: options.versionId, callback_url: options.callbackUrl }),
      },
      ...this.call(options),
    });
    return data;
  }
}
