/**
 * Prints what extraction finds in every Markdown article under a content folder (default
 * `content/`): attendees, speakers and awards with their source line, so an editor can read them all
 * and spot a wrong name, role or count. `tsx scripts/extract-report.ts [folder] [--people]`:
 * `--people` prints the distinct people (name → roles), as the people index will list them.
 */

import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseCategories } from "../src/content/categories.ts";
import { contractFromMarkdown, type Explained } from "../src/pipeline/contract.ts";
import type { Award, Person } from "../src/types.ts";

const args = process.argv.slice(2);
const peopleOnly = args.includes("--people");
const root = args.find((a) => !a.startsWith("--")) ?? "content";

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith(".md") ? [join(dir, e.name)] : []))
    .sort();
}

const catFile = join(root, "categories.yaml");
let categories: ReturnType<typeof parseCategories>["categories"] = [];
try {
  categories = parseCategories(readFileSync(catFile, "utf8"), catFile).categories;
} catch {
  // No categories file: categories print as written.
}

const person = (p: Person): string => (p.role ? `${p.name} — ${p.role}` : `${p.name} — (không có chức danh)`);
const count = (n: number | null): string => (n === null ? "?" : String(n));
const award = (a: Award): string =>
  `${a.award} [tập thể ${count(a.collectives)}, cá nhân ${count(a.individuals)}]` +
  (a.grantors.length ? ` do ${a.grantors.join(" + ")}` : "") +
  (a.recipients.length ? ` cho ${a.recipients.join("; ")}` : "");

const people = new Map<string, Map<string, string[]>>();
let files = 0;
let mentions = 0;
let awards = 0;
for (const file of markdownFiles(root)) {
  const rel = relative(process.cwd(), file);
  const { result, problems } = contractFromMarkdown(readFileSync(file, "utf8"), rel, categories);
  files++;
  if (!result) {
    console.log(`${rel}: không đọc được (${problems.map((p) => p.message).join("; ")})`);
    continue;
  }
  const rows = result.explain.filter((r: Explained) => /^(attendees|speakers|awards)\[/u.test(r.field));
  for (const r of rows) {
    if (r.field.startsWith("awards")) {
      awards++;
      continue;
    }
    mentions++;
    const p = r.value as Person;
    const roles = people.get(p.name) ?? new Map<string, string[]>();
    people.set(p.name, roles);
    const role = p.role ?? "(không có chức danh)";
    roles.set(role, [...(roles.get(role) ?? []), `${rel}:${r.line ?? "?"}`]);
  }
  if (peopleOnly || rows.length === 0) continue;
  console.log(`\n${rel}`);
  for (const r of rows) {
    const label = r.field.replace(/\[\d+\]$/u, "").padEnd(9);
    const text = r.field.startsWith("awards") ? award(r.value as Award) : person(r.value as Person);
    console.log(`  ${label} :${String(r.line ?? "?").padEnd(3)} ${text}${r.origin === "front-matter" ? "  (front matter)" : ""}`);
  }
}

if (peopleOnly) {
  for (const name of [...people.keys()].sort((a, b) => a.localeCompare(b, "vi"))) {
    console.log(name);
    for (const [role, where] of people.get(name)!) console.log(`    ${role}   ← ${where.join(", ")}`);
  }
}
console.log(`\n${files} bài, ${mentions} lần nêu tên, ${people.size} người, ${awards} khen thưởng.`);
