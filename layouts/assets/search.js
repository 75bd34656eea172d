// The search page: answers from bantin's index in /tim-kiem/chi-muc/ (docs/search.md), downloading
// only the shards of the words asked for. Text from the index is only ever set as text, never as
// HTML, so a hostile title or summary cannot become markup here.
import { fold, searchEngine, words } from "./search-core.js";

const BASE = "/tim-kiem/chi-muc/";
const PAGE = 10;

const form = document.getElementById("tim-kiem");
const input = document.getElementById("q");
const category = document.getElementById("chuyen-muc");
const year = document.getElementById("nam");
const status = document.getElementById("trang-thai");
const list = document.getElementById("ket-qua");
const more = document.getElementById("xem-them");

const cache = new Map();
/** The index's version (meta.json `id`): asked with every other file, so a cache never mixes two builds. */
let version = "";
/** Fetch a JSON file of the index once; meta.json is always checked with the server. */
function get(file) {
  let p = cache.get(file);
  if (!p) {
    const meta = file === "meta.json";
    p = fetch(meta ? BASE + file : `${BASE}${file}?v=${version}`, meta ? { cache: "no-cache" } : {}).then(async (r) => {
      if (!r.ok) throw new Error(`${BASE}${file}: ${r.status}`);
      const json = await r.json();
      if (meta) version = String(json.id ?? "");
      return json;
    });
    p.catch(() => cache.delete(file));
    cache.set(file, p);
  }
  return p;
}

const engine = searchEngine(get);

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Text with the query's words marked: nodes only, whatever the string holds. */
function marked(text, query) {
  const wanted = words(query).map((w) => fold(w));
  const last = wanted.at(-1);
  const out = [];
  const re = /[\p{L}\p{M}\p{N}]+/gu;
  let at = 0;
  for (const m of text.matchAll(re)) {
    const f = fold(m[0].toLowerCase());
    if (wanted.includes(f) || (last && last.length >= 2 && f.startsWith(last))) {
      if (m.index > at) out.push(document.createTextNode(text.slice(at, m.index)));
      out.push(el("mark", "", m[0]));
      at = m.index + m[0].length;
    }
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)));
  return out;
}

function item([url, title, date, categoryName, summary], query) {
  const li = el("li");
  const article = el("article", "teaser");
  const h2 = el("h2", "teaser-title");
  const a = el("a");
  a.append(...marked(title, query));
  a.href = url;
  h2.append(a);
  const meta = el("p", "teaser-meta");
  meta.append(el("span", "", date));
  if (categoryName) meta.append(" · ", el("span", "", categoryName));
  const excerpt = el("p", "teaser-summary");
  excerpt.append(...marked(summary, query));
  article.append(h2, meta, excerpt);
  li.append(article);
  return li;
}

let shown = [];
let next = 0;
let generation = 0;
let shownQuery = "";

async function showMore(gen) {
  const batch = shown.slice(next, next + PAGE);
  next += batch.length;
  const docs = await Promise.all(batch.map((id) => engine.doc(id)));
  if (gen !== generation) return;
  list.append(...docs.map((d) => item(d, shownQuery)));
  more.hidden = next >= shown.length;
}

function readUrl() {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  category.value = params.get("chuyen-muc") ?? "";
  year.value = params.get("nam") ?? "";
  if (category.selectedIndex < 0) category.value = "";
  if (year.selectedIndex < 0) year.value = "";
}

function writeUrl() {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set("q", input.value.trim());
  if (category.value) params.set("chuyen-muc", category.value);
  if (year.value) params.set("nam", year.value);
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

async function run() {
  const gen = ++generation;
  const query = input.value.trim().normalize("NFC");
  const f = { category: category.value, year: year.value };
  writeUrl();
  if (!words(query).length && !f.category && !f.year) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = query
      ? "Hãy gõ ít nhất một từ (chữ hoặc số)."
      : "Nhập từ khóa (có dấu hay không dấu đều được), hoặc chọn chuyên mục, năm.";
    return;
  }
  status.textContent = "Đang tìm…";
  try {
    const results = await engine.find(query, f);
    if (gen !== generation) return;
    shown = results;
    shownQuery = query;
    next = 0;
    list.replaceChildren();
    await showMore(gen);
    if (gen !== generation) return;
    const about = query ? ` cho “${query}”` : "";
    status.textContent = results.length
      ? `Tìm thấy ${results.length} bài viết${about}.`
      : `Không tìm thấy bài viết nào${about}. Hãy thử từ khóa khác hoặc bỏ bớt bộ lọc.`;
  } catch (cause) {
    if (gen !== generation) return;
    status.textContent = "Không tải được bộ tìm kiếm. Bạn vẫn có thể xem bài theo Lưu trữ hoặc Chuyên mục.";
    console.warn("bantin search:", cause);
  }
}

let timer = 0;
input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(run, 200);
});
category.addEventListener("change", run);
year.addEventListener("change", run);
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(timer);
  run();
});
more.addEventListener("click", () => showMore(generation));
readUrl();
run();
