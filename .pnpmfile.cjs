// Lets node-gyp build native addons (better-sqlite3) against the headers installed with the
// local Node instead of downloading them: machines here have no internet access, and pnpm ≥ 11
// no longer forwards npm's `nodedir` setting to install scripts. Where no headers sit next to
// the `node` on PATH, nothing changes and node-gyp behaves as usual.
const { existsSync, realpathSync } = require("node:fs");
const { delimiter, dirname, join } = require("node:path");

function localNodePrefix() {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const candidate = join(dir, process.platform === "win32" ? "node.exe" : "node");
    if (!dir || !existsSync(candidate)) continue;
    const prefix = dirname(dirname(realpathSync(candidate)));
    return existsSync(join(prefix, "include", "node", "node.h")) ? prefix : undefined;
  }
  return undefined;
}

module.exports = {
  hooks: {
    updateConfig(config) {
      // biome-ignore lint/suspicious/noUndeclaredEnvVars: read by pnpm at install time, not by a turbo task
      const prefix = process.env.npm_config_nodedir ? undefined : localNodePrefix();
      if (!prefix) return config;
      return { ...config, extraEnv: { ...config.extraEnv, npm_config_nodedir: prefix } };
    },
  },
};
