/** Award kinds: finds "Giấy khen", "Bằng khen", "Cờ thi đua", "Huân chương …" and reads their full name. */

/** An award kind mentioned in a sentence. */
export interface KindMention {
  /** The kind as written, first letter capitalised ("Huân chương Lao động hạng Ba"). */
  kind: string;
  /** Offset of the mention. */
  start: number;
  /** Offset just after the full name. */
  end: number;
}

const KIND =
  /(?<![\p{L}\p{M}])(giấy khen|bằng khen|cờ thi đua|huân chương|huy chương|kỷ niệm chương|danh hiệu|huy hiệu)(?![\p{L}\p{M}])/giu;
// Kinds whose name goes on after the base word ("Huân chương Lao động hạng Ba").
const QUALIFIED = new Set(["huân chương", "huy chương", "kỷ niệm chương", "danh hiệu", "huy hiệu"]);
const QUOTED = /^ ?([“"«])([^”"»]{1,120})([”"»])/u;
const WORD = /^ ?([^\s,;:.()“”"]+)/u;
const QUALIFIER_STOP = new Set(
  "cho của đối với tới và đã có tại nhằm do trong ghi theo vì lần được trao tặng nhân các những đến từ là sẽ thì mà".split(" "),
);

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Reads the qualifier after a base kind ("Lao động hạng Ba", "“Vì sự nghiệp …”"); "" when none. */
function qualifier(text: string, from: number): string {
  const q = QUOTED.exec(text.slice(from));
  if (q) return q[0];
  let at = from;
  for (let n = 0; n < 10; n++) {
    const w = WORD.exec(text.slice(at, at + 60));
    if (!w || QUALIFIER_STOP.has(w[1]!)) break;
    at += w[0].length;
  }
  return text.slice(from, at);
}

// More quoted titles after the first: ", “Dòng họ học tập”".
const MORE_QUOTED = /^(?:,\s*[“"«][^”"»]{1,120}[”"»])+/u;

function quotedTail(text: string, from: number): number {
  return MORE_QUOTED.exec(text.slice(from, from + 400))?.[0].length ?? 0;
}

/**
 * Finds award kinds in a sentence, each with its full name as written, first letter capitalised.
 *
 * @example
 *   findKinds("trao Huân chương Lao động hạng Ba cho Trường A")[0].kind // → "Huân chương Lao động hạng Ba"
 *   findKinds("tặng giấy khen cho 5 tập thể")[0].kind                 // → "Giấy khen"
 */
export function findKinds(sentence: string): KindMention[] {
  const out: KindMention[] = [];
  for (const m of sentence.matchAll(KIND)) {
    const base = m[1]!;
    let end = m.index + base.length;
    if (QUALIFIED.has(base.toLowerCase())) {
      const q = qualifier(sentence, end);
      if (q.trim() === "" && /^(?:danh|huy) hiệu$/iu.test(base)) continue;
      end += q.length;
    }
    // "Giấy khen danh hiệu “Gia đình học tập”, “Dòng họ học tập”": the title is what the Giấy khen
    // is for, not a second award; it belongs to the kind before it.
    const prev = out[out.length - 1];
    if (prev && /^danh hiệu$/iu.test(base) && sentence.slice(prev.end, m.index).trim() === "") {
      prev.end = end + quotedTail(sentence, end);
      continue;
    }
    out.push({ kind: capitalise(sentence.slice(m.index, end).trim()), start: m.index, end });
  }
  return out;
}
