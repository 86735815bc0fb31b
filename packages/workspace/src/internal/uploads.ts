import { NoxusInputError } from "../errors.js";

/** Content given with its name: bytes, a Blob, or text (sent as UTF-8). */
export interface NamedUpload {
  /** The file name the server stores; its extension decides how a KB extracts text. */
  name: string;
  data: Uint8Array | ArrayBuffer | Blob | string;
  /** A MIME type; when left out the server guesses from the name. */
  type?: string;
}

/**
 * What an upload accepts: a `File` (its name is used), a `Blob`, bytes, or `{ name, data }`.
 * A bare `Blob` or bytes have no name, so they need `{ name, data }` (or, for a single file,
 * the `name` option); from Node, `fromPath`/`fromPaths` of `@noxus/workspace/node` give Files.
 */
export type UploadInput = File | Blob | Uint8Array | ArrayBuffer | NamedUpload;

// The server refuses nameless parts, and a KB needs the name to pick the text extractor, so a
// missing name is caught here with a hint instead of as a 422 after the bytes were sent.
function unnamed(what: string, position: string): NoxusInputError {
  return new NoxusInputError("unnamed_file", `${position}is ${what} without a name.`, {
    hint: `Pass { name: "notes.txt", data } or new File([data], "notes.txt").`,
  });
}

function describe(index: number | undefined): string {
  return index === undefined ? "The upload " : `File #${index + 1} of the upload `;
}

function isNamedUpload(input: unknown): input is NamedUpload {
  return typeof input === "object" && input !== null && "name" in input && "data" in input;
}

/** A copy whose buffer is a plain ArrayBuffer, which is what BlobPart accepts. */
function toBlobPart(data: Uint8Array | ArrayBuffer | Blob | string): BlobPart {
  if (data instanceof Uint8Array) return new Uint8Array(data);
  return data;
}

/**
 * One upload input as a named `File`, checked before anything is sent. `fallbackName` names
 * a bare Blob or bytes (the single-file `name` option); `index` places the input in a list
 * for the error message.
 */
export function toUploadFile(input: UploadInput, index?: number, fallbackName?: string): File {
  const position = describe(index);
  if (typeof File !== "undefined" && input instanceof File) {
    if (!input.name.trim()) throw unnamed("a File", position);
    return fallbackName && fallbackName !== input.name
      ? new File([input], fallbackName, { type: input.type })
      : input;
  }
  if (input instanceof Blob || input instanceof Uint8Array || input instanceof ArrayBuffer) {
    if (!fallbackName?.trim()) {
      throw unnamed(input instanceof Blob ? "a Blob" : "raw bytes", position);
    }
    const type = input instanceof Blob ? input.type : "";
    return new File([toBlobPart(input)], fallbackName, { type });
  }
  if (isNamedUpload(input)) {
    if (typeof input.name !== "string" || !input.name.trim()) {
      throw unnamed("{ name, data } with an empty name", position);
    }
    const { data } = input;
    const valid =
      typeof data === "string" ||
      data instanceof Blob ||
      data instanceof Uint8Array ||
      data instanceof ArrayBuffer;
    if (!valid) {
      throw new NoxusInputError(
        "invalid_file",
        `${position}(${input.name}) has data of an unsupported kind.`,
        { hint: `Data must be a Uint8Array, an ArrayBuffer, a Blob or a string.` },
      );
    }
    const type = input.type ?? (data instanceof Blob ? data.type : "");
    return new File([toBlobPart(data)], input.name, { type });
  }
  throw new NoxusInputError("invalid_file", `${position}is not a file.`, {
    hint: `Pass a File, { name, data }, or paths through fromPaths() of @noxus/workspace/node.`,
  });
}

/** Every input as a named File; an empty list is refused, since it would upload nothing. */
export function toUploadFiles(inputs: Iterable<UploadInput> | UploadInput): File[] {
  const list =
    typeof inputs === "object" &&
    inputs !== null &&
    Symbol.iterator in inputs &&
    !(inputs instanceof Uint8Array)
      ? [...(inputs as Iterable<UploadInput>)]
      : [inputs as UploadInput];
  if (list.length === 0) {
    throw new NoxusInputError("empty_file_list", "The file list is empty: nothing to upload.", {
      hint: "Pass at least one File or { name, data }; fromPaths() skips dotfiles, so check the directory holds visible files.",
    });
  }
  return list.map((input, index) => toUploadFile(input, index));
}

/** Consecutive slices of at most `size` items. */
export function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    batches.push(items.slice(start, start + size));
  }
  return batches;
}
