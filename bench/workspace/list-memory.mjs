// Iterating every workflow through ws.workflows.list() holds memory flat: peak RSS after
// walking 1,000 and 10,000 items, against collecting the same 10,000 with toArray(), each in
// a fresh child process so that one measurement cannot inherit another's heap.
import { fork } from "node:child_process";
import { once } from "node:events";
import { localWorkspace } from "./common.mjs";

if (process.argv[2] === "child") {
  const [, , , url, apiKey, limit, mode] = process.argv;
  const { Workspace } = await import("@noxus/workspace/node");
  const ws = await Workspace.connect({ apiKey, baseUrl: url, env: {} });
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  let seen = 0;
  if (mode === "iterate") {
    for await (const _ of ws.workflows.list({ pageSize: 100 })) {
      if (++seen % 100 === 0) peak = Math.max(peak, process.memoryUsage().rss);
      if (seen >= Number(limit)) break;
    }
  } else {
    const all = await ws.workflows.list({ pageSize: 100 }).toArray({ limit: Number(limit) });
    seen = all.length;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  process.send({ seen, peakMiB: peak / 2 ** 20, growthMiB: (peak - before) / 2 ** 20 });
  process.exit(0);
}

const { server, ws, apiKey } = await localWorkspace();
// 10,000 workflows, each with a realistic 3-node definition (~2 kB).
const definition = (i) => ({
  nodes: [
    {
      id: `in-${i}`,
      type: "InputNode",
      name: "Input",
      node_config: { label: "text", type: "str" },
    },
    {
      id: `gen-${i}`,
      type: "TextGenerationNode",
      name: "Generate",
      node_config: { template: `Prompt ${i}: ((Input 1)) ${"context ".repeat(100)}` },
    },
    { id: `out-${i}`, type: "OutputNode", name: "Output", node_config: { label: "Result" } },
  ],
  edges: [
    {
      id: `e1-${i}`,
      from_id: { node_id: `in-${i}`, connector_name: "output", key: null, optional: false },
      to_id: { node_id: `gen-${i}`, connector_name: "variables", key: "Input 1", optional: false },
    },
    {
      id: `e2-${i}`,
      from_id: { node_id: `gen-${i}`, connector_name: "output", key: null, optional: false },
      to_id: { node_id: `out-${i}`, connector_name: "input", key: null, optional: false },
    },
  ],
});
const TOTAL = 10_000;
for (let i = 0; i < TOTAL; i += 50) {
  await Promise.all(
    Array.from({ length: 50 }, (_, j) =>
      ws.workflows.create({ name: `wf-${i + j}`, definition: definition(i + j) }),
    ),
  );
}

async function measure(limit, mode) {
  const child = fork(
    new URL(import.meta.url).pathname,
    ["child", server.url, apiKey, String(limit), mode],
    {
      execArgv: ["--expose-gc"],
    },
  );
  const [result] = await once(child, "message");
  await once(child, "exit");
  return result;
}
const rows = [
  ["list() iterated, 1,000 items", await measure(1_000, "iterate")],
  ["list() iterated, 10,000 items", await measure(10_000, "iterate")],
  ["baseline: toArray(), 10,000 items held", await measure(10_000, "collect")],
];
await server.close();

console.log(`### Memory while walking ${TOTAL.toLocaleString("en")} workflows (~2 kB each), pages of 100

| walk | items | peak RSS (MiB) | growth over start (MiB) |
|---|---|---|---|
${rows.map(([name, r]) => `| ${name} | ${r.seen} | ${r.peakMiB.toFixed(1)} | ${r.growthMiB.toFixed(1)} |`).join("\n")}
`);
