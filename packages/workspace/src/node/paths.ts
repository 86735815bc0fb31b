import { openAsBlob } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { NoxusInputError } from "../errors.js";

/** Options of `fromPath()`: the name and MIME type to upload the file with. */
export interface FromPathOptions {
  /** The name to store the file under (default: the path's base name). */
  name?: string;
  /** A MIME type (default none: the server guesses from the name). */
  type?: string;
}

/** Options of `fromPaths()`: which files of the directories to include. */
export interface FromPathsOptions {
  /** Include files and directories whose name starts with "." (default false). */
  includeHidden?: boolean;
}

/**
 * A file on disk as a `File` that `ws.files.upload()` and `kb.upload()` take. The content is
 * not read here: openAsBlob gives a Blob backed by the file, read when the upload streams it,
 * so a large file never sits in memory twice.
 */
export async function fromPath(path: string, options: FromPathOptions = {}): Promise<File> {
  if (typeof path !== "string" || !path) {
    throw new NoxusInputError("invalid_path", "fromPath() needs a file path.");
  }
  const info = await statOrThrow(path);
  if (!info.isFile()) {
    throw new NoxusInputError("invalid_path", `${path} is not a regular file.`, {
      hint: `Use fromPaths() for a directory.`,
    });
  }
  const blob = await openAsBlob(path, options.type ? { type: options.type } : {});
  return new File([blob], options.name ?? basename(path), { type: blob.type });
}

/**
 * Files for paths: each file as itself, each directory as every file below it (recursively,
 * in name order). Names starting with "." are skipped below a directory unless
 * `includeHidden`; a path named explicitly is always taken. Files keep their base name
 * (a KB document's name), not their directory.
 */
export async function fromPaths(
  paths: readonly string[] | string,
  options: FromPathsOptions = {},
): Promise<File[]> {
  const list = typeof paths === "string" ? [paths] : [...paths];
  const files: File[] = [];
  for (const path of list) {
    if (typeof path !== "string" || !path) {
      throw new NoxusInputError("invalid_path", "fromPaths() takes non-empty path strings.");
    }
    const info = await statOrThrow(path);
    if (info.isDirectory()) await collect(resolve(path), options, files);
    else files.push(await fromPath(path));
  }
  return files;
}

async function collect(dir: string, options: FromPathsOptions, into: File[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (!options.includeHidden && entry.name.startsWith(".")) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await collect(full, options, into);
    // Symlinks are followed (stat, not lstat) so a linked file counts like a file.
    else if (entry.isFile() || (entry.isSymbolicLink() && (await stat(full)).isFile())) {
      into.push(await fromPath(full));
    }
  }
}

async function statOrThrow(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new NoxusInputError(
      "invalid_path",
      code === "ENOENT"
        ? `No such file or directory: ${path}.`
        : `Cannot read ${path} (${code ?? "error"}).`,
    );
  }
}
