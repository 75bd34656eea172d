/** The options `build`, `check` and `new` share: the content root (`--root`) and the clock (`--now`). */
import path from "node:path";
import { nowIso, readDate } from "../text/dates.ts";
import type { BuildOptions } from "../pipeline/run.ts";

/** The flags, as parseArgs gives them. */
export interface SharedFlags {
  now?: string | undefined;
  root?: string | undefined;
  drafts?: boolean | undefined;
}

/**
 * Turn the flags into build options, or a Vietnamese message saying which flag is wrong.
 * Without `--root`, content is read from BANTIN_ROOT or the working folder.
 * @example buildOptionsFromFlags({ now: "2026-01-01T08:00" }) // { root: process.cwd(), now: "2026-01-01T08:00:00+07:00", includeDrafts: false }
 */
export function buildOptionsFromFlags(flags: SharedFlags, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): BuildOptions | string {
  const clock = flags.now ?? env["BANTIN_NOW"];
  let now = nowIso();
  if (clock !== undefined) {
    const read = readDate(clock);
    if (!read.ok) return `--now "${clock}" không phải thời điểm hợp lệ (ví dụ 2026-01-01T08:00:00+07:00).`;
    now = read.iso;
  }
  const root = path.resolve(cwd, flags.root ?? (env["BANTIN_ROOT"] || cwd));
  return { root, now, includeDrafts: flags.drafts ?? env["BANTIN_DRAFTS"] === "1" };
}
