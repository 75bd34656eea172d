import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { afterAll, describe, expect, it } from "vitest";
import { SearchStream } from "../../src/eleventy/search-stream.ts";

const page = (title: string) => `<!DOCTYPE html><html lang="vi"><body><article data-pagefind-body><h1>${title}</h1><p>${title} ở quận Hoàn Kiếm.</p></article></body></html>`;

/** A built folder: two article pages and a list page without a search body. */
function site(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bantin-stream-"));
  for (const [rel, html] of [["a/index.html", page("Một")], ["b/index.html", page("Hai")], ["list/index.html", "<p>danh sách</p>"]] as const) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), html);
  }
  return dir;
}
const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html")).sort();

afterAll(() => pagefind.close());

describe("SearchStream", () => {
  it("covers the folder when it holds exactly its search pages, in folder order", async () => {
    const dir = site();
    const stream = await SearchStream.open();
    stream?.add("a/index.html", "/a/", page("Một"));
    stream?.add("b/index.html", "/b/", page("Hai"));
    await stream?.drain();
    expect(await stream?.covers(dir, files(dir))).toBe(true);
  });

  it("does not cover a folder with a search page it was not given, or pages out of order", async () => {
    const dir = site();
    const missing = await SearchStream.open();
    missing?.add("a/index.html", "/a/", page("Một"));
    await missing?.drain();
    expect(await missing?.covers(dir, files(dir))).toBe(false);
    const reversed = await SearchStream.open();
    reversed?.add("b/index.html", "/b/", page("Hai"));
    reversed?.add("a/index.html", "/a/", page("Một"));
    await reversed?.drain();
    expect(await reversed?.covers(dir, files(dir))).toBe(false);
  });
});
