import { readFile } from "node:fs/promises";
import { UsageError } from "../exit-codes.js";

/** All of a stream as UTF-8 (bytes joined first, so a character split across chunks survives). */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Reads a JSON object from a file (or stdin for `-`) named on the command line. Every
 * failure is a usage error (exit 2) naming the file and what is wrong with it.
 */
export async function readJsonObjectFile(
  path: string,
  signal: AbortSignal,
  shape = "a JSON object",
): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text =
      path === "-"
        ? await readAll(process.stdin)
        : await readFile(path, { encoding: "utf8", signal });
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
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new UsageError(`${path} must hold ${shape}.`);
  }
  return data as Record<string, unknown>;
}
