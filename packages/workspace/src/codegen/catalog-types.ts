import type { NodeDefinition, Schema } from "@noxus/client";
import { isRequired } from "../resources/workflows/config.js";
import { docComment, generatedHeader, literalUnion, propertyName } from "./source-text.js";

type ConfigDefinition = Schema<"ConfigDefinition">;

/**
 * Fields some catalogs add to a config entry beyond the documented ones: allowed values
 * (`enum`/`choices`), the item type of a list (`items`) and the keys of an object
 * (`properties`). The types use them when they are there.
 */
interface ConfigEntry extends ConfigDefinition {
  enum?: unknown;
  choices?: unknown;
  items?: unknown;
  properties?: unknown;
}

/** Connector kinds that carry several named values: a link into one names its key. */
const KEYED_CONNECTORS: ReadonlySet<string> = new Set([
  "variable_connector",
  "variable_type_connector",
  "variable_type_size_connector",
]);

/** Options of `generateCatalogTypes()`: the names and module the generated file uses. */
export interface CatalogTypesOptions {
  /** Name of the exported catalog type. Default `NodeCatalogTypes`. */
  typeName?: string;
  /** Module the value types (`ConfigValue`, `NodeFileValue`) are imported from. Default `@noxus/workspace`. */
  importFrom?: string;
  /**
   * Also register the catalog (declaration merging on `NoxusRegister` of `@noxus/workspace`),
   * so every `ws.workflows.build()` of the program is typed with it. Default true.
   */
  register?: boolean;
  /** Where the catalog came from, for the header (e.g. the server's URL). */
  source?: string;
  /** The command that regenerates the file, for the header. */
  regenerate?: string;
}

const isPrimitive = (value: unknown): value is string | number | boolean =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean";

/** Allowed values as a literal union, when the entry lists them. */
function choicesOf(entry: ConfigEntry): string | undefined {
  const listed = Array.isArray(entry.enum) ? entry.enum : entry.choices;
  if (!Array.isArray(listed) || listed.length === 0 || !listed.every(isPrimitive)) return undefined;
  return [...new Set(listed.map((value) => JSON.stringify(value)))].join(" | ");
}

/** The item type of a list: from `items`, else from a default whose items share one primitive type. */
function itemTypeOf(entry: ConfigEntry, indent: string): string {
  const items = entry.items as { type?: unknown } | undefined;
  if (items && typeof items === "object" && typeof items.type === "string") {
    return valueType({ ...(items as ConfigEntry), description: null, default: null }, indent);
  }
  const sample = Array.isArray(entry.default) ? entry.default : [];
  const kinds = new Set(sample.map((value) => typeof value));
  const [kind] = kinds;
  if (
    sample.length > 0 &&
    kinds.size === 1 &&
    (kind === "string" || kind === "number" || kind === "boolean")
  )
    return kind;
  return "ConfigValue";
}

function objectType(properties: Record<string, ConfigEntry>, indent: string): string {
  const inner = `${indent}  `;
  const lines = Object.entries(properties).map(
    ([key, entry]) =>
      `${docComment([entry.description], inner)}${inner}${propertyName(key)}${isRequired(entry) ? "" : "?"}: ${valueType(entry, inner)};`,
  );
  return lines.length === 0
    ? "{ [key: string]: ConfigValue }"
    : `{\n${lines.join("\n")}\n${indent}}`;
}

/** The TypeScript type of a config value of this entry's DataType. */
function valueType(entry: ConfigEntry, indent: string): string {
  const choices = choicesOf(entry);
  switch (entry.type) {
    case "str":
      return choices ?? "string";
    case "int":
    case "float":
      return choices ?? "number";
    case "bool":
      return "boolean";
    case "list": {
      const item = choices ?? itemTypeOf(entry, indent);
      return item.includes(" ") ? `(${item})[]` : `${item}[]`;
    }
    case "dict": {
      const properties = entry.properties;
      return properties && typeof properties === "object" && !Array.isArray(properties)
        ? objectType(properties as Record<string, ConfigEntry>, indent)
        : "{ [key: string]: ConfigValue }";
    }
    case "File":
    case "Image":
    case "Audio":
      return "NodeFileValue";
    default:
      // Quote, Custom, Any, GoogleSheet, SourceType: the catalog does not describe their shape.
      return choices ?? "ConfigValue";
  }
}

function nodeType(definition: NodeDefinition): string {
  const config = Object.entries(definition.config ?? {}) as [string, ConfigEntry][];
  const configLines = config.map(([key, entry]) => {
    const doc = docComment(
      [entry.description, entry.visible === false ? "Hidden in the editor." : null],
      "      ",
    );
    return `${doc}      ${propertyName(key)}${isRequired(entry) ? "" : "?"}: ${valueType(entry, "      ")};`;
  });
  const inputs = definition.inputs ?? [];
  const outputs = definition.outputs ?? [];
  const keyed = inputs.filter((input) => KEYED_CONNECTORS.has(input.type));
  return `${docComment([definition.description], "  ")}  ${propertyName(definition.type)}: {
    config: ${configLines.length === 0 ? "{}" : `{\n${configLines.join("\n")}\n    }`};
    inputs: ${literalUnion(inputs.map((input) => input.name))};
    keyedInputs: ${literalUnion(keyed.map((input) => input.name))};
    outputs: ${literalUnion(outputs.map((output) => output.name))};
  };`;
}

/**
 * TypeScript declarations for a node catalog (`GET /v1/nodes`): every node type with its
 * config keys and their value types (required keys not optional), its input and output
 * names, and which inputs take a key. With them, `builder.node()`, `node.config()`,
 * `node.input()` and `node.output()` reject at compile time what the catalog would reject
 * at run time.
 *
 * @example
 * const source = generateCatalogTypes((await ws.workflows.catalog()).definitions);
 * await writeFile("noxus-catalog.ts", source);
 */
export function generateCatalogTypes(
  definitions: readonly NodeDefinition[],
  options: CatalogTypesOptions = {},
): string {
  const typeName = options.typeName ?? "NodeCatalogTypes";
  const importFrom = options.importFrom ?? "@noxus/workspace";
  const seen = new Set<string>();
  // A type listed twice keeps its first entry, as the builder's catalog lookup does.
  const unique = definitions.filter((definition) => {
    if (seen.has(definition.type)) return false;
    seen.add(definition.type);
    return true;
  });
  const register =
    options.register === false
      ? ""
      : `
declare module ${JSON.stringify(importFrom)} {
  interface NoxusRegister {
    nodeCatalog: ${typeName};
  }
}
`;
  const body = `/** The node types of the catalog: config keys and value types, inputs, keyed inputs, outputs. */
export type ${typeName} = {
${unique.map(nodeType).join("\n")}
};
${register}`;
  // Import only what the body names: an unused import fails programs built with noUnusedLocals.
  const used = ["ConfigValue", "NodeFileValue"].filter((name) =>
    new RegExp(`\\b${name}\\b`).test(body),
  );
  const imports =
    used.length > 0
      ? `import type { ${used.join(", ")} } from ${JSON.stringify(importFrom)};\n\n`
      : "";
  return `${generatedHeader(
    options.source ?? "a Noxus node catalog (GET /v1/nodes)",
    options.regenerate ?? "noxus types catalog --out <this file>",
  )}${imports}${body}`;
}
