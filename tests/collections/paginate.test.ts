import { describe, expect, it } from "vitest";
import { paginate, pageUrl } from "../../src/collections/paginate.ts";

describe("paginate", () => {
  it("makes ceil(n/size) pages with prev/next links", () => {
    const pages = paginate(Array.from({ length: 45 }, (_, i) => i), 20, "/y-te/");
    expect(pages.map((p) => [p.url, p.items.length, p.prevUrl, p.nextUrl])).toEqual([
      ["/y-te/", 20, null, "/y-te/trang-2/"],
      ["/y-te/trang-2/", 20, "/y-te/", "/y-te/trang-3/"],
      ["/y-te/trang-3/", 5, "/y-te/trang-2/", null],
    ]);
    expect(pages.every((p) => p.totalPages === 3)).toBe(true);
  });

  it("gives an empty list one empty page, so its URL still works", () => {
    expect(paginate([], 20, "/x/")).toMatchObject([{ url: "/x/", items: [], totalPages: 1 }]);
  });

  it("splits exactly at a multiple of the page size", () => {
    expect(paginate(Array.from({ length: 40 }), 20, "/x/")).toHaveLength(2);
    expect(pageUrl("/x/", 1)).toBe("/x/");
  });
});
