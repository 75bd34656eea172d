/** Finds the people named in a sentence: each name with the role written next to it. */

import type { Person } from "../types.ts";
import { findNames } from "./name.ts";
import { readRoleAfter, readRoleBefore } from "./role.ts";

/** A person mentioned in a sentence, with the span the mention covers. */
export interface Mention extends Person {
  /** Offset where the mention starts (the role, when it is written first; else the name). */
  start: number;
  /** Offset of the name. */
  nameStart: number;
  /** Offset just after the mention (after the role, when it is written after the name). */
  end: number;
}

// What may sit between two people of one list: separators, "và", "cùng", honorifics, ranks.
const LIST_GAP =
  /^[\s,;:]*(?:(?:và|cùng|cùng với)[\s,]+)?(?:(?:các |Các )?(?:đồng chí|Đồng chí)|đ\/c|Đ\/c|ông|Ông|bà|Bà|anh|Anh|chị|Chị|(?:Thượng|Đại|Trung|Thiếu) (?:tá|úy|uý|tướng))?[\s:.]*$/u;

/**
 * Finds every person named in a sentence, in order, each with the role written after the name
 * ("Name – Role", "Name - Role", "Name, Role", "Name (Role)") or before it ("Role Name").
 *
 * @example
 *   findPeople("Tới dự có đồng chí Đàm Văn Huân – Phó Chủ tịch UBND quận.")
 *   // → [{ name: "Đàm Văn Huân", role: "Phó Chủ tịch UBND quận", … }]
 */
export function findPeople(sentence: string): Mention[] {
  const hit = memo.get(sentence);
  if (hit) return hit;
  if (memo.size >= MEMO_SIZE) memo.clear();
  const out = scan(sentence);
  memo.set(sentence, out);
  return out;
}

// Several extractors read the same sentence: remember the last few thousand (mentions are never mutated).
const MEMO_SIZE = 4096;
const memo = new Map<string, Mention[]>();

function scan(sentence: string): Mention[] {
  const out: Mention[] = [];
  let covered = 0;
  for (const n of findNames(sentence)) {
    if (n.start < covered) continue;
    const after = readRoleAfter(sentence, n.end);
    const before = after.role === null ? readRoleBefore(sentence, n.start) : null;
    const start = before && before.start >= covered ? before.start : n.start;
    out.push({
      name: n.name,
      role: after.role ?? (before && before.start >= covered ? before.role : null),
      start,
      nameStart: n.start,
      end: Math.max(after.end, n.end),
    });
    covered = Math.max(after.end, n.end);
  }
  return out;
}

/** Whether two mentions follow each other as one list ("A – X; B – Y", "A và đồng chí B"). */
export function chained(sentence: string, left: Mention, right: Mention): boolean {
  return LIST_GAP.test(sentence.slice(left.end, right.start));
}

/** Keeps the first mention of each name, filling a missing role from a later mention. */
export function uniqueByName<T extends { value: Person }>(items: T[], roles?: Map<string, string>): T[] {
  const seen = new Map<string, T>();
  for (const it of items) {
    const had = seen.get(it.value.name);
    if (!had) seen.set(it.value.name, it);
    else if (had.value.role === null && it.value.role !== null) had.value.role = it.value.role;
  }
  const out = [...seen.values()];
  if (roles) for (const it of out) if (it.value.role === null) it.value.role = roles.get(it.value.name) ?? null;
  return out;
}
