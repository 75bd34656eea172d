/**
 * BANTIN_PROFILE=DIR: the dev server writes a V8 CPU profile of each rebuild, from the save to the
 * pages on disk, as DIR/rebuild-<time>.cpuprofile (read it with bench/profile-summary.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import path from "node:path";

let session: Session | null = null;

/** Start profiling a rebuild (when BANTIN_PROFILE is set). */
export function startRebuildProfile(): void {
  if (!process.env["BANTIN_PROFILE"] || session) return;
  session = new Session();
  session.connect();
  session.post("Profiler.enable", () => session?.post("Profiler.start"));
}

/** Stop and write the profile started by `startRebuildProfile`, if any. */
export function stopRebuildProfile(): void {
  const s = session;
  const dir = process.env["BANTIN_PROFILE"];
  if (!s || !dir) return;
  session = null;
  s.post("Profiler.stop", (err, result) => {
    if (!err) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, `rebuild-${Date.now()}.cpuprofile`), JSON.stringify(result.profile));
    }
    s.disconnect();
  });
}
