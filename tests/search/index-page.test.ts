import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BODY_FOLD_WEIGHT, FOLD_MARK, TITLE_FOLD_WEIGHT, textOf, withFoldedCopy } from "../../src/search/index-page.ts";
import { ROOT } from "../helpers/fixtures.ts";

const page = (inner: string) => `<html lang="vi"><body><header>Đầu trang</header><main><article class="article" data-pagefind-body>${inner}</article></main></body></html>`;

describe("withFoldedCopy", () => {
  it("adds the title's đ-words at a heading-like weight and the body's at a low weight", () => {
    const out = withFoldedCopy(page("<h1>Đoàn công tác tại Đà Nẵng</h1><div class=\"body\"><p>Đường ven sông đẹp.</p></div>"));
    expect(out).toContain(`<p>${FOLD_MARK}</p><p data-pagefind-weight="${TITLE_FOLD_WEIGHT}">Doàn Dà</p><p data-pagefind-weight="${BODY_FOLD_WEIGHT}">Dường dẹp</p></article>`);
  });
  it("skips what pagefind ignores and everything outside the article", () => {
    const out = withFoldedCopy(page('<h1>Tin</h1><p class="dateline" data-pagefind-ignore>Điện</p><p>Đúng</p>'));
    expect(out).toContain(`<p data-pagefind-weight="${BODY_FOLD_WEIGHT}">Dúng</p>`);
    expect(out).not.toContain("Diện");
    expect(out).not.toContain("Dầu");
  });
  it("leaves pages without an indexed article, or without đ, unchanged", () => {
    expect(withFoldedCopy("<p>Đà Nẵng</p>")).toBe("<p>Đà Nẵng</p>");
    expect(withFoldedCopy(page("<h1>Hoàn Kiếm</h1>"))).toBe(page("<h1>Hoàn Kiếm</h1>"));
  });
  it("never copies markup: a hostile title arrives escaped and leaves as letters", () => {
    const out = withFoldedCopy(page("<h1>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; Đêm</h1>"));
    expect(out).toContain(`weight="${TITLE_FOLD_WEIGHT}">Dêm</p>`);
  });
});

describe("textOf", () => {
  it("drops tags and decodes the entities bantin's escaping makes", () => {
    expect(textOf("<p>A &amp; B &lt;i&gt; &quot;c&quot; &#39;d&#39;</p>")).toBe("A & B <i> \"c\" 'd'");
  });
});

describe("the search page script", () => {
  it("cuts excerpts at the same mark the index uses", () => {
    const js = readFileSync(path.join(ROOT, "layouts/assets/search.js"), "utf8");
    expect(js).toContain(`const FOLD_MARK = "${FOLD_MARK}";`);
  });
});
