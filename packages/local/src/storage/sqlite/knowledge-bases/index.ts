import type { KnowledgeBaseStore } from "../../knowledge-bases.js";
import type { Db } from "../database.js";
import { sqliteDocumentRecords } from "./documents.js";
import { sqliteIngestionRunRecords } from "./ingestion-runs.js";
import { sqliteIngestionJobQueue } from "./job-queue.js";
import { sqliteKnowledgeBaseRecords } from "./kbs.js";
import { sqliteKnowledgeBaseSearch } from "./search.js";

/** The knowledge-base store on SQLite, one file per concern. */
export function sqliteKnowledgeBaseStore(db: Db): KnowledgeBaseStore {
  return {
    ...sqliteKnowledgeBaseRecords(db),
    ...sqliteDocumentRecords(db),
    ...sqliteIngestionRunRecords(db),
    ...sqliteKnowledgeBaseSearch(db),
    ...sqliteIngestionJobQueue(db),
  };
}
