import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/corpus.ts";
import { hashTree } from "../helpers/project.ts";
import { ROOT } from "../helpers/fixtures.ts";
import { TEST_NOW } from "../helpers/build.ts";

const run = promisify(execFile);

/** A full `bantin build` with the article, list and people pages on worker threads; `cache: false` turns every cache off. */
async function build(root: string, out: string, cache = true): Promise<void> {
  // The search index too: its bytes do not depend on the caches either (its id hashes its files).
  const env = { ...process.env, BANTIN_PAGE_WORKERS_MIN: "1", BANTIN_CACHE: cache ? "1" : "0" };
  const r = await run(process.execPath, [path.join(ROOT, "bin/bantin.js"), "build", "--root", root, "--out", out, "--now", TEST_NOW], { cwd: ROOT, env, maxBuffer: 64 << 20 });
  expect(r.stderr + r.stdout).toContain("đã đăng");
}

const articles = (root: string) =>
  readdirSync(path.join(root, "content"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => path.join(root, "content", f));

describe("the page cache", () => {
  it("gives a full build exactly the site a build without any cache gives, after edits, a deletion and a renamed category", { timeout: 180_000 }, async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "bantin-html-"));
    writeCorpus({ n: 60, out: root, seed: "page-cache-test" });
    const out = path.join(root, "_site");
    await build(root, out);
    expect(existsSync(path.join(root, ".cache/bantin/html/index.v8"))).toBe(true);
    const files = articles(root);
    const at = (i: number) => files[i] as string;
    writeFileSync(at(5), readFileSync(at(5), "utf8") + "\nPhó Chủ tịch UBND quận Nguyễn Văn An phát biểu bế mạc hội nghị.\n");
    writeFileSync(at(7), readFileSync(at(7), "utf8").replace(/^title: .*$/m, 'title: "Tiêu đề hoàn toàn mới của bài viết"'));
    unlinkSync(at(9));
    const yaml = path.join(root, "content/categories.yaml");
    writeFileSync(yaml, readFileSync(yaml, "utf8").replace("name: Y tế\n", "name: Y tế – Sức khỏe\n"));
    // The second build copies what it can; a copy of the content without caches is the reference.
    await build(root, out);
    const fresh = mkdtempSync(path.join(os.tmpdir(), "bantin-html-ref-"));
    cpSync(path.join(root, "content"), path.join(fresh, "content"), { recursive: true });
    await build(fresh, path.join(fresh, "_site"), false);
    expect(hashTree(out)).toEqual(hashTree(path.join(fresh, "_site")));
    // Unchanged, the third build copies every page it can, and still gives the same site.
    await build(root, out);
    expect(hashTree(out)).toEqual(hashTree(path.join(fresh, "_site")));
    rmSync(root, { recursive: true, force: true });
    rmSync(fresh, { recursive: true, force: true });
  });
});
