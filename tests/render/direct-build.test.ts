import { execFile } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/corpus.ts";
import { buildDirect } from "../../src/render/direct-build.ts";
import { ROOT } from "../helpers/fixtures.ts";
import { hashTree, tempDir } from "../helpers/project.ts";
import { TEST_NOW } from "../helpers/build.ts";

const run = promisify(execFile);

/** `bantin build` as a user runs it (bin/bantin.js, with its bundle). */
async function bantin(root: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  const argv = [path.join(ROOT, "bin/bantin.js"), "build", "--root", root, "--out", path.join(root, "_site"), "--now", TEST_NOW, ...args];
  return run(process.execPath, argv, { cwd: ROOT, maxBuffer: 64 << 20, env: { ...process.env, ...env } }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );
}

describe("bantin build --incremental without Eleventy", () => {
  it("is taken only when nothing but content changed, and keeps the site on a content error", { timeout: 120_000 }, async () => {
    const root = tempDir("bantin-direct-");
    writeCorpus({ n: 12, out: root, seed: "direct-build" });
    const options = { root: ROOT, outDir: path.join(root, "_site"), build: { root, now: "2026-01-01T00:00:00+07:00", includeDrafts: false }, incremental: true };
    expect(await buildDirect(options)).toEqual({ fallback: "chưa có bản dựng trước" });

    const first = await bantin(root, ["--incremental"]);
    // Said once: the bundle's attempt is not made again by the CLI it hands over to.
    expect(first.out.match(/Dựng bằng Eleventy/g)).toHaveLength(1);
    expect(first.out).toContain("Dựng bằng Eleventy: chưa có bản dựng trước.");
    // Wrong flags are reported once, by the CLI, with its usage line.
    const unknown = await bantin(root, ["--incremental", "--khong-co"]);
    expect(unknown.code).toBe(2);
    expect(unknown.out).toContain("Cách dùng: bantin build");
    const badClock = await bantin(root, ["--incremental", "--now", "ngày mai"]);
    expect(badClock.code).toBe(2);
    expect(badClock.out.match(/--now "ngày mai"/g)).toHaveLength(1);
    const direct = await bantin(root, ["--incremental"]);
    expect(direct.code).toBe(0);
    expect(direct.out).not.toContain("Dựng bằng Eleventy");
    expect(direct.out).toContain("chỉ các trang thay đổi");

    // Other options than the last build's: its pages were rendered for other data, Eleventy builds.
    expect(await buildDirect({ ...options, build: { ...options.build, includeDrafts: true } })).toEqual({ fallback: "mã, giao diện hoặc tùy chọn đã đổi" });

    // A content error: reported with file and line, nothing written, the state kept for the next build.
    const site = hashTree(path.join(root, "_site"));
    const md = readdirSync(path.join(root, "content"), { recursive: true, encoding: "utf8" }).find((f) => f.endsWith(".md")) as string;
    const article = path.join(root, "content", md);
    const text = readFileSync(article, "utf8");
    writeFileSync(article, text.replace(/^date: .*$/m, 'date: "ngày mai"'));
    const failed = await bantin(root, ["--incremental"]);
    expect(failed.code).toBe(1);
    expect(failed.out).toMatch(new RegExp(`${md.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+`));
    expect(failed.out).not.toContain("Dựng bằng Eleventy");
    expect(hashTree(path.join(root, "_site"))).toEqual(site);
    writeFileSync(article, text);
    const again = await bantin(root, ["--incremental"]);
    expect(again.code).toBe(0);
    expect(again.out).not.toContain("Dựng bằng Eleventy");

    // Many changed pages (here: more than one) go to Eleventy's page workers, incrementally: the state was kept.
    writeFileSync(article, text + "\nMột câu thêm vào cuối bài.\n");
    const many = await bantin(root, ["--incremental"], { BANTIN_PAGE_WORKERS_MIN: "1" });
    expect(many.code).toBe(0);
    expect(many.out).toContain("Dựng bằng Eleventy: hơn 1 trang thay đổi");
    expect(many.out).toContain("chỉ các trang thay đổi");
  });
});
