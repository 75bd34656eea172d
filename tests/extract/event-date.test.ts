import { describe, expect, it } from "vitest";
import { eventDate } from "../../src/extract/event-date.ts";
import { input } from "./input.ts";

const run = (paras: string[], published?: string | null) => eventDate.run(input(paras, { published }));

describe("eventDate", () => {
  it("reads a full dd/mm/yyyy date after 'Sáng ngày' and records its line", () => {
    expect(run(["Sáng ngày 08/01/2021 tại hội trường, Ủy ban MTTQ quận đã tổ chức hội nghị."])).toEqual({ value: "2021-01-08", line: 1 });
  });

  it("reads d-m, dd.mm and 'ngày 25 tháng 4 năm 2015'", () => {
    expect(run(["Sáng 8-1, phường tổ chức hội nghị."]).value).toBe("2021-01-08");
    expect(run(["Chiều 19.10, phường tổ chức ngày hội."], "2020-10-20T08:00:00+07:00").value).toBe("2020-10-19");
    expect(run(["Sáng ngày 25 tháng 4 năm 2015, nhà trường tổ chức lễ kỷ niệm."]).value).toBe("2015-04-25");
  });

  it("infers the year before publication when the day would fall after it (30/12 published 03/01)", () => {
    expect(run(["Chiều 30/12, UBND phường ra quân tổng vệ sinh."], "2021-01-03T09:12:00+07:00").value).toBe("2020-12-30");
  });

  it("keeps the publication year when the day is on or before publication", () => {
    expect(run(["Sáng 5/6, Đoàn phường tổ chức lễ ra quân."], "2022-06-05T20:00:00+07:00").value).toBe("2022-06-05");
  });

  it("skips deadlines, anniversaries and future meetings", () => {
    const text = [
      "Nhân kỷ niệm 90 năm Ngày thành lập Mặt trận (18/11/1930 – 18/11/2020), ngày 14/11, khu dân cư đã tổ chức ngày hội.",
      "Các chi hội gửi danh sách về phường trước ngày 30/11.",
      "Đại hội sẽ được tổ chức vào ngày 25/5/2021.",
    ];
    expect(run(text, "2020-11-16T07:50:00+07:00")).toEqual({ value: "2020-11-14", line: 1 });
  });

  it("takes the first day of a two-day event ('Trong hai ngày 5 và 6/11')", () => {
    expect(run(["Trong hai ngày 5 và 6/11, tại Trung tâm Văn hóa quận, Phòng Tư pháp tổ chức hội thi."], "2021-11-08T16:00:00+07:00").value).toBe("2021-11-05");
  });

  it("returns null when the body gives no date, or no year can be inferred", () => {
    expect(run(["Vừa qua, phường ra mắt mô hình phố xanh."])).toEqual({ value: null, line: null });
    expect(run(["Sáng 8/1, phường tổ chức hội nghị."], null)).toEqual({ value: null, line: null });
  });

  it("rejects impossible days such as 31/2", () => {
    expect(run(["Sáng 31/2, phường tổ chức hội nghị."]).value).toBeNull();
  });
});
