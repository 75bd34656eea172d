import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/corpus.ts";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { hashTree } from "../helpers/project.ts";
import { ROOT } from "../helpers/fixtures.ts";
import { TEST_NOW } from "../helpers/build.ts";

/** A throw-away project with a small generated corpus (people, awards, tags, captions, drafts). */
function project(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bantin-inc-"));
  writeCorpus({ n: 60, out: dir, seed: "incremental-test" });
  return dir;
}

const articles = (root: string) =>
  readdirSync(path.join(root, "content"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => path.join(root, "content", f));

const run = promisify(execFile);

/** How an incremental build renders: without Eleventy when only content changed (the CLI's way), or always in Eleventy (the dev server's way). */
type Path = "direct" | "eleventy";

/** `bantin build`; full builds render article pages on worker threads (as large sites do), incremental ones by `path`. */
const build = async (root: string, out: string, incremental: boolean, path_: Path = "direct") => {
  const env = { ...process.env, BANTIN_PAGE_WORKERS_MIN: incremental ? "100000" : "1", BANTIN_DIRECT: path_ === "direct" ? "1" : "0" };
  const r = await run(process.execPath, [path.join(ROOT, "bin/bantin.js"), "build", "--root", root, "--out", out, "--now", TEST_NOW, ...(incremental ? ["--incremental"] : [])], { cwd: ROOT, env, maxBuffer: 64 << 20 }).then(
    (x) => ({ code: 0, ...x }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
  expect(r.stderr + r.stdout).toContain("đã đăng");
  expect(r.code).toBe(0);
  return r.stdout;
};

/** Apply a change, then build it incrementally in place and in full from a copy: both sites must be byte-identical. */
async function step(root: string, out: string, via: Path, change: () => void): Promise<{ incremental: string }> {
  change();
  const snapshot = mkdtempSync(path.join(os.tmpdir(), "bantin-inc-full-"));
  cpSync(path.join(root, "content"), path.join(snapshot, "content"), { recursive: true });
  const full = path.join(snapshot, "_site");
  const [incremental] = await Promise.all([build(root, out, true, via), build(snapshot, full, false)]);
  expect(hashTree(out)).toEqual(hashTree(full));
  // The path asked for is the one taken: the direct path never hands a content change to Eleventy.
  if (via === "direct") expect(incremental).not.toContain("Dựng bằng Eleventy");
  else expect(incremental).toContain("[11ty]");
  rmSync(snapshot, { recursive: true, force: true });
  return { incremental };
}

describe.each<Path>(["direct", "eleventy"])("bantin build --incremental (%s)", (via) => {
  it("gives exactly the site a full build gives, after edits, additions and deletions", { timeout: 180_000 }, async () => {
    const root = project();
    const out = path.join(root, "_site");
    await build(root, out, false);
    const files = articles(root);
    const at = (i: number) => files[i] as string;

    // An unchanged site renders only its single pages.
    const none = await step(root, out, via, () => undefined);
    expect(none.incremental).toContain("chỉ các trang thay đổi");

    // One body edit.
    await step(root, out, via, () => writeFileSync(at(5), readFileSync(at(5), "utf8") + "\nPhó Chủ tịch UBND quận Nguyễn Văn An phát biểu bế mạc hội nghị.\n"));

    // A body edit that adds an award: the awards ledger (a single page, kept as it is while its data is unchanged) must change.
    await step(root, out, via, () => writeFileSync(at(6), readFileSync(at(6), "utf8") + "\nChủ tịch UBND quận đã tặng Giấy khen cho 3 tập thể và 7 cá nhân có thành tích xuất sắc.\n"));

    // A new title (a new URL), new tags, and a date moved to another month and to the top of the home page.
    await step(root, out, via, () => {
      const text = readFileSync(at(7), "utf8")
        .replace(/^title: .*$/m, 'title: "Tiêu đề hoàn toàn mới của bài viết"')
        .replace(/^date: .*$/m, 'date: "2025-12-31T18:00:00+07:00"')
        .replace(/^(category: .*)$/m, '$1\ntags: ["thẻ mới riêng", "phố cổ"]');
      writeFileSync(at(7), text.replace(/^tags: \[(?!"thẻ mới).*\]\n/m, ""));
    });

    // Two articles added, two deleted (their pages, list entries, people and tags must go).
    await step(root, out, via, () => {
      for (const dir of ["tin-tuc", "y-te"]) mkdirSync(path.join(root, "content", dir, "2025"), { recursive: true });
      writeFileSync(path.join(root, "content/tin-tuc/2025/bai-moi-mot.md"), '---\ntitle: "Bài mới thứ nhất"\ndate: "2025-11-02T09:00:00+07:00"\ncategory: tin-tuc\ntags: ["phố cổ"]\n---\nSáng ngày 02/11/2025, tại Nhà văn hóa quận, Chủ tịch UBND quận Trần Minh Hải dự hội nghị.\n');
      writeFileSync(path.join(root, "content/y-te/2025/bai-moi-hai.md"), '---\ntitle: "Bài mới thứ hai"\ndate: "2025-10-02T09:00:00+07:00"\ncategory: y-te\n---\nTới dự có các đồng chí: Lê Thị Hoa – Giám đốc Trung tâm Y tế quận.\n');
      unlinkSync(at(1));
      unlinkSync(at(30));
      cpSync(path.join(root, "content/images/ho-guom.jpg"), path.join(root, "content/images/anh-them.jpg"));
    });

    // A category renamed (every page's menu changes) and an image removed.
    await step(root, out, via, () => {
      const yaml = path.join(root, "content/categories.yaml");
      writeFileSync(yaml, readFileSync(yaml, "utf8").replace("name: Y tế\n", "name: Y tế – Sức khỏe\n"));
      unlinkSync(path.join(root, "content/images/anh-them.jpg"));
    });
    rmSync(root, { recursive: true, force: true });
  });
});
