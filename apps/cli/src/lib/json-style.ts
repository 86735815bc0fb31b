/**
 * The one key style of `--json` output: snake_case, the API's own. The API's objects are
 * printed as they come; the objects the CLI makes up (summaries, results) are written in
 * camelCase in TypeScript and converted here, in one place, on their way out. Values that are
 * the user's own data (run inputs and outputs keyed by label, workflow definitions, settings,
 * metadata) are passed through untouched, whatever their keys look like.
 */
const USER_DATA = new Set([
  "input",
  "inputs",
  "output",
  "outputs",
  "definition",
  "draft_definition",
  "settings",
  "node_config",
  "doc_metadata",
  "source_metadata",
  "meta",
]);

const CAMEL = /^[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*$/;

function snake(key: string): string {
  return CAMEL.test(key) ? key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase() : key;
}

/** `value` with every camelCase key made snake_case, outside the user's own data. */
export function toJsonStyle(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toJsonStyle);
  if (value === null || typeof value !== "object") return value;
  // Objects with their own serialisation (handles, dates) are serialised first.
  const plain =
    typeof (value as { toJSON?: unknown }).toJSON === "function"
      ? (value as { toJSON(): unknown }).toJSON()
      : value;
  if (plain !== value) return toJsonStyle(plain);
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      const name = snake(key);
      return [name, USER_DATA.has(name) ? child : toJsonStyle(child)];
    }),
  );
}
