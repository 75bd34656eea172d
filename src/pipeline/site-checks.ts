/** Checks across articles: two files claiming one URL, tags that differ only by accents or case. */
import type { Article } from "../types.ts";
import { problem, type Problem } from "../content/problems.ts";
import { slugify } from "../text/slug.ts";
import { keyLinesOf } from "../content/frontmatter.ts";
import { normalizeText } from "../text/normalize.ts";

/**
 * Find URL clashes (both files are errors and neither is published) and near-duplicate tags.
 * `readSource` gives a file's text (path relative to the project root), so that a problem points at
 * its line: a clash at the line its address comes from (`slug:`, else `title:`), a tag at `tags:`.
 * Without it, or if it throws, the problem is at line 1. Only the files with a problem are read.
 * @example checkSite([a, aCopy], (f) => readFileSync(path.join(root, f), "utf8")).problems[0] // BT009 at a's title line
 */
export function checkSite(articles: readonly Article[], readSource?: (file: string) => string): { articles: Article[]; problems: Problem[] } {
  const keyLines = new Map<string, ReadonlyMap<string, number>>();
  const linesOf = (file: string): ReadonlyMap<string, number> => {
    let lines = keyLines.get(file);
    if (!lines) {
      try {
        lines = readSource ? keyLinesOf(normalizeText(readSource(file))) : new Map();
      } catch {
        // Unreadable now (deleted or moved since it was built): the whole file is concerned.
        lines = new Map();
      }
      keyLines.set(file, lines);
    }
    return lines;
  };
  const at = (file: string, field: string) => ({ file, field, line: linesOf(file).get(field) ?? 1 });
  // A published article's slug field is valid, so its address comes from it when it has one.
  const urlField = (file: string) => (linesOf(file).has("slug") || !linesOf(file).has("title") ? "slug" : "title");
  const problems: Problem[] = [];
  // The first article at each URL; a list only for URLs that clash (10k one-article lists were most of the cost).
  const firstAt = new Map<string, Article>();
  const byUrl = new Map<string, Article[]>();
  for (const a of articles) {
    const first = firstAt.get(a.url);
    if (first === undefined) firstAt.set(a.url, a);
    else {
      const group = byUrl.get(a.url);
      if (group) group.push(a);
      else byUrl.set(a.url, [first, a]);
    }
  }
  const clashing = new Set<Article>();
  // In the order of each URL's first article, as before.
  for (const url of byUrl.size ? firstAt.keys() : []) {
    const group = byUrl.get(url);
    if (!group) continue;
    for (const a of group) {
      clashing.add(a);
      const others = group.filter((o) => o !== a).map((o) => o.file).join(", ");
      problems.push(problem("BT009", at(a.file, urlField(a.file)), `Địa chỉ ${url} trùng với bài ${others}. Đổi tiêu đề hoặc thêm trường slug khác cho một trong hai bài.`));
    }
  }
  const spellings = new Map<string, Map<string, string>>();
  // A site has few distinct tags and many uses of each: slugify each spelling once.
  const slugs = new Map<string, string>();
  for (const a of articles) {
    for (const tag of a.tags) {
      let key = slugs.get(tag);
      if (key === undefined) {
        key = slugify(tag);
        slugs.set(tag, key);
      }
      let seen = spellings.get(key);
      if (!seen) spellings.set(key, (seen = new Map<string, string>()));
      if (!seen.has(tag)) seen.set(tag, a.file);
    }
  }
  for (const seen of spellings.values()) {
    if (seen.size < 2) continue;
    const variants = [...seen.keys()];
    for (const [tag, file] of seen) {
      problems.push(problem("BT102", at(file, "tags"), `Thẻ "${tag}" chỉ khác ${variants.filter((v) => v !== tag).map((v) => `"${v}"`).join(", ")} về dấu hoặc chữ hoa; chúng sẽ gộp làm một. Thống nhất một cách viết.`));
    }
  }
  return { articles: articles.filter((a) => !clashing.has(a)), problems };
}
