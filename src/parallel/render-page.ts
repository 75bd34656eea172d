/** Render one page of a paginated template the way Eleventy calls it, recording which `bantin` keys it read. */
import path from "node:path";
import { jsxToHtml } from "./jsx-html.ts";

/** What a `.11ty.tsx` page module exports. */
export interface TemplateModule {
  default: (data: Record<string, unknown>) => unknown;
  data: { permalink: (data: Record<string, unknown>) => string };
}

/** The template and the data every page of it shares. */
export interface PageContext {
  template: TemplateModule;
  /** Eleventy's inputPath of the template, as pages see it. */
  inputPath: string;
  outDir: string;
  alias: string;
  /** The `bantin` keys at hand. */
  bantin: Record<string, unknown>;
  /** Every `bantin` key, so reading one not at hand is told apart from reading nothing. */
  allKeys: ReadonlySet<string>;
}

/** A `bantin` key that is not at hand: the page must be rendered again with it. */
export class MissingKey extends Error {
  override name = "MissingKey";
  constructor(readonly key: string) {
    super(`bantin.${key}`);
  }
}

/** Where Eleventy writes a permalink: "/a/b/" → "a/b/index.html". */
export function outputOf(url: string): string {
  const rel = url.replace(/^\/+/, "");
  return rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel;
}

/**
 * Render `item` with the template's own `default` and `data.permalink`; throws `MissingKey` when the
 * page reads a key not in `ctx.bantin`. `usesOutDir` says it read `page.outputPath`.
 * @example const { output, html, reads } = await renderPage(ctx, item); // output "tin-tuc/2024/a/index.html"
 */
export async function renderPage(ctx: PageContext, item: unknown): Promise<{ output: string; html: string; reads: string[]; usesOutDir: boolean }> {
  const reads = new Set<string>();
  const bantin = new Proxy(ctx.bantin, {
    get(target, key) {
      if (typeof key === "string") {
        reads.add(key);
        if (ctx.allKeys.has(key) && !(key in target)) throw new MissingKey(key);
      }
      return target[key as string];
    },
  });
  const data: Record<string, unknown> = { bantin, [ctx.alias]: item, pagination: { items: [item], alias: ctx.alias, size: 1 } };
  const url = ctx.template.data.permalink(data);
  const output = outputOf(url);
  // A page that reads where it is written (a temporary folder in a full build) cannot be copied to another.
  let usesOutDir = false;
  const outputPath = path.join(ctx.outDir, output);
  data["page"] = {
    url,
    inputPath: ctx.inputPath,
    get outputPath() {
      usesOutDir = true;
      return outputPath;
    },
  };
  const content = await ctx.template.default(data);
  const html = typeof content === "string" ? content : await jsxToHtml(content);
  return { output, html, reads: [...reads], usesOutDir };
}
