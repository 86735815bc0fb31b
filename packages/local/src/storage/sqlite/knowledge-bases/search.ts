import type { KnowledgeBaseStore } from "../../knowledge-bases.js";
import type { Db } from "../database.js";
import { fileUri } from "../files.js";
import { type DocRow, docType } from "./rows.js";

export type SearchRecords = Pick<KnowledgeBaseStore, "search">;

/** Full-text search (FTS5, bm25) over the chunks of trained documents under a folder. */
export function sqliteKnowledgeBaseSearch(db: Db): SearchRecords {
  const searchChunks = db.prepare(`SELECT c.content, -bm25(kb_chunks_fts) AS score, d.*
    FROM kb_chunks_fts
    JOIN kb_chunks c ON c.id = kb_chunks_fts.rowid
    JOIN kb_documents d ON d.id = c.document_id
    WHERE kb_chunks_fts MATCH @match AND c.kb_id = @kb AND d.workspace_id = @ws
      AND d.status = 'trained'
      AND (@prefix = '/' OR d.prefix = @prefix OR substr(d.prefix, 1, length(@prefix) + 1) = @prefix || '/')
    ORDER BY bm25(kb_chunks_fts)
    LIMIT @limit`);

  return {
    async search(workspaceId, kbId, query) {
      const rows = searchChunks.all({
        match: query.match,
        kb: kbId,
        ws: workspaceId,
        prefix: query.prefix,
        limit: query.limit,
      }) as (DocRow & { content: string; score: number })[];
      return rows.map((row) => ({
        score: row.score,
        content: row.content,
        source: row.source_uri ?? (row.file_id ? fileUri(row.file_id, row.name) : null),
        document_source: {
          id: row.id,
          created_at: row.created_at,
          updated_at: row.updated_at,
          group_id: row.workspace_id,
          kb_id: row.kb_id,
          name: row.name,
          file_id: row.file_id,
          status: row.status,
          short_summary: null,
          summary: null,
          doc_type: docType(row.name),
          doc_metadata: {},
          prefix: row.prefix,
          m_source_type: row.source_type ?? "document",
          m_source_metadata: null,
        },
      }));
    },
  };
}
