// KB search latency over 10,000 chunks: p50/p95 of POST /v1/knowledge-bases/{kb}/search,
// against GET /v1/admin/me (an authenticated no-op) measured the same way in the same run.
import { percentile, serve, workspace } from "./harness.mjs";

const WORDS =
  "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split(
    " ",
  );
const FILES = 100;
const CHUNKS_PER_FILE = 100;
const CHUNK = 200; // characters; the KB is created with this chunk size and no overlap

const local = await serve("local");
const { client } = await workspace(local.url, local.adminKey);
const { data: kb } = await client.POST("/v1/knowledge-bases", {
  body: {
    name: "bench",
    description: "10k chunks",
    document_types: ["text"],
    kb_type: "entity",
    version: "v3",
    settings_: { default_chunk_size: CHUNK, default_chunk_overlap: 0 },
  },
});
let seed = 7;
// A fixed linear congruential sequence: the same corpus on every run.
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
for (let f = 0; f < FILES; f += 20) {
  const files = [];
  for (let i = f; i < f + 20; i++) {
    let text = "";
    while (text.length < CHUNK * CHUNKS_PER_FILE)
      text += `${WORDS[Math.floor(random() * WORDS.length)]} `;
    files.push(new File([text], `doc-${i}.txt`));
  }
  await client.POST("/v1/knowledge-bases/{kb_id}/upload_train", {
    params: { path: { kb_id: kb.id } },
    body: { files },
  });
}
for (;;) {
  const { data } = await client.GET("/v1/knowledge-bases/{kb_id}", {
    params: { path: { kb_id: kb.id } },
  });
  if (data.trained_documents + data.error_documents === FILES) break;
  await new Promise((resolve) => setTimeout(resolve, 200));
}

async function time(task, n) {
  const samples = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await task(i);
    samples.push(performance.now() - started);
  }
  return samples;
}
const search = (i) =>
  client.POST("/v1/knowledge-bases/{kb_id}/search", {
    params: {
      path: { kb_id: kb.id },
      query: { query: `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]}` },
    },
  });
await time(search, 50);
const searches = await time(search, 500);
const noops = await time(() => client.GET("/v1/admin/me"), 500);
local.stop();

const row = (name, s) =>
  `| ${name} | ${percentile(s, 50).toFixed(2)} | ${percentile(s, 95).toFixed(2)} |`;
console.log(`### KB search over ${FILES * CHUNKS_PER_FILE} chunks (500 sequential searches)

| request | p50 (ms) | p95 (ms) |
|---|---|---|
${row("POST /v1/knowledge-bases/{kb}/search", searches)}
${row("baseline: GET /v1/admin/me", noops)}

p95 search: **${percentile(searches, 95).toFixed(2)} ms** (target ≤ 20 ms), ${(percentile(searches, 95) / percentile(noops, 95)).toFixed(1)}× the no-op's p95
`);
