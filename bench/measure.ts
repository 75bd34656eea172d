/** Run one command and measure the whole process tree: wall time, CPU time, and peak memory (RSS summed over the tree). */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** What one run cost. */
export interface Measurement {
  /** Wall time, seconds. */
  wall: number;
  /** User + system CPU time of the process and its children, seconds (from /usr/bin/time). */
  cpu: number;
  /** Peak resident memory of the process tree, MiB: the larger of the sampled tree sum and the biggest single process. */
  peakMiB: number;
  code: number;
  /** The command's output, for errors and the figures bantin prints. */
  stdout: string;
  stderr: string;
}

const TIME = "/usr/bin/time";

/** Parent pid of every process, from /proc. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name may hold spaces and parentheses: fields start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      map.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

/** Sum of VmRSS (KiB) over `root` and all its descendants. */
function treeRssKiB(root: number): number {
  const parent = parents();
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent) {
      if (!inTree.has(pid) && inTree.has(ppid)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  let sum = 0;
  for (const pid of inTree) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      sum += Number(m?.[1] ?? 0);
    } catch {
      // Gone.
    }
  }
  return sum;
}

/**
 * Run `cmd args` and measure it; the tree is sampled every `sampleMs`.
 * @example const m = await measure("hugo", ["--quiet"], { cwd, env });
 */
export async function measure(cmd: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; sampleMs?: number; timeoutMs?: number } = {}): Promise<Measurement> {
  const timeFile = path.join(os.tmpdir(), `bantin-bench-time-${process.pid}-${Date.now()}`);
  const useTime = existsSync(TIME);
  const argv = useTime ? ["-f", "%e %U %S %M", "-o", timeFile, cmd, ...args] : [...args];
  const started = performance.now();
  // Its own process group, so a run over its time limit is stopped with everything it started.
  const child = spawn(useTime ? TIME : cmd, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const timer = options.timeoutMs
    ? setTimeout(() => {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      }, options.timeoutMs)
    : null;
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  let peakKiB = 0;
  const sampler = setInterval(() => {
    if (child.pid) peakKiB = Math.max(peakKiB, treeRssKiB(child.pid));
  }, options.sampleMs ?? 100);
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  clearInterval(sampler);
  if (timer) clearTimeout(timer);
  const wall = (performance.now() - started) / 1000;
  let cpu = NaN;
  if (useTime && existsSync(timeFile)) {
    const last = readFileSync(timeFile, "utf8").trim().split("\n").pop() ?? "";
    const [, user, sys, maxKiB] = last.split(" ").map(Number);
    cpu = (user ?? NaN) + (sys ?? NaN);
    peakKiB = Math.max(peakKiB, maxKiB ?? 0);
    rmSync(timeFile, { force: true });
  }
  return { wall, cpu, peakMiB: peakKiB / 1024, code, stdout, stderr };
}

/** Number of `.html` files under `dir` (the pages a site generator wrote). */
export function countPages(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html")).length;
}

/** The median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
