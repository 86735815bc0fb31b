import { describe, expectTypeOf, it } from "vitest";
import type {
  NoxusInputError,
  NoxusInputErrorCode,
  RunFailedError,
  WorkflowBuilderError,
  WorkflowBuilderErrorCode,
} from "../src/index.js";
import type {
  Agent,
  ConversationEvent,
  KnowledgeBaseDocument,
  NoxusFile,
  Paginated,
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
    expectTypeOf(ws.workflows.build).returns.resolves.toEqualTypeOf<WorkflowBuilder>();
    expectTypeOf(ws.workflows.build).returns.resolves.not.toBeAny();
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
