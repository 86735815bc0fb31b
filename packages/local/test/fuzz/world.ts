import { createHash } from "node:crypto";
import { waitFor } from "../helpers/wait.js";
import { threeNodeFlow } from "../helpers/workflow-builder.js";
import type { KnownIds } from "./arbitraries.js";

/** JSON over HTTP with one key; throws on anything but 2xx (the world must build). */
export function apiFor(baseUrl: string, key: string) {
  return async function api<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    const init: RequestInit = { method, headers: { "x-api-key": key } };
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)["content-type"] = "application/json";
    }
    const response = await fetch(`${baseUrl}${path}`, init);
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return (response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text) as T;
  };
}

type Api = ReturnType<typeof apiFor>;

export async function completedRun(api: Api, workflowId: string, topic: string) {
  const run = await api<{ id: string }>("POST", `/v1/workflows/${workflowId}/runs`, {
    input: { Topic: topic },
  });
  return waitFor(async () => {
    const current = await api<{ status: string; output: unknown }>("GET", `/v1/runs/${run.id}`);
    return ["completed", "failed"].includes(current.status)
      ? { ...current, id: run.id }
      : undefined;
  }, `run ${run.id} to end`);
}

/**
 * One of everything in a workspace: a workflow with a version and a finished run, a KB with
 * a trained document, a file, a conversation with a message, an agent. Returns the ids by
 * the path parameter names of the spec, so fuzzed requests can reach real data.
 */
export async function buildWorld(
  baseUrl: string,
  key: string,
  workspaceId: string,
): Promise<KnownIds> {
  const api = apiFor(baseUrl, key);
  const flow = threeNodeFlow();
  const workflow = await api<{ id: string }>("POST", "/v1/workflows", {
    name: "fuzz flow",
    definition: flow.definition,
  });
  const version = await api<{ id: string }>("POST", `/v1/workflows/${workflow.id}/versions`, {
    name: "v1",
    definition: flow.definition,
  });
  const run = await completedRun(api, workflow.id, "seed");
  const kb = await api<{ id: string }>("POST", "/v1/knowledge-bases", { name: "fuzz kb" });
  const form = new FormData();
  form.append("files", new File(["# Handbook\n\nThe fuzz world has apples."], "handbook.md"));
  await api("POST", `/v1/knowledge-bases/${kb.id}/upload_train`, form);
  const doc = await waitFor(async () => {
    const page = await api<{ items: { id: string }[] }>(
      "GET",
      `/v1/knowledge-bases/${kb.id}/documents/trained`,
    );
    return page.items[0];
  }, "the document to be trained");
  const fileForm = new FormData();
  fileForm.append("file", new File(["file bytes"], "bytes.txt"));
  const file = await api<{ id: string }>("POST", "/v1/file", fileForm);
  const conversation = await api<{ id: string }>("POST", "/v1/conversations", {
    name: "fuzz chat",
    settings: { model: ["gpt-4o"], temperature: 0.5, max_tokens: 100, tools: [] },
  });
  await api("POST", `/v1/conversations/${conversation.id}/chat`, { content: "hello" });
  const agent = await api<{ id: string }>("POST", "/v1/agents", {
    name: "fuzz agent",
    definition: { model: ["gpt-4o"], temperature: 0.1, tools: [], persona: "Helpful" },
  });
  return {
    group_id: workspaceId,
    workflow_id: workflow.id,
    version_id: version.id,
    run_id: run.id,
    kb_id: kb.id,
    doc_id: doc.id,
    file_id: file.id,
    conversation_id: conversation.id,
    agent_id: agent.id,
    assistant_id: agent.id,
  };
}

/** Everything a workspace's key can read, to compare before and after the fuzz. */
export async function snapshotWorkspace(baseUrl: string, key: string, ids: KnownIds) {
  const api = apiFor(baseUrl, key);
  const bytes = await fetch(`${baseUrl}/v1/file/${ids.file_id}`, {
    headers: { "x-api-key": key },
  }).then((response) => response.arrayBuffer());
  return {
    workflows: await api("GET", "/v1/workflows?size=100"),
    versions: await api("GET", `/v1/workflows/${ids.workflow_id}/versions`),
    runs: await api("GET", "/v1/runs?size=100"),
    run: await api("GET", `/v1/runs/${ids.run_id}`),
    kbs: await api("GET", "/v1/knowledge-bases?size=100"),
    documents: await api("GET", `/v1/knowledge-bases/${ids.kb_id}/documents/trained?size=100`),
    search: await api("POST", `/v1/knowledge-bases/${ids.kb_id}/search?query=apples`),
    conversations: await api("GET", "/v1/conversations?size=100"),
    conversation: await api("GET", `/v1/conversations/${ids.conversation_id}`),
    agents: await api("GET", "/v1/agents?size=100"),
    file: createHash("sha256").update(Buffer.from(bytes)).digest("hex"),
  };
}
