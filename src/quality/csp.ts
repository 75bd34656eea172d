/** The portal's Content-Security-Policy: scripts only from the site itself, so nothing an article carries can run. */

/**
 * Directives every page carries in a `<meta http-equiv>`. JSON-LD is a data block, which CSP never executes.
 */
export const PAGE_POLICY: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Directives only an HTTP header can carry (a `<meta>` policy ignores them, with a console error). */
export const HEADER_ONLY_POLICY: readonly string[] = ["frame-ancestors 'none'"];

/** Editors' images are served as inert documents: an SVG opened on its own runs no script. */
export const IMAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; sandbox";

/**
 * The policy as one header value.
 * @example policy(PAGE_POLICY) // "default-src 'self'; script-src 'self'; …"
 */
export function policy(directives: readonly string[]): string {
  return directives.join("; ");
}

/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read) that sends the policy as real
 * headers, stricter than the `<meta>`: frame-ancestors, nosniff, and inert editors' images.
 * @example headersFile().startsWith("/*\n") // true
 */
export function headersFile(): string {
  return [
    "/*",
    `  Content-Security-Policy: ${policy([...PAGE_POLICY, ...HEADER_ONLY_POLICY])}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    "/images/*",
    `  Content-Security-Policy: ${IMAGE_POLICY}`,
    "",
  ].join("\n");
}
