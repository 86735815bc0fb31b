import type { ConfigOptions, CredentialsWarning } from "./options.js";

const emitted = new Set<string>();

function emitProcessWarning(warning: CredentialsWarning): void {
  process.emitWarning(warning.message, { type: "Warning", code: warning.code });
}

/**
 * Warns when the credentials file is accessible to group or others: anyone who can read it
 * can use every workspace in it. POSIX only: Windows has no mode bits (ACLs, which Node
 * reports as 0o666), so there is nothing meaningful to check there.
 */
export function checkPermissions(path: string, mode: number, options: ConfigOptions): void {
  if ((options.platform ?? process.platform) === "win32") return;
  if ((mode & 0o077) === 0) return;
  const octal = (mode & 0o777).toString(8).padStart(3, "0");
  const warning: CredentialsWarning = {
    code: "NOXUS_INSECURE_CREDENTIALS",
    path,
    message: `The Noxus credentials file ${path} is accessible to other users (mode ${octal}); anyone who can read it can use its API keys. Fix it with: chmod 600 "${path}"`,
  };
  if (options.onWarning) {
    options.onWarning(warning);
    return;
  }
  // The default goes to stderr: once per path and mode is enough to be seen, not to be noise.
  const key = `${path}:${octal}`;
  if (emitted.has(key)) return;
  emitted.add(key);
  emitProcessWarning(warning);
}
