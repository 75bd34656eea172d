import { describe, expect, it } from "vitest";
import { keyLinesOf, parseFrontMatter } from "../../src/content/frontmatter.ts";
import { validateFrontMatter } from "../../src/content/validate.ts";
import { readFixture } from "../helpers/fixtures.ts";

function check(name: string) {
  const text = readFixture(`content/${name}`);
  const fm = parseFrontMatter(text, name);
  if (!fm.parsed) return fm.problems;
  return validateFrontMatter(fm.parsed.data, name, fm.parsed.keyLines).problems;
}

describe("front matter", () => {
  it("reads dates as strings, never as UTC Date objects", () => {
    const fm = parseFrontMatter(readFixture("content/good/minimal.md"), "m.md");
    expect(fm.parsed?.data["date"]).toBe("2023-05-04T08:30");
  });

  it("knows the line of every key and of the body", () => {
    const fm = parseFrontMatter(readFixture("content/good/full.md"), "f.md");
    expect(fm.parsed?.keyLines.get("title")).toBe(2);
    expect(fm.parsed?.keyLines.get("image")).toBe(10);
    expect(fm.parsed?.bodyLine).toBe(18);
  });

  it("accepts a complete article and a minimal one", () => {
    expect(check("good/full.md")).toEqual([]);
    expect(check("good/minimal.md")).toEqual([]);
  });

  it("reports a number where text is expected, with the line and a fix", () => {
    const [p] = check("bad/number-title.md");
    expect(p).toMatchObject({ code: "BT005", line: 2, field: "title" });
    expect(p?.message).toContain('title: "2021"');
  });

  it("reports a missing title", () => {
    expect(check("bad/missing-title.md")).toMatchObject([{ code: "BT003", field: "title" }]);
  });

  it("reports front matter that is never closed at the line where its closing --- belongs", () => {
    expect(check("bad/unclosed.md")).toMatchObject([{ code: "BT002", line: 5, message: expect.stringContaining("thêm một dòng --- trước dòng 5") }]);
  });

  it("reports a duplicate key at its line", () => {
    expect(check("bad/duplicate-key.md")).toMatchObject([{ code: "BT014", line: 3 }]);
  });

  it("reports an empty title", () => {
    expect(check("bad/many-errors.md")).toMatchObject([{ code: "BT004", field: "title", line: 2 }]);
  });

  it("keeps the body of a file whose YAML cannot be read, so the body is still checked", () => {
    const fm = parseFrontMatter('---\ntitle: "Tin\ndate: "2024-01-01"\n---\nĐoạn.\n', "y.md");
    expect(fm.parsed).toBeNull();
    expect(fm.problems).toMatchObject([{ code: "BT001", line: 2, field: "title" }]);
    expect(fm.parsed ? null : fm.partial).toMatchObject({ data: null, body: "Đoạn.\n", bodyLine: 5 });
  });

  it("reads a file without front matter as all body, and an unclosed one up to where it most likely ends", () => {
    const none = parseFrontMatter("Đoạn.\n\n![](/images/a.jpg)\n", "n.md");
    expect(none.problems).toMatchObject([{ code: "BT002", line: 1 }]);
    expect(none.parsed ? null : none.partial).toMatchObject({ data: null, body: "Đoạn.\n\n![](/images/a.jpg)\n", bodyLine: 1 });
    const unclosed = parseFrontMatter('---\ntitle: "Tin"\ntags:\n  - a\nĐoạn.\n', "u.md");
    expect(unclosed.problems).toMatchObject([{ code: "BT002", line: 5 }]);
    expect(unclosed.parsed ? null : unclosed.partial).toMatchObject({ data: { title: "Tin", tags: ["a"] }, body: "Đoạn.\n", bodyLine: 5 });
    // Nothing but YAML to the end: no body to check, the problem is on line 1.
    const all = parseFrontMatter('---\ntitle: "Tin"\n', "a.md");
    expect(all.problems).toMatchObject([{ code: "BT002", line: 1 }]);
    expect(all.parsed ? null : all.partial).toBeNull();
  });

  it("reports every duplicated key and still reads the other fields", () => {
    const fm = parseFrontMatter('---\ntitle: A\ndate: "2024-01-01"\ntitle: B\ncategory: y-te\ndate: "2024-01-02"\n---\nx\n', "d.md");
    expect(fm.problems.map((p) => [p.code, p.line, p.field])).toEqual([["BT014", 4, "title"], ["BT014", 6, "date"]]);
    const partial = fm.parsed ? null : fm.partial;
    expect([...(partial?.duplicated ?? [])].sort()).toEqual(["date", "title"]);
    expect(partial?.data).toMatchObject({ category: "y-te" });
  });

  it("sets aside the top-level key holding a nested duplicate", () => {
    const fm = parseFrontMatter("---\ntitle: A\nimage:\n  src: /images/a.jpg\n  src: /images/b.jpg\n---\n", "n.md");
    expect(fm.problems).toMatchObject([{ code: "BT014", line: 5 }]);
    expect([...((fm.parsed ? null : fm.partial)?.duplicated ?? [])]).toEqual(["image"]);
  });

  it("finds the line of each key without reading the YAML, for problems found later", () => {
    expect([...keyLinesOf('---\ntitle: "Tin\ntags:\n  - a\n---\ntags: body\n')]).toEqual([["title", 2], ["tags", 3]]);
    expect(keyLinesOf("title: x\n").size).toBe(0);
    expect(keyLinesOf("---\ntitle: x\n").size).toBe(0);
  });

  it("warns about an unknown field instead of dropping it silently", () => {
    const fm = parseFrontMatter('---\ntitle: A\ndate: "2021-01-01"\ncategory: y-te\ntieu_de: B\n---\n', "u.md");
    const problems = fm.parsed ? validateFrontMatter(fm.parsed.data, "u.md", fm.parsed.keyLines).problems : [];
    expect(problems).toMatchObject([{ code: "BT015", severity: "warning", line: 5, field: "tieu_de" }]);
  });
});
