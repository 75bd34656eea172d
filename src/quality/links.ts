/** Link check of a built site: every internal href, src, srcset and #anchor must land on a file or an id. */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Parser } from "htmlparser2";

/** One reference a page makes: the attribute it sits in and its raw value. */
export interface Ref {
  /** `a[href]`, `img[srcset]`, `sitemap<loc>`… */
  where: string;
  value: string;
}

/** What one page holds: the references it makes and the ids it offers as anchors. */
export interface PageRefs {
  refs: Ref[];
  ids: Set<string>;
}

/** A reference that lands nowhere. */
export interface BrokenLink {
  /** Site path of the page, e.g. `/tin-tuc/abc/`. */
  page: string;
  where: string;
  target: string;
  reason: string;
}

const URL_ATTRS: Record<string, string[]> = {
  a: ["href"], link: ["href"], area: ["href"], img: ["src", "srcset"], source: ["src", "srcset"], script: ["src"],
  iframe: ["src"], video: ["src", "poster"], audio: ["src"], form: ["action"], use: ["href"], image: ["href"],
};
/** Meta tags whose content is a URL of this site (social cards). */
const URL_META = new Set(["og:url", "og:image", "twitter:image"]);

/**
 * The references and ids of one HTML page.
 * @example refsOfHtml('<a href="/a/#x">a</a><p id="y">').refs // [{ where: "a[href]", value: "/a/#x" }]
 */
export function refsOfHtml(html: string): PageRefs {
  const out: PageRefs = { refs: [], ids: new Set() };
  const parser = new Parser({
    onopentag(name, attrs) {
      if (attrs["id"]) out.ids.add(attrs["id"]);
      if (name === "a" && attrs["name"]) out.ids.add(attrs["name"]);
      for (const attr of URL_ATTRS[name] ?? []) {
        const value = attrs[attr];
        if (value === undefined) continue;
        if (attr === "srcset") {
          for (const part of value.split(",")) {
            const url = part.trim().split(/\s+/)[0];
            if (url) out.refs.push({ where: `${name}[srcset]`, value: url });
          }
        } else out.refs.push({ where: `${name}[${attr}]`, value });
      }
      const property = attrs["property"] ?? attrs["name"];
      if (name === "meta" && property && URL_META.has(property) && attrs["content"]) out.refs.push({ where: `meta[${property}]`, value: attrs["content"] });
    },
  }, { decodeEntities: true, lowerCaseAttributeNames: true });
  parser.end(html);
  return out;
}

/**
 * The URLs of a feed or sitemap (`<loc>`, `<link href>`, `<id>` that are URLs).
 * @example refsOfXml("<url><loc>https://x.vn/a/</loc></url>").refs // [{ where: "xml<loc>", value: "https://x.vn/a/" }]
 */
export function refsOfXml(xml: string): PageRefs {
  const refs: Ref[] = [];
  for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) refs.push({ where: "xml<loc>", value: m[1]!.trim() });
  for (const m of xml.matchAll(/<link\b[^>]*\bhref="([^"]+)"/g)) refs.push({ where: "xml<link>", value: m[1]!.replace(/&amp;/g, "&") });
  return { refs, ids: new Set() };
}

/** Site path a reference points to, or null when it leaves the site (another origin, mailto:, tel:…). */
export function resolveRef(value: string, pagePath: string, baseUrl: string): { path: string; hash: string } | null {
  if (/^(mailto|tel|sms|data|javascript):/i.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, baseUrl + pagePath);
  } catch {
    return { path: value, hash: "" };
  }
  if (url.origin !== new URL(baseUrl).origin) return null;
  return { path: decodeURIComponent(url.pathname), hash: decodeURIComponent(url.hash.slice(1)) };
}

/** Site paths a file answers to: `/a/index.html` answers `/a/` and `/a/index.html`. */
function pathsOf(file: string): string[] {
  const p = "/" + file.split(path.sep).join("/");
  return p.endsWith("/index.html") ? [p, p.slice(0, -"index.html".length)] : [p];
}

/**
 * Check every reference of every page against the site's files and ids.
 * `pages` maps a page's file (relative to the site root) to its refs; `files` lists every file.
 * @example checkLinks(new Map([["index.html", refsOfHtml('<a href="/x/">')]]), ["index.html"], "https://a.vn")
 * // [{ page: "/", where: "a[href]", target: "/x/", reason: "không có tệp" }]
 */
export function checkLinks(pages: ReadonlyMap<string, PageRefs>, files: readonly string[], baseUrl: string): BrokenLink[] {
  const exists = new Set(files.flatMap(pathsOf));
  const idsByPath = new Map<string, Set<string>>();
  for (const [file, refs] of pages) for (const p of pathsOf(file)) idsByPath.set(p, refs.ids);
  const broken: BrokenLink[] = [];
  for (const [file, { refs }] of pages) {
    const page = pathsOf(file).at(-1)!;
    for (const ref of refs) {
      const target = resolveRef(ref.value, page, baseUrl);
      if (!target) continue;
      if (!exists.has(target.path)) {
        broken.push({ page, where: ref.where, target: ref.value, reason: "không có tệp" });
        continue;
      }
      if (target.hash && !idsByPath.get(target.path)?.has(target.hash)) {
        broken.push({ page, where: ref.where, target: ref.value, reason: `không có id="${target.hash}"` });
      }
    }
  }
  return broken;
}

/**
 * Read a built site and check it: every `.html` page and the `.xml` feeds and sitemap.
 * @example const broken = await checkSiteFolder("_site", site.baseUrl); // []
 */
export async function checkSiteFolder(dir: string, baseUrl: string): Promise<{ pages: number; refs: number; broken: BrokenLink[] }> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
  const pages = new Map<string, PageRefs>();
  for (const file of files) {
    if (file.endsWith(".html")) pages.set(file, refsOfHtml(await readFile(path.join(dir, file), "utf8")));
    else if (file.endsWith(".xml")) pages.set(file, refsOfXml(await readFile(path.join(dir, file), "utf8")));
  }
  const refs = [...pages.values()].reduce((n, p) => n + p.refs.length, 0);
  return { pages: pages.size, refs, broken: checkLinks(pages, files, baseUrl) };
}
