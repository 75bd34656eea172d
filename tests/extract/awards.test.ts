import { describe, expect, it } from "vitest";
import { awards } from "../../src/extract/awards.ts";
import { input } from "./input.ts";

const run = (paras: string[], captions: string[] = []) => awards.run(input(paras, { captions })).map((a) => a.value);

describe("awards", () => {
  it("reads counts and grantors of an award conferred 'tại hội nghị … được … tặng'", () => {
    expect(run(["Ghi nhận thành tích, tại hội nghị, 41 tập thể và 56 cá nhân được UBND quận và Ủy ban MTTQ Việt Nam quận Hoàn Kiếm tặng giấy khen."])).toEqual([
      { award: "Giấy khen", collectives: 41, individuals: 56, recipients: [], grantors: ["UBND quận", "Ủy ban MTTQ Việt Nam quận Hoàn Kiếm"] },
    ]);
  });

  it("never counts a proposed award or a past honour reported without the event", () => {
    expect(
      run([
        "Đảng bộ quận đạt danh hiệu thi đua dẫn đầu được Chính phủ tặng Cờ thi đua xuất sắc năm 2020. Công tác MTTQ đạt thành tích xuất sắc được Ủy ban MTTQ thành phố đề xuất Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen.",
        "Hội đồng đề nghị UBND Thành phố tặng Bằng khen cho 04 tập thể.",
      ]),
    ).toEqual([]);
  });

  it("reads counts in words and zero-padded digits, null when not stated", () => {
    expect(run(["Dịp này, mười hai tập thể và hai mươi mốt cá nhân được UBND phường tặng Giấy khen."])[0]).toMatchObject({ collectives: 12, individuals: 21 });
    expect(run(["Tại buổi lễ, Hội tặng Giấy khen cho năm tập thể và 05 cá nhân."])[0]).toMatchObject({ collectives: 5, individuals: 5 });
    expect(run(["Đồng chí A trao Kỷ niệm chương “Vì sự nghiệp Đại đoàn kết dân tộc” cho 15 cá nhân."])[0]).toMatchObject({
      award: "Kỷ niệm chương “Vì sự nghiệp Đại đoàn kết dân tộc”",
      collectives: null,
      individuals: 15,
    });
  });

  it("keeps the full name of a Huân chương, with grantor and named recipient", () => {
    expect(run(["Thừa ủy quyền của Chủ tịch nước, đồng chí Phạm Quang Thanh đã trao Huân chương Lao động hạng Ba cho Trường THCS Ngô Sĩ Liên vì đã có thành tích xuất sắc."])).toEqual([
      { award: "Huân chương Lao động hạng Ba", collectives: null, individuals: null, recipients: ["Trường THCS Ngô Sĩ Liên"], grantors: ["Chủ tịch nước"] },
    ]);
  });

  it("splits two kinds in one sentence and reads 'của' grantors", () => {
    const got = run(["Tại hội nghị, 05 tập thể được tặng Bằng khen của Chủ tịch UBND Thành phố; 09 tập thể và 24 cá nhân được tặng Giấy khen của UBND quận."]);
    expect(got.map((a) => [a.award, a.collectives, a.individuals, a.grantors])).toEqual([
      ["Bằng khen", 5, null, ["Chủ tịch UBND Thành phố"]],
      ["Giấy khen", 9, 24, ["UBND quận"]],
    ]);
  });

  it("merges caption mentions of the same kind into the body's award", () => {
    const got = run(["Tại hội nghị, 41 tập thể được UBND quận tặng Giấy khen."], ["Đồng chí Phạm Tuấn Long – Chủ tịch UBND quận trao tặng Giấy khen đối với các tập thể."]);
    expect(got).toEqual([{ award: "Giấy khen", collectives: 41, individuals: null, recipients: [], grantors: ["UBND quận"] }]);
  });

  it("reads 'Thừa lệnh' grantors and keeps the longer recipient name when merging captions", () => {
    const got = run(
      ["Bệnh viện Đa khoa Đống Đa tổ chức lễ đón nhận Huân chương Lao động hạng Nhì.", "Thừa lệnh Chủ tịch nước, đồng chí Vương Thị Nga trao Huân chương Lao động hạng Nhì cho Bệnh viện Đa khoa Đống Đa."],
      ["Đồng chí Vương Thị Nga trao Huân chương Lao động hạng Nhì cho Bệnh viện."],
    );
    expect(got).toEqual([
      { award: "Huân chương Lao động hạng Nhì", collectives: null, individuals: null, recipients: ["Bệnh viện Đa khoa Đống Đa"], grantors: ["Chủ tịch nước"] },
    ]);
  });

  it("capitalises the kind and records the line of its first mention", () => {
    const got = awards.run(input(["Sáng 8/1, hội nghị khai mạc.", "Dịp này, Công an quận tặng giấy khen cho 06 tập thể."]));
    expect(got).toEqual([{ value: { award: "Giấy khen", collectives: 6, individuals: null, recipients: [], grantors: ["Công an quận"] }, line: 3 }]);
  });

  it("takes the organiser of the ceremony for no grantor when a decision names one (regression: grantor '… tổ chức lễ')", () => {
    const got = run(
      [
        "Sáng 14/11, Ủy ban MTTQ Việt Nam phường Cửa Đông tổ chức lễ trao Kỷ niệm chương “Vì sự nghiệp Đại đoàn kết dân tộc”.",
        "Đồng chí Kiều Minh Thư công bố quyết định của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam: 12 cá nhân được tặng Kỷ niệm chương “Vì sự nghiệp Đại đoàn kết dân tộc”.",
      ],
      ["Lãnh đạo phường trao Kỷ niệm chương cho các cá nhân."],
    );
    expect(got).toEqual([
      { award: "Kỷ niệm chương “Vì sự nghiệp Đại đoàn kết dân tộc”", collectives: null, individuals: 12, recipients: [], grantors: ["Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"] },
    ]);
  });

  it("takes the organiser for the grantor when nobody else is named", () => {
    expect(run(["Sáng 5/1, UBND phường Hàng Gai tổ chức lễ trao Giấy khen cho 10 tập thể."])).toEqual([
      { award: "Giấy khen", collectives: 10, individuals: null, recipients: [], grantors: ["UBND phường Hàng Gai"] },
    ]);
  });

  it("reads the awards listed after 'tại hội nghị:', each item on its own line", () => {
    const got = run([
      "Ghi nhận những thành tích đó, tại hội nghị:",
      "Phường Đồng Xuân vinh dự được UBND thành phố Hà Nội tặng Cờ thi đua;",
      "7 tập thể và 12 cá nhân được UBND quận tặng Giấy khen.",
      "Năm 2021, phường được Chính phủ tặng Bằng khen.",
    ]);
    expect(got.map((a) => [a.award, a.collectives, a.individuals, a.recipients, a.grantors])).toEqual([
      ["Cờ thi đua", null, null, ["Phường Đồng Xuân"], ["UBND thành phố Hà Nội"]],
      ["Giấy khen", 7, 12, [], ["UBND quận"]],
    ]);
  });

  it("gives a second kind the count of its own passive subject", () => {
    const got = run(["Cùng với Huân chương Lao động hạng Ba cho tập thể, dịp này 02 cá nhân của Trung tâm được Thủ tướng Chính phủ tặng Bằng khen."]);
    expect(got).toEqual([{ award: "Bằng khen", collectives: null, individuals: 2, recipients: [], grantors: ["Thủ tướng Chính phủ"] }]);
  });
});
