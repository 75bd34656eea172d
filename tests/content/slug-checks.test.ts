import { describe, expect, it } from "vitest";
import { checkSlug } from "../../src/content/slug-checks.ts";

const at = (field: string) => ({ file: "a.md", line: { title: 2, slug: 5 }[field] ?? 1, field });

describe("checkSlug", () => {
  it("takes the slug field, else the title", () => {
    expect(checkSlug({}, { title: "Họp báo quý II" }, at)).toEqual({ slug: "hop-bao-quy-ii", problems: [] });
    expect(checkSlug({ slug: "tin-moi" }, { title: "Tin", slug: "tin-moi" }, at).slug).toBe("tin-moi");
  });

  it("reports an unsafe slug and falls back to the title", () => {
    const r = checkSlug({ slug: "../../etc" }, { title: "Tin", slug: "../../etc" }, at);
    expect(r.slug).toBe("tin");
    expect(r.problems.map((p) => [p.code, p.line, p.field])).toEqual([["BT010", 5, "slug"]]);
  });

  it("reports a page address, at the field it comes from, even when the category is unknown", () => {
    const [p] = checkSlug({}, { title: "Trang 2" }, at).problems;
    expect(p).toMatchObject({ code: "BT020", line: 2, field: "title" });
    expect(p?.message).toContain("/<chuyên mục>/trang-2/");
  });

  it("says nothing more when the field the slug comes from already failed (no knock-on problems)", () => {
    expect(checkSlug({ title: 2024 }, {}, at)).toEqual({ slug: null, problems: [] });
    expect(checkSlug({ title: "Tin", slug: 5 }, { title: "Tin" }, at)).toEqual({ slug: null, problems: [] });
  });

  it("reports a title that gives no address", () => {
    expect(checkSlug({}, { title: "!!!" }, at).problems).toMatchObject([{ code: "BT017", line: 2, field: "title" }]);
  });
});
