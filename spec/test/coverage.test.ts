import { describe, expect, it } from "vitest";
import { loadSpec, operationsOf } from "./load-spec.js";

// Every method+path of reference/noxus-api.md §2 (what the SDKs call, 51) and §9 (documented
// by docs.noxus.ai, 5 more). Written out by hand on purpose: this list is the reference, the
// spec is what it checks. Path parameter names are the spec's own.
const REFERENCE_OPERATIONS = [
  // §2.1 metadata
  "GET /v1/nodes",
  "GET /v1/models/llms",
  "GET /v1/models/llms/presets",
  // §2.2 workspaces and API keys
  "GET /v1/admin/me",
  "GET /v1/admin/groups",
  "POST /v1/admin/groups",
  "DELETE /v1/admin/groups/{group_id}",
  "POST /v1/admin/groups/{group_id}/api-keys",
  // §2.3 workflows and versions
  "GET /v1/workflows",
  "POST /v1/workflows",
  "GET /v1/workflows/{workflow_id}",
  "PATCH /v1/workflows/{workflow_id}",
  "DELETE /v1/workflows/{workflow_id}",
  "POST /v1/workflows/{workflow_id}/versions",
  "GET /v1/workflows/{workflow_id}/versions",
  "PATCH /v1/workflows/{workflow_id}/versions/{version_id}",
  // §2.4 runs
  "POST /v1/workflows/{workflow_id}/runs",
  "GET /v1/workflows/{workflow_id}/runs",
  "GET /v1/workflows/{workflow_id}/runs/{run_id}",
  "GET /v1/runs/{run_id}/events",
  // §2.5 knowledge bases
  "GET /v1/knowledge-bases",
  "POST /v1/knowledge-bases",
  "GET /v1/knowledge-bases/{kb_id}",
  "DELETE /v1/knowledge-bases/{kb_id}",
  "GET /v1/knowledge-bases/{kb_id}/runs",
  "POST /v1/knowledge-bases/{kb_id}/search",
  "POST /v1/knowledge-bases/{kb_id}/document",
  "GET /v1/knowledge-bases/{kb_id}/document/{doc_id}",
  "PATCH /v1/knowledge-bases/{kb_id}/document/{doc_id}",
  "DELETE /v1/knowledge-bases/{kb_id}/document/{doc_id}",
  "GET /v1/knowledge-bases/{kb_id}/documents/{status}",
  "POST /v1/knowledge-bases/{kb_id}/upload_train",
  "POST /v1/knowledge-bases/{kb_id}/generic_train",
  // §2.6 files
  "POST /v1/file",
  "GET /v1/file/{file_id}",
  // §2.7 conversations
  "GET /v1/conversations",
  "POST /v1/conversations",
  "GET /v1/conversations/{conversation_id}",
  "PATCH /v1/conversations/{conversation_id}",
  "DELETE /v1/conversations/{conversation_id}",
  "POST /v1/conversations/{conversation_id}",
  "POST /v1/conversations/{conversation_id}/chat",
  "GET /v1/conversations/{conversation_id}/events",
  // §2.8 agents and triggers
  "GET /v1/agents",
  "POST /v1/agents",
  "GET /v1/agents/{agent_id}",
  "PATCH /v1/agents/{agent_id}",
  "DELETE /v1/agents/{agent_id}",
  "GET /v1/agents/{agent_id}/triggers",
  "POST /v1/agents/{agent_id}/triggers/{trigger_type}",
  "DELETE /v1/triggers/{trigger_id}",
  // §9 documented, not called by the SDKs
  "POST /v1/workflows/{workflow_id}/runs/sync",
  "GET /v1/runs",
  "GET /v1/runs/{run_id}",
  "POST /v1/runs/search",
  "POST /v1/conversations/{conversation_id}/stream",
];

const spec = loadSpec();
const operations = operationsOf(spec);
const keys = operations.map((entry) => entry.key);

describe("operation coverage", () => {
  it("lists 56 reference operations (51 of §2, 5 of §9)", () => {
    expect(new Set(REFERENCE_OPERATIONS).size).toBe(56);
  });

  it.each(REFERENCE_OPERATIONS)("has %s", (key) => {
    expect(keys).toContain(key);
  });

  it("has no operation the reference does not know", () => {
    expect(keys.filter((key) => !REFERENCE_OPERATIONS.includes(key))).toEqual([]);
  });
});
