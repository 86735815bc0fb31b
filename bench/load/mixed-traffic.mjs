// `pnpm bench:load`: 32 concurrent clients for 60 s of mixed traffic (lists, gets, runs
// created and awaited over SSE, KB searches, small uploads, chat) against @noxus/local in
// its own process, on a SQLite file. Prints p50/p99 per class, errors, and the server's RSS
// from warm (after a 5 s warm-up) to the end. Options: --clients N --seconds N.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { serve } from "../local/harness.mjs";
import { percentile, prepareTraffic, runTraffic } from "./traffic.mjs";

const { values } = parseArgs({
  options: {
    clients: { type: "string", default: "32" },
    seconds: { type: "string", default: "60" },
  },
});
const clients = Number(values.clients);
const seconds = Number(values.seconds);

const dir = mkdtempSync(join(tmpdir(), "noxus-load-"));
const server = await serve("local", join(dir, "load.db"));
const rss = () => {
  const status = readFileSync(`/proc/${server.pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024;
};
try {
  const world = await prepareTraffic({ baseUrl: server.url, adminKey: server.adminKey, clients });
  await runTraffic(world, { clients, durationMs: 5_000, seed: 7 }); // warm-up
  const warm = rss();
  const result = await runTraffic(world, { clients, durationMs: seconds * 1000, seed: 1 });
  const end = rss();
  const rows = Object.entries(result.latencies).map(
    ([kind, list]) =>
      `| ${kind} | ${list.length} | ${(list.length / seconds).toFixed(1)} | ${percentile(list, 50).toFixed(1)} | ${percentile(list, 99).toFixed(1)} |`,
  );
  const requests = Object.values(result.latencies).reduce((sum, list) => sum + list.length, 0);
  console.log(`### Mixed traffic: ${clients} clients, ${seconds} s (${new Date().toISOString().slice(0, 10)})

| class | done | per s | p50 (ms) | p99 (ms) |
|---|---|---|---|---|
${rows.join("\n")}

Requests: ${requests}; errors: **${result.errors.length}** (5xx: ${result.serverErrors}).
Server RSS: warm ${warm.toFixed(1)} MiB → end ${end.toFixed(1)} MiB (**${(end - warm >= 0 ? "+" : "") + (end - warm).toFixed(1)} MiB**; goal: within 50 MiB).`);
  for (const error of result.errors.slice(0, 10)) console.log(`- ${error.kind}: ${error.message}`);
  process.exitCode = result.errors.length > 0 ? 1 : 0;
} finally {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
