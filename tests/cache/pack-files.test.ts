import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PackFiles } from "../../src/cache/pack-files.ts";

describe("PackFiles", () => {
  it("appends to a pack of this process and reads back by offset, in this and another instance", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bantin-packs-"));
    const packs = new PackFiles(dir);
    expect(packs.writingName).toBeNull();
    expect(packs.append("")).toEqual([0, 0]);
    const a = packs.append("<p>Hoàn Kiếm</p>");
    const b = packs.append(Buffer.from("đ"));
    const name = packs.current();
    expect(packs.read(name, ...a).toString("utf8")).toBe("<p>Hoàn Kiếm</p>");
    expect(new PackFiles(dir).read(name, ...b).toString("utf8")).toBe("đ");
    expect(packs.sizes()).toEqual(new Map([[name, a[1] + b[1]]]));
    expect(() => packs.read(name, 0, 1000)).toThrow(/shorter than its index says/);
  });

  it("starts a fresh pack on request and deletes a pack it is told to", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bantin-packs-"));
    const packs = new PackFiles(dir);
    packs.append("một");
    const first = packs.current();
    packs.startNew();
    packs.append("hai");
    expect(packs.current()).not.toBe(first);
    packs.unlink(first);
    expect(existsSync(packs.path(first))).toBe(false);
    expect([...packs.sizes().keys()]).toEqual([packs.current()]);
  });
});
