import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.ts";
import { parseScraped } from "../../src/import/scraped.ts";
import type { Extraction } from "../../src/types.ts";

const DIR = join(import.meta.dirname, "..", "fixtures", "extract");
// The shared seed lives beside the repository (absent in a bare clone).
const SEED = join(import.meta.dirname, "..", "..", "..", "shared", "seed", "hoan-kiem-mttq-2020.txt");
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort();

/** The extraction without source lines, in the shape of `<case>.expected.json`. */
function values(x: Extraction): unknown {
  return {
    eventDate: x.eventDate.value,
    location: x.location.value,
    attendees: x.attendees.map((a) => a.value),
    speakers: x.speakers.map((s) => s.value),
    awards: x.awards.map((a) => a.value),
  };
}

describe("fixture cases", () => {
  it("has at least 30 cases of our own plus the seed", () => {
    expect(cases.length).toBeGreaterThanOrEqual(31);
    expect(cases).toContain("seed-hoan-kiem-mttq-2020.txt");
  });

  it.skipIf(!existsSync(SEED))("keeps the seed byte for byte", () => {
    const seed = readFileSync(join(DIR, "seed-hoan-kiem-mttq-2020.txt"));
    expect(seed.equals(readFileSync(SEED))).toBe(true);
  });

  it.each(cases)("%s extracts what its expected.json says", (file) => {
    const text = readFileSync(join(DIR, file), "utf8");
    const article = parseScraped(text, file);
    const got = extract({ paragraphs: article.paragraphs, captions: article.captions, published: article.published });
    const expected: unknown = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/u, ".expected.json")), "utf8"));
    expect(values(got)).toEqual(expected);

    // Every value points at the file line it came from.
    const lines = text.replace(/^\uFEFF/u, "").normalize("NFC").split(/\r\n|\r|\n/u);
    const at = (line: number | null) => (line === null ? "" : lines[line - 1] ?? "");
    if (got.eventDate.value !== null) expect(got.eventDate.line).not.toBeNull();
    if (got.location.value !== null) expect(at(got.location.line)).toContain(got.location.value);
    for (const p of [...got.attendees, ...got.speakers]) expect(at(p.line)).toContain(p.value.name);
    for (const a of got.awards) expect(at(a.line).toLowerCase()).toContain(a.value.award.slice(0, 8).toLowerCase());
  });
});
