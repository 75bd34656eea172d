import { describe, expect, it } from "vitest";
import { attendees } from "../../src/extract/attendees.ts";
import { input } from "./input.ts";

const people = (paras: string[]) => attendees.run(input(paras)).map((a) => a.value);

describe("attendees", () => {
  it("reads a ';'-separated list with '–' and '-' and stops at a generic group", () => {
    const got = people([
      "Tới dự hội nghị có các đồng chí: Đàm Văn Huân – Phó Chủ tịch Ủy ban MTTQ thành phố; Bùi Hoàng Phan - Phó Bí thư Thường trực Quận ủy; Lê Hồng Phú – Chủ tịch Ủy ban MTTQ quận và trên 300 đại biểu; lãnh đạo các phòng, ban.",
    ]);
    expect(got).toEqual([
      { name: "Đàm Văn Huân", role: "Phó Chủ tịch Ủy ban MTTQ thành phố" },
      { name: "Bùi Hoàng Phan", role: "Phó Bí thư Thường trực Quận ủy" },
      { name: "Lê Hồng Phú", role: "Chủ tịch Ủy ban MTTQ quận" },
    ]);
  });

  it("reads roles in parentheses and after a comma", () => {
    expect(people(["Tới dự có đồng chí Trần Thị Hồng Vân (Phó Chủ tịch UBND quận), đồng chí Ngô Đức Thắng (Bí thư Đảng ủy phường)."])).toEqual([
      { name: "Trần Thị Hồng Vân", role: "Phó Chủ tịch UBND quận" },
      { name: "Ngô Đức Thắng", role: "Bí thư Đảng ủy phường" },
    ]);
    expect(people(["Tới dự có ông Lê Văn Thành, Phó Chủ tịch HĐND quận, bà Đỗ Thị Mai, Trưởng phòng Văn hóa và Thông tin quận cùng đông đảo hội viên."])).toEqual([
      { name: "Lê Văn Thành", role: "Phó Chủ tịch HĐND quận" },
      { name: "Đỗ Thị Mai", role: "Trưởng phòng Văn hóa và Thông tin quận" },
    ]);
  });

  it("reads roles written before names", () => {
    expect(people(["Tham dự hội nghị có Phó Chủ tịch UBND quận Nguyễn Văn Toàn; Trưởng phòng Kinh tế quận Trịnh Quốc Bảo."])).toEqual([
      { name: "Nguyễn Văn Toàn", role: "Phó Chủ tịch UBND quận" },
      { name: "Trịnh Quốc Bảo", role: "Trưởng phòng Kinh tế quận" },
    ]);
  });

  it("follows a list split over two sentences ('Cùng dự có …')", () => {
    const got = people(["Tới dự có đồng chí Nguyễn Văn Phong – Phó Bí thư Thành ủy. Cùng dự có đồng chí Phạm Anh Dũng – Chủ tịch UBND quận."]);
    expect(got.map((p) => p.name)).toEqual(["Nguyễn Văn Phong", "Phạm Anh Dũng"]);
  });

  it("strips ranks and keeps Ông as a family name after an honorific", () => {
    expect(people(["Dự buổi lễ có Thượng tá Lưu Quang Huy – Phó Trưởng Công an quận; ông Ông Văn Sơn – Tổ trưởng tổ dân phố số 3."])).toEqual([
      { name: "Lưu Quang Huy", role: "Phó Trưởng Công an quận" },
      { name: "Ông Văn Sơn", role: "Tổ trưởng tổ dân phố số 3" },
    ]);
  });

  it("returns [] when no attendance sentence names anyone", () => {
    expect(people(["Hơn 200 hội viên tham dự hội nghị.", "Đồng chí Lê Văn A phát biểu."])).toEqual([]);
  });

  it("records the source line of each attendee", () => {
    expect(attendees.run(input(["Sáng 8/1, hội nghị khai mạc.", "Tới dự có đồng chí Lê Văn An – Bí thư Quận ủy."]))[0]?.line).toBe(3);
  });
});
