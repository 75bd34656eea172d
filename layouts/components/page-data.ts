/** What Eleventy hands every layout: the pipeline's data plus the page's own fields. */
import type { SiteData } from "../../src/pipeline/site-data.ts";

/** Eleventy's `page` object (the part the layouts use). */
export interface EleventyPage {
  url: string;
  outputPath: string | false;
}

/** Data every template receives. */
export interface PageData {
  bantin: SiteData;
  page: EleventyPage;
}

/** Data of a template paginated one item per page over `T`. */
export interface PaginatedData<T> extends PageData {
  item: T;
}
