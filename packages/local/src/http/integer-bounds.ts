const LITERALS = new Set(["default", "example", "examples", "enum", "const"]);
const PROPERTY_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions"]);

/**
 * A copy of `schema` where every `integer` without its own bounds is bounded to the range
 * JavaScript (and SQLite's 64-bit integers) hold exactly. `page=99999999999999999999`
 * coerces to 1e20, which ajv's `integer` accepts and SQLite then refuses (a 500); with the
 * bound it is a 422 that names the limit. Bounds the spec states are kept as they are.
 */
export function boundIntegers<T>(schema: T, isPropertyMap = false): T {
  if (Array.isArray(schema)) return schema.map((item) => boundIntegers(item)) as T;
  if (schema === null || typeof schema !== "object") return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    // Literal values (defaults, examples, enums) are data, not schemas; inside `properties`
    // every key is a property name whose value is a schema.
    copy[key] =
      !isPropertyMap && LITERALS.has(key)
        ? value
        : boundIntegers(value, !isPropertyMap && PROPERTY_MAPS.has(key));
  }
  const type = copy.type;
  const isInteger = type === "integer" || (Array.isArray(type) && type.includes("integer"));
  if (isInteger) {
    if (copy.maximum === undefined && copy.exclusiveMaximum === undefined) {
      copy.maximum = Number.MAX_SAFE_INTEGER;
    }
    if (copy.minimum === undefined && copy.exclusiveMinimum === undefined) {
      copy.minimum = Number.MIN_SAFE_INTEGER;
    }
  }
  return copy as T;
}
