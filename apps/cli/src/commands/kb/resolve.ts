import type { KnowledgeBaseHandle, Workspace } from "@noxus/workspace/node";
import type { CliContext } from "../../context.js";
import { pickByIdOrName } from "../lookup.js";

/**
 * The knowledge base a command names, by id or exact name: every KB of the workspace is
 * listed (pages walked), so a name works as well as an id. Unknown → exit 4, a name shared
 * by several KBs → exit 2 with their ids.
 */
export async function resolveKnowledgeBase(
  cli: CliContext,
  ws: Workspace,
  ref: string,
): Promise<KnowledgeBaseHandle> {
  const all = await ws.knowledgeBases.list(cli.call).toArray();
  return pickByIdOrName(all, ref, "knowledge base", "noxus kb list");
}
