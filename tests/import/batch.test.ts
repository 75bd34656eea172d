// Importing scraped files: the seed round-trips through the build, any encoding gives the same bytes, bad files never stop the rest.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { importSources, type ImportResult } from "../../src/import/batch.ts";
import { parseScraped } from "../../src/import/scraped.ts";
import { parseCategories } from "../../src/content/categories.ts";
import { buildArticle } from "../../src/pipeline/article.ts";
import { loadContent } from "../../src/pipeline/load.ts";
import { listFiles } from "../helpers/build.ts";
import { fixturePath, readFixture, ROOT } from "../helpers/fixtures.ts";

const CATEGORIES_FILE = path.join(ROOT, "content/categories.yaml");
const categories = parseCategories(readFileSync(CATEGORIES_FILE, "utf8"), "content/categories.yaml").categories;
const SEED = fixturePath("batch/hoan-kiem-mttq-2020.txt");
const SEED_OUT = "dang-doan-the/2021/uy-ban-mttq-quan-hoan-kiem-tong-ket-cong-tac-nam-2020-trien-khai-chuong-trinh.md";
const COMMITTED_SEED = path.join(ROOT, "content/dang-doan-the/2021/uy-ban-mttq-quan-hoan-kiem-tong-ket-cong-tac-nam-2020-trien-khai-chuong-trinh-nam-2021.md");

let root: string;
let out: string;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "bantin-import-"));
  out = path.join(root, "content");
  mkdirSync(out);
  copyFileSync(CATEGORIES_FILE, path.join(out, "categories.yaml"));
});

const run = (sources: string[]) => importSources({ sources, outDir: out, categories });
const ok = (r: ImportResult | undefined) => (r?.ok ? r : expect.fail(`import failed: ${r && !r.ok ? r.reason : "no result"}`));

/** A scraped file saved the way some editors' tools save it: NFD, CRLF, with a BOM. */
function nfdCrlfBom(text: string): string {
  return "\uFEFF" + text.normalize("NFD").replace(/\r?\n/g, "\r\n");
}

describe("importing the seed", () => {
  it("writes the article the build reads back with every paragraph and caption", async () => {
    const [result] = await run([SEED]);
    expect(ok(result).target).toBe(SEED_OUT);
    const scraped = parseScraped(readFileSync(SEED, "utf8"), SEED);
    const built = buildArticle(`content/${SEED_OUT}`, readFileSync(path.join(out, SEED_OUT)), { categories, images: new Map() });
    expect(built.problems).toEqual([]);
    const a = built.article!;
    expect(a.text.split("\n")).toEqual(scraped.paragraphs.map((p) => p.text));
    expect(a.meta.captions).toEqual(scraped.captions.map((c) => c.text));
    expect(a.orphanCaptions).toHaveLength(7);
    expect(a).toMatchObject({ title: scraped.title, category: "dang-doan-the", published: "2021-01-12T16:14:00+07:00", author: "Bích Ngọc", byline: "Tin", source: "UBMTTQ quận", views: 15 });
    expect(a.meta.awards).toEqual([{ award: "Giấy khen", collectives: 41, individuals: 56, recipients: [], grantors: ["UBND quận", "Ủy ban MTTQ Việt Nam quận Hoàn Kiếm"] }]);
  });

  it("writes exactly the seed article committed in content/ (the importer regenerated it)", async () => {
    await run([SEED]);
    expect(readFileSync(path.join(out, SEED_OUT), "utf8")).toBe(readFileSync(COMMITTED_SEED, "utf8"));
  });

  it("overwrites the committed seed in place rather than adding a second copy", async () => {
    const committed = path.join(out, "dang-doan-the/2021", path.basename(COMMITTED_SEED));
    mkdirSync(path.dirname(committed), { recursive: true });
    copyFileSync(COMMITTED_SEED, committed);
    const [result] = await run([SEED]);
    expect(ok(result)).toMatchObject({ target: `dang-doan-the/2021/${path.basename(COMMITTED_SEED)}`, changed: false });
    expect(listFiles(out).filter((f) => f.endsWith(".md"))).toHaveLength(1);
  });

  it("gives byte-identical output for NFD + CRLF + BOM input", async () => {
    await run([SEED]);
    const nfc = readFileSync(path.join(out, SEED_OUT), "utf8");
    const variant = path.join(root, "seed-nfd-crlf-bom.txt");
    writeFileSync(variant, nfdCrlfBom(readFileSync(SEED, "utf8")));
    const [result] = await run([variant]);
    expect(ok(result)).toMatchObject({ target: SEED_OUT, changed: false });
    expect(readFileSync(path.join(out, SEED_OUT), "utf8")).toBe(nfc);
  });
});

describe("importing a folder", () => {
  it("reports a file it cannot parse, with file, line and reason, and imports the rest", async () => {
    const results = await run([fixturePath("batch")]);
    expect(results.map((r) => path.relative(fixturePath("batch"), r.source))).toEqual([
      "bad/thieu-ngay-dang.txt",
      "chuyen-muc-la.txt",
      "hoan-kiem-mttq-2020.txt",
      "markdown-ky-tu.txt",
    ]);
    const [noDate, unknownCategory, seed, markdown] = results;
    expect(noDate).toMatchObject({ ok: false, reason: expect.stringMatching(/thieu-ngay-dang\.txt:4: thiếu dòng ngày đăng/) });
    expect(unknownCategory).toMatchObject({ ok: false, reason: expect.stringMatching(/chuyên mục "Chuyên mục không có" không khớp .*aliases/) });
    expect(ok(seed).target).toBe(SEED_OUT);
    expect(ok(markdown).target).toBe("tin-tuc/2021/hoi-nghi-dac-biet-tong-ket-nam-2021-1.md");
  });

  it("is idempotent: a second run rewrites nothing and adds nothing", async () => {
    await run([fixturePath("batch")]);
    const before = listFiles(out).map((f) => [f, readFileSync(path.join(out, f), "utf8")]);
    const again = await run([fixturePath("batch")]);
    expect(again.filter((r) => r.ok).every((r) => r.ok && !r.changed)).toBe(true);
    expect(listFiles(out).map((f) => [f, readFileSync(path.join(out, f), "utf8")])).toEqual(before);
  });

  it("keeps paragraphs that look like Markdown as the same text", async () => {
    const [result] = await run([fixturePath("batch/markdown-ky-tu.txt")]);
    const file = ok(result).target;
    const scraped = parseScraped(readFixture("batch/markdown-ky-tu.txt"));
    const built = buildArticle(`content/${file}`, readFileSync(path.join(out, file)), { categories, images: new Map() });
    expect(built.article?.text.split("\n")).toEqual(scraped.paragraphs.map((p) => p.text));
    expect(built.article?.html).not.toMatch(/<(b|h1|ul|ol|blockquote|em|strong|code)>/);
    expect(built.article?.views).toBe(1234);
  });

  it("reports a missing source and goes on", async () => {
    const results = await run([path.join(root, "khong-co.txt"), SEED]);
    expect(results[0]).toMatchObject({ ok: false, reason: expect.stringMatching(/không tìm thấy/) });
    expect(results[1]?.ok).toBe(true);
  });

  it("reports a file that is not UTF-8", async () => {
    const latin1 = path.join(root, "latin1.txt");
    writeFileSync(latin1, Buffer.from([0x54, 0x69, 0xea, 0x6e, 0x0a]));
    const [result] = await run([latin1]);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/không phải văn bản UTF-8/) });
  });
});

describe("two different articles with the same title", () => {
  it("get their own slugs, stable across runs, and the site loads without a URL clash", async () => {
    const seed = readFileSync(SEED, "utf8");
    const later = path.join(root, "later.txt");
    writeFileSync(later, seed.replace("12/01/2021 | 16:14", "20/01/2021 | 08:00"));
    const first = await run([SEED, later]);
    expect(first.map((r) => ok(r).target)).toEqual([SEED_OUT, SEED_OUT.replace(/\.md$/, "-2.md")]);
    const second = await run([later, SEED]);
    expect(second.map((r) => ok(r).target)).toEqual([SEED_OUT.replace(/\.md$/, "-2.md"), SEED_OUT]);
    expect(second.every((r) => r.ok && !r.changed)).toBe(true);
    const loaded = await loadContent({ root });
    expect(loaded.problems).toEqual([]);
    expect(new Set(loaded.articles.map((a) => a.url)).size).toBe(2);
  });
});
