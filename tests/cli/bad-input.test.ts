// The bad-input corpus: one content project per kind of bad file, each built and checked as an editor would.
import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixturePath } from "../helpers/fixtures.ts";
import { hashTree, makeProject, printedProblems, problemLines, runChild, runInProcess, writeBigArticle, type CliRun } from "../helpers/project.ts";

const NOW = "2026-11-27T12:00:00+07:00";
const BAD = fixturePath("bad");
const BASE = path.join(BAD, "_base");

interface Expected {
  kind: string;
  /** Exit code of `bantin build` and `bantin check`: 1 with errors, 0 with warnings only. */
  exit: 0 | 1;
  /** Every problem reported, in the order printed (file, then line). */
  problems: { code: string; file: string; line: number }[];
  counts?: { published: number; drafts: number; scheduled: number; errors: number };
  /** Pages of a successful build and what their HTML must (not) contain. */
  html?: Record<string, { contains?: string[]; excludes?: string[] }>;
  /** A path a hostile permalink aimed at: it must not exist. */
  outside?: string;
  /** The published HTML must be NFC. */
  nfc?: boolean;
  /** A file too big to commit, written by the test. */
  generate?: { file: string; megabytes: number };
}

const cases = readdirSync(BAD, { withFileTypes: true })
  .filter((e) => e.isDirectory() && !e.name.startsWith("_"))
  .map((e) => ({ name: e.name, expected: JSON.parse(readFileSync(path.join(BAD, e.name, "expected.json"), "utf8")) as Expected }));

function project(name: string, expected: Expected): string {
  const dir = makeProject(BASE, path.join(BAD, name));
  if (expected.generate) writeBigArticle(path.join(dir, expected.generate.file), expected.generate.megabytes);
  return dir;
}

const countsLine = (c: NonNullable<Expected["counts"]>) => `${c.published} đã đăng, ${c.drafts} bản nháp, ${c.scheduled} hẹn giờ, ${c.errors} lỗi`;

/** A site built from the base project: the "previous _site/" every failing build must leave alone. */
let previousSite: string;
/** Successful builds run as child processes, two at a time, while the failing cases run in-process. */
const built = new Map<string, Promise<{ dir: string; run: CliRun }>>();

beforeAll(async () => {
  const base = makeProject(BASE);
  const first = await runChild(["build", "--root", base, "--out", path.join(base, "_site"), "--now", NOW]);
  expect(first.code, first.stderr).toBe(0);
  previousSite = path.join(base, "_site");
  const queue = cases.filter((c) => c.expected.exit === 0);
  const slots = [Promise.resolve(), Promise.resolve()];
  queue.forEach((c, i) => {
    const slot = i % slots.length;
    const job = (slots[slot] as Promise<unknown>).then(async () => {
      const dir = project(c.name, c.expected);
      return { dir, run: await runChild(["build", "--root", dir, "--out", path.join(dir, "_site"), "--now", NOW]) };
    });
    slots[slot] = job.then(() => undefined, () => undefined);
    built.set(c.name, job);
  });
});

it("has at least 25 kinds of bad input, each with an expected code", () => {
  expect(cases.length).toBeGreaterThanOrEqual(25);
  for (const c of cases) expect(c.expected.exit === 0 || c.expected.problems.length > 0, c.name).toBe(true);
});

describe.each(cases.filter((c) => c.expected.exit === 1))("$name", ({ name, expected }) => {
  it(`${expected.kind}: reported with code, file and line; the build fails and the previous _site/ is unchanged`, async () => {
    const dir = project(name, expected);
    const out = path.join(dir, "_site");
    cpSync(previousSite, out, { recursive: true });
    const before = hashTree(out);

    const check = await runInProcess(["check", "--root", dir, "--now", NOW]);
    const build = await runInProcess(["build", "--root", dir, "--out", out, "--now", NOW]);

    expect(printedProblems(check.stdout)).toEqual(expected.problems);
    expect(check.code).toBe(1);
    expect(build.code).toBe(1);
    // The build runs the same checks first and prints the same lines.
    expect(problemLines(build.stderr)).toEqual(problemLines(check.stdout));
    expect(build.stderr).toContain("được giữ nguyên");
    if (expected.counts) expect(build.stderr).toContain(countsLine(expected.counts));
    expect(hashTree(out)).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.startsWith("_site."))).toEqual([]);
  });
});

describe.each(cases.filter((c) => c.expected.exit === 0))("$name", ({ name, expected }) => {
  it(`${expected.kind}: accepted (warnings only), published correctly`, async () => {
    const result = await built.get(name);
    if (!result) throw new Error(`no build for ${name}`);
    const { dir, run } = result;
    expect(run.code, run.stderr).toBe(0);
    expect(printedProblems(run.stderr)).toEqual(expected.problems);
    const check = await runInProcess(["check", "--root", dir, "--now", NOW]);
    expect(check.code).toBe(0);
    expect(problemLines(check.stdout)).toEqual(problemLines(run.stderr));
    // The good article of the base project is never lost.
    expect(existsSync(path.join(dir, "_site/tin-tuc/phuong-hang-bac-ra-quan-tong-ve-sinh/index.html"))).toBe(true);
    for (const [url, want] of Object.entries(expected.html ?? {})) {
      const html = readFileSync(path.join(dir, "_site", url, "index.html"), "utf8");
      for (const s of want.contains ?? []) expect(html).toContain(s);
      for (const s of want.excludes ?? []) expect(html).not.toContain(s);
      if (expected.nfc) expect(html).toBe(html.normalize("NFC"));
    }
    if (expected.outside) expect(existsSync(expected.outside)).toBe(false);
    // Nothing is written next to the site: the project holds its content, the site and the article cache.
    expect(readdirSync(dir).filter((f) => f !== ".cache").sort()).toEqual(["_site", "content"]);
  });
});
