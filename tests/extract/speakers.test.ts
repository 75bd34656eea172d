import { describe, expect, it } from "vitest";
import { speakers } from "../../src/extract/speakers.ts";
import { input } from "./input.ts";

const names = (paras: string[], captions: string[] = []) => speakers.run(input(paras, { captions })).map((s) => s.value);

describe("speakers", () => {
  it("finds the person before a speech verb, with the role up to the verb", () => {
    expect(names(["Hội nghị đã nghe đồng chí Võ Hoàng Long – Phó Chủ tịch Ủy ban MTTQ quận trình bày báo cáo tổng kết."])).toEqual([
      { name: "Võ Hoàng Long", role: "Phó Chủ tịch Ủy ban MTTQ quận" },
    ]);
  });

  it("counts both people joined by 'và đồng chí' after a fronted 'Phát biểu …,'", () => {
    const got = names(["Phát biểu với hội nghị, đồng chí Đàm Văn Huân – Phó Chủ tịch UBMTTQ thành phố và đồng chí Bùi Hoàng Phan - Phó Bí thư Quận ủy đã đánh giá cao kết quả."]);
    expect(got).toEqual([
      { name: "Đàm Văn Huân", role: "Phó Chủ tịch UBMTTQ thành phố" },
      { name: "Bùi Hoàng Phan", role: "Phó Bí thư Quận ủy" },
    ]);
  });

  it("lists each person once, in order of first appearance, captions included", () => {
    const got = names(["Đồng chí Trần Văn Bình phát biểu khai mạc."], ["Đồng chí Lê Thị Hoa – Chủ tịch UBND phường phát biểu.", "Đồng chí Trần Văn Bình kết luận hội nghị."]);
    expect(got.map((p) => p.name)).toEqual(["Trần Văn Bình", "Lê Thị Hoa"]);
  });

  it("reads a role written before the name ('Phó Chủ tịch UBND quận Nguyễn Văn A cho biết')", () => {
    expect(names(["Phó Chủ tịch UBND quận Nguyễn Văn Toàn cho biết, quận sẽ hỗ trợ các hộ kinh doanh."])).toEqual([
      { name: "Nguyễn Văn Toàn", role: "Phó Chủ tịch UBND quận" },
    ]);
  });

  it("takes the role from another mention when the speech mention has none", () => {
    const got = names(["Tới dự có đồng chí Đinh Công Tuấn – Phó Bí thư Quận ủy.", "Phát biểu chỉ đạo, đồng chí Đinh Công Tuấn đánh giá cao hội viên."]);
    expect(got).toEqual([{ name: "Đinh Công Tuấn", role: "Phó Bí thư Quận ủy" }]);
  });

  it("counts 'báo cáo của đồng chí …' and 'Dự và chỉ đạo … có đồng chí …'", () => {
    expect(names(["Hội nghị đã nghe báo cáo của đồng chí Tạ Văn Hòa – Phó Bí thư Đảng ủy phường về kết quả."]).map((p) => p.name)).toEqual(["Tạ Văn Hòa"]);
    expect(names(["Dự và chỉ đạo Đại hội có đồng chí Quách Thị Loan – Phó Bí thư Đảng ủy phường."]).map((p) => p.name)).toEqual(["Quách Thị Loan"]);
  });

  it("counts a second verb of the same subject ('… tiếp thu ý kiến và kết luận hội nghị')", () => {
    expect(names(["Bà Nghiêm Thị Thu, Chủ tịch UBND phường tiếp thu ý kiến chỉ đạo và kết luận hội nghị."])).toEqual([
      { name: "Nghiêm Thị Thu", role: "Chủ tịch UBND phường" },
    ]);
  });

  it("does not count someone who asks others to report", () => {
    expect(names(["Đồng chí Lê Văn An đề nghị các phòng, ban báo cáo kết quả trước ngày 30/6."])).toEqual([]);
  });

  it("ignores the noun 'Báo cáo' and 'Ban Chỉ đạo' inside a role", () => {
    expect(names(["Báo cáo đã khẳng định: Năm 2020, hệ thống MTTQ hoạt động hiệu quả."])).toEqual([]);
    expect(names(["Tới dự có đồng chí Lê Văn An – Trưởng Ban Chỉ đạo phòng chống dịch quận."])).toEqual([]);
  });

  it("does not count people who only present awards", () => {
    expect(names([], ["Đồng chí Phạm Tuấn Long – Chủ tịch UBND quận trao tặng Giấy khen cho các tập thể."])).toEqual([]);
  });

  it("counts 'cho biết' / 'nhấn mạnh' only for someone named with a role or as 'đồng chí' (regression: a parent as a speaker)", () => {
    const got = names([
      "Giám đốc Trung tâm Y tế quận Phí Thị Hạnh cho biết, toàn quận có 2.000 trẻ cần tiêm.",
      "Chị Đào Thị Ngân cho biết con chị chưa được tiêm nhắc.",
      "Ông Đặng Văn Thọ nhấn mạnh việc nhắn tin hẹn giờ rất tiện.",
      "Đồng chí Tống Minh Châu nhấn mạnh trạm sẽ tiêm cả thứ Bảy.",
    ]);
    expect(got).toEqual([
      { name: "Phí Thị Hạnh", role: "Giám đốc Trung tâm Y tế quận" },
      { name: "Tống Minh Châu", role: null },
    ]);
  });

  it("keeps a 'cho biết' speaker whose role is written at another mention", () => {
    const got = names(["Dự buổi lễ có bác sĩ Nông Thị Yến, Giám đốc Trung tâm Y tế quận.", "Bác sĩ Nông Thị Yến cho biết trạm sẽ khám ngoài giờ."]);
    expect(got).toEqual([{ name: "Nông Thị Yến", role: "Giám đốc Trung tâm Y tế quận" }]);
  });

  it("counts the people listed after 'Trực tiếp chỉ đạo … có'", () => {
    expect(names(["Trực tiếp chỉ đạo buổi ra quân có Phó Chủ tịch UBND quận Lục Văn Đông và Trưởng phòng Quản lý đô thị quận Hứa Minh Trí."]).map((p) => p.name)).toEqual([
      "Lục Văn Đông",
      "Hứa Minh Trí",
    ]);
  });

  it("finds the speaker after a role closed by a dash ('A – Bí thư … – phát biểu')", () => {
    expect(names(["Đồng chí Vương Thị Hồng – Bí thư Đảng ủy phường – phát biểu chúc thọ các cụ."])).toEqual([{ name: "Vương Thị Hồng", role: "Bí thư Đảng ủy phường" }]);
  });
});
