import { parse as parseCsv } from "csv-parse/sync";
import { convert as htmlToText } from "html-to-text";

/** A failure the document's `error` dict reports; `type` is machine-readable. */
export class IngestionError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export type TextKind = "txt" | "md" | "csv" | "json" | "html";

const BY_EXTENSION: Record<string, TextKind> = {
  txt: "txt",
  text: "txt",
  log: "txt",
  md: "md",
  markdown: "md",
  csv: "csv",
  json: "json",
  html: "html",
  htm: "html",
};

const BY_CONTENT_TYPE: Record<string, TextKind> = {
  "text/plain": "txt",
  "text/markdown": "md",
  "text/x-markdown": "md",
  "text/csv": "csv",
  "application/csv": "csv",
  "application/json": "json",
  "text/html": "html",
  "application/xhtml+xml": "html",
};

const CONTENT_TYPES: Record<TextKind, string> = {
  txt: "text/plain",
  md: "text/markdown",
  csv: "text/csv",
  json: "application/json",
  html: "text/html",
};

function extension(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** The kind of text in a file: by extension first (clients often send octet-stream), then type. */
export function textKind(name: string, contentType: string): TextKind | undefined {
  const base = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  return BY_EXTENSION[extension(name)] ?? BY_CONTENT_TYPE[base];
}

/** A content type for a file stored without a useful one (e.g. `application/octet-stream`). */
export function guessContentType(name: string, given: string | undefined): string {
  const base = given?.split(";")[0]?.trim().toLowerCase();
  if (base && base !== "application/octet-stream") return given as string;
  const kind = BY_EXTENSION[extension(name)];
  return kind ? CONTENT_TYPES[kind] : "application/octet-stream";
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function decode(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new IngestionError("invalid_encoding", "The file is not valid UTF-8 text.");
  }
}

function flattenJson(value: unknown, path: string, lines: string[]): void {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) flattenJson(item, `${path}[${index}]`, lines);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      flattenJson(item, path ? `${path}.${key}` : key, lines);
    }
  } else {
    lines.push(path ? `${path}: ${String(value)}` : String(value));
  }
}

function csvRows(text: string): string[] {
  let records: string[][];
  try {
    records = parseCsv(text, { skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    throw new IngestionError(
      "invalid_csv",
      `The CSV could not be parsed: ${(error as Error).message}`,
    );
  }
  const [header, ...rows] = records;
  if (!header) return [];
  if (rows.length === 0) return [header.join(", ")];
  return rows.map((row) =>
    row.map((cell, index) => `${header[index] ?? `column ${index + 1}`}: ${cell}`).join("\n"),
  );
}

/**
 * The text of a document as units to chunk: one unit for most kinds, one per row for a CSV
 * when rows are documents of their own.
 */
export function extractUnits(
  name: string,
  contentType: string,
  bytes: Uint8Array,
  options: { csvRowAsDocument: boolean },
): string[] {
  const kind = textKind(name, contentType);
  if (!kind) {
    const ext = extension(name);
    throw new IngestionError(
      "unsupported_file_type",
      `Unsupported file type ${ext ? `".${ext}"` : `"${contentType}"`}: @noxus/local extracts text from txt, md, csv, json and html files only.`,
    );
  }
  const text = decode(bytes);
  switch (kind) {
    case "txt":
    case "md":
      return [text];
    case "html":
      return [htmlToText(text, { wordwrap: false })];
    case "json": {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new IngestionError(
          "invalid_json",
          `The JSON could not be parsed: ${(error as Error).message}`,
        );
      }
      const lines: string[] = [];
      flattenJson(value, "", lines);
      return [lines.join("\n")];
    }
    case "csv": {
      const rows = csvRows(text);
      return options.csvRowAsDocument ? rows : [rows.join("\n\n")];
    }
  }
}
