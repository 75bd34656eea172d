import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RenderSession, type PagesState } from "../../src/cache/page-deps.ts";

type Item = { url: string; title: string };
const items = (...titles: string[]): Item[] => titles.map((t, i) => ({ url: `/p${i}/`, title: t }));

/** Render every selected item of one template, reading `reads` from bantin; returns the session's result. */
function render(data: Record<string, unknown>, previous: PagesState | null, list: Item[], reads: string[] = ["site"]) {
  const session = new RenderSession(data, "v1", previous);
  const selected = session.select("list.11ty.tsx", list);
  for (const item of selected) {
    const page = session.track({ bantin: data, pagination: { items: [item] }, item }, "list.11ty.tsx");
    const bantin = page.data["bantin"] as Record<string, unknown>;
    for (const key of reads) void bantin[key];
    page.wrote(`${item.url.slice(1)}index.html`);
  }
  const single = session.track({ bantin: data }, "index.11ty.tsx");
  single.wrote("index.html");
  return { selected, ...session.finish() };
}

describe("RenderSession", () => {
  it("renders every page the first time, then only the pages whose item changed", () => {
    const data = { site: { name: "Quận" } };
    const first = render(data, null, items("a", "b", "c"));
    expect(first.selected).toHaveLength(3);
    const second = render(data, first.state, items("a", "B", "c"));
    expect(second.selected.map((i) => i.title)).toEqual(["B"]);
    expect(second.stale).toEqual([]);
  });

  it("renders a template's pages again when a bantin key they read changes, not when another does", () => {
    const first = render({ site: { name: "Quận" }, home: 1 }, null, items("a", "b"));
    expect(render({ site: { name: "Quận" }, home: 2 }, first.state, items("a", "b")).selected).toHaveLength(0);
    expect(render({ site: { name: "Phường" }, home: 1 }, first.state, items("a", "b")).selected).toHaveLength(2);
  });

  it("reports the files of pages that are gone as stale", () => {
    const data = { site: {} };
    const first = render(data, null, items("a", "b", "c"));
    const second = render(data, first.state, items("a", "b"));
    expect(second.stale).toEqual(["p2/index.html"]);
  });

  it("never skips pages of a template that reads its pagination neighbours", () => {
    const data = { site: {} };
    const session = new RenderSession(data, "v1", null);
    const [item] = session.select("t", items("a"));
    const page = session.track({ bantin: data, pagination: { items: [item], nextPageHref: "/p1/" } }, "t");
    void (page.data["pagination"] as Record<string, unknown>)["nextPageHref"];
    page.wrote("p0/index.html");
    const state = session.finish().state;
    expect(new RenderSession(data, "v1", state).select("t", items("a"))).toHaveLength(1);
  });

  it("renders everything when the code or options changed", () => {
    const data = { site: {} };
    const first = render(data, null, items("a"));
    const session = new RenderSession(data, "v2", first.state);
    expect(session.select("list.11ty.tsx", items("a"))).toHaveLength(1);
  });
});

describe("RenderSession single pages", () => {
  /** Render the one page of `index.11ty.tsx` (reading `home`) into `out`, or keep it; returns what was done. */
  function single(out: string, data: Record<string, unknown>, previous: PagesState | null, html: string) {
    const session = new RenderSession(data, "v1", previous);
    const page = session.track({ bantin: data }, "index.11ty.tsx");
    const kept = page.reuse(out, "index.html");
    if (kept === null) {
      void (page.data["bantin"] as Record<string, unknown>)["home"];
      writeFileSync(path.join(out, "index.html"), html);
      page.wrote("index.html");
    }
    return { kept, ...session.finish() };
  }

  it("keeps the file of a single page whose reads are unchanged, and renders it when they change or the file is gone", () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "bantin-single-"));
    try {
      const first = single(out, { home: 1, site: 1 }, null, "một");
      expect(first.kept).toBeNull();
      const second = single(out, { home: 1, site: 2 }, first.state, "hai");
      expect(second.kept).toBe("một");
      expect(second.stale).toEqual([]);
      const third = single(out, { home: 2, site: 2 }, second.state, "ba");
      expect(third.kept).toBeNull();
      rmSync(path.join(out, "index.html"));
      expect(single(out, { home: 2, site: 2 }, third.state, "bốn").kept).toBeNull();
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("never keeps a paginated page or one of a template that reads collections", () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "bantin-single-"));
    try {
      writeFileSync(path.join(out, "index.html"), "x");
      const data = { home: 1 };
      const session = new RenderSession(data, "v1", null);
      const page = session.track({ bantin: data, collections: {} }, "index.11ty.tsx");
      void page.data["collections"];
      page.wrote("index.html");
      const state = session.finish().state;
      expect(new RenderSession(data, "v1", state).track({ bantin: data }, "index.11ty.tsx").reuse(out, "index.html")).toBeNull();
      const paged = new RenderSession(data, "v1", state).track({ bantin: data, pagination: { items: [] } }, "index.11ty.tsx");
      expect(paged.reuse(out, "index.html")).toBeNull();
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe("RenderSession fingerprints of lists", () => {
  it("sees a change deep inside a page's items and inside a list read from bantin", () => {
    const person = (name: string, mentions: number) => ({ name, mentions: Array.from({ length: mentions }, (_, i) => ({ url: `/a${i}/` })) });
    const pages = (people: object[]) => [{ pageNumber: 1, items: people.slice(0, 2), url: "/nhan-vat/" }, { pageNumber: 2, items: people.slice(2), url: "/nhan-vat/trang-2/" }];
    const run = (people: object[], previous: PagesState | null, readsPeople = true) => {
      const data = { people, site: {} };
      const session = new RenderSession(data, "v1", previous);
      const selected = session.select("people-index.11ty.tsx", pages(people));
      for (const item of selected) {
        const page = session.track({ bantin: data, pagination: { items: [item] } }, "people-index.11ty.tsx");
        if (readsPeople) void (page.data["bantin"] as Record<string, unknown>)["people"];
        page.wrote(`${(item as { url: string }).url.slice(1)}index.html`);
      }
      return { selected, state: session.finish().state };
    };
    const first = run([person("A", 1), person("B", 2), person("C", 3)], null);
    expect(first.selected).toHaveLength(2);
    expect(run([person("A", 1), person("B", 2), person("C", 3)], first.state).selected).toHaveLength(0);
    // One more mention of C: every page reads `people`, so both render again.
    expect(run([person("A", 1), person("B", 2), person("C", 4)], first.state).selected).toHaveLength(2);
    // Pages that read only their items: the page listing C alone.
    const own = run([person("A", 1), person("B", 2), person("C", 3)], null, false);
    const changed = run([person("A", 1), person("B", 2), person("C", 4)], own.state, false).selected;
    expect(changed.map((p) => (p as { url: string }).url)).toEqual(["/nhan-vat/trang-2/"]);
  });

  it("renders only the page whose items changed when the list itself is not read", () => {
    const first = render({ site: {} }, null, items("a", "b"));
    const nested = (t: string) => [{ url: "/p0/", title: "a" }, { url: "/p1/", title: t }];
    expect(render({ site: {} }, first.state, nested("b")).selected).toHaveLength(0);
    expect(render({ site: {} }, first.state, nested("b2")).selected).toHaveLength(1);
  });
});
