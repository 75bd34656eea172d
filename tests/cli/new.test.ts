// `bantin new` as an editor runs it: a draft that checks clean, never an overwritten article.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixturePath } from "../helpers/fixtures.ts";
import { makeProject, runInProcess } from "../helpers/project.ts";

const NOW = "2026-12-31T23:45:00+07:00";

describe("bantin new", () => {
  it("creates a draft at content/<category>/<year>/<slug>.md that bantin check accepts", async () => {
    const dir = makeProject(fixturePath("bad/_base"));
    const run = await runInProcess(["new", "Phường Hàng Bạc ra quân tổng vệ sinh dịp Tết", "--category", "tin-tuc", "--root", dir, "--now", NOW]);
    expect(run.code, run.stderr).toBe(0);
    const file = "content/tin-tuc/2026/phuong-hang-bac-ra-quan-tong-ve-sinh-dip-tet.md";
    expect(run.stdout).toContain(file);
    const text = readFileSync(path.join(dir, file), "utf8");
    expect(text).toMatch(/^---\ntitle: "Phường Hàng Bạc ra quân tổng vệ sinh dịp Tết"\ndate: "2026-12-31T23:45:00\+07:00"/);
    expect(text).toMatch(/^category: tin-tuc$/m);
    expect(text).toMatch(/^author: ""/m);
    expect(text).toMatch(/^draft: true/m);
    const check = await runInProcess(["check", "--root", dir, "--now", NOW]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("1 đã đăng, 1 bản nháp, 0 hẹn giờ, 0 lỗi");
  });

  it("refuses a slug that exists, leaves the file alone, and proposes another that works", async () => {
    const dir = makeProject(fixturePath("bad/_base"));
    const existing = path.join(dir, "content/tin-tuc/2024/bai-hop-le.md");
    const before = readFileSync(existing, "utf8");
    const again = await runInProcess(["new", "Phường Hàng Bạc ra quân tổng vệ sinh", "--category", "tin-tuc", "--root", dir, "--now", NOW]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("content/tin-tuc/2024/bai-hop-le.md");
    expect(again.stderr).toContain("--slug phuong-hang-bac-ra-quan-tong-ve-sinh-2");
    expect(readFileSync(existing, "utf8")).toBe(before);
    const other = await runInProcess(["new", "Phường Hàng Bạc ra quân tổng vệ sinh", "--category", "tin-tuc", "--slug", "phuong-hang-bac-ra-quan-tong-ve-sinh-2", "--root", dir, "--now", NOW]);
    expect(other.code, other.stderr).toBe(0);
    const check = await runInProcess(["check", "--root", dir, "--now", NOW]);
    expect(check.code, check.stdout).toBe(0);
  });

  it("names the categories when the one given does not exist, and guesses a near miss", async () => {
    const dir = makeProject(fixturePath("bad/_base"));
    const run = await runInProcess(["new", "Tiêm chủng", "--category", "Y tế", "--root", dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--category y-te");
    expect(run.stderr).toContain("tin-tuc");
  });
});
