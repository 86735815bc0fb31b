import type { RegisterCommands } from "./index.js";

// Placeholder until this command group lands.
export const registerWorkflows: RegisterCommands = () => {};
