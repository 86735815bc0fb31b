// How every browser test and benchmark of the repo starts Chromium: Debian's build at
// /usr/bin/chromium (CHROMIUM_PATH to override), driven by playwright-core — no browser
// download. The flags keep it off the network it cannot reach here (background updates,
// sync, QUIC) and let it run as root in CI (--no-sandbox).
export const chromiumLaunchOptions = {
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: a machine setting, not a turbo task input
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};
