// Drafts and scheduling through the whole pipeline: every file in exactly one bucket, nothing unpublished leaks.
import { cpSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBuild, type LoadedBuild } from "../../src/pipeline/run.ts";
import { statusesOf, statusOf } from "../../src/pipeline/publish.ts";
import type { SiteData } from "../../src/pipeline/site-data.ts";
import { fixturePath } from "../helpers/fixtures.ts";
import { makeProject } from "../helpers/project.ts";

const root = fixturePath("publish");
const BEFORE = "2027-01-01T00:59:59Z"; // 07:59:59 in Hà Nội: one second before the scheduled article
const AT = "2027-01-01T01:00:00Z"; // 08:00:00 in Hà Nội

async function data(now: string, includeDrafts = false): Promise<{ result: LoadedBuild; site: SiteData }> {
  const result = await loadBuild({ root, now, includeDrafts });
  if (!result.ok) throw new Error(result.report);
  return { result, site: result.data };
}

/** Every URL or title a production page could show an article through. */
function everywhere(site: SiteData): string {
  return JSON.stringify([site.articles.map((a) => a.url), site.articlePages.map((p) => p.article.url), site.listPages, site.feeds, site.sitemap, site.tags, site.archive, site.home]);
}

describe("publishing", () => {
  it("puts every file in exactly one bucket: published, draft or scheduled", async () => {
    const { result } = await data(BEFORE);
    expect(result.counts).toEqual({ published: 1, drafts: 1, scheduled: 1, errors: 0 });
  });

  it("leaves drafts and future articles out of every production page, feed, list and the sitemap", async () => {
    const { site } = await data(BEFORE);
    expect(site.articles.map((a) => a.title)).toEqual(["Bài đã đăng"]);
    const all = everywhere(site);
    for (const hidden of ["ban-nhap", "bai-dang-viet-do", "hen-gio", "nhap-rieng", "hen-gio-rieng", "2027"]) expect(all).not.toContain(hidden);
  });

  it("publishes a scheduled article when its time comes in Asia/Ho_Chi_Minh, not in UTC", async () => {
    expect(statusOf({ draft: false, published: "2027-01-01T08:00:00+07:00" }, BEFORE)).toBe("scheduled");
    const { result, site } = await data(AT);
    expect(result.counts).toEqual({ published: 2, drafts: 1, scheduled: 0, errors: 0 });
    expect(site.articles[0]?.url).toBe("/tin-tuc/bai-hen-gio-dau-nam-2027/");
    expect(site.sitemap.map((e) => e.url)).toContain("/tin-tuc/bai-hen-gio-dau-nam-2027/");
  });

  it("gives each article the status statusOf gives, plain times compared as strings or not", () => {
    const times = ["2027-01-01T07:59:59+07:00", "2027-01-01T08:00:00+07:00", "2027-01-01T08:00:01+07:00", "2027-01-01T01:00:00Z", "2027-01-01T08:00+07:00", "2026-12-31T23:00:00.500+07:00"];
    const articles = times.flatMap((published) => [{ draft: false, published }, { draft: true, published }]);
    for (const now of [...times, AT, BEFORE]) expect(statusesOf(articles, now)).toEqual(articles.map((a) => statusOf(a, now)));
  });

  it("shows drafts only when asked (the dev server), and never in the sitemap", async () => {
    const { site } = await data(BEFORE, true);
    expect(site.articles.map((a) => a.title).sort()).toEqual(["Bài đang viết dở", "Bài đã đăng"]);
    expect(site.sitemap.map((e) => e.url)).not.toContain("/tin-tuc/bai-dang-viet-do/");
  });

  it("counts both files of a URL clash as errors, not as published", async () => {
    const dir = makeProject(root);
    cpSync(path.join(root, "content/tin-tuc/2024/da-dang.md"), path.join(dir, "content/tin-tuc/2024/ban-sao.md"));
    const result = await loadBuild({ root: dir, now: BEFORE, includeDrafts: false });
    expect(result.ok).toBe(false);
    expect(result.counts).toEqual({ published: 0, drafts: 1, scheduled: 1, errors: 2 });
  });

  it("counts a file with errors, and a stray file, as errors and nothing else", async () => {
    const dir = makeProject(root);
    writeFileSync(path.join(dir, "content/tin-tuc/2024/loi.md"), '---\ntitle: "Lỗi"\ndate: "hôm qua"\ncategory: tin-tuc\ndraft: true\n---\n');
    cpSync(path.join(root, "content/tin-tuc/2024/da-dang.md"), path.join(dir, "content/tin-tuc/2024/ban-sao.txt"));
    const result = await loadBuild({ root: dir, now: BEFORE, includeDrafts: false });
    expect(result.ok).toBe(false);
    expect(result.counts).toEqual({ published: 1, drafts: 1, scheduled: 1, errors: 2 });
  });
});
