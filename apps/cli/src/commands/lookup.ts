/** Finding what a command names (by id or exact name), and the CLI's own error shapes. */
import { CliError, UsageError } from "../exit-codes.js";

/**
 * Finds one item named on the command line by its id or its exact name. An id wins over a
 * name; several items with that name are a usage error listing their ids; none is a
 * not-found error (exit 4).
 */
export function pickByIdOrName<T extends { id: string; name: string }>(
  items: readonly T[],
  ref: string,
  what: string,
  listCommand: string,
): T {
  const byId = items.find((item) => item.id === ref);
  if (byId) return byId;
  const byName = items.filter((item) => item.name === ref);
  if (byName.length === 1 && byName[0]) return byName[0];
  if (byName.length > 1) {
    throw new UsageError(
      `${byName.length} ${what}s are named ${JSON.stringify(ref)}: ${byName.map((item) => item.id).join(", ")}.`,
      `Name the ${what} by its id instead.`,
    );
  }
  throw notFoundError(
    `No ${what} with the id or name ${JSON.stringify(ref)} in this workspace.`,
    `List them with \`${listCommand}\`; names must match exactly.`,
  );
}

/** A name or id on the command line that matches nothing (exit 4), with what to do. */
export function notFoundError(message: string, hint: string): CliError {
  return new CliError("not_found", message, { hint });
}

/** A command the key may not run (exit 3), with what to do. */
export function permissionError(message: string, hint: string): CliError {
  return new CliError("permission", message, { hint });
}

/** 1536 → "1.5 KiB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** A text on one line, cut to `max` characters with an ellipsis. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
