import { openAsBlob } from "node:fs";
import { mkdtemp, open, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { createNoxusClient } from "../../src/node.js";

// An upload is streamed from its file: the process does not hold the file in memory, even
// though a 429 could make the client send it again (it re-reads the file then).
const SIZE = 256 * 1024 * 1024;
const dir = await mkdtemp(join(tmpdir(), "noxus-upload-"));
const path = join(dir, "big.bin");
const handle = await open(path, "w");
await handle.truncate(SIZE); // sparse: no disk space used, read back as zeros
await handle.close();
let received = 0;
const server = createServer(async (req, res) => {
  for await (const chunk of req) received += (chunk as Buffer).length;
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify({ id: "f_1", name: "big.bin" }));
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
server.unref();
afterAll(async () => {
  server.close();
  await rm(dir, { recursive: true, force: true });
});

it("uploads 256 MiB without growing the process by anything near its size", async () => {
  const noxus = createNoxusClient({
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    auth: { apiKey: "k" },
    throwOnError: true,
  });
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const file = new File([await openAsBlob(path)], "big.bin");
  const { data } = await noxus.POST("/v1/file", { body: { file } });
  clearInterval(sampler);
  expect(data?.id).toBe("f_1");
  expect(received).toBeGreaterThan(SIZE);
  // Buffered, the upload would add at least SIZE; streamed, it adds tens of MiB at most.
  expect(peak - before).toBeLessThan(SIZE / 2);
}, 120_000);
