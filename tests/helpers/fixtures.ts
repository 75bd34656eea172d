/** Test helpers: fixture files are read from tests/fixtures. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures");
export const ROOT = path.resolve(FIXTURES, "../..");

export function fixturePath(rel: string): string {
  return path.join(FIXTURES, rel);
}

export function readFixture(rel: string): string {
  return readFileSync(fixturePath(rel), "utf8");
}
