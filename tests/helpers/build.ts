/** Build a content project with the real CLI (a child process, as a user runs it) into a temp folder. */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { ROOT } from "./fixtures.ts";
import { builtSite, TEST_NOW } from "./site.ts";

export { TEST_NOW };

const run = promisify(execFile);

export interface BuiltSite {
  out: string;
  stdout: string;
  stderr: string;
  code: number;
}

/** `bantin build --out <tmp>` in `cwd` (default: the repository, i.e. the demo content). */
export async function buildInto(options: { cwd?: string; args?: string[] } = {}): Promise<BuiltSite> {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), "bantin-site-")), "_site");
  try {
    const r = await run(process.execPath, [path.join(ROOT, "bin/bantin.js"), "build", "--out", out, "--now", TEST_NOW, ...(options.args ?? [])], {
      cwd: options.cwd ?? ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { out, stdout: r.stdout, stderr: r.stderr, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; code: number };
    return { out, stdout: err.stdout, stderr: err.stderr, code: err.code };
  }
}

/** Every file under `dir`, relative, with "/" separators. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

export function readOut(site: BuiltSite, rel: string): string {
  return readFileSync(path.join(site.out, rel), "utf8");
}

/** The demo portal as production builds it (20 per page), shared through the test build cache. */
export async function demoSite(): Promise<BuiltSite> {
  return { out: await builtSite("demo-20", ROOT), stdout: "", stderr: "", code: 0 };
}
