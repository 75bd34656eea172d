/** Caches and states are replaced in one rename: a build reading one meanwhile sees the old bytes or the new ones, never half. */
import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Write `data` to `file` through a temporary file beside it (named for this process and call, so
 * two writers never share one), then rename it into place; the folder is made when missing.
 * @example writeFileAtomically(".cache/bantin/collections.v8", serialize(saved))
 */
export function writeFileAtomically(file: string, data: string | NodeJS.ArrayBufferView): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}
