import { defaultBodySerializer } from "openapi-fetch";

function isBinary(value: unknown): value is Blob {
  return typeof Blob !== "undefined" && value instanceof Blob;
}

function hasBinaryField(body: Record<string, unknown>): boolean {
  return Object.values(body).some(
    (value) => isBinary(value) || (Array.isArray(value) && value.some(isBinary)),
  );
}

/**
 * Serialises request bodies: an object with a Blob/File field (the spec's multipart
 * operations, whose `format: binary` fields are typed as Blob) becomes FormData, with one
 * part per array element, which is how upload_train expects its repeated `files` field.
 * Everything else goes to openapi-fetch's JSON serializer. FormData built by the caller
 * passes through untouched.
 */
export function serializeBody(body: unknown): string | FormData {
  if (typeof FormData !== "undefined" && body instanceof FormData) return body;
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return defaultBodySerializer(body);
  }
  const fields = body as Record<string, unknown>;
  if (!hasBinaryField(fields)) return defaultBodySerializer(body);
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      if (isBinary(item)) form.append(name, item);
      else form.append(name, typeof item === "string" ? item : JSON.stringify(item));
    }
  }
  return form;
}
