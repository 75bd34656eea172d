/** `_headers` for the CDN: the Content-Security-Policy and friends as real HTTP headers. */
import { headersFile } from "../../src/quality/csp.ts";

export const data = { permalink: "/_headers", eleventyExcludeFromCollections: true };

export default function Headers(): string {
  return headersFile();
}
