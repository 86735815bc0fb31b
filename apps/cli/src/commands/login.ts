import {
  isValidProfileName,
  listProfiles,
  loadProfile,
  NoxusCredentialsError,
  removeProfile,
  saveProfile,
  useProfile,
  whoami,
} from "@noxus/auth/node";
import { defined } from "@noxus/client/internal";
import { Workspace } from "@noxus/workspace/node";
import type { Command } from "commander";
import { type CliContext, credentialsEnv } from "../context.js";
import { UsageError } from "../exit-codes.js";
import type { RegisterCommands } from "./index.js";
import { notFoundError } from "./lookup.js";

const DEFAULT_PROFILE = "default";

const LOGIN_HELP = `
The key is read from a hidden prompt, or from stdin when it is piped; it is checked with
the server (whoami) before anything is saved, and never printed (only its masked form).
The profile is saved in credentials.json (mode 0600) under $NOXUS_CONFIG_DIR or the
platform's config directory, and becomes the current one.

Examples:
  noxus login
  noxus login --profile local --base-url http://127.0.0.1:8484
  printf '%s' "$NOXUS_KEY" | noxus login --profile ci --json`;

const PROFILES_HELP = `
Examples:
  noxus profiles list
  noxus profiles use acme-prod
  noxus profiles remove old --json`;

/** `noxus login` and `noxus profiles list|use|remove`. */
export const registerLogin: RegisterCommands = (program, contextFor) => {
  program
    .command("login")
    .description("save an API key as a profile, after checking it with the server")
    .addHelpText("after", LOGIN_HELP)
    .action(async (_options, command: Command) => {
      const cli = contextFor(command);
      const name = cli.options.profile ?? DEFAULT_PROFILE;
      if (!isValidProfileName(name)) {
        throw new UsageError(
          `"${name}" is not a valid profile name.`,
          'Use 1 to 64 letters, digits, "_", "." or "-", starting with a letter or digit.',
        );
      }
      const config = { env: cli.env };
      // Logging in again to a saved profile keeps its base URL unless told otherwise.
      const existing = listProfiles(config).find((profile) => profile.name === name);
      const baseUrl = cli.options.baseUrl ?? existing?.baseUrl;
      const key = await readKey(cli, name);
      // Checks the key (whoami) against --base-url, else the profile's URL, else
      // NOXUS_BACKEND_URL, else the default (a flag beats the environment: credentialsEnv);
      // a bad key throws here (exit 3) and nothing is saved.
      const ws = await Workspace.connect({
        apiKey: key,
        ...defined({ baseUrl }),
        env: credentialsEnv({ baseUrl }, cli.env),
        signal: cli.signal,
        userAgent: "noxus-cli",
      });
      const me = await whoami(ws.client, cli.call);
      const profile = saveProfile(
        name,
        {
          apiKey: key,
          baseUrl: ws.client.baseUrl,
          workspaceId: ws.id,
          workspaceName: ws.name,
        },
        { ...config, makeCurrent: true },
      );
      const result = {
        profile: profile.name,
        baseUrl: profile.baseUrl,
        workspaceId: profile.workspaceId ?? null,
        workspaceName: profile.workspaceName ?? null,
        keyName: me.keyName,
        apiKey: profile.apiKey.masked,
        current: true,
      };
      cli.output.result(result, () => {
        cli.output.line(
          `${cli.output.colors.green("✓")} Logged in to ${result.workspaceName ?? result.workspaceId ?? result.baseUrl} as profile "${result.profile}" (now current).`,
        );
        cli.output.details([
          ["profile", result.profile],
          ["workspace", workspaceLabel(result.workspaceName, result.workspaceId)],
          ["key", `${result.keyName} (${result.apiKey})`],
          ["base URL", result.baseUrl],
        ]);
      });
    });

  const profiles = program
    .command("profiles")
    .description("list, switch and remove saved profiles (one per workspace)")
    .addHelpText("after", PROFILES_HELP);

  profiles
    .command("list")
    .description("show the saved profiles; * marks the current one")
    .action((_options, command: Command) => {
      const cli = contextFor(command);
      const rows = listProfiles({ env: cli.env }).map((profile) => ({
        name: profile.name,
        current: profile.current,
        baseUrl: profile.baseUrl,
        workspaceId: profile.workspaceId ?? null,
        workspaceName: profile.workspaceName ?? null,
        apiKey: profile.apiKey.masked,
        createdAt: profile.createdAt,
      }));
      cli.output.result(rows, () => {
        if (rows.length === 0) {
          cli.output.line("No saved profiles.");
          cli.output.note("Save one with `noxus login --profile <name>`.");
          return;
        }
        cli.output.table(
          ["", "name", "base URL", "workspace", "key"],
          rows.map((row) => [
            row.current ? "*" : "",
            row.name,
            row.baseUrl,
            workspaceLabel(row.workspaceName, row.workspaceId),
            row.apiKey,
          ]),
        );
      });
    });

  profiles
    .command("use <name>")
    .description("make a saved profile the current one")
    .action((name: string, _options, command: Command) => {
      const cli = contextFor(command);
      const profile = withProfile(name, () => useProfile(name, { env: cli.env }));
      const result = { profile: profile.name, current: true };
      cli.output.result(result, () =>
        cli.output.line(
          `Now using profile "${profile.name}" (${workspaceLabel(profile.workspaceName, profile.workspaceId) || profile.baseUrl}).`,
        ),
      );
    });

  profiles
    .command("remove <name>")
    .alias("rm")
    .description("delete a saved profile (its key stays valid on the server)")
    .action((name: string, _options, command: Command) => {
      const cli = contextFor(command);
      const profile = withProfile(name, () => loadProfile(name, { env: cli.env }));
      removeProfile(name, { env: cli.env });
      const result = { removed: name, wasCurrent: profile.current };
      cli.output.result(result, () => {
        cli.output.line(`Removed profile "${name}".`);
        if (profile.current) {
          cli.output.note("No profile is current now; pick one with `noxus profiles use <name>`.");
        }
      });
    });
};

function workspaceLabel(name: string | null | undefined, id: string | null | undefined): string {
  if (name && id) return `${name} (${id})`;
  return name ?? id ?? "";
}

/** Runs a profile operation, turning "no such profile" into a not-found (exit 4). */
function withProfile<T>(name: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof NoxusCredentialsError && error.code === "unknown_profile") {
      throw notFoundError(
        `No saved profile named "${name}".`,
        error.hint ?? "Save one with `noxus login --profile <name>`.",
      );
    }
    if (error instanceof NoxusCredentialsError && error.code === "invalid_profile") {
      throw new UsageError(error.message, error.hint);
    }
    throw error;
  }
}

/** The key from a hidden prompt on a terminal, else all of stdin (trimmed). */
async function readKey(cli: CliContext, profile: string): Promise<string> {
  let key: string;
  if (process.stdin.isTTY) {
    const { isCancel, password } = await import("@clack/prompts");
    const answer = await password({
      message: `API key for profile "${profile}"`,
      mask: "•",
      signal: cli.signal,
      output: process.stderr,
      validate: (value) => (value?.trim() ? undefined : "Paste the key (it starts with nxl_)."),
    });
    if (isCancel(answer)) throw new UsageError("login cancelled; nothing was saved.");
    key = answer;
  } else {
    key = await readStdin(cli.signal);
  }
  key = key.trim();
  if (!key) {
    throw new UsageError(
      "No API key given on stdin.",
      "Pipe the key in (`printf '%s' \"$KEY\" | noxus login`) or run noxus login in a terminal.",
    );
  }
  return key;
}

async function readStdin(signal: AbortSignal): Promise<string> {
  const chunks: Buffer[] = [];
  const stdin = process.stdin;
  await new Promise<void>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    stdin.on("data", (chunk: Buffer) => chunks.push(chunk));
    stdin.once("end", () => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    });
    stdin.once("error", reject);
  });
  return Buffer.concat(chunks).toString("utf8");
}
