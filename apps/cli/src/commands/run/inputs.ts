import type { RunInput } from "@noxus/workspace";
import { UsageError } from "../../exit-codes.js";
import { readJsonObjectFile } from "../../lib/json-file.js";

/** Commander's collector for a repeatable option. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** `--input key=value` pairs (value may be empty or hold `=`), over `--input-file`'s object. */
export async function readRunInput(
  pairs: string[] = [],
  file: string | undefined,
  signal: AbortSignal,
): Promise<RunInput> {
  const input: RunInput = file ? await readInputFile(file, signal) : {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    if (at <= 0) {
      throw new UsageError(
        `--input ${JSON.stringify(pair)} is not key=value.`,
        'Write --input text="some words" (the key is an input\'s label or node id).',
      );
    }
    input[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return input;
}

function readInputFile(path: string, signal: AbortSignal): Promise<RunInput> {
  return readJsonObjectFile(
    path,
    signal,
    'one JSON object of inputs, e.g. { "text": "…" }',
  ) as Promise<RunInput>;
}

export function isInputObject(value: unknown): value is RunInput {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
