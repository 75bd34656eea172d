import { describe, expect, it } from "vitest";
import { validateFrontMatter } from "../../src/content/validate.ts";
import { frontMatterSchema } from "../../src/content/schema.ts";

const lines = new Map([["title", 2], ["category", 3], ["slug", 4]]);

describe("validateFrontMatter", () => {
  it("gives the typed value and every field of a valid front matter", () => {
    const r = validateFrontMatter({ title: "Tin", date: "2024-01-01", category: "y-te" }, "a.md", lines);
    expect(r.problems).toEqual([]);
    expect(r.value).toMatchObject({ title: "Tin", tags: [], draft: false });
    expect(r.fields).toEqual(r.value);
  });

  it("keeps the valid fields when others fail, so later checks can run on them", () => {
    const r = validateFrontMatter({ title: 2024, category: " y-te ", slug: "" }, "a.md", lines);
    expect(r.value).toBeNull();
    expect(r.problems.map((p) => [p.code, p.line, p.field])).toEqual([
      ["BT005", 2, "title"],
      ["BT003", 1, "date"],
      ["BT004", 4, "slug"],
    ]);
    expect(r.fields).toEqual({ category: "y-te", tags: [], draft: false, captions: [] });
  });

  it("reports the same issues, in the same order, as parsing the whole object", () => {
    const data = { title: "", date: 5, category: null, tags: "y tế", image: { alt: "x" }, views: -1, draft: "có" };
    const r = validateFrontMatter(data, "a.md", lines);
    expect(r.problems.map((p) => [p.code, p.field])).toEqual([
      ["BT004", "title"],
      ["BT005", "date"],
      ["BT004", "category"],
      ["BT005", "tags"],
      ["BT003", "image.src"],
      ["BT005", "draft"],
      ["BT017", "views"],
    ]);
    const whole = frontMatterSchema.safeParse(data).error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(r.problems.map((p) => p.field)).toEqual(whole);
  });

  it("names the field an editor meant when only case, _ or - differ", () => {
    const [p] = validateFrontMatter({ title: "Tin", date: "2024-01-01", category: "y-te", event_date: "2024-01-01" }, "a.md", new Map([["event_date", 5]])).problems;
    expect(p).toMatchObject({ code: "BT015", line: 5, field: "event_date" });
    expect(p?.message).toContain('Có phải ý bạn là "eventDate"?');
  });

  it("neither checks nor reports a field set aside (a duplicated key), and never returns a value then", () => {
    const r = validateFrontMatter({ title: "Tin", date: "x", category: "y-te" }, "a.md", lines, new Set(["date"]));
    expect(r.problems).toEqual([]);
    expect(r.value).toBeNull();
    expect(r.fields).toMatchObject({ title: "Tin", category: "y-te" });
    expect(r.fields.date).toBeUndefined();
  });
});
