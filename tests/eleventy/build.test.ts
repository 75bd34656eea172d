// Atomic builds: a failed, crashed or interrupted build never leaves a broken or half-written _site/.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { recoverInterruptedBuilds } from "../../src/pipeline/out-dir.ts";
import { fixturePath, ROOT } from "../helpers/fixtures.ts";
import { hashTree, makeProject, runChild, runInProcess, tempDir } from "../helpers/project.ts";

const NOW = "2026-11-27T12:00:00+07:00";
const content = fixturePath("publish");
/** A pid that cannot be running (above Linux's pid_max). */
const DEAD_PID = 4_194_305;

/** A copy of bantin's own root whose layouts gain one page that throws while rendering. */
function rootWithBrokenLayout(): string {
  const dir = tempDir("bantin-root-");
  symlinkSync(path.join(ROOT, ".eleventy.ts"), path.join(dir, ".eleventy.ts"));
  // ES modules, as in bantin's package.json: else tsx compiles the page to CommonJS and Eleventy renders nothing.
  writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
  mkdirSync(path.join(dir, "layouts/pages"), { recursive: true });
  for (const d of ["components", "assets"]) symlinkSync(path.join(ROOT, "layouts", d), path.join(dir, "layouts", d));
  for (const f of readdirSync(path.join(ROOT, "layouts/pages"))) symlinkSync(path.join(ROOT, "layouts/pages", f), path.join(dir, "layouts/pages", f));
  writeFileSync(path.join(dir, "layouts/pages/hong.11ty.tsx"), 'export const data = { permalink: "/hong/" };\nexport default function () {\n  throw new Error("giao diện hỏng");\n}\n');
  return dir;
}

let project: string;
let site: string;
let good: Record<string, string>;

beforeAll(async () => {
  project = makeProject(content);
  site = path.join(project, "_site");
  const first = await runChild(["build", "--root", project, "--out", site, "--now", NOW]);
  expect(first.code, first.stderr).toBe(0);
  good = hashTree(site);
});

describe("atomic build", () => {
  it("writes a production site without drafts or scheduled articles", () => {
    expect(existsSync(path.join(site, "tin-tuc/bai-da-dang/index.html"))).toBe(true);
    const everything = Object.keys(good).map((f) => (/\.(html|xml|txt|json)$/.test(f) ? readFileSync(path.join(site, f), "utf8") : "")).join("\n");
    expect(everything).not.toContain("Bài đang viết dở");
    expect(everything).not.toContain("Bài hẹn giờ");
    expect(Object.keys(good).some((f) => f.includes("ban-nhap") || f.includes("hen-gio"))).toBe(false);
  });

  it("shows a draft with the BẢN NHÁP banner when drafts are asked for", async () => {
    const out = path.join(project, "_drafts");
    const run = await runChild(["build", "--root", project, "--out", out, "--now", NOW, "--drafts"]);
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(path.join(out, "tin-tuc/bai-dang-viet-do/index.html"), "utf8");
    expect(html).toMatch(/class="draft-banner"[^>]*>.*BẢN NHÁP/s);
    expect(html).toContain('content="noindex');
  });

  it("keeps the previous _site/ byte-for-byte when a layout throws, and removes its temporary folder", async () => {
    const root = rootWithBrokenLayout();
    const run = await runChild(["build", "--root", project, "--out", site, "--now", NOW], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("giao diện hỏng");
    expect(run.stderr).toContain("được giữ nguyên");
    expect(hashTree(site)).toEqual(good);
    expect(readdirSync(project).filter((f) => f.startsWith("_site."))).toEqual([]);
  });

  it("leaves _site/ untouched when the build is killed while writing, and the next build cleans up", async () => {
    const child = spawn(process.execPath, [path.join(ROOT, "bin/bantin.js"), "build", "--root", project, "--out", site, "--now", NOW], { cwd: ROOT, stdio: "ignore" });
    const tmp = `_site.tmp-${child.pid}`;
    const exited = new Promise((resolve) => child.on("exit", resolve));
    // Kill it as soon as Eleventy has started writing the temporary folder.
    for (let i = 0; i < 1500 && !existsSync(path.join(project, tmp, "index.html")); i++) await new Promise((r) => setTimeout(r, 5));
    child.kill("SIGKILL");
    await exited;
    // It died mid-write: its temporary folder is left behind, and _site/ never saw it.
    expect(existsSync(path.join(project, tmp))).toBe(true);
    expect(hashTree(site)).toEqual(good);
    const next = await runChild(["build", "--root", project, "--out", site, "--now", NOW]);
    expect(next.code, next.stderr).toBe(0);
    expect(readdirSync(project).filter((f) => f.startsWith("_site."))).toEqual([]);
    expect(Object.keys(hashTree(site)).sort()).toEqual(Object.keys(good).sort());
  });

  it("puts the previous site back when a build died between its two renames, even if this build fails", async () => {
    const dir = makeProject(content);
    const out = path.join(dir, "_site");
    cpSync(site, path.join(dir, `_site.old-${DEAD_PID}`), { recursive: true });
    writeFileSync(path.join(dir, "content/tin-tuc/2024/loi.md"), '---\ntitle: "Lỗi"\ndate: "hôm qua"\ncategory: tin-tuc\n---\n');
    const run = await runInProcess(["build", "--root", dir, "--out", out, "--now", NOW]);
    expect(run.code).toBe(1);
    expect(hashTree(out)).toEqual(hashTree(site));
    expect(readdirSync(dir).filter((f) => f.startsWith("_site."))).toEqual([]);
  });

  it("leaves the temporary folder of a build still running alone", async () => {
    const dir = tempDir("bantin-out-");
    mkdirSync(path.join(dir, `_site.tmp-${process.pid}`));
    mkdirSync(path.join(dir, `_site.tmp-${DEAD_PID}`));
    await recoverInterruptedBuilds(path.join(dir, "_site"));
    expect(readdirSync(dir)).toEqual([`_site.tmp-${process.pid}`]);
  });

  it("refuses to replace a folder that holds work", async () => {
    const dir = makeProject(content);
    mkdirSync(path.join(dir, "tai-lieu"));
    writeFileSync(path.join(dir, "tai-lieu/ghi-chu.txt"), "quan trọng");
    const run = await runInProcess(["build", "--root", dir, "--out", path.join(dir, "tai-lieu"), "--now", NOW]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("không phải một trang bantin");
    expect(readFileSync(path.join(dir, "tai-lieu/ghi-chu.txt"), "utf8")).toBe("quan trọng");
  });
});
