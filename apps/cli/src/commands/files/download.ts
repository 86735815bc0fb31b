import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { UsageError } from "../../exit-codes.js";

/**
 * Writes a download to `path` (through a temporary file beside it, renamed at the end, so
 * an interrupted download never leaves a truncated file under the final name) or, without
 * a path, to `stdout`. Resolves with the number of bytes written.
 */
export async function writeDownload(
  stream: ReadableStream<Uint8Array>,
  path: string | undefined,
  stdout: NodeJS.WritableStream,
  signal: AbortSignal,
): Promise<number> {
  const source = Readable.fromWeb(stream as WebReadableStream<Uint8Array>);
  if (path === undefined) {
    let bytes = 0;
    // stdout is never ended (Node keeps it open); wait for each write to drain instead.
    for await (const chunk of source as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      if (!stdout.write(chunk)) await once(stdout, "drain", { signal });
    }
    return bytes;
  }
  const partial = join(dirname(path), `.${basename(path)}.${process.pid}.part`);
  try {
    await pipeline(source, createWriteStream(partial), { signal });
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    const { code, syscall } = error as NodeJS.ErrnoException;
    // A path that cannot be written is the caller's to fix (exit 2), not an API error.
    if (syscall && code && ["ENOENT", "EACCES", "EISDIR", "ENOTDIR", "EROFS"].includes(code)) {
      throw new UsageError(
        `Cannot write ${path} (${code}).`,
        "Check that its directory exists and is writable.",
      );
    }
    throw error;
  }
  return (await stat(path)).size;
}
