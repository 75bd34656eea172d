// `bantin check` on the demo portal with one bad file mixed in: every problem in one run, no good article lost.
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/fixtures.ts";
import { hashTree, makeProject, printedProblems, problemLines, runChild, runInProcess } from "../helpers/project.ts";

const NOW = "2026-11-27T12:00:00+07:00";
const BAD = "content/tin-tuc/2026/bai-nhieu-loi.md";
const badText = [
  "---",
  'title: "Bài <b>nhiều</b> lỗi"',
  'date: "32/13/2021"',
  "category: the-thao",
  "slug: ../../etc",
  "---",
  "Đoạn đầu có [liên kết](javascript:alert(1)).",
  "",
  "![](/images/khong-co.jpg)",
  "",
].join("\n");
const fixedText = '---\ntitle: "Bài đã sửa"\ndate: "2026-11-20T08:00"\ncategory: tin-tuc\n---\nĐoạn đầu.\n';

let dir: string;
let clean: { code: number; stdout: string };
let demoPages: string[];

beforeAll(async () => {
  dir = makeProject();
  cpSync(path.join(ROOT, "content"), path.join(dir, "content"), { recursive: true });
  clean = await runInProcess(["check", "--root", dir, "--now", NOW]);
  const first = await runChild(["build", "--root", dir, "--out", path.join(dir, "_site"), "--now", NOW]);
  expect(first.code, first.stderr).toBe(0);
  demoPages = Object.keys(hashTree(path.join(dir, "_site"))).filter((f) => f.endsWith("index.html"));
});

describe("one bad file in the demo content", () => {
  it("starts from demo content with no errors", () => {
    expect(clean.code).toBe(0);
  });

  it("reports every problem of the bad file in one run, and nothing new elsewhere", async () => {
    writeFileSync(path.join(dir, BAD), badText);
    const run = await runInProcess(["check", "--root", dir, "--now", NOW]);
    expect(run.code).toBe(1);
    const mine = printedProblems(run.stdout).filter((p) => p.file === BAD);
    expect(mine.map((p) => `${p.line} ${p.code}`)).toEqual(["2 BT106", "3 BT006", "4 BT007", "5 BT010", "7 BT107", "9 BT103", "9 BT016"]);
    // The other files' lines are exactly those of the clean run (warnings, if any).
    expect(problemLines(run.stdout).filter((l) => !l.startsWith(BAD))).toEqual(problemLines(clean.stdout));
    expect(run.stdout).toMatch(/\d+ đã đăng, 0 bản nháp, 0 hẹn giờ, 1 lỗi/);
  });

  it("does not publish: the previous _site/ stays byte-for-byte", async () => {
    writeFileSync(path.join(dir, BAD), badText);
    const before = hashTree(path.join(dir, "_site"));
    const run = await runInProcess(["build", "--root", dir, "--out", path.join(dir, "_site"), "--now", NOW]);
    expect(run.code).toBe(1);
    expect(hashTree(path.join(dir, "_site"))).toEqual(before);
  });

  it("publishes every article once the file is fixed, the good ones included", async () => {
    writeFileSync(path.join(dir, BAD), fixedText);
    const run = await runChild(["build", "--root", dir, "--out", path.join(dir, "_site"), "--now", NOW]);
    expect(run.code, run.stderr).toBe(0);
    const pages = Object.keys(hashTree(path.join(dir, "_site")));
    for (const page of demoPages) expect(pages, page).toContain(page);
    expect(pages).toContain(path.join("tin-tuc/bai-da-sua/index.html"));
    expect(readdirSync(dir).filter((f) => f.startsWith("_site."))).toEqual([]);
  });
});

/** Every package a module pulls in, following its relative imports (static and dynamic). */
function packagesOf(entry: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(entry)) return packages;
  seen.add(entry);
  const source = readFileSync(entry, "utf8").replace(/^\s*import type .*$/gm, "");
  for (const m of source.matchAll(/(?:from|import\()\s*"([^"]+)"/g)) {
    const spec = m[1] ?? "";
    if (spec.startsWith(".")) for (const p of packagesOf(path.resolve(path.dirname(entry), spec), seen)) packages.add(p);
    else packages.add(spec);
  }
  return packages;
}

describe("bantin check", () => {
  it("never loads Eleventy", () => {
    const packages = [...packagesOf(path.join(ROOT, "src/cli/check.ts"))];
    expect(packages.filter((p) => p.startsWith("@11ty/"))).toEqual([]);
    // The walk does find Eleventy where it is used.
    expect(packagesOf(path.join(ROOT, "src/cli/build.ts"))).toContain("@11ty/eleventy");
  });
});
