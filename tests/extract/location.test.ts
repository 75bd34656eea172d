import { describe, expect, it } from "vitest";
import { location } from "../../src/extract/location.ts";
import { input } from "./input.ts";

const run = (paras: string[]) => location.run(input(paras));

describe("location", () => {
  it("reads after 'tại' up to the comma before the organiser, keeping dashes", () => {
    expect(run(["Sáng ngày 08/01/2021 tại hội trường tầng 4 – 33 phố Nhà Chung, Ủy ban MTTQ Việt Nam quận Hoàn Kiếm đã tổ chức hội nghị."])).toEqual({
      value: "hội trường tầng 4 – 33 phố Nhà Chung",
      line: 1,
    });
  });

  it("keeps address parts after a comma but stops before an organiser that is a place", () => {
    expect(run(["Ngày 15/8, tại nhà văn hóa số 4, phường Bạch Đằng, quận Hai Bà Trưng, UBND phường tổ chức hội nghị."]).value).toBe(
      "nhà văn hóa số 4, phường Bạch Đằng, quận Hai Bà Trưng",
    );
    expect(run(["Tối 11/3, tại Cung Văn hóa Hữu nghị Việt Xô, quận Hoàn Kiếm tổ chức lễ kỷ niệm."]).value).toBe("Cung Văn hóa Hữu nghị Việt Xô");
  });

  it("joins two streets with 'và'", () => {
    expect(run(["Chiều 30/12, phường ra quân tại khu vực phố Hàng Trống và phố Lê Thái Tổ."]).value).toBe("khu vực phố Hàng Trống và phố Lê Thái Tổ");
  });

  it("does not take 'tại hội nghị' or a later paragraph's future venue", () => {
    expect(run(["Sáng 12/4, Hội tổ chức hội nghị.", "Tại hội nghị, 10 tập thể được khen.", "x", "Đại hội sẽ tổ chức tại Trung tâm Văn hóa quận."]).value).toBeNull();
  });
});
