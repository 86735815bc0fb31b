import type { Command } from "commander";
import type { CliContext } from "../context.js";
import { registerAdmin } from "./admin.js";
import { registerAgents } from "./agents.js";
import { registerChat } from "./chat.js";
import { registerFiles } from "./files.js";
import { registerKb } from "./kb.js";
import { registerLogin } from "./login.js";
import { registerRun } from "./run.js";
import { registerRuns } from "./runs.js";
import { registerTypes } from "./types.js";
import { registerWhoami } from "./whoami.js";
import { registerWorkflows } from "./workflows.js";

/** How a command group is added: it gets the program and a way to build its context. */
export type RegisterCommands = (
  program: Command,
  contextFor: (command: Command) => CliContext,
) => void;

/** Every command group of `noxus`, in the order `noxus --help` lists them. */
export const COMMAND_GROUPS: RegisterCommands[] = [
  registerLogin,
  registerWhoami,
  registerWorkflows,
  registerRun,
  registerRuns,
  registerKb,
  registerFiles,
  registerAgents,
  registerChat,
  registerAdmin,
  registerTypes,
];
