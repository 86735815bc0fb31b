#!/usr/bin/env node
import { isNoxusError } from "@noxus/client";
import { Command, InvalidArgumentError } from "commander";
import { DEFAULT_HOST, DEFAULT_PORT } from "./options.js";
import { ConsoleStartError, startConsoleServer } from "./server.js";

function port(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
    throw new InvalidArgumentError("a port is a whole number from 0 to 65535.");
  }
  return parsed;
}

interface ServeFlags {
  port: number;
  host: string;
  profile?: string;
  baseUrl?: string;
  token?: string;
  allowAdmin?: boolean;
}

const program = new Command("noxus-console")
  .description(
    "The Noxus web console: one workspace in the browser, its API key kept on this server.",
  )
  .showHelpAfterError();

program
  .command("serve")
  .description("Serve the console and forward its API calls to Noxus with the key added here.")
  .option("--port <port>", "port to listen on (0 picks a free one)", port, DEFAULT_PORT)
  .option("--host <host>", "interface to bind; other than loopback needs --token", DEFAULT_HOST)
  .option("--profile <name>", "the saved profile to act through (as `noxus --profile`)")
  .option("--base-url <url>", "the Noxus API base URL (NOXUS_BACKEND_URL beats it, as in the CLI)")
  .option("--token <secret>", "require this token once per browser (or set NOXUS_CONSOLE_TOKEN)")
  .option("--allow-admin", "forward admin operations (workspaces, API keys)")
  .action(async (flags: ServeFlags) => {
    try {
      const server = await startConsoleServer({
        port: flags.port,
        host: flags.host,
        profile: flags.profile,
        baseUrl: flags.baseUrl,
        token: flags.token,
        allowAdmin: flags.allowAdmin ?? false,
      });
      const session = await server.workspaces.session(flags.allowAdmin ?? false);
      console.log(`Noxus console: ${server.url}`);
      console.log(
        session.configured
          ? `  Workspace: ${session.workspaceName ?? session.workspaceId ?? "(unnamed)"} at ${session.baseUrl} (key ${session.maskedKey})`
          : `  No workspace configured yet. ${session.hint}`,
      );
      let stopping = false;
      for (const signal of ["SIGINT", "SIGTERM"] as const) {
        process.on(signal, () => {
          if (stopping) return;
          stopping = true;
          void server.close().then(() => process.exit(0));
        });
      }
    } catch (error) {
      // Bad flags or credentials (an unknown profile, a base URL that is not a URL): say what
      // to fix, without a stack trace.
      if (error instanceof ConsoleStartError || isNoxusError(error)) {
        console.error(`noxus-console: ${error.message}`);
        process.exit(2);
      }
      if ((error as NodeJS.ErrnoException)?.code === "EADDRINUSE") {
        console.error(
          `noxus-console: port ${flags.port} is in use. Pick another with --port (0 picks a free one).`,
        );
        process.exit(2);
      }
      throw error;
    }
  });

await program.parseAsync(process.argv);
