import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KEEP_VERSIONS, openVersionFolder, pruneVersions, VERSION_IDLE_MS } from "../../src/cache/versions.ts";

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), "bantin-versions-"));
const HOUR = 3_600_000;

/** A version folder last used `ago` ms before `now`. */
function folder(base: string, name: string, now: number, ago: number): string {
  const dir = path.join(base, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "index.v8"), "x");
  const t = new Date(now - ago);
  utimesSync(dir, t, t);
  return dir;
}

describe("cache versions", () => {
  it("opens a folder named by the version's first 16 hex digits and marks it as used now", () => {
    const base = tempDir();
    const dir = openVersionFolder(base, "0123456789abcdef0123456789abcdef01234567");
    expect(dir).toBe(path.join(base, "0123456789abcdef"));
    const t = new Date(Date.now() - 10 * HOUR);
    utimesSync(dir, t, t);
    openVersionFolder(base, "0123456789abcdef0123456789abcdef01234567");
    expect(readdirSync(base)).toEqual(["0123456789abcdef"]);
  });

  it("keeps the current and the most recently used versions, removes older idle ones", () => {
    const base = tempDir();
    const now = Date.now();
    const current = folder(base, "current", now, 0);
    // Older versions, one hour apart: only the KEEP_VERSIONS - 1 most recent stay.
    for (let i = 1; i <= 6; i++) folder(base, `v${i}`, now, i * HOUR);
    pruneVersions(base, current, now);
    const kept = ["current", ...Array.from({ length: KEEP_VERSIONS - 1 }, (_, i) => `v${i + 1}`)];
    expect(readdirSync(base).sort()).toEqual(kept.sort());
    expect(existsSync(path.join(current, "index.v8"))).toBe(true);
  });

  it("never removes a version used within the idle time (a process may still read its packs)", () => {
    const base = tempDir();
    const now = Date.now();
    const current = folder(base, "current", now, 0);
    for (let i = 1; i <= 6; i++) folder(base, `v${i}`, now, (i * VERSION_IDLE_MS) / 10);
    pruneVersions(base, current, now);
    expect(readdirSync(base)).toHaveLength(7);
  });

  it("keeps the current version even when another was used later, and removes the old flat layout's files", () => {
    const base = tempDir();
    const now = Date.now();
    const current = folder(base, "current", now, 10 * HOUR);
    for (let i = 1; i <= 5; i++) folder(base, `v${i}`, now, i * HOUR);
    for (const f of ["index.v8", "journal.v8", "abc-1-2.pack"]) writeFileSync(path.join(base, f), "old");
    pruneVersions(base, current, now);
    expect(readdirSync(base).sort()).toEqual(["current", "v1", "v2", "v3"]);
  });
});
