import { describe, expectTypeOf, it } from "vitest";
import {
  type NoxusInputError,
  type NoxusInputErrorCode,
  type Page,
  Paginated,
  pagesOf,
  type RunFailedError,
  type WorkflowBuilderError,
  type WorkflowBuilderErrorCode,
} from "../src/index.js";
import type {
  Agent,
  ConversationEvent,
  DefaultNodeCatalog,
  KnowledgeBaseDocument,
  NoxusFile,
  Run,
  RunHandle,
  RunManyResult,
  SearchResult,
  Workflow,
  WorkflowBuilder,
  Workspace,
} from "../src/node.js";

// Compile-time only: the public API is precisely typed — no `any` leaks out of it.
declare const ws: Workspace;

describe("public types", () => {
  it("workflows", () => {
    expectTypeOf(ws.workflows.list()).toEqualTypeOf<Paginated<Workflow>>();
    expectTypeOf(ws.workflows.get).returns.resolves.toEqualTypeOf<Workflow>();
    // build() is generic over the catalog types; by default the registered (else @noxus/local's) one.
    async () => {
      const builder = await ws.workflows.build("x");
      expectTypeOf(builder).toEqualTypeOf<WorkflowBuilder<DefaultNodeCatalog>>();
      expectTypeOf(builder).toEqualTypeOf<WorkflowBuilder>();
      expectTypeOf(builder).not.toBeAny();
    };
  });

  it("runs", () => {
    expectTypeOf(ws.runs.create).returns.resolves.toEqualTypeOf<RunHandle>();
    expectTypeOf<RunHandle["wait"]>().returns.resolves.toEqualTypeOf<Run>();
    expectTypeOf<RunHandle["output"]>().returns.resolves.toEqualTypeOf<string>();
    expectTypeOf<RunHandle["events"]>().returns.not.toBeAny();
    expectTypeOf(ws.runs.runMany).returns.resolves.toEqualTypeOf<RunManyResult[]>();
    expectTypeOf(ws.runs.list("w")).toEqualTypeOf<Paginated<Run>>();
  });

  it("knowledge bases and files", () => {
    expectTypeOf(ws.knowledgeBases.create).returns.resolves.not.toBeAny();
    type Handle = Awaited<ReturnType<Workspace["knowledgeBases"]["get"]>>;
    expectTypeOf<Handle["search"]>().returns.resolves.toEqualTypeOf<SearchResult[]>();
    expectTypeOf<Handle["documents"]["list"]>().returns.toEqualTypeOf<
      Paginated<KnowledgeBaseDocument>
    >();
    expectTypeOf(ws.files.upload).returns.resolves.toEqualTypeOf<NoxusFile>();
    expectTypeOf(ws.files.download("f")).resolves.toEqualTypeOf<Uint8Array>();
  });

  it("conversations, agents, admin", () => {
    type Conversation = Awaited<ReturnType<Workspace["conversations"]["create"]>>;
    expectTypeOf<Conversation["events"]>().returns.toEqualTypeOf<
      AsyncGenerator<ConversationEvent>
    >();
    expectTypeOf(ws.agents.get).returns.resolves.toEqualTypeOf<Agent>();
    expectTypeOf(ws.admin).not.toBeAny();
    expectTypeOf(ws.id).toEqualTypeOf<string | undefined>();
  });
});

describe("errors", () => {
  it("types every SDK error's code as a union, with hint and retryable from NoxusError", () => {
    expectTypeOf<NoxusInputError["code"]>().toEqualTypeOf<NoxusInputErrorCode>();
    expectTypeOf<"nothing_to_update">().toExtend<NoxusInputErrorCode>();
    // @ts-expect-error: the synonym was merged into nothing_to_update
    expectTypeOf<"empty_update">().toExtend<NoxusInputErrorCode>();
    // @ts-expect-error: the synonym was merged into invalid_option
    expectTypeOf<"invalid_argument">().toExtend<NoxusInputErrorCode>();
    expectTypeOf<WorkflowBuilderError["code"]>().toEqualTypeOf<WorkflowBuilderErrorCode>();
    expectTypeOf<RunFailedError["code"]>().toEqualTypeOf<"run_failed">();
    expectTypeOf<NoxusInputError["hint"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NoxusInputError["retryable"]>().toEqualTypeOf<boolean>();
  });
});

describe("one resource shape", () => {
  it("gives every handle its data under `data`", async () => {
    const handle = await ws.runs.create("wf", {});
    expectTypeOf(handle.data).toEqualTypeOf<Run>();
    const kb = await ws.knowledgeBases.get("kb");
    expectTypeOf(kb.data.id).toEqualTypeOf<string>();
    const conversation = await ws.conversations.get("c");
    expectTypeOf(conversation.data.id).toEqualTypeOf<string>();
  });

  it("builds a Paginated from a page fetcher or a page source", () => {
    const fetchPage = async (request: { page: number; size: number }): Promise<Page<number>> => ({
      items: [request.page],
      total: 1,
      page: request.page,
      size: request.size,
      pages: 1,
    });
    expectTypeOf(new Paginated(fetchPage)).toEqualTypeOf<Paginated<number>>();
    expectTypeOf(new Paginated(pagesOf(fetchPage), { pageSize: 10 })).toEqualTypeOf<
      Paginated<number>
    >();
  });

  it("types runMany's onResult with the batch's own input type and the item's index", async () => {
    await ws.runs.runMany("wf", [{ Topic: "a" }], {
      stopSignal: new AbortController().signal,
      onResult: (result, index) => {
        expectTypeOf(index).toEqualTypeOf<number>();
        expectTypeOf(result.input).toEqualTypeOf<{ Topic: string }>();
        if (result.ok) expectTypeOf(result.run).toEqualTypeOf<Run>();
        else expectTypeOf(result.error).toEqualTypeOf<Error>();
      },
    });
  });
});
