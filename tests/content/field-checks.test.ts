import { describe, expect, it } from "vitest";
import { checkFields, MAX_TITLE_LENGTH } from "../../src/content/field-checks.ts";
import { frontMatterSchema } from "../../src/content/schema.ts";

const lines = new Map([["title", 2], ["summary", 5], ["image", 6]]);
const fm = (over: object) => frontMatterSchema.parse({ title: "Tin", date: "2024-01-01", category: "tin-tuc", ...over });

describe("field checks", () => {
  it("accepts an ordinary article", () => {
    expect(checkFields(fm({ image: { src: "/images/a.jpg", alt: "Hội trường" } }), "a.md", lines)).toEqual([]);
  });

  it("warns about a title longer than the limit, with its length", () => {
    const [p] = checkFields(fm({ title: "Ư".repeat(MAX_TITLE_LENGTH + 1) }), "a.md", lines);
    expect(p).toMatchObject({ code: "BT104", line: 2, field: "title" });
    expect(p?.message).toContain(`${MAX_TITLE_LENGTH + 1} ký tự`);
  });

  it("warns about HTML in the title and summary", () => {
    expect(checkFields(fm({ title: "Tin <script>x</script>", summary: "<b>Đậm</b>" }), "a.md", lines).map((p) => [p.code, p.field])).toEqual([
      ["BT106", "title"],
      ["BT106", "summary"],
    ]);
  });

  it("warns about a lead image without alt", () => {
    expect(checkFields(fm({ image: { src: "/images/a.jpg" } }), "a.md", lines)).toMatchObject([{ code: "BT103", line: 6, field: "image" }]);
  });
});
