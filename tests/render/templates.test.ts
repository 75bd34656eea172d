import { describe, expect, it } from "vitest";
import { eleventyInputPath, loadTemplates, shapeOf, templateFiles, type PageModule } from "../../src/render/templates.ts";
import { ROOT } from "../helpers/fixtures.ts";

const render = () => "";

describe("shapeOf", () => {
  it("takes a fixed permalink as a single page and a one-item pagination over bantin as paged", () => {
    expect(shapeOf("./a.11ty.tsx", { default: render, data: { permalink: "/404.html" } })).toMatchObject({ kind: "single", url: "/404.html" });
    const permalink = (d: Record<string, unknown>) => String(d["item"]);
    expect(shapeOf("./b.11ty.tsx", { default: render, data: { pagination: { data: "bantin.people", size: 1, alias: "item", before: () => [] }, permalink } })).toMatchObject({ kind: "paged", key: "people", alias: "item" });
  });

  it("leaves anything else to Eleventy, saying which template and why", () => {
    const cases: PageModule[] = [
      { default: render, data: { permalink: (d: unknown) => String(d) } },
      { default: render, data: { permalink: "/x/", layout: "base" } },
      { default: render, data: { permalink: () => "/", pagination: { data: "bantin.people", size: 10, alias: "item" } } },
      { default: render, data: { permalink: () => "/", pagination: { data: "collections.all", size: 1, alias: "item" } } },
      { default: render, data: { permalink: () => "/", pagination: { data: "bantin.people", size: 1 } } },
      { default: render, data: { permalink: () => "/", pagination: { data: "bantin.people", size: 1, alias: "item", reverse: true } } },
    ];
    for (const c of cases) expect(shapeOf("./c.11ty.tsx", c)).toMatch(/^\.\/c\.11ty\.tsx: /);
  });
});

describe("loadTemplates", () => {
  it("loads bantin's own layouts, all of a shape the direct path renders, named as Eleventy names them", async () => {
    const templates = await loadTemplates(ROOT);
    if (typeof templates === "string") throw new Error(templates);
    expect(templates.map((t) => t.inputPath)).toContain("./layouts/pages/article.11ty.tsx");
    expect(templates.find((t) => t.inputPath.endsWith("/article.11ty.tsx"))).toMatchObject({ kind: "paged", key: "articlePages" });
    expect(templates.find((t) => t.inputPath.endsWith("/index.11ty.tsx"))).toMatchObject({ kind: "single", url: "/" });
    expect(eleventyInputPath(`${ROOT}/layouts/pages/x.11ty.tsx`, ROOT)).toBe("./layouts/pages/x.11ty.tsx");
  });

  it("refuses modules loaded beforehand that are not the files there now (a stale bundle)", async () => {
    const files = templateFiles(ROOT);
    const stale = new Map(files.slice(1).map((f) => [f, { default: render, data: { permalink: `/${f}` } } as PageModule]));
    expect(await loadTemplates(ROOT, stale)).toBe("các tệp giao diện đã đổi");
  });
});
