import { describe, expect, it } from "vitest";
import { classifyContentFile, strayMessage } from "../../src/content/files.ts";

describe("content files", () => {
  it("reads .md files as articles, anywhere under content/", () => {
    expect(classifyContentFile("tin-tuc/2024/bai.md")).toBe("article");
    expect(classifyContentFile("bai.md")).toBe("article");
  });

  it("treats categories.yaml and everything under images/ as assets", () => {
    expect(classifyContentFile("categories.yaml")).toBe("asset");
    expect(classifyContentFile("images/2024/anh.jpg")).toBe("asset");
    expect(classifyContentFile("images/van-ban.pdf")).toBe("asset");
  });

  it("ignores hidden files and system litter", () => {
    for (const f of ["tin-tuc/.gitkeep", ".DS_Store", "tin-tuc/Thumbs.db", "tin-tuc/2024/bai.md~", ".git/config"]) expect(classifyContentFile(f), f).toBe("ignored");
  });

  it("reports every other file, with a fix that fits it", () => {
    expect(classifyContentFile("tin-tuc/2024/bai.markdown")).toBe("stray");
    expect(classifyContentFile("tin-tuc/2024/bai.MD")).toBe("stray");
    expect(strayMessage("tin-tuc/2024/bai.txt")).toContain("Đổi đuôi tệp thành .md");
    expect(strayMessage("tin-tuc/2024/anh.jpg")).toContain("content/images/");
    expect(strayMessage("tin-tuc/2024/bai.docx")).toContain("bantin new");
  });
});
