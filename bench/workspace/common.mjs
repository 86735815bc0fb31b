import { createNoxusClient } from "@noxus/client";
import { startLocalServer } from "@noxus/local";
import { Workspace } from "@noxus/workspace/node";

/** A local server in this process and a fresh workspace on it. */
export async function localWorkspace(serverOptions = {}, connectOptions = {}) {
  const server = await startLocalServer(serverOptions);
  const admin = createNoxusClient({
    baseUrl: server.url,
    auth: { apiKey: server.adminKey },
    throwOnError: true,
  });
  const { data: group } = await admin.POST("/v1/admin/groups", { body: { name: "bench" } });
  const { data: key } = await admin.POST("/v1/admin/groups/{group_id}/api-keys", {
    params: { path: { group_id: group.id } },
    body: { name: "bench" },
  });
  const ws = await Workspace.connect({
    apiKey: key.value,
    baseUrl: server.url,
    env: {},
    ...connectOptions,
  });
  return { server, ws, apiKey: key.value };
}

export async function greeter(ws) {
  const builder = await ws.workflows.build("bench greeter");
  const name = builder.node("InputNode", { label: "name" });
  const greet = builder.node("TextGenerationNode", { template: "Hello ((Input 1))" });
  const out = builder.node("OutputNode", { label: "Greeting" });
  builder.link(name.output(), greet.input("variables", "Input 1"));
  builder.link(greet.output(), out.input());
  return builder.save();
}

export const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
