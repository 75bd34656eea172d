/**
 * Extraction throughput on a corpus: parse and render every article first, then time `extract()`
 * alone over all of them, on one thread. Prints JSON.
 * Usage: tsx bench/extract-speed.ts <content dir>
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseFrontMatter } from "../src/content/frontmatter.ts";
import { renderBody } from "../src/markdown/render.ts";
import { normalizeText } from "../src/text/normalize.ts";
import { extract } from "../src/extract/index.ts";
import type { ExtractInput } from "../src/types.ts";

const dir = process.argv[2];
if (!dir) throw new Error("usage: extract-speed.ts <content dir>");
const inputs: ExtractInput[] = [];
let bodyBytes = 0;
for (const f of readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md")).sort()) {
  const parsed = parseFrontMatter(normalizeText(readFileSync(path.join(dir, f), "utf8")), f).parsed;
  if (!parsed) continue;
  bodyBytes += Buffer.byteLength(parsed.body);
  const r = renderBody(parsed.body, parsed.bodyLine);
  inputs.push({ paragraphs: r.paragraphs, captions: r.captions, published: String(parsed.data["date"] ?? "") });
}
// One warm-up pass over a tenth, so the JIT has compiled the extractors.
for (const input of inputs.slice(0, Math.ceil(inputs.length / 10))) extract(input);
const started = performance.now();
let found = 0;
for (const input of inputs) found += extract(input).attendees.length;
const seconds = (performance.now() - started) / 1000;
const mb = bodyBytes / 1e6;
console.log(JSON.stringify({ articles: inputs.length, mb, seconds, mbPerSecond: mb / seconds, attendeesFound: found }));
