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

const code = await runCli({ argv: process.argv.slice(2), signal: controller.signal });
process.exitCode = interrupted ? 130 : code;
