import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { extract } from "../../src/extract/index.ts";
import type { ExtractInput } from "../../src/types.ts";

const line = z.number().int().positive().nullable();
const person = z.object({ value: z.object({ name: z.string().min(1), role: z.string().min(1).nullable() }), line });
const count = z.number().int().nonnegative().nullable();
/** The shape every extraction must have, whatever the input. */
const extractionSchema = z.object({
  eventDate: z.object({
    value: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/u)
      .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d))
      .nullable(),
    line,
  }),
  location: z.object({ value: z.string().min(1).nullable(), line }),
  attendees: z.array(person),
  speakers: z.array(person),
  awards: z.array(
    z.object({
      value: z.object({
        award: z.string().min(1),
        collectives: count,
        individuals: count,
        recipients: z.array(z.string()),
        grantors: z.array(z.string()),
      }),
      line,
    }),
  ),
});

// Vietnamese-ish text: words from the domain, names, dates, numbers, punctuation and odd unicode.
const WORDS = [
  "Sáng", "Chiều", "ngày", "tháng", "năm", "tại", "Tới dự", "có", "đồng chí", "ông", "Ông", "bà", "đ/c", "–", "-", ",", ";", ":", "(", ")", ".",
  "Nguyễn", "Văn", "Thị", "Lê", "Hồng", "Phú", "Phó", "Chủ tịch", "UBND", "quận", "phường", "Hà Nội", "phát biểu", "trình bày", "báo cáo",
  "trao tặng", "tặng", "được", "Giấy khen", "Bằng khen", "Huân chương", "hạng Ba", "tập thể", "cá nhân", "mười", "hai", "mươi", "mốt",
  "08/01/2021", "8-1", "19.10", "30/12", "31/2", "99/99", "05", "và", "đề nghị", "hội nghị", "Kỷ niệm chương", "“", "”", "danh hiệu",
  "\u00a0", "\u0301", "\uFEFF", "e\u0301", "😀", "\n", "…",
];
const viText = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }), fc.string({ unit: "grapheme", maxLength: 4 })), { maxLength: 60 }).map((ws) => ws.join(" "));
const anyText = fc.oneof(viText, fc.string(), fc.string({ unit: "binary" }));
const sourceLine = fc.record({ text: anyText, line: fc.integer({ min: 1, max: 10_000 }) });
const inputs: fc.Arbitrary<ExtractInput> = fc.record({
  paragraphs: fc.array(sourceLine, { maxLength: 8 }),
  captions: fc.array(sourceLine, { maxLength: 4 }),
  published: fc.oneof(fc.constant(null), fc.string(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().replace("Z", "+07:00"))),
});

describe("extract on arbitrary input", () => {
  it("never throws and always returns a valid Extraction for any ExtractInput", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = extractionSchema.safeParse(extract(input));
        if (!result.success) throw new Error(result.error.message);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });

  it("never throws on any single string used as a paragraph and a caption", () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.string(), { nil: null }), (text, published) => {
        const out = extract({ paragraphs: [{ text, line: 1 }], captions: [{ text, line: 2 }], published });
        expect(extractionSchema.safeParse(out).success).toBe(true);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });
});
