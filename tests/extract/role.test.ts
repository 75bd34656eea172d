import { describe, expect, it } from "vitest";
import { readRoleAfter, readRoleBefore } from "../../src/extract/role.ts";

describe("readRoleAfter", () => {
  it("needs a separator or a role word: a comma followed by anything else is not a role", () => {
    expect(readRoleAfter("A, hội nghị đã thông qua", 1).role).toBeNull();
    expect(readRoleAfter("A, Chủ tịch UBND phường, cho biết", 1).role).toBe("Chủ tịch UBND phường");
  });

  it("reports where the role ends", () => {
    const text = "A – Phó Bí thư Quận ủy đã phát biểu";
    const { role, end } = readRoleAfter(text, 1);
    expect(role).toBe("Phó Bí thư Quận ủy");
    expect(text.slice(end)).toBe(" đã phát biểu");
  });

  it("keeps capitalised bodies such as 'Ủy ban Kiểm tra' inside the role", () => {
    expect(readRoleAfter("A – Chủ nhiệm Ủy ban Kiểm tra Quận ủy.", 1).role).toBe("Chủ nhiệm Ủy ban Kiểm tra Quận ủy");
  });

  it("stops at a dash that closes the role before lowercase words, but not inside a body or a term", () => {
    expect(readRoleAfter("A – Bí thư Đảng ủy phường – phát biểu", 1).role).toBe("Bí thư Đảng ủy phường");
    expect(readRoleAfter("A – Chủ tịch Ủy ban MTTQ quận – xúc động chia sẻ", 1).role).toBe("Chủ tịch Ủy ban MTTQ quận");
    expect(readRoleAfter("A, Trưởng phòng Văn hóa – Xã hội quận.", 1).role).toBe("Trưởng phòng Văn hóa – Xã hội quận");
    expect(readRoleAfter("A, Bí thư Quận ủy nhiệm kỳ 2020 – 2025; B", 1).role).toBe("Bí thư Quận ủy nhiệm kỳ 2020 – 2025");
  });

  it("takes a lowercase apposition after a dash for no role, and covers it up to its closing dash", () => {
    const text = "A – người nhiều năm làm Tổ trưởng tổ dân phố – xúc động nhớ lại";
    const { role, end } = readRoleAfter(text, 1);
    expect(role).toBeNull();
    expect(text.slice(end)).toBe("xúc động nhớ lại");
  });
});

describe("readRoleBefore", () => {
  it("reads the role from its first role word to the name", () => {
    const text = "Hội nghị đã nghe Trưởng phòng Nội vụ Nguyễn Văn Bình";
    expect(readRoleBefore(text, text.indexOf("Nguyễn"))?.role).toBe("Trưởng phòng Nội vụ");
  });

  it("gives nothing when a verb sits between the role word and the name", () => {
    const text = "Chủ tịch UBND phường đã cảm ơn Nguyễn Văn Bình";
    expect(readRoleBefore(text, text.indexOf("Nguyễn"))).toBeNull();
  });

  it("never reaches back past the previous person", () => {
    const text = "ông Lê Văn Thành, Phó Chủ tịch HĐND quận, bà Đỗ Thị Mai";
    expect(readRoleBefore(text, text.indexOf("Đỗ"), text.indexOf(", bà"))).toBeNull();
  });
});
