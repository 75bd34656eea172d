import { describe, expect, it } from "vitest";
import { findNames } from "../../src/extract/name.ts";

const names = (s: string) => findNames(s).map((n) => n.name);

describe("findNames", () => {
  it("finds names of two to four capitalised syllables, in NFC", () => {
    expect(names("có đồng chí Trương Thị Ánh Tuyết và Lê Hồng Phú")).toEqual(["Trương Thị Ánh Tuyết", "Lê Hồng Phú"]);
    expect(names("Đồng chí Tôn Nữ Thanh Bình phát biểu")).toEqual(["Tôn Nữ Thanh Bình"]);
  });

  it("cuts a role or a place glued before the name", () => {
    expect(names("Chủ tịch UBND quận Hoàn Kiếm Phạm Tuấn Long phát biểu")).toEqual(["Phạm Tuấn Long"]);
    expect(names("Phó Chủ tịch UBND quận Nguyễn Văn Toàn cho biết")).toEqual(["Nguyễn Văn Toàn"]);
  });

  it("needs a family name when no honorific stands before the run", () => {
    expect(names("Hội Cựu chiến binh Việt Nam")).toEqual([]);
    expect(names("tỉnh Hà Giang")).toEqual([]);
    expect(names("Bùi Hoàng Phan")).toEqual(["Bùi Hoàng Phan"]);
  });

  it("marks names that follow an honorific or a rank", () => {
    expect(findNames("Đại tá Hoàng Minh Tiến")[0]?.honorific).toBe(true);
    expect(findNames("Hoàng Minh Tiến")[0]?.honorific).toBe(false);
  });
});
