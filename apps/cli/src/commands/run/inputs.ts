import { readFile } from "node:fs/promises";
import type { RunInput } from "@noxus/workspace";
import { UsageError } from "../../exit-codes.js";

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

async function readInputFile(path: string, signal: AbortSignal): Promise<RunInput> {
  let text: string;
  try {
    text = await readFile(path, { encoding: "utf8", signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new UsageError(
      `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}.`);
  }
  if (!isInputObject(data)) {
    throw new UsageError(`${path} must hold one JSON object of inputs, e.g. { "text": "…" }.`);
  }
  return data;
}

export function isInputObject(value: unknown): value is RunInput {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
