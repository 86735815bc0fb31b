import type { Command } from "commander";
import type { CliContext } from "../context.js";
import { registerWhoami } from "./whoami.js";

/** How a command group is added: it gets the program and a way to build its context. */
export type RegisterCommands = (
  program: Command,
  contextFor: (command: Command) => CliContext,
) => void;

/** Every command group of `noxus`, in the order `noxus --help` lists them. */
export const COMMAND_GROUPS: RegisterCommands[] = [registerWhoami];
