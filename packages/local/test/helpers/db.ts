import Database from "better-sqlite3";

/**
 * Counts rows straight from the server's SQLite file (read-only), to catch writes the API
 * would hide: a value is a table name or a full `SELECT COUNT(*) AS n …` query.
 */
export function countRows<K extends string>(
  database: string,
  queries: Record<K, string> | K[],
): Record<K, number> {
  const entries: [string, string][] = Array.isArray(queries)
    ? queries.map((table): [string, string] => [table, table])
    : Object.entries<string>(queries);
  const db = new Database(database, { readonly: true, fileMustExist: true });
  try {
    return Object.fromEntries(
      entries.map(([name, query]) => {
        const sql = /^\s*select/i.test(query) ? query : `SELECT COUNT(*) AS n FROM ${query}`;
        return [name, (db.prepare(sql).get() as { n: number }).n];
      }),
    ) as Record<K, number>;
  } finally {
    db.close();
  }
}

/** A 4xx body's detail as one line: a string, or "loc: msg" for each validation issue. */
export function detailText(body: { detail: string | { loc: unknown[]; msg: string }[] }): string {
  if (typeof body.detail === "string") return body.detail;
  return body.detail.map((issue) => `${issue.loc.join(".")}: ${issue.msg}`).join("; ");
}
