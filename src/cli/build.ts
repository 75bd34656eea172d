/** `bantin build [--now ISO] [--drafts] [--out DIR] [--root DIR] [--incremental]`: check content, then build the site atomically (or only what changed, in place). */
import { buildDirectly, parseBuild, report, usage } from "./build-direct.ts";

export { usage };

export async function run(argv: string[]): Promise<number> {
  const parsed = parseBuild(argv);
  if (typeof parsed === "string") {
    console.error(parsed);
    return 2;
  }
  // Only content changed since the last build into --out: the changed pages, without starting Eleventy.
  // BANTIN_DIRECT=0: always through Eleventy.
  if (parsed.site.incremental && process.env["BANTIN_DIRECT"] !== "0") {
    const code = await buildDirectly(parsed);
    if (code !== null) return code;
  }
  const { buildSite } = await import("../eleventy/build.ts");
  return report(parsed, await buildSite(parsed.site));
}
