import { describe, expect, it } from "vitest";
import { checkLinks, refsOfHtml, refsOfXml, resolveRef } from "../../src/quality/links.ts";

const BASE = "https://quan.example.vn";

describe("refsOfHtml", () => {
  it("reads href, src, every srcset candidate, social-card URLs and ids", () => {
    const r = refsOfHtml('<a href="/a/#x">a</a><img src="/i.jpg" srcset="/i-1.jpg 1x, /i-2.jpg 2x" alt=""><meta property="og:image" content="https://quan.example.vn/i.jpg"><h2 id="x">t</h2><a name="cu">c</a>');
    expect(r.refs.map((x) => x.value)).toEqual(["/a/#x", "/i.jpg", "/i-1.jpg", "/i-2.jpg", "https://quan.example.vn/i.jpg"]);
    expect([...r.ids]).toEqual(["x", "cu"]);
  });
});

describe("refsOfXml", () => {
  it("reads sitemap locations and feed links", () => {
    expect(refsOfXml('<loc>https://q.vn/a/</loc><link rel="alternate" href="https://q.vn/b/"/>').refs.map((r) => r.value)).toEqual(["https://q.vn/a/", "https://q.vn/b/"]);
  });
});

describe("resolveRef", () => {
  it("resolves relative and absolute same-site URLs and drops the query", () => {
    expect(resolveRef("../b/?q=1#h", "/a/c/", BASE)).toEqual({ path: "/a/b/", hash: "h" });
    expect(resolveRef(`${BASE}/x/`, "/", BASE)).toEqual({ path: "/x/", hash: "" });
  });
  it("leaves other sites, mail and phone links alone", () => {
    expect(resolveRef("https://other.vn/", "/", BASE)).toBeNull();
    expect(resolveRef("mailto:a@b.vn", "/", BASE)).toBeNull();
    expect(resolveRef("tel:+842438253536", "/", BASE)).toBeNull();
  });
});

describe("checkLinks", () => {
  const files = ["index.html", "a/index.html", "i.jpg"];
  const check = (html: string) => checkLinks(new Map([["index.html", refsOfHtml(html)], ["a/index.html", refsOfHtml('<h2 id="ok">x</h2>')]]), files, BASE);

  it("passes links to files, folders with index.html, and existing anchors", () => {
    expect(check('<a href="/a/">a</a><a href="/a/index.html#ok">b</a><img src="i.jpg" alt=""><a href="#top">c</a><p id="top"></p>')).toEqual([]);
  });
  it("reports a missing page, a missing image and a missing anchor, each with its page", () => {
    expect(check('<a href="/b/">a</a><img src="/no.jpg" alt=""><a href="/a/#missing">c</a>')).toEqual([
      { page: "/", where: "a[href]", target: "/b/", reason: "không có tệp" },
      { page: "/", where: "img[src]", target: "/no.jpg", reason: "không có tệp" },
      { page: "/", where: "a[href]", target: "/a/#missing", reason: 'không có id="missing"' },
    ]);
  });
  it("reports a broken srcset candidate even when src is fine", () => {
    expect(check('<img src="/i.jpg" srcset="/i.jpg 1x, /i-2x.jpg 2x" alt="">')).toEqual([
      { page: "/", where: "img[srcset]", target: "/i-2x.jpg", reason: "không có tệp" },
    ]);
  });
});
