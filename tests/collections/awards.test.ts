// The awards ledger: totals by year, kind and grantor; a count the text does not state is unknown, never 0.
import { describe, expect, it } from "vitest";
import { awardKind, awardsLedger, countText, UNKNOWN_GRANTOR } from "../../src/collections/awards.ts";
import type { Article, Award } from "../../src/types.ts";
import { makeArticle } from "../helpers/articles.ts";

function article(slug: string, published: string, awards: Partial<Award>[], eventDate: string | null = null): Article {
  return makeArticle({
    slug,
    title: `Bài ${slug}`,
    published,
    meta: {
      eventDate,
      location: null,
      attendees: [],
      speakers: [],
      captions: [],
      awards: awards.map((a) => ({ award: "Giấy khen", collectives: null, individuals: null, recipients: [], grantors: [], ...a })),
    },
  });
}

const articles = [
  article("a", "2021-01-12T16:14:00+07:00", [{ collectives: 41, individuals: 56, grantors: ["UBND quận", "Ủy ban MTTQ Việt Nam quận Hoàn Kiếm"] }], "2021-01-08"),
  article("b", "2021-03-25T19:40:00+07:00", [
    { collectives: 12, individuals: 15, grantors: ["Ban Thường vụ Quận đoàn"] },
    { award: "Bằng khen", individuals: 3, grantors: ["Ban Chấp hành Thành đoàn Hà Nội"] },
  ]),
  // Published on 3 January about an event on 30 December: the award belongs to the year before.
  article("c", "2022-01-03T08:00:00+07:00", [{ award: "giấy  khen", collectives: 0 }, { award: "Cờ thi đua", grantors: ["UBND thành phố Hà Nội"] }], "2021-12-30"),
  article("d", "2022-05-01T08:00:00+07:00", [{ award: "Huân chương Lao động hạng Ba", grantors: ["Chủ tịch nước"] }]),
];

describe("awardsLedger", () => {
  const ledger = awardsLedger(articles);

  it("has one row per conferral, newest first", () => {
    expect(ledger.rows.map((r) => [r.article.url, r.kind, r.date])).toEqual([
      ["/tin-tuc/d/", "Huân chương Lao động hạng Ba", "2022-05-01"],
      ["/tin-tuc/c/", "Giấy khen", "2021-12-30"],
      ["/tin-tuc/c/", "Cờ thi đua", "2021-12-30"],
      ["/tin-tuc/b/", "Giấy khen", "2021-03-25"],
      ["/tin-tuc/b/", "Bằng khen", "2021-03-25"],
      ["/tin-tuc/a/", "Giấy khen", "2021-01-08"],
    ]);
  });

  it("totals by year of the event, keeping unstated counts apart from stated zeros", () => {
    expect(ledger.byYear.map((t) => [t.label, t.conferrals, t.collectives, t.individuals, t.articles.map((a) => a.url)])).toEqual([
      ["2022", 1, { known: 0, unknown: 1 }, { known: 0, unknown: 1 }, ["/tin-tuc/d/"]],
      ["2021", 5, { known: 53, unknown: 2 }, { known: 74, unknown: 2 }, ["/tin-tuc/c/", "/tin-tuc/b/", "/tin-tuc/a/"]],
    ]);
  });

  it("totals by kind, merging spellings of a kind", () => {
    expect(ledger.byKind.map((t) => [t.label, t.conferrals, t.id])).toEqual([
      ["Giấy khen", 3, "loai-giay-khen"],
      ["Bằng khen", 1, "loai-bang-khen"],
      ["Cờ thi đua", 1, "loai-co-thi-dua"],
      ["Huân chương Lao động hạng Ba", 1, "loai-huan-chuong-lao-dong-hang-ba"],
    ]);
    expect(ledger.byKind[0]?.collectives).toEqual({ known: 53, unknown: 0 });
  });

  it("totals by grantor, counting a joint award under each grantor and unnamed grantors as “không rõ”, last", () => {
    const labels = ledger.byGrantor.map((t) => [t.label, t.conferrals]);
    expect(labels).toContainEqual(["UBND quận", 1]);
    expect(labels).toContainEqual(["Ủy ban MTTQ Việt Nam quận Hoàn Kiếm", 1]);
    expect(labels.at(-1)).toEqual([UNKNOWN_GRANTOR, 1]);
    expect(ledger.byGrantor.reduce((n, t) => n + t.conferrals, 0)).toBe(ledger.total.conferrals + 1);
  });

  it("adds up: every table's conferrals and known counts sum to the total", () => {
    for (const table of [ledger.byYear, ledger.byKind]) {
      expect(table.reduce((n, t) => n + t.conferrals, 0)).toBe(ledger.total.conferrals);
      expect(table.reduce((n, t) => n + t.collectives.known, 0)).toBe(ledger.total.collectives.known);
      expect(table.reduce((n, t) => n + t.individuals.unknown, 0)).toBe(ledger.total.individuals.unknown);
    }
    expect(ledger.total).toMatchObject({ conferrals: 6, collectives: { known: 53, unknown: 3 }, individuals: { known: 74, unknown: 3 } });
  });

  it("is empty without awards", () => {
    expect(awardsLedger([article("x", "2021-01-01T08:00:00+07:00", [])])).toMatchObject({ rows: [], byYear: [], byKind: [], byGrantor: [], total: { conferrals: 0 } });
  });
});

describe("countText", () => {
  it("never shows an unknown count as 0", () => {
    expect(countText({ known: 56, unknown: 0 }, 3)).toBe("56");
    expect(countText({ known: 0, unknown: 0 }, 1)).toBe("0");
    expect(countText({ known: 0, unknown: 2 }, 2)).toBe("không rõ");
    expect(countText({ known: 56, unknown: 2 }, 5)).toBe("56 (+ 2 lượt không rõ)");
  });
});

describe("awardKind", () => {
  it("capitalises and normalises a kind", () => {
    expect(awardKind("giấy  khen".normalize("NFD"))).toBe("Giấy khen");
  });
});
