// The console server as a library: `pnpm start` and the tests start it in-process.
export type { ConsoleServerOptions } from "./options.js";
export { type ConsoleServer, ConsoleStartError, startConsoleServer } from "./server.js";
