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
});
