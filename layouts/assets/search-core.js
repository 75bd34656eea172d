// Search logic shared by bantin's index builder (Node) and the search page (browser): one way to cut
// words, one way to fold them, one way to find a word's shard and score a match. Plain JavaScript,
// no DOM, so both sides run the very same code (src/search/*.ts import it; docs/search.md).

/** Longest word indexed; longer runs (pasted hashes, URLs without spaces) are not words. */
export const MAX_WORD = 40;

/**
 * True for the UTF-16 units words are made of: ASCII letters and digits, Latin letters with
 * diacritics (Latin-1, Extended-A/B and Extended Additional, which holds Vietnamese), combining marks.
 * @param {number} c
 */
export function isWordUnit(c) {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

/**
 * The lowercase words of a text, in order. Expects NFC text (bantin normalises all input).
 * @example words("Quận Hoàn Kiếm, năm 2020") // ["quận", "hoàn", "kiếm", "năm", "2020"]
 * @param {string} text
 * @returns {string[]}
 */
export function words(text) {
  const s = text.toLowerCase();
  const out = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && isWordUnit(s.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start <= MAX_WORD) out.push(s.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/**
 * A word without its diacritics: tone marks and vowel marks dropped, đ → d. Words are matched by
 * their folded form, so "hoan kiem", "Hoàn Kiếm" and "HOAN KIEM" find the same articles.
 * @example fold("đường") // "duong"
 * @param {string} word a lowercase word
 */
export function fold(word) {
  return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d");
}

/** A lowercase word is folded already when it holds only ASCII letters and digits. */
const PLAIN = /^[a-z0-9]*$/;

/** @param {string} word */
export function isPlain(word) {
  return PLAIN.test(word);
}

/**
 * File name of a shard: its key when that is plain ASCII, else the key's code points in hex;
 * "_" for the root shard.
 * @example shardFile("th") // "th.json"
 * @param {string} key
 */
export function shardFile(key) {
  if (key === "") return "_.json";
  if (PLAIN.test(key)) return `${key}.json`;
  return `x${[...key].map((c) => c.codePointAt(0)?.toString(16)).join("-")}.json`;
}

/**
 * The shard that holds a folded word: the longest shard key the word starts with.
 * @example shardOf("thanh", new Set(["t", "th", "tha"])) // "tha"
 * @param {string} folded
 * @param {Set<string>} keys
 * @returns {string | null}
 */
export function shardOf(folded, keys) {
  for (let n = folded.length; n >= 0; n--) {
    const key = folded.slice(0, n);
    if (keys.has(key)) return key;
  }
  return null;
}

/**
 * Shards that may hold words starting with `prefix`: its own shard and every shard under it.
 * @param {string} prefix folded
 * @param {Iterable<string>} keys
 */
export function shardsUnder(prefix, keys) {
  const all = new Set(keys);
  const out = new Set();
  const own = shardOf(prefix, all);
  if (own !== null) out.add(own);
  for (const k of all) if (k.length > prefix.length && k.startsWith(prefix)) out.add(k);
  return [...out];
}

/** Bits of a posting's weight: occurrences in the text (capped), and one bit for the title. */
export const TF_MAX = 63;
export const IN_TITLE = 64;

/**
 * How well an indexed spelling answers a query word: 1 for the same spelling (or a query typed
 * without diacritics), 0.6 when only the folded forms agree ("Da Nang" for "Đà Nẵng"), and half
 * of that when the indexed word only starts with the query (the word being typed).
 * @example matchQuality("đà", "đà", "da") // 1
 * @param {string} variant indexed spelling
 * @param {string} query query word as typed, lowercase
 * @param {string} folded query word folded
 */
export function matchQuality(variant, query, folded) {
  const f = fold(variant);
  if (variant === query || (f === folded && isPlain(query))) return 1;
  if (f === folded) return 0.6;
  if (f.startsWith(folded)) return variant.startsWith(query) || isPlain(query) ? 0.5 : 0.3;
  return 0;
}

/**
 * Score of one posting: BM25's saturating term frequency (k1 = 1.2, no length normalisation, as long
 * reports are not less about their subject), a bonus for the title, times the word's rarity.
 * @param {number} weight posting weight (tf | IN_TITLE)
 * @param {number} idf
 * @param {number} quality from matchQuality
 */
export function postingScore(weight, idf, quality) {
  const tf = weight & TF_MAX;
  const title = weight & IN_TITLE ? 1.5 : 0;
  return idf * quality * ((tf * 2.2) / (tf + 1.2) + title);
}

/**
 * Rarity of a word found in `df` of `n` documents.
 * @param {number} n
 * @param {number} df
 */
export function idf(n, df) {
  return Math.log(1 + n / Math.max(1, df));
}

/** A word being typed is matched as a prefix when that needs at most this many shards. */
const PREFIX_SHARDS = 4;

/** One character per category in the index's `categoryOf` (src/search/index-files.ts). */
export const CATEGORY_CODES = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/**
 * The query side of the index, over a loader of its JSON files (`fetch` in the browser, a Map in tests).
 * `find` gives ranked document ids: every word must match (the last one may be a prefix, as it is
 * being typed); exact spellings and title words rank first; newer first on ties. Without words it
 * lists the documents the filters allow, newest first. `doc` gives [url, title, date, category, summary].
 * @example const e = searchEngine(get); const ids = await e.find("hoan kiem", { category: "", year: "2021" });
 * @param {(file: string) => Promise<any>} get
 */
export function searchEngine(get) {
  let meta = null;
  async function loadMeta() {
    if (!meta) {
      const m = await get("meta.json");
      meta = { ...m, keys: new Set(m.shards) };
    }
    return meta;
  }

  /** Documents matching one word: doc id → score before rarity. */
  async function lookup(m, word, prefix) {
    const folded = fold(word);
    let keys = [];
    if (prefix && folded.length >= 2) keys = shardsUnder(folded, m.keys);
    if (!keys.length || keys.length > PREFIX_SHARDS) {
      prefix = false;
      const own = shardOf(folded, m.keys);
      keys = own === null ? [] : [own];
    }
    const shards = await Promise.all(keys.map((k) => get(`w/${shardFile(k)}`)));
    const best = new Map();
    for (const shard of shards) {
      for (const variant of Object.keys(shard)) {
        const quality = matchQuality(variant, word, folded);
        if (!quality || (!prefix && fold(variant) !== folded)) continue;
        const postings = shard[variant];
        let doc = 0;
        for (let i = 0; i < postings.length; i += 2) {
          doc += postings[i];
          const s = postingScore(postings[i + 1], 1, quality);
          if (s > (best.get(doc) ?? -1)) best.set(doc, s);
        }
      }
    }
    return best;
  }

  /** The filters as a test on ids (ids follow publication time, so a year is a range). */
  function allowedBy(m, f) {
    const cat = f.category ? m.categories.indexOf(f.category) : -1;
    if (f.category && cat < 0) return () => false;
    const code = cat >= 0 ? CATEGORY_CODES[cat] : null;
    let from = 0;
    let to = m.n;
    if (f.year) {
      const i = m.years.findIndex(([y]) => String(y) === String(f.year));
      if (i < 0) return () => false;
      from = m.years[i][1];
      to = m.years[i + 1]?.[1] ?? m.n;
    }
    return (id) => id >= from && id < to && (!code || m.categoryOf[id] === code);
  }

  return {
    /** @param {string} query @param {{ category?: string, year?: string | number }} f */
    async find(query, f = {}) {
      const m = await loadMeta();
      const allowed = allowedBy(m, f);
      const qs = [...new Set(words(query.normalize("NFC")))];
      if (!qs.length) {
        const ids = [];
        for (let id = m.n - 1; id >= 0; id--) if (allowed(id)) ids.push(id);
        return ids;
      }
      const found = await Promise.all(qs.map((w, i) => lookup(m, w, i === qs.length - 1)));
      const [first, ...rest] = found;
      const scores = new Map();
      for (const [id, s] of first) if (allowed(id)) scores.set(id, s * idf(m.n, first.size));
      for (const other of rest) {
        const rarity = idf(m.n, other.size);
        for (const [id, s] of scores) {
          const t = other.get(id);
          if (t === undefined) scores.delete(id);
          else scores.set(id, s + t * rarity);
        }
      }
      return [...scores].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([id]) => id);
    },
    /** @param {number} id */
    async doc(id) {
      const m = await loadMeta();
      const block = await get(`d/${Math.floor(id / m.block)}.json`);
      return block[id % m.block];
    },
  };
}
