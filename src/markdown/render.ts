/** Markdown → safe HTML, plus the plain paragraphs and captions (with line numbers) the extractors read. */
import MarkdownIt, { type Env as MarkdownEnv, type Token } from "markdown-it";
import imageFigures from "markdown-it-image-figures";
import type { SourceLine } from "../types.ts";
import { squashSpaces } from "../text/normalize.ts";
import { withLinkPretest } from "./link-pretest.ts";

/** Width and height of each site image, by src, so pages never shift as images load. */
export type ImageSizes = ReadonlyMap<string, { width: number; height: number }>;

/** What rendering one body gives. */
export interface RenderedBody {
  html: string;
  /** Paragraphs (and list items, headings excluded) as plain text, with file line numbers. */
  paragraphs: SourceLine[];
  /** Captions of the figures in the body, with file line numbers. */
  captions: SourceLine[];
  /** Every image src in the body. */
  images: SourceLine[];
  /** Every link href in the body (after markdown-it's safety check). */
  links: SourceLine[];
}

/** Raw HTML off: an article can never inject markup. markdown-it also refuses javascript:/vbscript:/data: links. */
const md = withLinkPretest(new MarkdownIt({ html: false, linkify: true, typographer: false }));
md.use(imageFigures, { figcaption: "title", lazy: true, async: true });

interface Env extends MarkdownEnv {
  sizes?: ImageSizes;
}

/** An attribute as a string ("" when absent). */
const attr = (t: Token, name: string): string => String(t.attrGet(name) ?? "");

md.core.ruler.push("bantin_image_sizes", (state) => {
  const sizes = (state.env as Env).sizes;
  if (!sizes) return;
  for (const block of state.tokens) {
    for (const t of block.children ?? []) {
      if (t.type !== "image") continue;
      const size = sizes.get(attr(t, "src"));
      if (size) {
        t.attrSet("width", String(size.width));
        t.attrSet("height", String(size.height));
      }
    }
  }
});

/** The text of an inline token, white space squashed as `.replace(/\s+/g, " ").trim()` would. */
function plain(inline: Token): string {
  let text = "";
  for (const c of inline.children ?? []) {
    if (c.type === "text" || c.type === "code_inline") text += c.content;
    else if (c.type === "softbreak" || c.type === "hardbreak") text += " ";
  }
  return squashSpaces(text);
}

/**
 * Render a body; `firstLine` is the 1-based line of the body in its file, so lines point into the file.
 * @example renderBody("Xin chào.\n", 5).paragraphs // [{ text: "Xin chào.", line: 5 }]
 */
export function renderBody(body: string, firstLine: number, sizes?: ImageSizes): RenderedBody {
  const env: Env = sizes ? { sizes } : {};
  const tokens = md.parse(body, env);
  const out: RenderedBody = { html: md.renderer.render(tokens, md.options, env), paragraphs: [], captions: [], images: [], links: [] };
  let inHeading = false;
  tokens.forEach((tok, i) => {
    if (tok.type === "heading_open") inHeading = true;
    if (tok.type === "heading_close") inHeading = false;
    if (tok.type !== "inline") return;
    const line = firstLine + (tok.map?.[0] ?? tokens[i - 1]?.map?.[0] ?? 0);
    // The figures plugin has already moved an image's title into figcaption children.
    let caption: string | null = null;
    for (const child of tok.children ?? []) {
      if (child.type === "image") out.images.push({ text: attr(child, "src"), line });
      if (child.type === "figcaption_open") caption = "";
      else if (child.type === "figcaption_close" && caption !== null) {
        if (caption.trim()) out.captions.push({ text: caption.replace(/\s+/g, " ").trim(), line });
        caption = null;
      } else if (caption !== null) caption += child.content;
      if (child.type === "link_open") out.links.push({ text: attr(child, "href"), line });
    }
    const text = plain(tok);
    if (text && !inHeading && tokens[i - 1]?.type === "paragraph_open") out.paragraphs.push({ text, line });
  });
  return out;
}
