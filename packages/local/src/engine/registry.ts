import type { ServerContext } from "../http/context.js";
import { Engine } from "./engine.js";

const engines = new WeakMap<ServerContext, Engine>();

/**
 * The engine of a server. Both the workflows group (delete stops runs) and the runs group
 * (create, stream, lifecycle) reach the same instance through their shared context.
 */
export function engineFor(context: ServerContext): Engine {
  let engine = engines.get(context);
  if (!engine) {
    engine = new Engine(context, context.config.runConcurrency);
    engines.set(context, engine);
  }
  return engine;
}
