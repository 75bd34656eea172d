import { describe, expect, it } from "vitest";
import { findKinds } from "../../src/extract/award-kind.ts";

const kinds = (s: string) => findKinds(s).map((k) => k.kind);

describe("findKinds", () => {
  it("capitalises the kind as written", () => {
    expect(kinds("tặng giấy khen và bằng khen, cờ thi đua")).toEqual(["Giấy khen", "Bằng khen", "Cờ thi đua"]);
  });

  it("keeps the full name of Huân chương, Kỷ niệm chương, Danh hiệu and Huy hiệu", () => {
    expect(kinds("trao Huân chương Bảo vệ Tổ quốc hạng Nhì cho Công an xã")).toEqual(["Huân chương Bảo vệ Tổ quốc hạng Nhì"]);
    expect(kinds("trao Kỷ niệm chương “Vì sự nghiệp Đại đoàn kết dân tộc” cho 15 cá nhân")).toEqual(["Kỷ niệm chương “Vì sự nghiệp Đại đoàn kết dân tộc”"]);
    expect(kinds("công nhận danh hiệu “Tổ dân phố văn hóa” cho 14 tổ")).toEqual(["Danh hiệu “Tổ dân phố văn hóa”"]);
    expect(kinds("trao Huy hiệu 50 năm tuổi Đảng cho 4 đảng viên")).toEqual(["Huy hiệu 50 năm tuổi Đảng"]);
  });

  it("skips a bare 'danh hiệu' or 'huy hiệu' with no name", () => {
    expect(kinds("trao tặng huy hiệu cho các đảng viên")).toEqual([]);
  });

  it("reads 'Giấy khen danh hiệu “…”' as one Giấy khen (regression: a second award 'Danh hiệu')", () => {
    const got = findKinds("08 gia đình được UBND phường tặng Giấy khen danh hiệu “Gia đình học tập”, “Dòng họ học tập” vì có thành tích.");
    expect(got.map((k) => k.kind)).toEqual(["Giấy khen"]);
    expect(got[0]!.end).toBe("08 gia đình được UBND phường tặng Giấy khen danh hiệu “Gia đình học tập”, “Dòng họ học tập”".length);
  });
});
