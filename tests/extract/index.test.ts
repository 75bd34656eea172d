import { describe, expect, it } from "vitest";
import { emptyExtraction, extract, registry } from "../../src/extract/index.ts";
import type { ExtractInput } from "../../src/types.ts";

describe("extract", () => {
  it("runs one extractor per field, in registry order", () => {
    expect(registry.map((e) => e.field)).toEqual(["eventDate", "location", "attendees", "speakers", "awards"]);
  });

  it("returns the empty value of every field when extractors throw on a hostile input", () => {
    const hostile = {
      get paragraphs(): never {
        throw new Error("boom");
      },
      captions: [],
      published: null,
    } as unknown as ExtractInput;
    expect(extract(hostile)).toEqual(emptyExtraction());
  });

  it("returns empty values for an empty article", () => {
    expect(extract({ paragraphs: [], captions: [], published: null })).toEqual(emptyExtraction());
  });
});
