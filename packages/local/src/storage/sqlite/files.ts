import type { Schemas } from "../../api-types.js";
import { newId, nowIso } from "../../domain/ids.js";
import type { FileStore, NewFile } from "../files.js";
import type { Db } from "./database.js";

interface FileRow {
  id: string;
  workspace_id: string;
  filename: string;
  content_type: string;
  size: number;
  created_at: string;
}

/** The platform's file URI form (noxus-sdk treats `spot://<file_id>/...` as a file URI). */
export const fileUri = (id: string, filename: string): string =>
  `spot://${id}/${encodeURIComponent(filename)}`;

export const toFile = (row: FileRow): Schemas["File"] => ({
  id: row.id,
  uri: fileUri(row.id, row.filename),
  size: row.size,
  group_id: row.workspace_id,
  filename: row.filename,
  content_type: row.content_type,
  source_type: "Document",
  source_metadata: null,
  created_at: row.created_at,
});

const COLUMNS = "id, workspace_id, filename, content_type, size, created_at";

/** Inserts one file; shared with the knowledge-base store, whose uploads write files too. */
export function fileInserter(db: Db) {
  const insert = db.prepare(
    "INSERT INTO files (id, workspace_id, filename, content_type, size, content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  return (workspaceId: string, input: NewFile): Schemas["File"] => {
    const row: FileRow = {
      id: newId(),
      workspace_id: workspaceId,
      filename: input.filename,
      content_type: input.contentType,
      size: input.content.byteLength,
      created_at: nowIso(),
    };
    insert.run(
      row.id,
      workspaceId,
      row.filename,
      row.content_type,
      row.size,
      Buffer.from(input.content.buffer, input.content.byteOffset, input.content.byteLength),
      row.created_at,
    );
    return toFile(row);
  };
}

export function sqliteFileStore(db: Db): FileStore {
  const insert = fileInserter(db);
  const select = db.prepare(`SELECT ${COLUMNS} FROM files WHERE workspace_id = ? AND id = ?`);
  const selectContent = db.prepare(
    `SELECT ${COLUMNS}, content FROM files WHERE workspace_id = ? AND id = ?`,
  );
  return {
    async create(workspaceId, input) {
      return insert(workspaceId, input);
    },
    async get(workspaceId, fileId) {
      const row = select.get(workspaceId, fileId) as FileRow | undefined;
      return row && toFile(row);
    },
    async read(workspaceId, fileId) {
      const row = selectContent.get(workspaceId, fileId) as
        | (FileRow & { content: Buffer })
        | undefined;
      return row && { file: toFile(row), content: row.content };
    },
  };
}
