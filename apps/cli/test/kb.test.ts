import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliBed, runNoxus, startCliBed } from "./helpers/cli.js";

interface Kb {
  id: string;
  name: string;
  total_documents: number;
}

let bed: CliBed;
let env: Record<string, string>;
beforeAll(async () => {
  bed = await startCliBed();
  env = (await bed.workspace("cli-kb")).env;
});
afterAll(() => bed.close());

/** A directory tree of text files, one topic each, a hidden file that must be skipped. */
function docsTree(): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "noxus-kb-docs-"));
  mkdirSync(join(dir, "policies", "leave"), { recursive: true });
  mkdirSync(join(dir, "guides"));
  const files: Record<string, string> = {
    "policies/holidays.txt":
      "Paid holiday: every employee gets twenty-five days of paid holiday a year.",
    "policies/leave/parental.md":
      "Parental leave lasts sixteen weeks; tell your manager a month ahead.",
    "guides/expenses.txt": "Expense reports are filed monthly with receipts attached.",
    "guides/onboarding.md": "Onboarding: laptops are handed out on the first morning.",
    "README.txt": "Handbook of the company: policies and guides.",
  };
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  writeFileSync(join(dir, ".hidden.txt"), "should not be uploaded");
  return { dir, files: Object.keys(files) };
}

describe("noxus kb", () => {
  it("creates, lists and deletes knowledge bases (--json)", async () => {
    const created = await runNoxus(["kb", "create", "Scratch", "--description", "tmp", "--json"], {
      env,
    });
    expect(created.code).toBe(0);
    const kb = created.json<Kb & { description: string }>();
    expect(kb).toMatchObject({ name: "Scratch", description: "tmp", total_documents: 0 });

    const listed = await runNoxus(["kb", "list", "--json"], { env });
    expect(listed.code).toBe(0);
    expect(listed.json<Kb[]>().map((item) => item.id)).toContain(kb.id);

    const human = await runNoxus(["kb", "list"], { env });
    expect(human.stdout).toMatch(new RegExp(`${kb.id}\\s+Scratch\\s+0`));

    const deleted = await runNoxus(["kb", "delete", "Scratch", "--json", "--yes"], { env });
    expect(deleted.code).toBe(0);
    expect(deleted.json()).toEqual({ id: kb.id, name: "Scratch", deleted: true });

    const after = await runNoxus(["kb", "list", "--json"], { env });
    expect(after.json<Kb[]>().map((item) => item.id)).not.toContain(kb.id);
  });

  it("uploads a directory with progress, waits, then searches and lists the documents", async () => {
    const { dir, files } = docsTree();
    const created = await runNoxus(["kb", "create", "Handbook", "--json"], { env });
    const kb = created.json<Kb>();

    const upload = await runNoxus(
      ["kb", "upload", "Handbook", dir, "--prefix", "/hr", "--batch-size", "2", "--wait", "--json"],
      { env },
    );
    expect(upload.stderr).not.toMatch(/error/);
    expect(upload.code).toBe(0);
    // Plain progress lines (no TTY): cumulative, one per batch, ending at the file count.
    const progress = [...upload.stderr.matchAll(/^uploaded (\d+)\/(\d+) files \(.+\/.+\)$/gm)].map(
      (match) => [Number(match[1]), Number(match[2])],
    );
    expect(progress).toEqual([
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
    const result = upload.json<{
      knowledge_base: { id: string };
      files: number;
      run_ids: string[];
      training: { trained: number; failed: number; failed_documents: unknown[] };
    }>();
    expect(result.knowledge_base.id).toBe(kb.id);
    expect(result.files).toBe(files.length);
    expect(result.run_ids).toHaveLength(files.length);
    expect(result.training).toMatchObject({ trained: 5, failed: 0, failed_documents: [] });

    const search = await runNoxus(["kb", "search", kb.id, "parental leave weeks", "--json"], {
      env,
    });
    expect(search.code).toBe(0);
    const hits = search.json<{ score: number; document_source: { name: string } }[]>();
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.document_source.name).toBe("parental.md");

    const table = await runNoxus(["kb", "search", "Handbook", "paid holiday"], { env });
    expect(table.code).toBe(0);
    expect(table.stdout.split("\n")[0]).toMatch(/^SCORE\s+DOCUMENT\s+EXCERPT$/);
    expect(table.stdout.split("\n")[1]).toMatch(/holidays\.txt\s+Paid holiday/);

    const docs = await runNoxus(["kb", "docs", "Handbook", "--status", "trained", "--json"], {
      env,
    });
    expect(docs.code).toBe(0);
    const names = docs
      .json<{ name: string; prefix: string; status: string }[]>()
      .map((doc) => `${doc.prefix}|${doc.name}|${doc.status}`)
      .sort();
    expect(names).toEqual(
      ["README.txt", "expenses.txt", "holidays.txt", "onboarding.md", "parental.md"].map(
        (name) => `/hr|${name}|trained`,
      ),
    );
    const none = await runNoxus(["kb", "docs", "Handbook", "--status", "error", "--json"], { env });
    expect(none.json()).toEqual([]);
  });

  it("kb docs shows why a document failed, in the table and in --json", async () => {
    const dir = mkdtempSync(join(tmpdir(), "noxus-kb-bad-"));
    writeFileSync(join(dir, "report.pdf"), Buffer.from([0x25, 0x50, 0x44, 0x46]));
    await runNoxus(["kb", "create", "Broken", "--json"], { env });
    const upload = await runNoxus(["kb", "upload", "Broken", dir, "--wait"], { env });
    expect(upload.code).toBe(1);
    const human = await runNoxus(["kb", "docs", "Broken", "--status", "error"], { env });
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/ERROR/);
    expect(human.stdout).toMatch(/report\.pdf.*Unsupported file type "\.pdf"/);
    const json = await runNoxus(["kb", "docs", "Broken", "--status", "error", "--json"], { env });
    expect(json.json<{ error: { message: string } }[]>()[0]?.error.message).toMatch(
      /Unsupported file type/,
    );
  });

  it("fails a missing path with exit 2 before sending anything", async () => {
    await runNoxus(["kb", "create", "Typos", "--json"], { env });
    const result = await runNoxus(["kb", "upload", "Typos", "/no/such/dir-xyz"], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: No such file or directory: \/no\/such\/dir-xyz/m);
    // Even with no server at all: the path is checked first.
    const offline = await runNoxus(["kb", "upload", "Typos", "/no/such/dir-xyz"], {
      env: {
        NOXUS_API_KEY: "nxl_offline-key-000000000000",
        NOXUS_BACKEND_URL: "http://127.0.0.1:9",
      },
    });
    expect(offline.code).toBe(2);
    const list = await runNoxus(["kb", "docs", "Typos", "--json"], { env });
    expect(list.json()).toEqual([]);
  });

  it("exits 4 for an unknown knowledge base, 2 for an ambiguous name", async () => {
    const unknown = await runNoxus(["kb", "search", "No such KB", "anything"], { env });
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toMatch(/^error: No knowledge base with the id or name "No such KB"/m);
    expect(unknown.stderr).toMatch(/^hint: .*noxus kb list/m);

    const one = (await runNoxus(["kb", "create", "Twin", "--json"], { env })).json<Kb>();
    const two = (await runNoxus(["kb", "create", "Twin", "--json"], { env })).json<Kb>();
    const ambiguous = await runNoxus(["kb", "delete", "Twin"], { env });
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain(one.id);
    expect(ambiguous.stderr).toContain(two.id);
    expect((await runNoxus(["kb", "delete", one.id, "--yes"], { env })).code).toBe(0);
    expect((await runNoxus(["kb", "delete", "Twin", "-y"], { env })).code).toBe(0);
  });

  it("rejects a bad --status with exit 2", async () => {
    const result = await runNoxus(["kb", "docs", "Handbook", "--status", "done"], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Allowed choices are uploaded, training, trained, error, folder/);
  });
});
