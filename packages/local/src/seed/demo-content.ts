import { randomUUID } from "node:crypto";

/**
 * The demo workspace's content, created through the public HTTP API like any client's
 * would be: a "Summarise" workflow (Input "text" → TextGeneration → Output "Summary") and a
 * "Handbook" knowledge base with three short documents, ingested and searchable.
 */
export async function seedDemoContent(baseUrl: string, apiKey: string): Promise<void> {
  const call = async (method: string, path: string, body?: unknown) => {
    const isForm = body instanceof FormData;
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        "X-API-Key": apiKey,
        ...(body && !isForm ? { "content-type": "application/json" } : {}),
      },
      ...(body ? { body: isForm ? body : JSON.stringify(body) } : {}),
    });
    if (!response.ok)
      throw new Error(
        `demo seed: ${method} ${path} answered ${response.status}: ${await response.text()}`,
      );
    return response.json() as Promise<{ id: string }>;
  };

  const node = (type: string, config: Record<string, unknown>, x: number) => ({
    id: randomUUID(),
    type,
    name: type.replace(/Node$/, ""),
    display: { position: { x, y: 0 } },
    node_config: config,
  });
  const edge = (
    from: string,
    fromConnector: string,
    to: string,
    toConnector: string,
    key: string | null = null,
  ) => ({
    id: randomUUID(),
    from_id: { node_id: from, connector_name: fromConnector, key: null, optional: false },
    to_id: { node_id: to, connector_name: toConnector, key, optional: false },
  });
  const input = node("InputNode", { label: "text", type: "str" }, 0);
  const generate = node(
    "TextGenerationNode",
    { template: "Summarise in one paragraph: ((Input 1))", model: ["noxus-local-echo"] },
    350,
  );
  const output = node("OutputNode", { label: "Summary" }, 700);
  await call("POST", "/v1/workflows", {
    name: "Summarise",
    type: "flow",
    definition: {
      nodes: [input, generate, output],
      edges: [
        edge(input.id, "output", generate.id, "variables", "Input 1"),
        edge(generate.id, "output", output.id, "input"),
      ],
    },
  });

  const kb = await call("POST", "/v1/knowledge-bases", {
    name: "Handbook",
    description: "Demo knowledge base: a few pages of a company handbook.",
    document_types: ["text"],
    kb_type: "entity",
    version: "v3",
  });
  const form = new FormData();
  for (const [name, text] of Object.entries(HANDBOOK)) form.append("files", new File([text], name));
  await call("POST", `/v1/knowledge-bases/${kb.id}/upload_train?prefix=/handbook`, form);
}

const HANDBOOK: Record<string, string> = {
  "holidays.md":
    "# Holidays\n\nEvery employee has 25 days of paid holiday a year. Unused days carry over until the end of March.",
  "expenses.txt":
    "Expenses: submit receipts within 30 days. Travel is booked through the travel desk; hotels up to 150 EUR a night are approved automatically.",
  "security.md":
    "# Security\n\nNever share API keys in chat or email. Rotate a key at once if it leaks, from Settings > Organization > Workspaces > API Keys.",
};
