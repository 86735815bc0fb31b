// KB upload throughput of kb.upload() (batches, progress, typed client) against the
// server's raw multipart ingest rate: the same files POSTed with plain fetch + FormData in
// the same batch size, in the same run. 48 MiB in 192 text files of 256 KiB.
import { localWorkspace } from "./common.mjs";

const FILES = 192;
const SIZE = 256 * 1024;
const BATCH = 16;
const line = "Noxus knowledge base upload benchmark line of text. ";
const text = line.repeat(Math.ceil(SIZE / line.length)).slice(0, SIZE);
const files = (tag) =>
  Array.from(
    { length: FILES },
    (_, i) => new File([text], `${tag}-${i}.txt`, { type: "text/plain" }),
  );
const megabytes = (FILES * SIZE) / 2 ** 20;

const { server, ws, apiKey } = await localWorkspace({ maxFileBytes: 1024 * 1024 });
const kbFor = (name) => ws.knowledgeBases.create({ name });

async function sdk(round) {
  const kb = await kbFor(`sdk-${round}`);
  const started = performance.now();
  await kb.upload(files(`sdk${round}`), { batchSize: BATCH });
  return megabytes / ((performance.now() - started) / 1000);
}

async function raw(round) {
  const kb = await kbFor(`raw-${round}`);
  const all = files(`raw${round}`);
  const started = performance.now();
  for (let i = 0; i < all.length; i += BATCH) {
    const form = new FormData();
    for (const file of all.slice(i, i + BATCH)) form.append("files", file);
    const response = await fetch(
      `${server.url}/v1/knowledge-bases/${kb.id}/upload_train?prefix=/`,
      {
        method: "POST",
        headers: { "X-API-Key": apiKey },
        body: form,
      },
    );
    if (!response.ok) throw new Error(`raw upload answered ${response.status}`);
    await response.arrayBuffer();
  }
  return megabytes / ((performance.now() - started) / 1000);
}

const sdkRates = [];
const rawRates = [];
for (let round = 0; round < 3; round++) {
  rawRates.push(await raw(round));
  sdkRates.push(await sdk(round));
}
await server.close();
const median = (v) => [...v].sort((a, b) => a - b)[1];
console.log(`### KB upload throughput (${megabytes} MiB in ${FILES} files, batches of ${BATCH}; median of 3)

| uploader | MiB/s |
|---|---|
| raw multipart POSTs (fetch + FormData): the server's ingest rate | ${median(rawRates).toFixed(1)} |
| kb.upload() | ${median(sdkRates).toFixed(1)} |

Ratio: **${(median(sdkRates) / median(rawRates)).toFixed(2)}×** of the raw rate
`);
