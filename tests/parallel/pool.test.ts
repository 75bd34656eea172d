import { describe, expect, it } from "vitest";
import { profilingArgs, workerCount } from "../../src/parallel/pool.ts";

describe("profilingArgs", () => {
  it("passes only the --cpu-prof flags on to workers", () => {
    expect(profilingArgs(["--cpu-prof", "--cpu-prof-dir=/tmp/p", "--max-old-space-size=4096", "--import", "tsx"])).toEqual(["--cpu-prof", "--cpu-prof-dir=/tmp/p"]);
    expect(profilingArgs([])).toEqual([]);
  });
});

describe("workerCount", () => {
  it("takes BANTIN_WORKERS when set, else one per core up to 4", () => {
    expect(workerCount({ BANTIN_WORKERS: "3" })).toBe(3);
    expect(workerCount({ BANTIN_WORKERS: "0" })).toBe(0);
    expect(workerCount({})).toBeGreaterThanOrEqual(1);
    expect(workerCount({})).toBeLessThanOrEqual(4);
  });
});
