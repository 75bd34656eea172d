import { describe, expect, it } from "vitest";
import { sentencesOf, splitSentences } from "../../src/extract/sentences.ts";

describe("sentences", () => {
  it("splits at a full stop before a capital and keeps dates and abbreviations whole", () => {
    expect(splitSentences("Chiều 19.10, hội nghị khai mạc. Tới dự có ông A.")).toEqual(["Chiều 19.10, hội nghị khai mạc.", "Tới dự có ông A."]);
    expect(splitSentences("Đoàn công tác của TP. Hà Nội đến thăm.")).toHaveLength(1);
  });

  it("normalises to NFC and records line, paragraph and caption of each sentence", () => {
    const nfd = "Sáng 8/1, hội nghị khai mạc.".normalize("NFD");
    const got = sentencesOf({ paragraphs: [{ text: nfd, line: 6 }], captions: [{ text: "Đồng chí A phát biểu.", line: 9 }], published: null });
    expect(got.map((s) => [s.text, s.line, s.paragraph, s.caption])).toEqual([
      ["Sáng 8/1, hội nghị khai mạc.", 6, 0, false],
      ["Đồng chí A phát biểu.", 9, 1, true],
    ]);
  });
});
