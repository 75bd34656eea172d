// @11ty/eleventy-plugin-rss ships no types; these are the functions bantin uses.
declare module "@11ty/eleventy-plugin-rss" {
  export function convertHtmlToAbsoluteUrls(html: string, base: string, options?: object): Promise<string>;
  export function dateToRfc3339(date: Date): string;
  export function absoluteUrl(url: string, base: string): string;
}
