import { describe, expect, it } from "vitest";
import { orgList, recipientList, subjectRecipient } from "../../src/extract/award-parties.ts";

describe("orgList", () => {
  it("splits bodies joined by 'và' or ',' but keeps 'và' inside a body's name", () => {
    expect(orgList("UBND quận và Ủy ban MTTQ Việt Nam quận Hoàn Kiếm tặng")).toEqual(["UBND quận", "Ủy ban MTTQ Việt Nam quận Hoàn Kiếm"]);
    expect(orgList("Sở Giáo dục và Đào tạo Hà Nội")).toEqual(["Sở Giáo dục và Đào tạo Hà Nội"]);
    expect(orgList("Chính phủ và kỷ niệm 60 năm")).toEqual(["Chính phủ"]);
  });

  it("gives nothing for a person or a plain phrase", () => {
    expect(orgList("đồng chí Lê Văn An")).toEqual([]);
    expect(orgList("cho 14 tổ dân phố")).toEqual([]);
  });
});

describe("recipientList", () => {
  it("reads named bodies, places and people, and nothing for counts or generic groups", () => {
    expect(recipientList("Trường THCS Ngô Sĩ Liên vì đã có thành tích")).toEqual(["Trường THCS Ngô Sĩ Liên"]);
    expect(recipientList("phường Tràng Tiền vì đã có thành tích")).toEqual(["phường Tràng Tiền"]);
    expect(recipientList("đồng chí Mạc Văn Thịnh và")).toEqual(["Mạc Văn Thịnh"]);
    expect(recipientList("12 tập thể và 30 cá nhân")).toEqual([]);
    expect(recipientList("các tập thể tiêu biểu")).toEqual([]);
  });

  it("reads the subject of a passive award, without 'vinh dự'", () => {
    expect(subjectRecipient(" Hội Chữ thập đỏ quận Long Biên vinh dự ")).toEqual(["Hội Chữ thập đỏ quận Long Biên"]);
    expect(subjectRecipient("41 tập thể và 56 cá nhân")).toEqual([]);
  });
});
