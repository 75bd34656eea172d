/** Finds the people named in a sentence: each name with the role written next to it. */

import type { Person } from "../types.ts";
import { findNames, type NameSpan } from "./name.ts";
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

// What may sit between two people of one list: separators, "và", "cùng", honorifics, ranks, titles.
const LIST_GAP =
  /^[\s,;:]*(?:(?:và|cùng|cùng với)[\s,]+)?(?:(?:các |Các )?(?:đồng chí|Đồng chí)|đ\/c|Đ\/c|ông|Ông|bà|Bà|anh|Anh|chị|Chị|(?:Thượng|Đại|Trung|Thiếu) (?:tá|úy|uý|tướng)|[Bb]ác sĩ|[Tt]iến sĩ|[Tt]hạc sĩ|[Nn]hà giáo|[Nn]ghệ sĩ)?[\s:.]*$/u;

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

// What may separate two role-first entries of a list: "Bí thư Quận ủy A, Chủ tịch UBND quận B".
const ENTRY_SEPARATOR = /(?:\s*[,;]|\s+và)\s*$/u;

/**
 * Where the role read after a role-first name must stop because the next list entry starts: in
 * "Bí thư Quận ủy A, Phó Chủ tịch UBND quận B, …" the text after A is B's role and B, not A's role.
 * Returns the offset of the separator, or -1. Asked only for a name written with its role first, so
 * "ông A, Chủ tịch UBND phường Lý Thái Tổ" keeps its role (the ward is named after a person).
 */
function nextEntry(sentence: string, names: NameSpan[], k: number, roleEnd: number): number {
  const n = names[k]!;
  const inner = names.slice(k + 1).find((m) => m.start < roleEnd);
  if (!inner) return -1;
  const own = readRoleBefore(sentence, inner.start, n.end);
  if (!own || own.start <= n.end) return -1;
  const gap = ENTRY_SEPARATOR.exec(sentence.slice(n.end, own.start));
  return gap ? own.start - gap[0].length : -1;
}

function scan(sentence: string): Mention[] {
  const out: Mention[] = [];
  let covered = 0;
  const names = findNames(sentence);
  for (let k = 0; k < names.length; k++) {
    const n = names[k]!;
    if (n.start < covered) continue;
    const before = readRoleBefore(sentence, n.start, covered);
    let after = readRoleAfter(sentence, n.end);
    if (after.role !== null && before !== null) {
      const cut = nextEntry(sentence, names, k, after.end);
      if (cut >= 0) after = readRoleAfter(sentence.slice(0, cut), n.end);
    }
    const start = before ? before.start : n.start;
    // "Chủ tịch UBND quận A, Trưởng Ban Chỉ đạo": both are A's roles.
    const role = before && after.role !== null ? `${before.role}, ${after.role}` : (after.role ?? before?.role ?? null);
    out.push({
      name: n.name,
      role,
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
