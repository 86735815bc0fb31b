/** An environment: `process.env` in Node, any plain record elsewhere (tests, workers). */
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * `process.env` when there is one. The core entry runs in browsers, where `process` is
 * undefined (or a bundler's stub), and in runtimes where touching env can throw (Deno
 * without --allow-env): all of those read as an empty environment.
 */
export function defaultEnv(): Env {
  try {
    const env = (globalThis as { process?: { env?: unknown } }).process?.env;
    return env !== null && typeof env === "object" ? (env as Env) : {};
  } catch {
    return {};
  }
}

/**
 * Reads one variable. An empty value counts as unset: `NOXUS_API_KEY=` in a CI template or
 * an `.env` file means "not configured", not "use the empty key".
 */
export function readEnv(env: Env, name: string): string | undefined {
  const value = env[name];
  return typeof value === "string" && value.length > 0 ? value : undefined;
}
