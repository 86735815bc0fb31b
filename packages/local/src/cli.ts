#!/usr/bin/env node
import { parseArgs } from "node:util";
import { startLocalServer } from "./start.js";

const USAGE = `Usage: noxus-local serve [options]

Starts a Noxus-compatible API server on SQLite.

Options:
  --port <n>        port to listen on (default 8484; 0 picks a free port)
  --host <addr>     interface to bind (default 127.0.0.1)
  --db <file>       SQLite database file, or :memory: (default ./noxus-local.db)
  --seed demo       add demo data (a workspace, a key, a workflow, a knowledge base)
  --log             log every request
  -h, --help        show this help

Environment:
  NOXUS_LOCAL_ADMIN_KEY         fixes the tenant-admin key (otherwise one is generated and printed)
  NOXUS_LOCAL_OPENAI_BASE_URL   use an OpenAI-compatible endpoint for text generation
  NOXUS_LOCAL_OPENAI_API_KEY    its key;  NOXUS_LOCAL_OPENAI_MODEL  its default model
  NOXUS_LOCAL_TRAINING_MIN_MS   shortest KB ingestion, upload to trained (default 1000; 0 for speed)
`;

function fail(message: string): never {
  process.stderr.write(`noxus-local: ${message}\n\n${USAGE}`);
  process.exit(2);
}

async function main(argv: string[]) {
  let parsed: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        db: { type: "string" },
        seed: { type: "string" },
        log: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  }
  try {
    parsed = parse();
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (positionals[0] !== "serve" || positionals.length > 1) fail("expected the command `serve`");
  const port = values.port === undefined ? 8484 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port must be 0..65535, got ${values.port}`);
  if (values.seed !== undefined && values.seed !== "demo")
    fail(`--seed only knows "demo", got ${values.seed}`);

  const server = await startLocalServer({
    port,
    host: values.host ?? "127.0.0.1",
    database: values.db ?? "noxus-local.db",
    seed: values.seed === "demo" ? "demo" : false,
    logger: values.log ?? false,
  });
  process.stdout.write(`Noxus local server listening on ${server.url}\n`);
  if (server.demo) {
    process.stdout.write(
      `Demo workspace ${server.demo.workspaceId}, key (set NOXUS_LOCAL_DEMO_KEY to keep it): ${server.demo.apiKey}\n`,
    );
  }
  if (server.adminKeyGenerated) {
    process.stdout.write(
      `Tenant-admin API key (shown once, set NOXUS_LOCAL_ADMIN_KEY to fix it): ${server.adminKey}\n`,
    );
  }
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main(process.argv.slice(2)).catch((error: Error) => {
  process.stderr.write(`noxus-local: ${error.message}\n`);
  process.exit(1);
});
