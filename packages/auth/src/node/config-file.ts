import { randomBytes } from "node:crypto";
import {
  closeSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import { parseApiKey } from "../api-key.js";
import { NoxusCredentialsError } from "../errors.js";
import type { ConfigOptions } from "./options.js";
import { checkPermissions } from "./permissions.js";
import { isValidProfileName } from "./profile-name.js";

/** One profile as stored on disk (snake_case, like the API and the Python tooling). */
export interface StoredProfile {
  api_key: string;
  base_url: string;
  workspace_id?: string;
  workspace_name?: string;
  created_at: string;
  [unknown: string]: unknown;
}

/**
 * The credentials file, version 1. Unknown fields are kept on rewrite, so a newer tool's
 * additions survive an older one's `saveProfile`.
 */
export interface StoredConfig {
  version: 1;
  current?: string;
  profiles: Record<string, StoredProfile>;
  [unknown: string]: unknown;
}

export function emptyConfig(): StoredConfig {
  return { version: 1, profiles: {} };
}

function corrupt(file: string, problem: string, profile?: string): NoxusCredentialsError {
  return new NoxusCredentialsError(
    "corrupt_config",
    `The Noxus credentials file ${file} is corrupt: ${problem}. Fix or delete ${file}, then run \`noxus login\`.`,
    { path: file, profile },
  );
}

function tooNew(file: string, version: number): NoxusCredentialsError {
  return new NoxusCredentialsError(
    "corrupt_config",
    `The Noxus credentials file ${file} has version ${version}, newer than this @noxus/auth reads (1). Upgrade @noxus/auth, or fix or delete ${file}, then run \`noxus login\`.`,
    { path: file },
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

const OPTIONAL_STRINGS = ["workspace_id", "workspace_name"] as const;

/** Checks the parsed JSON against the version-1 shape; every problem names the profile. */
function validate(file: string, data: unknown): StoredConfig {
  if (!isRecord(data)) throw corrupt(file, "it is not a JSON object");
  if (typeof data.version === "number" && data.version > 1) throw tooNew(file, data.version);
  if (data.version !== 1) throw corrupt(file, `"version" must be 1`);
  if (data.current !== undefined && data.current !== null && typeof data.current !== "string") {
    throw corrupt(file, `"current" must be a profile name`);
  }
  if (!isRecord(data.profiles)) throw corrupt(file, `"profiles" must be an object`);
  for (const [name, profile] of Object.entries(data.profiles)) {
    if (!isValidProfileName(name))
      throw corrupt(file, `the profile name ${JSON.stringify(name)} is not valid`);
    if (!isRecord(profile)) throw corrupt(file, `profile "${name}" is not an object`, name);
    // parseApiKey's messages never contain the key; the error code here stays corrupt_config.
    try {
      parseApiKey(profile.api_key, "api_key");
    } catch (error) {
      throw corrupt(
        file,
        `profile "${name}" has an unusable api_key (${(error as Error).message})`,
        name,
      );
    }
    if (typeof profile.base_url !== "string")
      throw corrupt(file, `profile "${name}" has no base_url`, name);
    if (typeof profile.created_at !== "string")
      throw corrupt(file, `profile "${name}" has no created_at`, name);
    for (const field of OPTIONAL_STRINGS) {
      if (
        profile[field] !== undefined &&
        profile[field] !== null &&
        typeof profile[field] !== "string"
      ) {
        throw corrupt(file, `profile "${name}" has a non-string ${field}`, name);
      }
    }
  }
  const config = data as StoredConfig;
  if (config.current === null) delete config.current;
  return config;
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a directory";
  if (code === "ENOTDIR") return "a parent of it is not a directory";
  return code ?? (error as Error).message;
}

/**
 * Reads and validates the file. `undefined` when it does not exist (no profiles yet).
 * The fd is stat'ed, not the path, so the mode checked is the mode of the file read.
 * @throws NoxusCredentialsError `unreadable_config` or `corrupt_config`, naming the path.
 */
export function readConfig(file: string, options: ConfigOptions): StoredConfig | undefined {
  let text: string;
  try {
    const fd = openSync(file, "r");
    try {
      const stat = fstatSync(fd);
      if (stat.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
      checkPermissions(file, stat.mode, options);
      text = readFileSync(fd, "utf8");
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new NoxusCredentialsError(
      "unreadable_config",
      `Cannot read the Noxus credentials file ${file}: ${describe(error)}. Make it a file you can read (chmod 600 "${file}"), or point NOXUS_CONFIG_DIR at another directory.`,
      { path: file, cause: error },
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // The parser's message quotes the text around the error, which may be a key: not kept.
    throw corrupt(file, "it is not valid JSON");
  }
  return validate(file, data);
}

/**
 * Writes the file atomically: a temp file in the same directory (so the rename stays on one
 * file system), written with mode 0600, flushed, then renamed over the old one. Readers see
 * the old file or the new one, never half of one. The directory is created with mode 0700.
 * Two writers at once: the last rename wins (no lock; writes are rare and made by people).
 */
export function writeConfig(file: string, config: StoredConfig): void {
  const dir = path.dirname(file);
  const temp = path.join(
    dir,
    `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`,
  );
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const fd = openSync(temp, "wx", 0o600);
    try {
      writeSync(fd, `${JSON.stringify(config, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    // Best effort: the temp file may not exist, or its directory may be what failed.
    try {
      rmSync(temp, { force: true });
    } catch {}
    // No dedicated code for "cannot write": the file is as unusable as an unreadable one.
    throw new NoxusCredentialsError(
      "unreadable_config",
      `Cannot write the Noxus credentials file ${file}: ${describe(error)}. Make ${dir} a directory you can write to, or point NOXUS_CONFIG_DIR at another one.`,
      { path: file, cause: error },
    );
  }
}
