import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliBed, runNoxus, startCliBed } from "./helpers/cli.js";

const BIN = new URL("../dist/cli.js", import.meta.url).pathname;

let bed: CliBed;
let env: Record<string, string>;
let dir: string;
beforeAll(async () => {
  bed = await startCliBed();
  env = (await bed.workspace("cli-files")).env;
  dir = mkdtempSync(join(tmpdir(), "noxus-files-"));
});
afterAll(() => bed.close());

/** Every byte value, invalid UTF-8 sequences and a NUL-heavy tail: text decoding would break it. */
function binaryBytes(): Buffer {
  const all = Buffer.alloc(256 * 3 + 4096);
  for (let i = 0; i < 256 * 3; i++) all[i] = i % 256;
  Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82]).copy(all, 100);
  return all;
}

/** stdout as raw bytes (runNoxus decodes it as text, which would hide a broken byte). */
function downloadToStdout(args: string[]): Promise<{ code: number | null; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? "", NOXUS_CONFIG_DIR: dir, HOME: dir, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, bytes: Buffer.concat(chunks) }));
  });
}

describe("noxus files", () => {
  it("uploads a file and downloads it byte for byte, to a file and to stdout", async () => {
    const source = join(dir, "blob.bin");
    const bytes = binaryBytes();
    writeFileSync(source, bytes);

    const upload = await runNoxus(["files", "upload", source, "--json"], { env });
    expect(upload.code).toBe(0);
    const stored = upload.json<{ id: string; uri: string; size: number; filename: string }>();
    expect(stored).toMatchObject({ size: bytes.length, filename: "blob.bin" });
    expect(stored.uri).toMatch(/^spot:\/\//);

    const human = await runNoxus(["files", "upload", source, "--name", "renamed.bin"], { env });
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^id\s+[0-9a-f-]{36}$/m);
    expect(human.stdout).toMatch(/^uri\s+spot:\/\//m);
    expect(human.stdout).toMatch(/^name\s+renamed\.bin$/m);

    const out = join(dir, "copy.bin");
    const saved = await runNoxus(["files", "download", stored.id, "-o", out, "--json"], { env });
    expect(saved.code).toBe(0);
    expect(saved.json()).toEqual({ id: stored.id, path: out, bytes: bytes.length });
    expect(readFileSync(out).equals(bytes)).toBe(true);

    const piped = await downloadToStdout(["files", "download", stored.id]);
    expect(piped.code).toBe(0);
    expect(piped.bytes.equals(bytes)).toBe(true);
  });

  it("exits 2 for a missing path and for --json without -o", async () => {
    const missing = await runNoxus(["files", "upload", join(dir, "nope.txt")], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error: No such file or directory/m);
    const json = await runNoxus(["files", "download", "anything", "--json"], { env });
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/--json needs -o/);
  });

  it("exits 4 for an unknown file id and leaves no output file behind", async () => {
    const out = join(dir, "never.bin");
    const result = await runNoxus(
      ["files", "download", "00000000-0000-4000-8000-000000000000", "-o", out],
      { env },
    );
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^error: .*404/m);
    expect(existsSync(out)).toBe(false);
  });
});
