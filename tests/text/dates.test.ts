import { describe, expect, it } from "vitest";
import { epochMs, formatDay, formatLong, localParts, readDate } from "../../src/text/dates.ts";
import { DateTime } from "luxon";
import fc from "fast-check";

describe("readDate", () => {
  it("keeps 2020-12-31T23:30+07:00 on 31/12", () => {
    const r = readDate("2020-12-31T23:30+07:00");
    expect(r).toMatchObject({ ok: true, iso: "2020-12-31T23:30:00+07:00" });
    if (r.ok) {
      expect(formatDay(r.iso)).toBe("31/12/2020");
      expect(localParts(r.iso)).toEqual({ year: 2020, month: 12, day: 31 });
    }
  });

  it("reads a date without an offset as Asia/Ho_Chi_Minh, not UTC", () => {
    expect(readDate("2021-01-12T16:14")).toMatchObject({ ok: true, iso: "2021-01-12T16:14:00+07:00", hadOffset: false });
    expect(readDate("2021-01-12 16:14:00")).toMatchObject({ ok: true, iso: "2021-01-12T16:14:00+07:00" });
    expect(readDate("2020-12-31")).toMatchObject({ ok: true, iso: "2020-12-31T00:00:00+07:00" });
  });

  it("converts a UTC time to Hà Nội time and flags it", () => {
    expect(readDate("2020-12-31T16:30:00Z")).toMatchObject({ ok: true, iso: "2020-12-31T23:30:00+07:00", utc: true });
  });

  it.each(["32/13/2021", "2021-02-30", "hôm qua", "2021-13-01", ""])("rejects %j", (s) => {
    expect(readDate(s).ok).toBe(false);
  });
});

describe("formatLong", () => {
  it("prints the weekday, date and time in Vietnamese", () => {
    expect(formatLong("2021-01-12T16:14:00+07:00")).toBe("Thứ Ba, 12/01/2021 | 16:14");
  });

  it("prints Hà Nội time whatever offset the ISO string carries", () => {
    expect(formatLong("2020-12-31T16:30:00Z")).toBe("Thứ Năm, 31/12/2020 | 23:30");
  });

  it("names Sunday Chủ Nhật", () => {
    expect(formatLong("2021-01-10T08:00:00+07:00")).toMatch(/^Chủ Nhật, 10\/01\/2021/i);
  });
});

describe("the +07:00 fast path", () => {
  it("formats every stored time exactly as Luxon does, 1976–2040", () => {
    const luxon = (iso: string) => DateTime.fromISO(iso, { setZone: false }).setZone("Asia/Ho_Chi_Minh").setLocale("vi");
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(2040, 0, 1) }), (ms) => {
        const iso = DateTime.fromMillis(ms).setZone("Asia/Ho_Chi_Minh").toISO({ suppressMilliseconds: true }) ?? "";
        const d = luxon(iso);
        expect(formatLong(iso)).toBe(d.toFormat("cccc, dd/LL/yyyy | HH:mm"));
        expect(formatDay(iso)).toBe(d.toFormat("dd/LL/yyyy"));
        expect(localParts(iso)).toEqual({ year: d.year, month: d.month, day: d.day });
        expect(epochMs(iso)).toBe(DateTime.fromISO(iso).toMillis());
      }),
      { numRuns: 2000 },
    );
  });
});

describe("readDate's fast path for dates written in Hà Nội time", () => {
  const viaLuxon = (s: string) => {
    const dt = DateTime.fromISO(s.replace(" ", "T"), { zone: "Asia/Ho_Chi_Minh", setZone: false });
    return dt.isValid ? dt.setZone("Asia/Ho_Chi_Minh").toISO({ suppressMilliseconds: true }) : null;
  };
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");

  it("gives exactly what Luxon gives, valid or not, 1970–2100", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1970, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 61 }),
        fc.constantFrom("date", "T-min", " -min", "T-sec"), fc.constantFrom("", "+07:00", "+0700"),
        (y, mo, d, h, mi, sec, shape, offset) => {
          const day = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
          const time = shape === "date" ? "" : `${shape[0]}${pad(h)}:${pad(mi)}${shape === "T-sec" ? `:${pad(sec)}` : ""}`;
          const s = day + time + offset;
          const r = readDate(s);
          const expected = viaLuxon(s);
          expect(r.ok ? r.iso : null).toBe(expected);
          if (r.ok) expect(r).toEqual({ ok: true, iso: expected, hadOffset: offset !== "", utc: false });
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("leaves 24:00, fractions and other offsets to Luxon", () => {
    expect(readDate("2021-01-12T24:00")).toEqual({ ok: true, iso: viaLuxon("2021-01-12T24:00"), hadOffset: false, utc: false });
    expect(readDate("2021-01-12T16:14:05.250+07:00")).toMatchObject({ ok: true, iso: viaLuxon("2021-01-12T16:14:05.250+07:00") ?? "" });
    expect(readDate("2021-01-12T16:14:00+08:00")).toMatchObject({ ok: true, iso: "2021-01-12T15:14:00+07:00", hadOffset: true });
    expect(readDate("1975-01-12T16:14")).toMatchObject({ ok: true, iso: viaLuxon("1975-01-12T16:14") ?? "" });
  });
});
