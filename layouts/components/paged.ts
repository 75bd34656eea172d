/** Pagination one page per item over a `bantin` list, rendering only the items whose page changed since the last build. */
import type { SiteData } from "../../src/pipeline/site-data.ts";
import { currentSession } from "../../src/cache/page-deps.ts";

/** Keys of `bantin` that hold a list. */
type ListKey = { [K in keyof SiteData]: SiteData[K] extends readonly unknown[] ? K : never }[keyof SiteData];

/**
 * Eleventy `pagination` for one page per item of `bantin[key]`. In an incremental build (the dev
 * server, `bantin build --incremental`) pages whose item and read data are unchanged are skipped;
 * a template without it still works, it is only re-rendered in full every time.
 * @example export const data = { pagination: paged("people"), permalink: (d) => d.item.url };
 */
export function paged(key: ListKey, alias = "item") {
  return {
    data: `bantin.${key}`,
    size: 1,
    alias,
    before(items: unknown[], data: { page?: { inputPath?: string } }): unknown[] {
      const session = currentSession();
      const inputPath = data.page?.inputPath;
      return session && inputPath ? session.select(inputPath, items) : items;
    },
  };
}
