import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RenderSession } from "../../src/cache/page-deps.ts";
import { renderChanged, Unsupported, writePages } from "../../src/render/direct.ts";
import type { PageTemplate } from "../../src/render/templates.ts";
import { tempDir } from "../helpers/project.ts";

const data = { site: { name: "Quận" }, people: [{ url: "/a/", name: "An" }, { url: "/b/", name: "Bình" }] };

const single = (render: (d: Record<string, unknown>) => unknown): PageTemplate => ({ kind: "single", inputPath: "./layouts/pages/one.11ty.tsx", url: "/mot/", module: { default: render } });
const paged = (render: (d: Record<string, unknown>) => unknown): PageTemplate => ({
  kind: "paged",
  inputPath: "./layouts/pages/people.11ty.tsx",
  key: "people",
  alias: "person",
  permalink: (d) => (d["person"] as { url: string }).url,
  module: { default: render },
});

const name = (d: Record<string, unknown>) => `${(d["bantin"] as typeof data).site.name}: ${(d["person"] as { name: string }).name}`;

describe("renderChanged", () => {
  it("writes each page where Eleventy would, then only the pages whose data changed", async () => {
    const out = tempDir();
    const templates = [single((d) => `<h1>${(d["bantin"] as typeof data).site.name}</h1>`), paged(name)];
    const first = new RenderSession(data, "v1", null);
    const pages = await renderChanged(first, templates, out);
    expect([...(pages?.keys() ?? [])].sort()).toEqual(["a/index.html", "b/index.html", "mot/index.html"]);
    // Rendered, not yet written.
    expect(existsSync(path.join(out, "mot/index.html"))).toBe(false);
    expect(writePages(out, pages ?? new Map())).toBe(3);
    expect(readFileSync(path.join(out, "mot/index.html"), "utf8")).toBe("<h1>Quận</h1>");
    expect(readFileSync(path.join(out, "b/index.html"), "utf8")).toBe("Quận: Bình");
    const { state } = first.finish();
    // One person renamed: that page only; the single page read `site`, unchanged, and keeps its file.
    const next = { ...data, people: [data.people[0], { url: "/b/", name: "Bình Minh" }] };
    const second = new RenderSession(next, "v1", state);
    const changed = await renderChanged(second, templates, out);
    expect([...(changed?.keys() ?? [])]).toEqual(["b/index.html"]);
    writePages(out, changed ?? new Map());
    expect(readFileSync(path.join(out, "b/index.html"), "utf8")).toBe("Quận: Bình Minh");
  });

  it("stops with Unsupported when a page reads what only Eleventy gives (collections, pagination neighbours, page fields)", async () => {
    const reads: ((d: Record<string, unknown>) => unknown)[] = [
      (d) => d["collections"],
      (d) => (d["page"] as Record<string, unknown>)["fileSlug"],
      (d) => (d["page"] as Record<string, unknown>)["outputPath"],
    ];
    for (const read of reads) {
      await expect(renderChanged(new RenderSession(data, "v", null), [single(read)], tempDir())).rejects.toBeInstanceOf(Unsupported);
    }
    const neighbour = (d: Record<string, unknown>) => (d["pagination"] as Record<string, unknown>)["nextPageHref"];
    await expect(renderChanged(new RenderSession(data, "v", null), [paged(neighbour)], tempDir())).rejects.toBeInstanceOf(Unsupported);
  });

  it("gives a single page no pagination, as Eleventy does", async () => {
    const pages = await renderChanged(new RenderSession(data, "v", null), [single((d) => String(d["pagination"]))], tempDir());
    expect(pages?.get("mot/index.html")).toBe("undefined");
  });

  it("renders nothing when more pages changed than `max` (Eleventy's page workers take those)", async () => {
    expect(await renderChanged(new RenderSession(data, "v", null), [paged(name)], tempDir(), 1)).toBeNull();
    expect((await renderChanged(new RenderSession(data, "v", null), [paged(name)], tempDir(), 2))?.size).toBe(2);
  });
});
