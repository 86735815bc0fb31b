import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type LocalServer, type LocalServerOptions, startLocalServer } from "@noxus/local";
import {
  type ConsoleServer,
  type ConsoleServerOptions,
  startConsoleServer,
} from "../../src/server/index.js";
import { CONSOLE_HEADER, CONSOLE_HEADER_VALUE } from "../../src/shared/protocol.js";

/** A stand-in for the built app: index.html and one hashed asset (the real app is the browser tests' business). */
export const FIXTURE_APP = fileURLToPath(new URL("./fixtures/app/", import.meta.url));

export interface Bed {
  local: LocalServer;
  console: ConsoleServer;
  /** Every request log line the console wrote. */
  logs: string[];
  /** The console's origin, e.g. http://127.0.0.1:51234 */
  origin: string;
  /** fetch against the console, as its own page would send it (same origin, console header). */
  fromApp(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/**
 * A real @noxus/local with the demo data on port 0, and a console in front of it on port 0
 * acting with the demo key. `consoleOptions` overrides anything (e.g. no key, a token).
 */
export async function startBed(
  consoleOptions: ConsoleServerOptions | ((local: LocalServer) => ConsoleServerOptions) = {},
  localOptions: LocalServerOptions = {},
): Promise<Bed> {
  const local = await startLocalServer({ seed: "demo", keepAliveMs: 1000, ...localOptions });
  const logs: string[] = [];
  const server = await startConsoleServer({
    port: 0,
    apiKey: local.demo?.apiKey,
    baseUrl: local.url,
    appDir: FIXTURE_APP,
    // A private environment: never the machine's NOXUS_* values or saved profiles.
    env: { NOXUS_CONFIG_DIR: mkdtempSync(join(tmpdir(), "noxus-console-")) },
    log: (line) => logs.push(line),
    ...(typeof consoleOptions === "function" ? consoleOptions(local) : consoleOptions),
  });
  const origin = server.url.replace(/\/$/, "");
  return {
    local,
    console: server,
    logs,
    origin,
    fromApp: (path, init = {}) =>
      fetch(origin + path, {
        ...init,
        headers: {
          origin,
          [CONSOLE_HEADER]: CONSOLE_HEADER_VALUE,
          ...(init.headers as Record<string, string>),
        },
      }),
    async close() {
      await server.close();
      await local.close();
    },
  };
}

export function demoKey(bed: Bed): string {
  const key = bed.local.demo?.apiKey;
  if (!key) throw new Error("the local server was started without the demo seed");
  return key;
}
