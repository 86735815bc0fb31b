#!/usr/bin/env node
import { runCli } from "./main.js";

// Ctrl-C aborts every request in flight (the SDK's signal), then exits 130; a second
// Ctrl-C exits at once.
const controller = new AbortController();
let interrupted = false;
process.on("SIGINT", () => {
  if (interrupted) process.exit(130);
  interrupted = true;
  controller.abort(new Error("interrupted"));
});

// A reader that goes away (`noxus … | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await runCli({ argv: process.argv.slice(2), signal: controller.signal });
process.exitCode = interrupted ? 130 : code;
