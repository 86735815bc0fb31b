// Mixed traffic against a running @noxus/local, as many concurrent clients would send it:
// lists, gets, runs created and awaited over SSE, KB searches, small uploads, chat. Used by
// `pnpm bench:load` (60 s) and by @noxus/local's 10 s smoke test (test/load-smoke.test.ts).
// Plain fetch, no client library: what is measured is the server.

const CLASSES = [
  ["list", 25],
  ["get", 25],
  ["run", 10],
  ["search", 15],
  ["upload", 10],
  ["chat", 15],
];

function api(baseUrl, key) {
  return async (method, path, body) => {
    const init = { method, headers: { "x-api-key": key } };
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers["content-type"] = "application/json";
    }
    const response = await fetch(`${baseUrl}${path}`, init);
    const text = await response.text();
    if (!response.ok)
      throw new Error(`${method} ${path} → ${response.status} ${text.slice(0, 200)}`);
    return JSON.parse(text);
  };
}

function flow() {
  const node = (id, type, config) => ({ id, type, name: type, node_config: config });
  const edge = (from, fromC, to, toC, key = null) => ({
    id: `${from}-${to}`,
    from_id: { node_id: from, connector_name: fromC, key: null, optional: false },
    to_id: { node_id: to, connector_name: toC, key, optional: false },
  });
  return {
    nodes: [
      node("in", "InputNode", { label: "text", type: "str" }),
      node("gen", "TextGenerationNode", { template: "Summarise: ((Input 1))" }),
      node("out", "OutputNode", { label: "Summary" }),
    ],
    edges: [
      edge("in", "output", "gen", "variables", "Input 1"),
      edge("gen", "output", "out", "input"),
    ],
  };
}

/**
 * A workspace with what the traffic reads: a workflow with a finished run, a KB with trained
 * documents, and one conversation per client (a conversation answers its messages in turn).
 */
export async function prepareTraffic({ baseUrl, adminKey, clients }) {
  const admin = api(baseUrl, adminKey);
  const group = await admin("POST", "/v1/admin/groups", {
    name: `load-${Date.now()}`,
    description: null,
  });
  const { value: key } = await admin("POST", `/v1/admin/groups/${group.id}/api-keys`, {
    name: "load",
  });
  const call = api(baseUrl, key);
  const workflow = await call("POST", "/v1/workflows", { name: "load flow", definition: flow() });
  const run = await call("POST", `/v1/workflows/${workflow.id}/runs/sync`, {
    input: { text: "warm" },
  });
  const kb = await call("POST", "/v1/knowledge-bases", { name: "load kb" });
  const form = new FormData();
  for (let n = 0; n < 20; n++) {
    form.append("files", new File([`# Note ${n}\n\nApples and pears, note ${n}.`], `note-${n}.md`));
  }
  await call("POST", `/v1/knowledge-bases/${kb.id}/upload_train`, form);
  for (let attempt = 0; attempt < 400; attempt++) {
    const current = await call("GET", `/v1/knowledge-bases/${kb.id}`);
    if (current.status !== "training") break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const conversations = await Promise.all(
    Array.from({ length: clients }, async (_, n) => {
      const conversation = await call("POST", "/v1/conversations", {
        name: `load chat ${n}`,
        settings: { model: ["gpt-4o"], temperature: 0.5, max_tokens: 64, tools: [] },
      });
      return conversation.id;
    }),
  );
  return { baseUrl, key, workflowId: workflow.id, runId: run.id, kbId: kb.id, conversations };
}

async function readStream(response) {
  const reader = response.body.getReader();
  let text = "";
  const decoder = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text;
    text += decoder.decode(value, { stream: true });
  }
}

async function act(kind, world, client, n) {
  const call = api(world.baseUrl, world.key);
  switch (kind) {
    case "list": {
      const paths = [
        "/v1/workflows?size=20",
        "/v1/runs?size=20",
        "/v1/knowledge-bases",
        "/v1/conversations?size=20",
      ];
      return call("GET", paths[n % paths.length]);
    }
    case "get":
      return n % 2
        ? call("GET", `/v1/workflows/${world.workflowId}`)
        : call("GET", `/v1/workflows/${world.workflowId}/runs/${world.runId}`);
    case "run": {
      const run = await call("POST", `/v1/workflows/${world.workflowId}/runs`, {
        input: { text: `load ${client}-${n}` },
      });
      const response = await fetch(`${world.baseUrl}/v1/runs/${run.id}/events`, {
        headers: { "x-api-key": world.key },
      });
      if (!response.ok) throw new Error(`events → ${response.status}`);
      const text = await readStream(response);
      if (!text.includes('"workflow_status":"completed"')) throw new Error("run did not complete");
      return run;
    }
    case "search":
      return call("POST", `/v1/knowledge-bases/${world.kbId}/search?query=apples`);
    case "upload": {
      const form = new FormData();
      form.append("file", new File([`upload ${client}-${n}`], `load-${client}-${n}.txt`));
      return call("POST", "/v1/file", form);
    }
    case "chat":
      return call("POST", `/v1/conversations/${world.conversations[client]}/chat`, {
        content: `hello ${n}`,
      });
  }
}

/**
 * Runs `clients` concurrent loops for `durationMs`, each picking a class by weight (seeded,
 * so two runs send the same mix). Returns per-class latencies and every error.
 */
export async function runTraffic(world, { clients, durationMs, seed = 1 }) {
  const total = CLASSES.reduce((sum, [, weight]) => sum + weight, 0);
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const pick = () => {
    let roll = random() * total;
    for (const [kind, weight] of CLASSES) {
      roll -= weight;
      if (roll < 0) return kind;
    }
    return CLASSES[0][0];
  };
  const latencies = Object.fromEntries(CLASSES.map(([kind]) => [kind, []]));
  const errors = [];
  const end = Date.now() + durationMs;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let n = 0; Date.now() < end; n++) {
        const kind = pick();
        const started = performance.now();
        try {
          await act(kind, world, client, n);
          latencies[kind].push(performance.now() - started);
        } catch (error) {
          errors.push({ kind, message: error.message });
        }
      }
    }),
  );
  return {
    latencies,
    errors,
    serverErrors: errors.filter((e) => / → 5\d\d /.test(e.message)).length,
  };
}

export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
