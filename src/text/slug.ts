/** Vietnamese URL slugs: diacritics folded, đ → d, stable under NFC/NFD. */

const MAX_LENGTH = 80;

/**
 * Fold Vietnamese text to plain ASCII letters, keeping case: "Đà Nẵng" → "Da Nang".
 * @example foldDiacritics("Hoàn Kiếm") // "Hoan Kiem"
 */
export function foldDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/**
 * Make a URL slug: lower case ASCII, words joined by "-", at most 80 characters cut at a word.
 * @example slugify("Tổng kết công tác Đảng năm 2020") // "tong-ket-cong-tac-dang-nam-2020"
 */
export function slugify(s: string, maxLength = MAX_LENGTH): string {
  const known = maxLength === MAX_LENGTH ? memo.get(s) : undefined;
  if (known !== undefined) return known;
  const slug = slugifyUncached(s, maxLength);
  if (maxLength === MAX_LENGTH) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(s, slug);
  }
  return slug;
}

// Tags and names are slugified once per mention (hundreds of thousands of times on a large site),
// but there are only a few thousand distinct ones.
const MEMO_SIZE = 50_000;
const memo = new Map<string, string>();

function slugifyUncached(s: string, maxLength: number): string {
  const slug = foldDiacritics(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const atWord = cut.lastIndexOf("-");
  return (atWord > 0 ? cut.slice(0, atWord) : slug.slice(0, maxLength)).replace(/-+$/, "");
}

/** True when `s` is already a valid slug (what `slugify` could produce). */
export function isSlug(s: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s);
}
