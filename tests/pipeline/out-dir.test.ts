import path from "node:path";
import { describe, expect, it } from "vitest";
import { outDirProblem } from "../../src/pipeline/out-dir.ts";

const p = path.resolve("/srv/portal");

describe("output folder", () => {
  it("accepts _site or a folder elsewhere", () => {
    expect(outDirProblem(path.join(p, "_site"), [p], "site")).toBeNull();
    expect(outDirProblem("/tmp/site", [p], "absent")).toBeNull();
  });

  it("refuses the project itself, a parent of it, or the disk root", () => {
    expect(outDirProblem(p, [p], "other")).toContain("thư mục dự án");
    expect(outDirProblem("/srv", [p], "other")).toContain("thư mục dự án");
    expect(outDirProblem("/", [p], "other")).toContain("gốc");
  });

  it("refuses a folder inside content/, layouts/ or src/", () => {
    for (const f of ["content", "content/site", "layouts/pages", "src"]) expect(outDirProblem(path.join(p, f), [p], "absent"), f).toContain("nằm trong");
  });

  it("refuses an existing folder that is not a site, since the swap replaces it whole", () => {
    expect(outDirProblem("/tmp/tai-lieu", [p], "other")).toContain("không phải một trang bantin");
    expect(outDirProblem("/tmp/tai-lieu", [p], "empty")).toBeNull();
  });
});
