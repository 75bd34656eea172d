import { describe, expect, it } from "vitest";
import { findPeople } from "../../src/extract/person.ts";

const pairs = (s: string) => findPeople(s).map((m) => [m.name, m.role]);

describe("findPeople", () => {
  it("splits 'Name – Role', 'Name - Role', 'Name, Role' and 'Name (Role)'", () => {
    expect(pairs("đồng chí Đàm Văn Huân – Phó Chủ tịch UBND quận")).toEqual([["Đàm Văn Huân", "Phó Chủ tịch UBND quận"]]);
    expect(pairs("đồng chí Bùi Hoàng Phan - Phó Bí thư Thường trực Quận ủy")).toEqual([["Bùi Hoàng Phan", "Phó Bí thư Thường trực Quận ủy"]]);
    expect(pairs("ông Đinh Công Tuấn, Phó Bí thư Quận ủy")).toEqual([["Đinh Công Tuấn", "Phó Bí thư Quận ủy"]]);
    expect(pairs("đồng chí Lý Thị Mai (Chủ tịch UBND phường)")).toEqual([["Lý Thị Mai", "Chủ tịch UBND phường"]]);
  });

  it("keeps commas, dashes, slashes and abbreviations that belong to the role", () => {
    expect(pairs("Phạm Tuấn Long – Phó Bí thư Quận ủy, Chủ tịch UBND quận; Lê Văn A")[0]).toEqual(["Phạm Tuấn Long", "Phó Bí thư Quận ủy, Chủ tịch UBND quận"]);
    expect(pairs("ông Phan Đình Trung – Trưởng phòng Lao động – Thương binh và Xã hội quận")).toEqual([
      ["Phan Đình Trung", "Trưởng phòng Lao động – Thương binh và Xã hội quận"],
    ]);
    expect(pairs("ông Mai Xuân Trường – Bí thư Chi bộ/Tổ trưởng tổ dân phố số 5.")).toEqual([["Mai Xuân Trường", "Bí thư Chi bộ/Tổ trưởng tổ dân phố số 5"]]);
    expect(pairs("đ/c Trần Văn Bình - UVBTV Quận ủy, Trưởng ban Tuyên giáo Quận ủy")).toEqual([["Trần Văn Bình", "UVBTV Quận ủy, Trưởng ban Tuyên giáo Quận ủy"]]);
  });

  it("ends a role at a verb, at 'và đồng chí' and at a generic group", () => {
    expect(pairs("đồng chí A Văn Bình – Chủ tịch UBND quận phát biểu")).toEqual([["A Văn Bình", "Chủ tịch UBND quận"]]);
    expect(pairs("Lê Hồng Phú – Chủ tịch Ủy ban MTTQ quận và trên 300 đại biểu")).toEqual([["Lê Hồng Phú", "Chủ tịch Ủy ban MTTQ quận"]]);
    expect(pairs("đồng chí Đàm Văn Huân – Phó Chủ tịch UBND quận và đồng chí Bùi Hoàng Phan")).toEqual([
      ["Đàm Văn Huân", "Phó Chủ tịch UBND quận"],
      ["Bùi Hoàng Phan", null],
    ]);
  });

  it("reads a role written before the name, also across a comma before an honorific", () => {
    expect(pairs("Chủ tịch UBND phường Bạch Đằng Hoàng Văn Kiên báo cáo")).toEqual([["Hoàng Văn Kiên", "Chủ tịch UBND phường Bạch Đằng"]]);
    expect(pairs("Phó Chủ tịch UBND quận, bà Trần Thị Bình cho biết")).toEqual([["Trần Thị Bình", "Phó Chủ tịch UBND quận"]]);
  });

  it("strips honorifics and ranks, but keeps the family name Ông", () => {
    expect(pairs("Thượng tá Lưu Quang Huy phát biểu")).toEqual([["Lưu Quang Huy", null]]);
    expect(pairs("Bà Lê Thị Ngọc Anh phát biểu")).toEqual([["Lê Thị Ngọc Anh", null]]);
    expect(pairs("ông Ông Văn Sơn báo cáo")).toEqual([["Ông Văn Sơn", null]]);
    expect(pairs("Ông Văn Sơn báo cáo")).toEqual([["Văn Sơn", null]]);
  });

  it("does not take places or bodies for people", () => {
    expect(pairs("Ủy ban MTTQ Việt Nam thành phố Hà Nội tổ chức tại phố Lê Thái Tổ")).toEqual([]);
    expect(pairs("Câu lạc bộ dưỡng sinh phường Nguyễn Du tổ chức kỷ niệm")).toEqual([]);
    expect(pairs("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh")).toEqual([]);
  });

  it("splits a list of role-first entries into people (regression: one person with the others' roles)", () => {
    expect(pairs("Tới dự có các đồng chí: Bí thư Quận ủy Nguyễn Đức Lâm, Phó Chủ tịch UBND quận Trần Thị Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam quận Võ Thị Mai cùng 200 hội viên.")).toEqual([
      ["Nguyễn Đức Lâm", "Bí thư Quận ủy"],
      ["Trần Thị Hằng", "Phó Chủ tịch UBND quận"],
      ["Võ Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận"],
    ]);
    expect(pairs("có Phó Chủ tịch UBND quận Lục Văn Đông và Trưởng phòng Quản lý đô thị quận Hứa Minh Trí.")).toEqual([
      ["Lục Văn Đông", "Phó Chủ tịch UBND quận"],
      ["Hứa Minh Trí", "Trưởng phòng Quản lý đô thị quận"],
    ]);
  });

  it("keeps a name-first role whole even when a ward named after a person ends it", () => {
    expect(pairs("ông Đinh Văn Tú, Chủ tịch UBND phường Lý Thái Tổ, phát biểu")).toEqual([["Đinh Văn Tú", "Chủ tịch UBND phường Lý Thái Tổ"]]);
  });

  it("joins a role written before the name with one written after it", () => {
    expect(pairs("Hội nghị do Chủ tịch UBND quận Nguyễn Đức Lâm, Trưởng Ban Chỉ đạo chủ trì.")).toEqual([["Nguyễn Đức Lâm", "Chủ tịch UBND quận, Trưởng Ban Chỉ đạo"]]);
    expect(pairs("Đại hội đã nghe Ủy viên Ban Thường vụ Quận ủy, Trưởng ban Dân vận Quận ủy Lâm Thị Thu trình bày")).toEqual([
      ["Lâm Thị Thu", "Ủy viên Ban Thường vụ Quận ủy, Trưởng ban Dân vận Quận ủy"],
    ]);
  });

  it("takes a descriptive apposition for no role (regression: role '… – xúc động')", () => {
    const got = findPeople("Phát biểu tại buổi lễ, đồng chí Lê Quang Vinh – người từng nhiều năm làm Chủ tịch Ủy ban MTTQ Việt Nam quận – xúc động chia sẻ.");
    expect(got.map((m) => [m.name, m.role])).toEqual([["Lê Quang Vinh", null]]);
  });

  it("takes 'Bác sĩ' before a name for a title, not a role", () => {
    expect(pairs("Bác sĩ Hoàng Ngọc Lan cho biết")).toEqual([["Hoàng Ngọc Lan", null]]);
  });
});
