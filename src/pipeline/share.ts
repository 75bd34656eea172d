/** Structural sharing between two builds' data: parts equal to last time keep last time's objects, so per-object caches (fingerprints) still hit. */

/** Plain data we look inside: arrays and objects made by `{}`. Anything else (cached articles, Maps) is compared by identity. */
function isPlain(v: object): boolean {
  return Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype;
}

/**
 * `next`, with every part deep-equal to the same part of `prev` replaced by `prev`'s object. Cached
 * articles (and anything not plain data) count as equal only when they are the same object, which
 * is exact for them: one content key, one object. Nothing is mutated.
 * @example share({ a: [1], b: [2] }, { a: [1], b: [3] }).a === prevA // true; .b is the new array
 */
export function share<T>(prev: unknown, next: T): T {
  if (prev === next || next === null || typeof next !== "object") return next;
  if (prev === null || typeof prev !== "object" || !isPlain(next) || !isPlain(prev)) return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return next;
    let same = prev.length === next.length;
    let reused = false;
    const out = next.map((v: unknown, i) => {
      const s = i < prev.length ? share(prev[i], v) : v;
      if (s !== prev[i]) same = false;
      if (s !== v) reused = true;
      return s;
    });
    return (same ? prev : reused ? out : next) as T;
  }
  if (Array.isArray(prev)) return next;
  const p = prev as Record<string, unknown>;
  const n = next as Record<string, unknown>;
  const keys = Object.keys(n);
  const prevKeys = Object.keys(p);
  // Same keys in the same order: JSON (and so a fingerprint) of either is the same.
  let same = keys.length === prevKeys.length && keys.every((k, i) => prevKeys[i] === k);
  let reused = false;
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const s = k in p ? share(p[k], n[k]) : n[k];
    if (s !== p[k]) same = false;
    if (s !== n[k]) reused = true;
    out[k] = s;
  }
  // Nothing of `prev` kept: `next` itself, not a copy.
  return (same ? prev : reused ? out : next) as T;
}
