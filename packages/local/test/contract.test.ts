import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminContract, platformContract } from "./contract/admin.js";
import { agentsContract } from "./contract/agents.js";
import { conversationsContract } from "./contract/conversations.js";
import { filesContract } from "./contract/files.js";
import { knowledgeBasesContract } from "./contract/knowledge-bases.js";
import { runsContract } from "./contract/runs.js";
import { workflowsContract } from "./contract/workflows.js";
import { createContractRecorder } from "./helpers/contract.js";
import { startTestServer, type TestServer } from "./helpers/local.js";

// The contract suite: every operation of the spec performed over HTTP against a real server,
// every response checked against the spec's schema by a generic validator. Each resource
// group lives in ./contract/<group>.ts; this file runs them in order and then checks that
// no operation of the spec went unexercised.
const recorder = createContractRecorder();
let harness: TestServer;
beforeAll(async () => {
  harness = await startTestServer({ fetch: recorder.fetch });
});
afterAll(() => harness?.close());
const current = () => harness;

describe("platform", () => platformContract(current));
describe("admin", () => adminContract(current));
describe("workflows", () => workflowsContract(current));
describe("runs", () => runsContract(current));
describe("knowledge bases", () => knowledgeBasesContract(current));
describe("files", () => filesContract(current));
describe("conversations", () => conversationsContract(current));
describe("agents", () => agentsContract(current));

describe("the spec as a whole", () => {
  it("every response matched its documented status and schema", async () => {
    expect(await recorder.settle()).toEqual([]);
  });

  it("every operation was exercised with a 2xx answer", () => {
    const missing = recorder.allOperationIds.filter((id) => !recorder.exercised.has(id));
    expect(missing).toEqual([]);
  });
});
