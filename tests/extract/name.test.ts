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

  it("keeps a four-syllable name whose family name is also in place names (regression: 'Kim Oanh')", () => {
    expect(names("Phó Chủ tịch UBND quận Hà Thị Kim Oanh cho biết")).toEqual(["Hà Thị Kim Oanh"]);
    expect(names("Phó Giám đốc Sở Du lịch Hà Nội Hà Văn Tuấn")).toEqual(["Hà Văn Tuấn"]);
    expect(names("Chủ tịch UBND quận Hoàng Mai Lê Hùng")).toEqual(["Lê Hùng"]);
  });

  it("reads a name after a long body between the role word and it", () => {
    expect(names("Giám đốc Trung tâm Văn hóa – Thông tin và Thể thao quận Kiều Thị Phương cho biết")).toEqual(["Kiều Thị Phương"]);
  });

  it("takes a school named after a person for no one", () => {
    expect(names("Hiệu trưởng Trường THCS Ngô Sĩ Liên")).toEqual([]);
  });
});
