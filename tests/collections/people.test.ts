// Officials: one entry per person whatever the spelling, roles over time, every mention counted once per article.
import { describe, expect, it } from "vitest";
import { collectPeople, comparePeople } from "../../src/collections/people.ts";
import type { Article, ArticleMeta } from "../../src/types.ts";
import { makeArticle } from "../helpers/articles.ts";

function article(slug: string, published: string, meta: Partial<ArticleMeta>): Article {
  return makeArticle({ slug, title: `Bài ${slug}`, published, meta: { eventDate: null, location: null, attendees: [], speakers: [], awards: [], captions: [], ...meta } });
}

const peopleOf = (articles: Article[]) => collectPeople(articles).people;

const huan = { name: "Đàm Văn Huân", role: "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội" };

describe("collectPeople", () => {
  it("merges NFC/NFD, spacing and case variants of one name into one person", () => {
    const people = peopleOf([
      article("a", "2021-01-12T16:14:00+07:00", { attendees: [huan] }),
      article("b", "2021-02-12T16:14:00+07:00", { speakers: [{ name: "Đàm  Văn Huân".normalize("NFD"), role: null }] }),
      article("c", "2021-03-12T16:14:00+07:00", { attendees: [{ name: "đàm văn huân", role: null }] }),
    ]);
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ key: "dam-van-huan", url: "/nhan-vat/dam-van-huan/", name: "Đàm Văn Huân", variants: [] });
    expect(people[0]?.counts).toEqual({ articles: 3, attendee: 2, speaker: 1, caption: 0 });
  });

  it("keeps names that differ in diacritics apart: Hùng and Hưng are two people with two URLs", () => {
    const { people, urls } = collectPeople([
      article("a", "2021-01-12T16:14:00+07:00", { attendees: [{ name: "Nguyễn Văn Hùng", role: null }] }),
      article("b", "2021-01-13T16:14:00+07:00", { attendees: [{ name: "Nguyễn Văn Hưng", role: null }] }),
    ]);
    expect(people.map((p) => [p.name, p.url])).toEqual([
      ["Nguyễn Văn Hùng", "/nhan-vat/nguyen-van-hung/"],
      ["Nguyễn Văn Hưng", "/nhan-vat/nguyen-van-hung-2/"],
    ]);
    expect(urls["nguyễn văn hưng"]).toBe("/nhan-vat/nguyen-van-hung-2/");
  });

  it("lists each role with the first and last day it was seen, by event date when there is one", () => {
    const [p] = peopleOf([
      article("a", "2021-01-12T16:14:00+07:00", { eventDate: "2021-01-08", attendees: [{ name: "Lê Quang Vinh", role: "Chủ tịch Ủy ban MTTQ Việt Nam quận" }] }),
      article("b", "2023-06-04T09:00:00+07:00", { attendees: [{ name: "Lê Quang Vinh", role: "Chủ tịch Ủy ban MTTQ Việt Nam quận" }] }),
      article("c", "2024-03-21T09:00:00+07:00", { speakers: [{ name: "Lê Quang Vinh", role: "Trưởng ban Dân vận Quận ủy" }] }),
    ]);
    expect(p?.roles.map((r) => [r.role, r.first, r.last, r.articles.map((a) => a.url)])).toEqual([
      ["Chủ tịch Ủy ban MTTQ Việt Nam quận", "2021-01-08", "2023-06-04", ["/tin-tuc/a/", "/tin-tuc/b/"]],
      ["Trưởng ban Dân vận Quận ủy", "2024-03-21", "2024-03-21", ["/tin-tuc/c/"]],
    ]);
    expect(p?.mentions.map((m) => m.article.url)).toEqual(["/tin-tuc/c/", "/tin-tuc/b/", "/tin-tuc/a/"]);
  });

  it("counts an article once even when the person attends, speaks and is in a caption", () => {
    const [p] = peopleOf([
      article("a", "2021-01-12T16:14:00+07:00", {
        attendees: [huan],
        speakers: [huan],
        captions: ["Đồng chí Đàm Văn Huân – Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội phát biểu chỉ đạo hội nghị."],
      }),
    ]);
    expect(p?.mentions).toHaveLength(1);
    expect(p?.mentions[0]?.as).toEqual(["attendee", "speaker", "caption"]);
    expect(p?.mentions[0]?.roles).toEqual([huan.role]);
  });

  it("finds a person in another article's caption, whole words only", () => {
    const people = peopleOf([
      article("a", "2021-01-12T16:14:00+07:00", { attendees: [huan] }),
      article("b", "2021-05-01T09:00:00+07:00", { captions: ["Đồng chí ĐÀM VĂN HUÂN trao quà cho các gia đình chính sách."] }),
      article("c", "2021-05-02T09:00:00+07:00", { captions: ["Ông Đàm Văn Huânh (không phải cùng người) phát biểu."] }),
    ]);
    expect(people[0]?.mentions.map((m) => [m.article.url, m.as])).toEqual([
      ["/tin-tuc/b/", ["caption"]],
      ["/tin-tuc/a/", ["attendee"]],
    ]);
  });

  it("orders people the Vietnamese way: by given name, then the full name", () => {
    const names = peopleOf([
      article("a", "2021-01-12T16:14:00+07:00", {
        attendees: ["Lê Hồng Phú", "Đàm Văn Huân", "Võ Hoàng Long", "Phạm Tuấn Long", "Bùi Hoàng Phan", "Trương Thị Ánh Tuyết"].map((name) => ({ name, role: null })),
      }),
    ]).map((p) => p.name);
    expect(names).toEqual(["Đàm Văn Huân", "Phạm Tuấn Long", "Võ Hoàng Long", "Bùi Hoàng Phan", "Lê Hồng Phú", "Trương Thị Ánh Tuyết"]);
    expect(comparePeople("Nguyễn Văn Đức", "Nguyễn Văn Dũng")).toBeGreaterThan(0);
  });

  it("is empty for articles that name nobody", () => {
    expect(peopleOf([article("a", "2021-01-12T16:14:00+07:00", { captions: ["Quang cảnh hội nghị."] })])).toEqual([]);
  });
});
