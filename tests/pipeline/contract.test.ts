// The extraction contract: the seed gives the JSON, from the scraped file and from its Markdown alike.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contractFromMarkdown, contractFromScraped, contractSchema } from "../../src/pipeline/contract.ts";
import { parseCategories } from "../../src/content/categories.ts";
import { ScrapedFormatError } from "../../src/import/scraped.ts";
import { readFixture, ROOT } from "../helpers/fixtures.ts";

const categories = parseCategories(readFileSync(path.join(ROOT, "content/categories.yaml"), "utf8"), "content/categories.yaml").categories;
const SEED_MD = "content/dang-doan-the/2021/uy-ban-mttq-quan-hoan-kiem-tong-ket-cong-tac-nam-2020-trien-khai-chuong-trinh-nam-2021.md";
const seedTxt = readFixture("batch/hoan-kiem-mttq-2020.txt");
const expected = JSON.parse(readFixture("batch/hoan-kiem-mttq-2020.contract.json")) as unknown;

describe("the contract of the seed article", () => {
  const { contract, explain } = contractFromScraped(seedTxt, "seed.txt", categories);

  it("is exactly the JSON of the issue, in substance", () => {
    expect(contract).toEqual(expected);
    expect(contract.published).toBe("2021-01-12T16:14:00+07:00");
    expect(contract.views).toBe(15);
    expect(contract.eventDate).toBe("2021-01-08");
    expect(contract.location).toBe("hội trường tầng 4 – 33 phố Nhà Chung");
    expect(contract.author).toBe("Bích Ngọc");
    expect(contract.source).toBe("UBMTTQ quận");
    expect(contract.attendees.map((p) => p.name)).toEqual(["Đàm Văn Huân", "Trương Thị Ánh Tuyết", "Bùi Hoàng Phan", "Phạm Tuấn Long", "Lê Hồng Phú"]);
    expect(contract.attendees[0]).toEqual({ name: "Đàm Văn Huân", role: "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội" });
    expect(contract.speakers.map((p) => p.name)).toEqual(["Võ Hoàng Long", "Đàm Văn Huân", "Bùi Hoàng Phan", "Lê Hồng Phú"]);
    expect(contract.speakers[0]).toEqual({ name: "Võ Hoàng Long", role: "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận" });
    expect(contract.awards).toEqual([{ award: "Giấy khen", collectives: 41, individuals: 56, recipients: [], grantors: ["UBND quận", "Ủy ban MTTQ Việt Nam quận Hoàn Kiếm"] }]);
    expect(contract.captions).toHaveLength(7);
  });

  it("does not count the proposed Bằng khen as an award", () => {
    expect(contract.awards.map((a) => a.award)).not.toContain("Bằng khen");
  });

  it("passes the schema, with exactly the contract's fields in the contract's order", () => {
    expect(contractSchema.parse(contract)).toEqual(contract);
    expect(Object.keys(contract)).toEqual(["title", "category", "published", "views", "eventDate", "location", "author", "source", "attendees", "speakers", "awards", "captions"]);
  });

  it("is the same from the imported Markdown article as from the scraped file", () => {
    const md = contractFromMarkdown(readFileSync(path.join(ROOT, SEED_MD), "utf8"), SEED_MD, categories);
    expect(md.problems).toEqual([]);
    expect(md.result?.contract).toEqual(expected);
  });

  it("explains every field with its line and origin", () => {
    const fields = new Set(explain.map((r) => r.field.replace(/\[\d+\]$/, "")));
    expect([...fields]).toEqual(Object.keys(contract));
    expect(explain.find((r) => r.field === "eventDate")).toEqual({ field: "eventDate", value: "2021-01-08", line: 6, origin: "extraction" });
    expect(explain.find((r) => r.field === "published")).toMatchObject({ line: 4, origin: "layout" });
    expect(explain.find((r) => r.field === "attendees[4]")).toMatchObject({ line: 8, origin: "extraction" });
    expect(explain.find((r) => r.field === "speakers[3]")).toMatchObject({ line: 26, origin: "extraction" });
    expect(explain.find((r) => r.field === "author")).toMatchObject({ line: 36, origin: "layout" });
    expect(explain.find((r) => r.field === "source")).toMatchObject({ line: 38, origin: "layout" });
  });
});

describe("the contract of a Markdown article", () => {
  const file = "tests/fixtures/contract/front-matter-wins.md";
  const { result, problems } = contractFromMarkdown(readFixture("contract/front-matter-wins.md"), file, categories);

  it("refuses an event day the build refuses, instead of a contract that breaks its own schema", () => {
    const text = '---\ntitle: "Tin"\ndate: "2024-05-04T08:00"\ncategory: tin-tuc\neventDate: "hôm qua"\n---\nNội dung.\n';
    expect(contractFromMarkdown(text, "a.md", categories).problems).toMatchObject([{ code: "BT006", line: 5, field: "eventDate" }]);
  });

  it("lets front matter win over extraction, field by field", () => {
    expect(problems).toEqual([]);
    const c = result!.contract;
    expect(c.eventDate).toBe("2023-10-01");
    expect(c.location).toBe("Nhà văn hóa phường Hàng Bạc");
    expect(c.attendees).toEqual([{ name: "Nguyễn Thị Lan", role: "Phó Chủ tịch UBND quận" }]);
    expect(c.awards).toEqual([{ award: "Giấy khen", collectives: 3, individuals: null, recipients: [], grantors: [] }]);
    // Speakers are not in the front matter, so they are extracted, from the body and the captions.
    expect(c.speakers.map((p) => p.name)).toContain("Trần Văn Bình");
  });

  it("has null views and a +07:00 date when the front matter gives neither", () => {
    expect(result!.contract.views).toBeNull();
    expect(result!.contract.published).toBe("2023-10-02T09:00:00+07:00");
  });

  it("lists figure captions first, then captions without a photo, and says where each came from", () => {
    expect(result!.contract.captions).toEqual(["Các cụ cao tuổi chụp ảnh lưu niệm cùng đồng chí Trần Văn Bình.", "Đồng chí Nguyễn Thị Lan phát biểu tại buổi gặp mặt."]);
    const rows = result!.explain;
    expect(rows.find((r) => r.field === "captions[0]")).toMatchObject({ line: 20, origin: "layout" });
    expect(rows.find((r) => r.field === "captions[1]")).toMatchObject({ line: 14, origin: "front-matter" });
    expect(rows.find((r) => r.field === "eventDate")).toMatchObject({ line: 5, origin: "front-matter" });
    expect(rows.find((r) => r.field === "attendees[0]")).toMatchObject({ line: 7, origin: "front-matter" });
    expect(rows.find((r) => r.field === "speakers[0]")).toMatchObject({ origin: "extraction" });
    expect(rows.find((r) => r.field === "views")).toEqual({ field: "views", value: null, line: null, origin: null });
  });

  it("reports unreadable front matter as problems instead of a contract", () => {
    const bad = contractFromMarkdown("---\ntitle: [\n---\nx\n", "a.md", categories);
    expect(bad.result).toBeNull();
    expect(bad.problems[0]?.code).toBe("BT001");
  });
});

describe("the contract of a scraped file that does not fit the layout", () => {
  it("throws ScrapedFormatError naming the file and line", () => {
    expect(() => contractFromScraped(readFixture("batch/bad/thieu-ngay-dang.txt"), "x.txt", categories)).toThrow(ScrapedFormatError);
    expect(() => contractFromScraped(readFixture("batch/bad/thieu-ngay-dang.txt"), "x.txt", categories)).toThrow(/^x\.txt:4:/);
  });
});
