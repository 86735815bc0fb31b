import Database from "better-sqlite3";
import { MIGRATIONS } from "./migrations/index.js";

export type Db = Database.Database;

/**
 * Opens (or creates) the database file and brings its schema up to date.
 * WAL lets readers (SSE streams, list calls) proceed while the engine writes; foreign keys
 * make deleting a workspace remove everything in it; busy_timeout covers a second process
 * (e.g. the CLI's tests) opening the same file.
 */
export function openDatabase(file: string): Db {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(
      `The database was written by a newer @noxus/local (schema version ${current}, this one knows ${latest}); upgrade @noxus/local or use another --db file.`,
    );
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      if (migration.sql.trim()) db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
