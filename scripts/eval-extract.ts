/**
 * Prints precision, recall and F1 of the extractors per field over every fixture case in
 * tests/fixtures/extract. An optional argument keeps only the cases whose file name contains it
 * (`tsx scripts/eval-extract.ts heldout`).
 */

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../src/extract/index.ts";
import { parseScraped } from "../src/import/scraped.ts";
import type { Award, Person } from "../src/types.ts";

interface Expected {
  eventDate: string | null;
  location: string | null;
  attendees: Person[];
  speakers: Person[];
  awards: Award[];
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const DIR = join(import.meta.dirname, "..", "tests", "fixtures", "extract");
const FIELDS = ["eventDate", "location", "attendees", "speakers", "awards"] as const;

/** A comparable key for one value: people by name and role, awards by every field. */
function key(value: unknown): string {
  if (value && typeof value === "object" && "award" in value) {
    const a = value as Award;
    return JSON.stringify([a.award, a.collectives, a.individuals, [...a.recipients].sort(), [...a.grantors].sort()]);
  }
  return JSON.stringify(value);
}

function tally(expected: unknown[], actual: unknown[], t: Tally): void {
  const want = expected.map(key);
  const got = actual.map(key);
  const left = [...want];
  for (const g of got) {
    const i = left.indexOf(g);
    if (i >= 0) {
      t.tp++;
      left.splice(i, 1);
    } else t.fp++;
  }
  t.fn += left.length;
}

const tallies = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<(typeof FIELDS)[number], Tally>;
const misses: string[] = [];
const only = process.argv[2] ?? "";
const files = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt") && f.includes(only))
  .sort();
const started = performance.now();
for (const file of files) {
  let article: ReturnType<typeof parseScraped>;
  try {
    article = parseScraped(readFileSync(join(DIR, file), "utf8"), file);
  } catch (e) {
    // A case that no longer parses counts as missing everything; the table still prints.
    misses.push(`${file} does not parse: ${e instanceof Error ? e.message : String(e)}`);
    article = { category: "", title: "", published: "", views: null, paragraphs: [], captions: [], author: null, bylineLabel: null, source: null };
  }
  const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/u, ".expected.json")), "utf8")) as Expected;
  const got = extract({ paragraphs: article.paragraphs, captions: article.captions, published: article.published });
  for (const f of FIELDS) {
    const want = f === "eventDate" || f === "location" ? (expected[f] === null ? [] : [expected[f]]) : expected[f];
    const v = got[f];
    const have = Array.isArray(v) ? v.map((x) => x.value) : v.value === null ? [] : [v.value];
    const before = { ...tallies[f] };
    tally(want, have, tallies[f]);
    if (tallies[f].fp !== before.fp || tallies[f].fn !== before.fn) misses.push(`${file} ${f}`);
  }
}
const ms = performance.now() - started;

const pct = (n: number): string => (Number.isFinite(n) ? (100 * n).toFixed(1).padStart(6) : "     –");
console.log(`Extraction over ${files.length} fixture cases (${DIR})\n`);
console.log("field       |  TP |  FP |  FN | precision | recall |    F1");
console.log("------------|-----|-----|-----|-----------|--------|-------");
for (const f of FIELDS) {
  const { tp, fp, fn } = tallies[f];
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  const f1 = (2 * p * r) / (p + r);
  console.log(
    `${f.padEnd(11)} | ${String(tp).padStart(3)} | ${String(fp).padStart(3)} | ${String(fn).padStart(3)} |    ${pct(tp + fp ? p : 1)} | ${pct(tp + fn ? r : 1)} | ${pct(tp ? f1 : tp + fp + fn ? 0 : 1)}`,
  );
}
console.log(`\n${files.length} articles parsed and extracted in ${ms.toFixed(0)} ms.`);
if (misses.length) console.log(`Cases with a miss:\n  ${misses.join("\n  ")}`);
