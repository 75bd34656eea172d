// `bantin import` as a user runs it: progress per file, a summary, and a non-zero exit when a file failed.
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { fixturePath, ROOT } from "../helpers/fixtures.ts";

const exec = promisify(execFile);

async function bantin(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await exec(process.execPath, [path.join(ROOT, "bin/bantin.js"), ...args], { cwd });
    return { code: 0, ...r };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

function project(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "bantin-cli-import-"));
  mkdirSync(path.join(root, "content"));
  copyFileSync(path.join(ROOT, "content/categories.yaml"), path.join(root, "content/categories.yaml"));
  return root;
}

describe("bantin import", () => {
  it("shows [i/n] progress, reports bad files on stderr, and exits 1 when any failed", async () => {
    const root = project();
    const r = await bantin(["import", fixturePath("batch"), "--out", "content"], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\[3\/4\] .*hoan-kiem-mttq-2020\.txt → content\/dang-doan-the\/2021\/uy-ban-mttq-.*\.md$/m);
    expect(r.stdout).toMatch(/^\[4\/4\] .*markdown-ky-tu\.txt → content\/tin-tuc\/2021\//m);
    expect(r.stderr).toMatch(/^\[1\/4\] LỖI .*thieu-ngay-dang\.txt:4: thiếu dòng ngày đăng/m);
    expect(r.stderr).toMatch(/^\[2\/4\] LỖI .*chuyen-muc-la\.txt: chuyên mục "Chuyên mục không có"/m);
    expect(r.stdout).toMatch(/Đã nhập 2\/4 bài \(2 ghi mới hoặc cập nhật, 0 không đổi\), 2 lỗi\./);
  });

  it("exits 0 and says nothing changed when run again on good files", async () => {
    const root = project();
    const seed = fixturePath("batch/hoan-kiem-mttq-2020.txt");
    expect((await bantin(["import", seed], root)).code).toBe(0);
    const again = await bantin(["import", seed], root);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/\(không đổi\)/);
    expect(again.stdout).toMatch(/Đã nhập 1\/1 bài \(0 ghi mới hoặc cập nhật, 1 không đổi\), 0 lỗi\./);
    expect(readFileSync(path.join(root, "content/dang-doan-the/2021/uy-ban-mttq-quan-hoan-kiem-tong-ket-cong-tac-nam-2020-trien-khai-chuong-trinh.md"), "utf8")).toMatch(/^---\ntitle: /);
  });

  it("asks for a source when given none", async () => {
    const r = await bantin(["import"], project());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Cách dùng: bantin import/);
  });
});
