/**
 * Where the page-data step spends its time on a corpus: loads the articles (through the cache),
 * then times buildSiteData and each collection it calls, on one thread. Prints one line per part.
 * Usage: tsx bench/site-data-speed.ts <corpus root>
 */
import { loadContent } from "../src/pipeline/load.ts";
import { buildSiteData } from "../src/pipeline/site-data.ts";
import { site } from "../src/config/site.ts";
import { relatedArticles } from "../src/collections/related.ts";
import { byTag, tagIndex } from "../src/collections/by-tag.ts";
import { archiveIndex, byMonth } from "../src/collections/by-month.ts";
import { byCategory } from "../src/collections/by-category.ts";
import { collectPeople } from "../src/collections/people.ts";
import { awardsLedger } from "../src/collections/awards.ts";
import { lastBuildStats } from "../src/parallel/build-articles.ts";

const root = process.argv[2];
if (!root) throw new Error("usage: site-data-speed.ts <corpus root>");
const time = <T,>(label: string, f: () => T): T => {
  const t = performance.now();
  const r = f();
  console.log(`${label.padEnd(28)} ${((performance.now() - t) / 1000).toFixed(3)} s`);
  return r;
};
const t0 = performance.now();
const { articles, categories } = await loadContent({ root });
console.log(`${"loadContent".padEnd(28)} ${((performance.now() - t0) / 1000).toFixed(3)} s  ${JSON.stringify(lastBuildStats())}`);
const now = "2026-06-01T00:00:00+07:00";
const published = articles.filter((a) => !a.draft);
for (let i = 0; i < 2; i++) {
  console.log(`-- pass ${i + 1}`);
  time("buildSiteData", () => buildSiteData(site, categories, published, now));
  time("relatedArticles", () => relatedArticles(published));
  const tags = time("tagIndex", () => tagIndex(published));
  time("byTag", () => byTag(published, tags, site.perPage));
  const archive = time("archiveIndex", () => archiveIndex(published));
  time("byMonth", () => byMonth(published, archive, site.perPage));
  time("byCategory", () => byCategory(published, categories, site.perPage));
  time("collectPeople", () => collectPeople(published));
  time("awardsLedger", () => awardsLedger(published));
}
