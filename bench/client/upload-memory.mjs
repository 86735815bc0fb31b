// Memory during a 1 GiB multipart upload (POST /v1/file), per transport: each upload runs in
// a fresh child process that samples its own RSS every 20 ms; the receiving server (which
// discards the bytes) runs in this process, so its memory is not counted.
//   pnpm build && node bench/client/upload-memory.mjs [--mib 1024]
import { execFile } from "node:child_process";
import { mkdtemp, open, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const mibAt = process.argv.indexOf("--mib");
const MIB = mibAt > 0 ? Number(process.argv[mibAt + 1]) : 1024;

if (process.argv[2] === "child") {
  const [, , , url, path, transport] = process.argv;
  const { openAsBlob } = await import("node:fs");
  const { createNoxusClient } = await import("@noxus/client/node");
  const noxus = createNoxusClient({
    baseUrl: url,
    auth: { apiKey: "k" },
    transport,
    throwOnError: true,
  });
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  const file = new File([await openAsBlob(path)], "big.bin");
  await noxus.POST("/v1/file", { body: { file } });
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ before, peak, seconds }));
  process.exit(0);
}

const dir = await mkdtemp(join(tmpdir(), "noxus-bench-upload-"));
const path = join(dir, "big.bin");
const handle = await open(path, "w");
await handle.truncate(MIB * 1024 * 1024); // sparse: read back as zeros, no disk used
await handle.close();
const server = createServer(async (req, res) => {
  let size = 0;
  for await (const chunk of req) size += chunk.length;
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify({ id: "f_1", name: "big.bin", size }));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${server.address().port}`;

const rows = [];
for (const transport of ["undici", "fetch"]) {
  const { stdout } = await run(
    process.execPath,
    [new URL(import.meta.url).pathname, "child", url, path, transport, "--mib", String(MIB)],
    { maxBuffer: 1 << 20 },
  );
  const { before, peak, seconds } = JSON.parse(stdout);
  rows.push(
    `| ${transport === "undici" ? "@noxus/client/node (undici)" : "@noxus/client/node, transport: fetch"} | ${(before / 2 ** 20).toFixed(0)} | ${(peak / 2 ** 20).toFixed(0)} | **+${((peak - before) / 2 ** 20).toFixed(0)}** | ${(MIB / seconds).toFixed(0)} |`,
  );
}
server.close();
await rm(dir, { recursive: true, force: true });
console.log(`Upload of ${MIB} MiB (one multipart file part), RSS of the uploading process

| transport | RSS before (MiB) | peak RSS (MiB) | growth (MiB) | MiB/s |
|---|---|---|---|---|
${rows.join("\n")}`);
