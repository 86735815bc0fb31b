import { homedir } from "node:os";
import path from "node:path";
import { readEnv } from "../internal/env.js";
import type { ConfigOptions } from "./options.js";

export const CREDENTIALS_FILE = "credentials.json";

/**
 * The directory of the credentials file: `configDir`, else `$NOXUS_CONFIG_DIR`, else the
 * platform's per-user config directory:
 * - Linux and other Unixes: `$XDG_CONFIG_HOME/noxus`, else `~/.config/noxus`;
 * - macOS: `~/Library/Application Support/noxus`;
 * - Windows: `%APPDATA%\noxus`.
 */
export function configDirectory(options: ConfigOptions = {}): string {
  return locate(options).dir;
}

/** The full path of the credentials file: `credentials.json` in configDirectory(). */
export function credentialsPath(options: ConfigOptions = {}): string {
  return locate(options).file;
}

function locate(options: ConfigOptions): { dir: string; file: string } {
  const at = (dir: string, p: path.PlatformPath = path) => ({
    dir,
    file: p.join(dir, CREDENTIALS_FILE),
  });
  if (options.configDir) return at(path.resolve(options.configDir));
  const env = options.env ?? process.env;
  const fromEnv = readEnv(env, "NOXUS_CONFIG_DIR");
  if (fromEnv) return at(path.resolve(fromEnv));

  const platform = options.platform ?? process.platform;
  if (platform === "win32") {
    // Joined with win32 rules whatever the host, so the answer is right when tests ask for it.
    const home = readEnv(env, "USERPROFILE") ?? homedir();
    const appData = readEnv(env, "APPDATA") ?? path.win32.join(home, "AppData", "Roaming");
    return at(path.win32.join(appData, "noxus"), path.win32);
  }
  const home = readEnv(env, "HOME") ?? homedir();
  if (platform === "darwin") {
    return at(path.posix.join(home, "Library", "Application Support", "noxus"), path.posix);
  }
  // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = readEnv(env, "XDG_CONFIG_HOME");
  const base = xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, ".config");
  return at(path.posix.join(base, "noxus"), path.posix);
}
