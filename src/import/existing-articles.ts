/** The articles already in a content folder, by the URL they claim: so an import overwrites its own earlier output and never a different article. */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseFrontMatter } from "../content/frontmatter.ts";
import { normalizeText, squashSpaces } from "../text/normalize.ts";
import { readDate } from "../text/dates.ts";
import { slugify } from "../text/slug.ts";

/** One article file and what makes it the same article as an import: its date and title. */
export interface ExistingArticle {
  /** Path relative to the content folder, with "/" separators. */
  file: string;
  /** `"<ISO date>\n<title>"`. */
  identity: string;
}

/** Articles keyed by `<category>/<slug>`, the part of the URL two articles may not share. */
export type ArticleIndex = Map<string, ExistingArticle[]>;

/**
 * What identifies an article across imports: its publication time and title.
 * @example articleIdentity("2021-01-12T16:14:00+07:00", "Ủy ban  MTTQ") // "2021-01-12T16:14:00+07:00\nỦy ban MTTQ"
 */
export function articleIdentity(date: string, title: string): string {
  const d = readDate(date);
  return `${d.ok ? d.iso : date.trim()}\n${squashSpaces(title.normalize("NFC"))}`;
}

/** The index key of an article: its category and slug. */
export function urlKey(category: string, slug: string): string {
  return `${category}/${slug}`;
}

/** Add one article to the index. */
export function addToIndex(index: ArticleIndex, key: string, entry: ExistingArticle): void {
  const list = index.get(key) ?? [];
  if (!list.some((e) => e.file === entry.file)) list.push(entry);
  index.set(key, list);
}

/**
 * Read the front matter of every `.md` under `contentDir` (a missing folder is empty). Files
 * whose front matter does not parse are left out: the build reports them.
 *
 * @example (await indexArticles("content")).get("dang-doan-the/uy-ban-mttq-…")?.[0]?.file
 */
export async function indexArticles(contentDir: string): Promise<ArticleIndex> {
  const index: ArticleIndex = new Map();
  let entries;
  try {
    entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return index;
    throw cause;
  }
  for (const e of entries) {
    if (!e.isFile() || !e.name.endsWith(".md")) continue;
    const abs = path.join(e.parentPath, e.name);
    const file = path.relative(contentDir, abs).split(path.sep).join("/");
    const { parsed } = parseFrontMatter(normalizeText(await readFile(abs, "utf8")), file);
    const { title, date, category, slug } = parsed?.data ?? {};
    if (typeof title !== "string" || typeof date !== "string" || typeof category !== "string") continue;
    const effective = typeof slug === "string" && slug ? slug : slugify(title);
    addToIndex(index, urlKey(category, effective), { file, identity: articleIdentity(date, title) });
  }
  return index;
}
