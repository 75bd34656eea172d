/**
 * Summarise a V8 `.cpuprofile` (from `node --cpu-prof`): where self time goes, by function and by file.
 * Usage: tsx bench/profile-summary.ts <file.cpuprofile> [--top 25]
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Shorten a module URL to its package or project path. */
function where(url: string): string {
  if (!url) return "(native)";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split("/");
    return rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  return url.replace(/^file:\/\//, "").replace(/^.*\/(src|layouts|bench)\//, "$1/");
}

/** Self time per function and per file, in ms, largest first. */
export function summarise(profile: Profile): { total: number; byFunction: [string, number][]; byFile: [string, number][]; inclusive: [string, number][] } {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of self) {
    const n = nodes.get(id);
    if (!n) continue;
    total += ms;
    const f = where(n.callFrame.url);
    const key = `${n.callFrame.functionName || "(anonymous)"} ${f}:${n.callFrame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    byFile.set(f, (byFile.get(f) ?? 0) + ms);
    // Inclusive time per project file: count each file once per stack.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const c = nodes.get(cur);
      if (!c) break;
      const file = where(c.callFrame.url);
      const k = `${c.callFrame.functionName || "(anonymous)"} ${file}`;
      if (/^(src|layouts|bench)\//.test(file) && !seen.has(k)) {
        seen.add(k);
        inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
      }
    }
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { total, byFunction: sorted(byFunction), byFile: sorted(byFile), inclusive: sorted(inclusive) };
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "25" } } });
const top = Number(values.top);
for (const file of positionals) {
  const s = summarise(JSON.parse(readFileSync(file, "utf8")) as Profile);
  const row = ([k, ms]: [string, number]) => `${ms.toFixed(0).padStart(8)} ms ${((ms / s.total) * 100).toFixed(1).padStart(5)}%  ${k}`;
  console.log(`\n${file}: ${(s.total / 1000).toFixed(2)} s sampled`);
  console.log("-- self time by file/package");
  s.byFile.slice(0, top).forEach((r) => console.log(row(r)));
  console.log("-- self time by function");
  s.byFunction.slice(0, top).forEach((r) => console.log(row(r)));
  console.log("-- inclusive time, project functions");
  s.inclusive.slice(0, top).forEach((r) => console.log(row(r)));
}
