/** Built sites for browser tests: `bantin build` run once per content and code state, cached in .tmp/sites/. */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { ROOT } from "./fixtures.ts";

const run = promisify(execFile);

/** The clock every test build uses, so dates and "scheduled" articles never depend on the day tests run. */
export const TEST_NOW = "2026-11-27T12:00:00+07:00";

/** What a build depends on: sources, layouts, the content folder and the lock file. */
const INPUTS = ["src", "layouts", ".eleventy.ts", "package-lock.json", "bin"];

async function fingerprint(paths: string[], extra: string): Promise<string> {
  const hash = createHash("sha256").update(extra);
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (!s) continue;
    const files = s.isDirectory() ? (await readdir(p, { recursive: true })).map((f) => path.join(p, f)).sort() : [p];
    for (const f of files) {
      const fs = await stat(f).catch(() => null);
      if (fs?.isFile()) hash.update(`${f}\0${fs.size}\0${fs.mtimeMs}\n`);
    }
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * The output folder of `bantin build --root <contentRoot> --now TEST_NOW`, built if it is not cached yet.
 * Concurrent test files wait for one build (a lock folder) instead of building twice.
 * @example const dir = await builtSite("demo", ROOT); // …/.tmp/sites/demo-3f2a…/
 */
export async function builtSite(name: string, contentRoot: string, env: Record<string, string> = {}): Promise<string> {
  const key = await fingerprint([...INPUTS.map((p) => path.join(ROOT, p)), path.join(contentRoot, "content")], JSON.stringify(env));
  const sites = path.join(ROOT, ".tmp/sites");
  const out = path.join(sites, `${name}-${key}`);
  await mkdir(sites, { recursive: true });
  const lock = `${out}.lock`;
  for (let waited = 0; ; waited += 200) {
    if (await stat(path.join(out, "index.html")).catch(() => null)) return out;
    try {
      await mkdir(lock);
      break;
    } catch {
      if (waited > 180_000) throw new Error(`${lock}: another build held the lock for 3 minutes; remove the folder and retry.`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    if (await stat(path.join(out, "index.html")).catch(() => null)) return out;
    for (const old of await readdir(sites)) {
      if (old.startsWith(`${name}-`) && !old.endsWith(".lock") && old !== path.basename(out)) await rm(path.join(sites, old), { recursive: true, force: true });
    }
    const args = [path.join(ROOT, "bin/bantin.js"), "build", "--out", out, "--now", TEST_NOW, "--root", contentRoot];
    await run(process.execPath, args, { cwd: ROOT, maxBuffer: 16 << 20, env: { ...process.env, ...env } }).catch((e: Error & { stderr?: string }) => {
      throw new Error(`bantin build --root ${contentRoot} failed:\n${e.stderr ?? e.message}`, { cause: e });
    });
    return out;
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** The demo site as the browser tests see it: demo content, short list pages (so page 2 exists). */
export function demoSite(): Promise<string> {
  return builtSite("demo", ROOT, { BANTIN_PER_PAGE: "6" });
}

/** A fixture content project under tests/fixtures/<name>/, built with bantin's layouts. */
export function fixtureSite(name: string): Promise<string> {
  return builtSite(name, path.join(ROOT, "tests/fixtures", name));
}
