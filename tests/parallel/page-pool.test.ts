import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { renderOnWorkers } from "../../src/parallel/page-pool.ts";
import { fixturePath } from "../helpers/fixtures.ts";

const module = pathToFileURL(fixturePath("page-pool/echo.11ty.ts")).href;
const late = pathToFileURL(fixturePath("page-pool/late.11ty.ts")).href;
const items = Array.from({ length: 70 }, (_, i) => ({ slug: `trang-${String(i).padStart(2, "0")}` }));

describe("renderOnWorkers", () => {
  it("writes every page at its permalink and reports them in order, fetching bantin keys it was not sent", async () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), "bantin-pool-"));
    const seen: string[] = [];
    const pages = await renderOnWorkers({
      jobs: [{ module, inputPath: "./echo.11ty.ts", items }],
      bantin: { site: { name: "Quận" }, extra: "thêm", unused: [1, 2, 3] },
      startKeys: ["site"],
      outDir,
      threads: 2,
      onPage: (page) => seen.push(page.output),
    });
    expect(pages).toHaveLength(70);
    expect(seen).toEqual(items.map((i) => `${i.slug}/index.html`));
    expect(readFileSync(path.join(outDir, "trang-07/index.html"), "utf8")).toBe("<p>Quận thêm trang-07</p>");
    expect(new Set(pages.flatMap((p) => p.reads))).toEqual(new Set(["site", "extra"]));
  });

  it("renders several templates in one pool, each page with its own alias, and sends a key only some pages read in a second round", async () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), "bantin-pool-"));
    const lateItems = Array.from({ length: 40 }, (_, i) => ({ slug: `m${i}`, late: i % 7 === 3 }));
    const pages = await renderOnWorkers({
      jobs: [
        { module, inputPath: "./echo.11ty.ts", items: items.slice(0, 5) },
        { module: late, inputPath: "./late.11ty.ts", items: lateItems, alias: "entry" },
      ],
      bantin: { site: { name: "Quận" }, extra: "thêm", late: "muộn" },
      startKeys: [],
      outDir,
      threads: 2,
    });
    expect(pages).toHaveLength(45);
    expect(pages.filter((p) => p.inputPath === "./late.11ty.ts").map((p) => p.output)).toEqual(lateItems.map((i) => `muon/${i.slug}.html`));
    expect(readFileSync(path.join(outDir, "muon/m3.html"), "utf8")).toBe("<p>m3 muộn</p>");
    expect(readFileSync(path.join(outDir, "muon/m4.html"), "utf8")).toBe("<p>m4</p>");
    expect(pages.find((p) => p.output === "muon/m10.html")?.reads).toEqual(["late"]);
    expect(pages.find((p) => p.output === "muon/m4.html")?.reads).toEqual([]);
  });

  it("fails with the template's error", async () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), "bantin-pool-"));
    await expect(renderOnWorkers({ jobs: [{ module, inputPath: "./echo.11ty.ts", items: [{ slug: "a" }] }], bantin: {}, startKeys: [], outDir, threads: 1 })).rejects.toThrow(/echo\.11ty\.ts/);
  });
});
