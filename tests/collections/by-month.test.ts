import { describe, expect, it } from "vitest";
import { archiveIndex, byMonth } from "../../src/collections/by-month.ts";
import { makeArticle } from "../helpers/articles.ts";

describe("archives", () => {
  it("files an article of 31/12 23:30 in Hà Nội under December, not January", () => {
    const a = makeArticle({ slug: "giao-thua", published: "2020-12-31T23:30:00+07:00" });
    expect(archiveIndex([a])).toMatchObject([{ year: 2020, months: [{ month: 12, url: "/luu-tru/2020/12/" }] }]);
  });

  it("reads a UTC time in Hà Nội: 2020-12-31T17:30Z is 1 January 2021", () => {
    const a = makeArticle({ slug: "nam-moi", published: "2021-01-01T00:30:00+07:00" });
    expect(archiveIndex([a])[0]).toMatchObject({ year: 2021, months: [{ month: 1 }] });
  });

  it("paginates each year and month", () => {
    const articles = Array.from({ length: 25 }, (_, i) => makeArticle({ slug: `a${i}`, published: `2022-03-${String((i % 28) + 1).padStart(2, "0")}T08:00:00+07:00` }));
    const pages = byMonth(articles, archiveIndex(articles), 20);
    expect(pages.map((p) => p.url)).toEqual(["/luu-tru/2022/", "/luu-tru/2022/trang-2/", "/luu-tru/2022/03/", "/luu-tru/2022/03/trang-2/"]);
    expect(pages[2]?.title).toBe("Tháng 3/2022");
  });
});
