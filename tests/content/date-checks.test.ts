import { describe, expect, it } from "vitest";
import { checkDates } from "../../src/content/date-checks.ts";

const at = (field: string) => ({ file: "a.md", line: { date: 3, updated: 4, eventDate: 5 }[field] ?? 1, field });
const codes = (fields: Parameters<typeof checkDates>[0]) => checkDates(fields, at).problems.map((p) => [p.code, p.line, p.field]);

describe("checkDates", () => {
  it("reads each date on its own: a missing date does not hide a bad update or event day", () => {
    expect(codes({ updated: "hôm qua", eventDate: "32/05/2024" })).toEqual([
      ["BT006", 4, "updated"],
      ["BT006", 5, "eventDate"],
    ]);
    expect(checkDates({}, at)).toEqual({ date: null, updated: null, problems: [] });
  });

  it("warns about a UTC date and rejects an impossible one", () => {
    expect(codes({ date: "2024-05-04T08:00Z" })).toEqual([["BT101", 3, "date"]]);
    expect(codes({ date: "2024-02-30" })).toEqual([["BT006", 3, "date"]]);
  });

  it("accepts an event day written YYYY-MM-DD only, as pages and the extraction contract need", () => {
    expect(codes({ eventDate: "2024-05-04" })).toEqual([]);
    expect(codes({ eventDate: "2024-05-04T08:00" })).toEqual([["BT006", 5, "eventDate"]]);
    expect(codes({ eventDate: "2024-02-30" })).toEqual([["BT006", 5, "eventDate"]]);
    expect(checkDates({ eventDate: "hôm qua" }, at).problems[0]?.message).toContain('eventDate: "2024-05-04"');
  });
});
