/** Throw-away content projects for CLI tests: copy fixture folders, run bantin in-process or as a user does, hash sites. */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, vi } from "vitest";
import { main } from "../../src/cli/main.ts";
import { ROOT } from "./fixtures.ts";

const exec = promisify(execFile);

/** What a bantin command printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

const made: string[] = [];
// Registered in the suite of each test file that imports this helper.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new temporary folder, removed when the test file ends. */
export function tempDir(prefix = "bantin-"): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A new temporary folder holding a copy of each `from` folder, in order (later ones overwrite). */
export function makeProject(...from: string[]): string {
  const dir = tempDir("bantin-proj-");
  for (const src of from) cpSync(src, dir, { recursive: true, filter: (s) => path.basename(s) !== "expected.json" });
  return dir;
}

/** Write `bytes` of a valid article, so only its size is wrong. */
export function writeBigArticle(file: string, megabytes: number): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const head = '---\ntitle: "Bài rất dài"\ndate: "2024-05-04T08:00"\ncategory: tin-tuc\n---\n';
  const paragraph = "Đoạn văn được dán nhiều lần từ một tệp Word quá khổ.\n\n";
  const target = megabytes * 1024 * 1024;
  writeFileSync(file, head + paragraph.repeat(Math.ceil(target / Buffer.byteLength(paragraph))));
}

/** `bantin <argv>` in this process, with its console output captured (run one at a time). */
export async function runInProcess(argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
  const error = vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(a.join(" ")));
  const warn = vi.spyOn(console, "warn").mockImplementation((...a: unknown[]) => void err.push(a.join(" ")));
  try {
    const code = await main(argv);
    return { code, stdout: out.join("\n"), stderr: err.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
    warn.mockRestore();
  }
}

/** `node bin/bantin.js <argv>` from bantin's folder, as an editor or CI runs it. */
export async function runChild(argv: string[], cwd = ROOT): Promise<CliRun> {
  try {
    const r = await exec(process.execPath, [path.join(ROOT, "bin/bantin.js"), ...argv], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: typeof err.code === "number" ? err.code : 1, stdout: err.stdout, stderr: err.stderr };
  }
}

/** SHA-256 of every file under `dir`, by relative path: equal maps mean byte-for-byte equal folders. */
export function hashTree(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  if (!existsSync(dir)) return hashes;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath, e.name);
    hashes[path.relative(dir, full)] = createHash("sha256").update(readFileSync(full)).digest("hex");
  }
  return hashes;
}

/** A problem as printed: `file:line:column  field  CODE …`. */
export interface PrintedProblem {
  code: string;
  file: string;
  line: number;
}

/** The problems in a command's output, in the order printed. */
export function printedProblems(text: string): PrintedProblem[] {
  return [...text.matchAll(/^(\S+):(\d+):(\d+) {2}\S+ {2}(BT\d{3}) /gm)].map((m) => ({ file: m[1] ?? "", line: Number(m[2]), code: m[4] ?? "" }));
}

/** The problem lines of a command's output, exactly as printed. */
export function problemLines(text: string): string[] {
  return text.split("\n").filter((l) => /^\S+:\d+:\d+ {2}\S+ {2}BT\d{3} /.test(l));
}
