import Table from "cli-table3";
import { createColors } from "picocolors";
import { toJsonStyle } from "./lib/json-style.js";

/**
 * Everything the CLI prints goes through here: machine output (`--json`) on stdout as one
 * JSON document, human output as aligned tables, progress and diagnostics on stderr. Colour
 * only on a TTY, never with NO_COLOR or --json.
 */
export class Output {
  readonly colors: ReturnType<typeof createColors>;

  constructor(
    readonly json: boolean,
    readonly stdout: NodeJS.WriteStream = process.stdout,
    readonly stderr: NodeJS.WriteStream = process.stderr,
    env: NodeJS.ProcessEnv = process.env,
    noColor = false,
  ) {
    const enabled =
      !json &&
      !noColor &&
      Boolean(stdout.isTTY) &&
      env.NO_COLOR === undefined &&
      env.TERM !== "dumb";
    this.colors = createColors(enabled);
  }

  /** Whether `result()` has written the command's JSON document (then no error object follows). */
  resultWritten = false;

  /** One line of JSON Lines output (`chat --json`, `run --stream --json`), in the same key style. */
  jsonLine(data: unknown): void {
    this.stdout.write(`${JSON.stringify(toJsonStyle(data))}\n`);
  }

  /** The one result of a command: JSON with --json (snake_case keys), else rendered by `human`. */
  result(data: unknown, human: () => void): void {
    if (this.json) {
      this.stdout.write(`${JSON.stringify(toJsonStyle(data), null, 2)}\n`);
      this.resultWritten = true;
    } else human();
  }

  table(head: string[], rows: (string | number | null | undefined)[][]): void {
    if (rows.length === 0) {
      this.line(this.colors.dim("(none)"));
      return;
    }
    const table = new Table({
      head: head.map((title) => this.colors.bold(title)),
      style: { head: [], border: [] },
      chars: {
        top: "",
        "top-mid": "",
        "top-left": "",
        "top-right": "",
        bottom: "",
        "bottom-mid": "",
        "bottom-left": "",
        "bottom-right": "",
        left: "",
        "left-mid": "",
        mid: "",
        "mid-mid": "",
        right: "",
        "right-mid": "",
        middle: "  ",
      },
    });
    for (const row of rows)
      table.push(row.map((cell) => (cell === null || cell === undefined ? "" : String(cell))));
    this.line(table.toString().replace(/^ /gm, "").replace(/ +$/gm, ""));
  }

  /** Key/value pairs of one resource, aligned. */
  details(pairs: [string, unknown][]): void {
    const width = Math.max(...pairs.map(([key]) => key.length));
    for (const [key, value] of pairs) {
      const shown =
        value === null || value === undefined
          ? ""
          : typeof value === "object"
            ? JSON.stringify(value)
            : String(value);
      this.line(`${this.colors.bold(key.padEnd(width))}  ${shown}`);
    }
  }

  line(text = ""): void {
    this.stdout.write(`${text}\n`);
  }

  /** Progress and notes: stderr, so stdout stays clean for pipes and --json. */
  note(text: string): void {
    this.stderr.write(`${text}\n`);
  }

  error(message: string, hint?: string): void {
    this.stderr.write(`${this.colors.red("error:")} ${message}\n`);
    if (hint) this.stderr.write(`${this.colors.dim("hint:")} ${hint}\n`);
  }
}
