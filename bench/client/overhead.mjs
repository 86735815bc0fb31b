// Per-request overhead of @noxus/client (auth, markers, retry transport, error layer on)
// against raw fetch, on the same loopback server, in the same run.
//   pnpm --filter @noxus/bench client    (after pnpm build)
import { createServer } from "node:http";
import { createNoxusClient } from "@noxus/client";

const BODY = JSON.stringify([{ type: "InputNode", title: "Input" }]);
const server = createServer((_req, res) => {
  res.writeHead(200, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(BODY),
  });
  res.end(BODY);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${server.address().port}`;

const noxus = createNoxusClient({
  baseUrl: url,
  auth: { apiKey: "nxl_bench_key" },
  throwOnError: true,
});
const raw = async () => {
  const response = await fetch(`${url}/v1/nodes`, { headers: { "X-API-Key": "nxl_bench_key" } });
  if (!response.ok) throw new Error(String(response.status));
  return response.json();
};
const client = () => noxus.GET("/v1/nodes");

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function latency(fn, n) {
  const samples = [];
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

async function throughput(fn, concurrency, total) {
  let started = 0;
  const begin = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started < total) {
        started++;
        await fn();
      }
    }),
  );
  return total / ((performance.now() - begin) / 1000);
}

// Warm both paths, then alternate rounds so drift on the machine hits both alike.
await latency(raw, 300);
await latency(client, 300);
const rounds = 5;
const rawLat = [];
const clientLat = [];
const rawTput = [];
const clientTput = [];
for (let round = 0; round < rounds; round++) {
  rawLat.push(await latency(raw, 1000));
  clientLat.push(await latency(client, 1000));
  rawTput.push(await throughput(raw, 32, 4000));
  clientTput.push(await throughput(client, 32, 4000));
}
server.close();

const latencyRatio = median(clientLat) / median(rawLat);
const throughputRatio = median(clientTput) / median(rawTput);
console.log(`| measure | raw fetch | @noxus/client | ratio | target |
|---|---|---|---|---|
| median latency, sequential (ms) | ${median(rawLat).toFixed(3)} | ${median(clientLat).toFixed(3)} | ${latencyRatio.toFixed(3)} | ≤ 1.10 |
| throughput at concurrency 32 (req/s) | ${median(rawTput).toFixed(0)} | ${median(clientTput).toFixed(0)} | ${throughputRatio.toFixed(3)} | ≥ 0.95 |`);
