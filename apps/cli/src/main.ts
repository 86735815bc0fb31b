import { Command, CommanderError } from "commander";
import { COMMAND_GROUPS } from "./commands/index.js";
import { CliContext, type GlobalOptions } from "./context.js";
import { describeError, EXIT, exitCodeFor } from "./exit-codes.js";
import { errorJson } from "./lib/error-json.js";
import { Output } from "./output.js";

declare const __NOXUS_CLI_VERSION__: string;

const HELP_AFTER = `
A flag beats the environment:
  API key:  --profile, else NOXUS_API_KEY, else NOXUS_PROFILE or the current saved profile.
  Base URL: --base-url, else the --profile's URL, else NOXUS_BACKEND_URL, else the saved
            profile's URL, else https://backend.noxus.ai.

Exit codes: 0 ok, 1 API error, 2 usage, 3 auth, 4 not found, 130 interrupted.

Examples:
  noxus login --profile local --base-url http://127.0.0.1:8484
  noxus workflows list
  noxus run Summarise --input text="Noxus runs AI workflows." --wait
  noxus kb upload Handbook ./docs --prefix /docs --wait
  noxus runs batch Summarise --inputs in.jsonl --concurrency 8 --out out.jsonl`;

export interface RunOptions {
  argv: string[];
  env?: NodeJS.ProcessEnv;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
  signal?: AbortSignal;
}

/** Runs one `noxus` invocation and resolves with its exit code (never throws). */
export async function runCli(options: RunOptions): Promise<number> {
  const env = options.env ?? process.env;
  const signal = options.signal ?? new AbortController().signal;
  let output = new Output(false, options.stdout, options.stderr, env);
  const contextFor = (command: Command): CliContext => {
    const globals = command.optsWithGlobals() as GlobalOptions;
    output = new Output(
      Boolean(globals.json),
      options.stdout,
      options.stderr,
      env,
      globals.color === false,
    );
    return new CliContext(globals, output, signal, env);
  };

  const program = new Command("noxus")
    .description("Work with Noxus workflows, runs, knowledge bases, files, agents and workspaces.")
    .version(__NOXUS_CLI_VERSION__, "-v, --version")
    .option("--json", "machine-readable output (one JSON document on stdout)")
    .option("--profile <name>", "saved profile to use, key and URL (beats NOXUS_API_KEY)")
    .option("--base-url <url>", "API base URL (beats NOXUS_BACKEND_URL and the profile's URL)")
    .option("--no-color", "no colours (also: NO_COLOR, or when stdout is not a terminal)")
    .showHelpAfterError("(run with --help for usage)")
    .addHelpText("after", HELP_AFTER)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => (options.stdout ?? process.stdout).write(text),
      writeErr: (text) => (options.stderr ?? process.stderr).write(text),
    });
  for (const register of COMMAND_GROUPS) register(program, contextFor);
  for (const command of program.commands) command.exitOverride();

  try {
    await program.parseAsync(options.argv, { from: "user" });
    return EXIT.ok;
  } catch (error) {
    // With --json, a failure is one JSON object on stdout too (unless the command already
    // printed its result there, e.g. an upload whose documents failed), beside the exit code.
    const json = output.json || options.argv.includes("--json");
    const report = (described: { message: string; hint: string | undefined }, code: string) => {
      if (json && !output.resultWritten) {
        (options.stdout ?? process.stdout).write(
          `${JSON.stringify(errorJson(error, described, code), null, 2)}\n`,
        );
      }
    };
    if (error instanceof CommanderError) {
      // --help and --version end through here too, successfully.
      if (
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        error.code === "commander.help"
      ) {
        return EXIT.ok;
      }
      report({ message: error.message.replace(/^error: /, ""), hint: undefined }, "usage");
      return EXIT.usage;
    }
    if (signal.aborted) {
      output.error("interrupted");
      report({ message: "interrupted", hint: undefined }, "aborted");
      return EXIT.interrupted;
    }
    const described = describeError(error);
    output.error(described.message, described.hint);
    report(described, "internal_error");
    return exitCodeFor(error);
  }
}
