import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CODES } from "../../src/content/codes.ts";
import { ROOT } from "../helpers/fixtures.ts";

const doc = readFileSync(path.join(ROOT, "docs/errors.md"), "utf8");
const sections = new Map(doc.split(/^## /m).slice(1).map((s) => [s.slice(0, 5), s]));

describe("problem codes", () => {
  it("are each documented in docs/errors.md with meaning, example and fix", () => {
    for (const code of Object.keys(CODES)) {
      const section = sections.get(code);
      expect(section, code).toBeDefined();
      for (const part of ["**Ý nghĩa.**", "**Ví dụ.**", "**Cách sửa.**"]) expect(section, `${code} ${part}`).toContain(part);
    }
  });

  it("documents no code that does not exist", () => {
    expect([...sections.keys()].filter((c) => !(c in CODES))).toEqual([]);
  });
});
