/**
 * Baseline (b), the floor: one Node script that reads every file, parses front matter with
 * gray-matter, renders with markdown-it and writes the same pages as baseline (a). Nothing else.
 * Usage: tsx bench/baseline-floor.ts <content dir> <output dir>
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, cpSync, rmSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import MarkdownIt from "markdown-it";

const PER_PAGE = 20;
const [contentDir, outDir] = process.argv.slice(2);
if (!contentDir || !outDir) throw new Error("usage: baseline-floor.ts <content dir> <output dir>");

const md = new MarkdownIt();
const esc = (s: unknown) => String(s ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const page = (title: string, main: string) =>
  `<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>${esc(title)}</title>\n</head>\n<body>\n<header><a href="/">Cổng thông tin điện tử quận Hoàn Kiếm</a></header>\n<main>\n${main}\n</main>\n</body>\n</html>\n`;
const write = (url: string, html: string) => {
  const dir = path.join(outDir, url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "index.html"), html);
};

interface Item { url: string; title: string; category: string; date: Date }

rmSync(outDir, { recursive: true, force: true });
const items: Item[] = [];
for (const entry of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".md")) continue;
  const file = path.join(entry.parentPath, entry.name);
  const { data, content } = matter(readFileSync(file, "utf8"));
  if (data["draft"]) continue;
  const rel = path.relative(contentDir, file).replace(/\.md$/, "");
  const item: Item = { url: `/${rel}/`, title: String(data["title"]), category: String(data["category"]), date: new Date(String(data["date"])) };
  const day = item.date.toISOString().slice(0, 10);
  write(item.url, page(item.title, `<article>\n<p><a href="/${item.category}/">${esc(item.category)}</a></p>\n<h1>${esc(item.title)}</h1>\n<p><time datetime="${day}">${day}</time></p>\n${md.render(content)}\n</article>`));
  items.push(item);
}
items.sort((a, b) => b.date.getTime() - a.date.getTime());
const li = (i: Item) => `<li><a href="${i.url}">${esc(i.title)}</a> <time>${i.date.toISOString().slice(0, 10)}</time></li>`;
const byCategory = new Map<string, Item[]>();
for (const i of items) {
  const list = byCategory.get(i.category);
  if (list) list.push(i);
  else byCategory.set(i.category, [i]);
}
let pages = items.length;
for (const [category, list] of byCategory) {
  const total = Math.ceil(list.length / PER_PAGE);
  for (let n = 1; n <= total; n++) {
    write(`/${category}/${n > 1 ? `trang-${n}/` : ""}`, page(category, `<h1>${esc(category)} – trang ${n}/${total}</h1>\n<ul>\n${list.slice((n - 1) * PER_PAGE, n * PER_PAGE).map(li).join("\n")}\n</ul>`));
    pages++;
  }
}
write("/", page("Tin mới", `<h1>Tin mới</h1>\n<ul>\n${items.slice(0, 20).map(li).join("\n")}\n</ul>`));
cpSync(path.join(contentDir, "images"), path.join(outDir, "images"), { recursive: true });
console.log(`floor: ${pages + 1} pages`);
