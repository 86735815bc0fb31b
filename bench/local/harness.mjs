import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { createNoxusClient } from "@noxus/client";

/** Starts serve.mjs in its own process (its own core), resolves with its JSON line. */
export async function serve(mode, ...args) {
  const child = spawn(
    process.execPath,
    [new URL("./serve.mjs", import.meta.url).pathname, mode, ...args],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const [line] = await once(createInterface({ input: child.stdout }), "line");
  return { ...JSON.parse(line), pid: child.pid, stop: () => child.kill("SIGTERM") };
}

/** A new workspace with its own key on a running @noxus/local. */
export async function workspace(url, adminKey) {
  const admin = createNoxusClient({ baseUrl: url, auth: { apiKey: adminKey }, throwOnError: true });
  const { data: group } = await admin.POST("/v1/admin/groups", {
    body: { name: `bench-${Date.now()}` },
  });
  const { data: key } = await admin.POST("/v1/admin/groups/{group_id}/api-keys", {
    params: { path: { group_id: group.id } },
    body: { name: "bench" },
  });
  return {
    key: key.value,
    client: createNoxusClient({ baseUrl: url, auth: { apiKey: key.value }, throwOnError: true }),
  };
}

export function threeNodeWorkflow() {
  const node = (id, type, config) => ({ id, type, name: type, node_config: config });
  const edge = (from, fromC, to, toC, key = null) => ({
    id: `${from}-${to}`,
    from_id: { node_id: from, connector_name: fromC, key: null, optional: false },
    to_id: { node_id: to, connector_name: toC, key, optional: false },
  });
  return {
    name: "bench three nodes",
    type: "flow",
    definition: {
      nodes: [
        node("in", "InputNode", { label: "text", type: "str" }),
        node("gen", "TextGenerationNode", { template: "Summarise: ((Input 1))" }),
        node("out", "OutputNode", { label: "Summary" }),
      ],
      edges: [
        edge("in", "output", "gen", "variables", "Input 1"),
        edge("gen", "output", "out", "input"),
      ],
    },
  };
}

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
