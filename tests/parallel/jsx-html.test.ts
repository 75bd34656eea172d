import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createElement as h, jsxToString } from "jsx-async-runtime";
import { jsxToHtml } from "../../src/parallel/jsx-html.ts";

const library = (el: unknown) => jsxToString.call({}, el as JSX.Element);

function Item(props: { name: string; n: number }) {
  return h("li", { class: { on: props.n > 1, off: false }, "data-n": props.n }, props.name, " & ", props.n);
}

describe("jsxToHtml", () => {
  it("renders what jsxToString renders", async () => {
    const cases: unknown[] = [
      null,
      "a < b & \"c\" 'd'",
      42,
      10n,
      true,
      undefined,
      { html: "<b>raw</b>" },
      h("p", {}, "x"),
      h(
        "",
        {},
        h("br", {}),
        h("img", { src: "/a.jpg", alt: '"quoted" & <tag>', width: 3, loading: "lazy", hidden: false }),
        h("div", { style: { color: "red", "font-size": "2px" }, class: ["a", "", "b"], "data-x": { a: [1, "<"] }, "aria-hidden": true, title: null }, [1, 2, [3, null, false, "s"]] as never, 0, ""),
        h("ul", {}, ["Hoàn", "Kiếm"].map((name, n) => h(Item as never, { name, n }))),
        h("script", { type: "application/ld+json" }, '{"a":"</script>"}'),
        h("link", { rel: "icon", href: "/x" }),
        h("p", { class: [] }),
        h("area", {}),
        h("", {}, h("", {}, "nested fragment")),
      ),
    ];
    for (const el of cases) expect(jsxToHtml(el)).toBe(await library(el));
  });

  it("renders any tree of elements, text and numbers as jsxToString does", async () => {
    const leaf = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.constant(null), fc.boolean());
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        leaf,
        fc
          .record({
            tag: fc.constantFrom("p", "br", "img", "span", ""),
            attrs: fc.dictionary(fc.constantFrom("id", "class", "title", "hidden"), fc.oneof(fc.string({ maxLength: 4 }), fc.boolean(), fc.constant(null))),
            kids: fc.array(tie("node"), { maxLength: 3 }),
          })
          .map(({ tag, attrs, kids }) => h(tag, { ...attrs }, ...(kids as never[]))),
      ),
    }));
    await fc.assert(
      fc.asyncProperty(tree.node, async (el) => {
        expect(jsxToHtml(el)).toBe(await library(el));
      }),
      { numRuns: 500 },
    );
  });

  it("hands a page with an async component to jsxToString", async () => {
    const Slow = async (props: { t: string }) => h("b", {}, props.t);
    const el = h("div", {}, h(Slow as never, { t: "x" }));
    const out = jsxToHtml(el);
    expect(typeof out).not.toBe("string");
    expect(await out).toBe("<div><b>x</b></div>");
  });

  it("lets a component's error through", () => {
    const Bad = () => {
      throw new Error("boom");
    };
    expect(() => jsxToHtml(h(Bad as never, {}))).toThrow("boom");
  });
});
