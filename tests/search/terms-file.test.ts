import { mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MainFile, writeMainFile } from "../../src/search/terms-file.ts";
import { wordTable } from "../../src/search/word-table.ts";

/** A main file of `n` entries, entry i holding the ids i, i + 1, … (i % 5 of them), each weighing i % 7 + 1. */
function write(file: string, n: number, stamp = "s1"): void {
  const keys = Array.from({ length: n }, (_, i) => `k${i}`);
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + (i % 5);
  const ids = new Uint32Array(offsets[n]!);
  const weights = new Uint8Array(offsets[n]!);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < i % 5; j++) {
      ids[offsets[i]! + j] = i + j;
      weights[offsets[i]! + j] = (i % 7) + 1;
    }
  writeMainFile(file, { format: "f", stamp, words: "a\nb", table: wordTable(["a", "b"]), blocks: [], keys, offsets }, ids, weights);
}

const expected = (i: number) => ({ ids: Uint32Array.from({ length: i % 5 }, (_, j) => i + j), weights: new Uint8Array(i % 5).fill((i % 7) + 1) });

describe("MainFile", () => {
  it("reads the head, then each entry asked for, one by one or all at once", () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "bantin-terms-file-")), "terms.v8");
    write(file, 200);
    const main = MainFile.open(file)!;
    expect(main.head).toMatchObject({ format: "f", stamp: "s1", words: "a\nb" });
    expect(main.head.keys).toHaveLength(200);
    // More entries than are read one by one: the rest come from the whole body.
    for (let i = 0; i < 200; i++) expect(main.entry((i * 37) % 200)).toEqual(expected((i * 37) % 200));
    main.close();
  });
  it("keeps reading the file it opened when another build renames a new one into place", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bantin-terms-file-"));
    const file = path.join(dir, "terms.v8");
    write(file, 10);
    const main = MainFile.open(file)!;
    write(path.join(dir, "other"), 3, "s2");
    renameSync(path.join(dir, "other"), file);
    expect(main.entry(7)).toEqual(expected(7));
    expect(MainFile.open(file)?.head.stamp).toBe("s2");
  });
  it("is null for a missing, short, damaged or other file", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bantin-terms-file-"));
    const file = path.join(dir, "terms.v8");
    expect(MainFile.open(file)).toBeNull();
    write(file, 10);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 1));
    expect(MainFile.open(file)).toBeNull();
    writeFileSync(file, "rác");
    expect(MainFile.open(file)).toBeNull();
    // Another count of entries than the file holds, or another layout's first bytes.
    for (const at of [8, 0]) {
      const damaged = Buffer.from(bytes);
      damaged[at]! ^= 1;
      writeFileSync(file, damaged);
      expect(MainFile.open(file)).toBeNull();
    }
  });
});
