// `bantin extract` as a user runs it: one JSON object (the contract) or, with --explain, every field and its line.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { fixturePath, readFixture, ROOT } from "../helpers/fixtures.ts";

const exec = promisify(execFile);
const SEED_MD = "content/dang-doan-the/2021/uy-ban-mttq-quan-hoan-kiem-tong-ket-cong-tac-nam-2020-trien-khai-chuong-trinh-nam-2021.md";

async function bantin(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await exec(process.execPath, [path.join(ROOT, "bin/bantin.js"), ...args], { cwd: ROOT });
    return { code: 0, ...r };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const expected = JSON.parse(readFixture("batch/hoan-kiem-mttq-2020.contract.json")) as unknown;

describe("bantin extract", () => {
  it("prints exactly the contract JSON for the scraped seed", async () => {
    const r = await bantin(["extract", fixturePath("batch/hoan-kiem-mttq-2020.txt")]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expected);
  });

  it("prints the same JSON for the seed's Markdown article", async () => {
    const r = await bantin(["extract", SEED_MD]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expected);
  });

  it("explains every field with its line and whether front matter or extraction gave it", async () => {
    const r = await bantin(["extract", SEED_MD, "--explain"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toContain(SEED_MD);
    for (const field of ["title", "category", "published", "views", "eventDate", "location", "author", "source", "attendees[0]", "speakers[0]", "awards[0]", "captions[0]"]) {
      expect(lines.some((l) => l.startsWith(field + " ")), field).toBe(true);
    }
    expect(lines.find((l) => l.startsWith("title "))).toMatch(/dòng 2 +front matter +"Ủy ban MTTQ/);
    expect(lines.find((l) => l.startsWith("eventDate "))).toMatch(/dòng 18 +trích xuất +"2021-01-08"/);
    expect(lines.find((l) => l.startsWith("attendees[0] "))).toMatch(/dòng 20 +trích xuất +\{"name":"Đàm Văn Huân"/);
  });

  it("reports a scraped file that does not fit the layout, with file and line", async () => {
    const r = await bantin(["extract", fixturePath("batch/bad/thieu-ngay-dang.txt")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/thieu-ngay-dang\.txt:4: thiếu dòng ngày đăng/);
    expect(r.stdout).toBe("");
  });

  it("needs exactly one file", async () => {
    expect((await bantin(["extract"])).code).toBe(2);
  });
});
