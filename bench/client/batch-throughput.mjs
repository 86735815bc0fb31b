// `noxus runs batch` over 1,000 inputs against @noxus/local (its own process), once per
// transport, alternating, several rounds: completed runs per second, medians and spread.
//   pnpm build && node bench/client/batch-throughput.mjs [--inputs 1000] [--rounds 3] [--concurrency 16]
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { serve, threeNodeWorkflow, workspace } from "../local/harness.mjs";

const run = promisify(execFile);
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const INPUTS = arg("--inputs", 1000);
const ROUNDS = arg("--rounds", 3);
const CONCURRENCY = arg("--concurrency", 16);
const CLI = new URL("../../apps/cli/dist/cli.js", import.meta.url).pathname;

const server = await serve("local");
const { key, client } = await workspace(server.url, server.adminKey);
const { data: workflow } = await client.POST("/v1/workflows", { body: threeNodeWorkflow() });
const dir = await mkdtemp(join(tmpdir(), "noxus-bench-batch-"));
const inputs = join(dir, "in.jsonl");
await writeFile(
  inputs,
  Array.from({ length: INPUTS }, (_, i) => JSON.stringify({ text: `input ${i}` })).join("\n"),
);

const rates = { undici: [], fetch: [] };
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 ? ["fetch", "undici"] : ["undici", "fetch"];
  for (const transport of order) {
    const out = join(dir, `out-${transport}-${round}.jsonl`);
    const started = performance.now();
    const { stdout } = await run(
      process.execPath,
      [
        CLI,
        "runs",
        "batch",
        workflow.id,
        "--inputs",
        inputs,
        "--out",
        out,
        "--concurrency",
        String(CONCURRENCY),
        "--json",
      ],
      {
        env: {
          PATH: process.env.PATH,
          HOME: dir,
          NOXUS_CONFIG_DIR: dir,
          NOXUS_API_KEY: key,
          NOXUS_BACKEND_URL: server.url,
          NOXUS_TRANSPORT: transport,
        },
        maxBuffer: 1 << 24,
      },
    );
    const seconds = (performance.now() - started) / 1000;
    const summary = JSON.parse(stdout);
    if (summary.succeeded !== INPUTS) throw new Error(`${transport}: ${stdout}`);
    rates[transport].push(INPUTS / seconds);
  }
}
server.stop();
await rm(dir, { recursive: true, force: true });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const row = (name) =>
  `| ${name} | ${median(rates[name]).toFixed(0)} | ${Math.min(...rates[name]).toFixed(0)}–${Math.max(...rates[name]).toFixed(0)} | ${(median(rates[name]) / median(rates.fetch)).toFixed(2)} |`;
console.log(`\`noxus runs batch\` over ${INPUTS} inputs, --concurrency ${CONCURRENCY}, ${ROUNDS} alternating rounds (whole command, process start included)

| NOXUS_TRANSPORT | runs/s, median | spread (min–max) | × fetch |
|---|---|---|---|
${row("undici")}
${row("fetch")}`);
