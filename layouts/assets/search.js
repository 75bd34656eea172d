// The search page: pagefind answers in the browser. Text from the index is only ever set as text,
// never as HTML, so a hostile title or body cannot become markup here.
const PAGE = 10;
const form = document.getElementById("tim-kiem");
const input = document.getElementById("q");
const category = document.getElementById("chuyen-muc");
const year = document.getElementById("nam");
const status = document.getElementById("trang-thai");
const list = document.getElementById("ket-qua");
const more = document.getElementById("xem-them");

/** đ/Đ → d/D: pagefind folds tone marks by itself but not this letter (see docs/search.md). */
const foldD = (s) => s.replace(/đ/g, "d").replace(/Đ/g, "D");

/** Long reports are not punished for their length: a district's news is searched by how much it is about the words. */
const RANKING = JSON.parse(new URLSearchParams(location.search).get("ranking") ?? "null") ?? { pageLength: 0.1, termFrequency: 1.0 };

let pagefind = null;
let shown = [];
let next = 0;
let generation = 0;

async function load() {
  if (!pagefind) {
    pagefind = await import("/pagefind/pagefind.js");
    await pagefind.options({ excerptLength: 28, ranking: RANKING });
    pagefind.init();
  }
  return pagefind;
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

function filters() {
  const f = {};
  const option = category.selectedOptions[0];
  if (category.value && option) f.category = option.dataset.filter ?? option.textContent;
  if (year.value) f.year = year.value;
  return f;
}

/** Both spellings when the query has đ: the page's own đ and the folded copy both count; best score wins. */
async function find(pf, query, f) {
  const queries = query && /[đĐ]/.test(query) ? [query, foldD(query)] : [query || null];
  const byId = new Map();
  for (const q of queries) {
    const found = await pf.search(q, { filters: f });
    for (const r of found?.results ?? []) {
      const seen = byId.get(r.id);
      if (!seen || r.score > seen.score) byId.set(r.id, r);
    }
  }
  return [...byId.values()].sort((a, b) => b.score - a.score);
}

/** Opens the folded copy of a page's đ-words in the index (FOLD_MARK in src/search/index-page.ts). */
const FOLD_MARK = "⁂";

/** The excerpt up to the folded copy; when it holds nothing else, the page's first words. */
function readableExcerpt(data) {
  const excerpt = data.excerpt ?? "";
  const cut = excerpt.indexOf(FOLD_MARK);
  if (cut < 0) return excerpt;
  const before = excerpt.slice(0, cut).replace(/[\s.]+$/, "");
  if (/[\p{L}\d]/u.test(before.replace(/<[^>]*>/g, ""))) return `${before} …`;
  const words = (data.content ?? "").split(FOLD_MARK)[0].split(/\s+/).slice(0, 28).join(" ");
  return words.replace(/[<&]/g, (c) => (c === "<" ? "&lt;" : "&amp;")) + " …";
}

/** The excerpt as nodes: text and <mark> only, whatever the string holds. */
function excerptNodes(html) {
  const doc = new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}`, "text/html");
  const out = [];
  for (const node of doc.body.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      out.push(mark);
    } else {
      out.push(document.createTextNode(node.textContent ?? ""));
    }
  }
  return out;
}

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function item(data) {
  const li = el("li");
  const article = el("article", "teaser");
  const h2 = el("h2", "teaser-title");
  const a = el("a", "", data.meta?.title ?? data.url);
  a.href = data.url;
  h2.append(a);
  const meta = el("p", "teaser-meta");
  meta.append(el("span", "", data.meta?.date ?? ""));
  const cat = data.filters?.category?.[0];
  if (cat) meta.append(" · ", el("span", "", cat));
  const excerpt = el("p", "teaser-summary");
  excerpt.append(...excerptNodes(readableExcerpt(data)));
  article.append(h2, meta, excerpt);
  li.append(article);
  return li;
}

async function showMore(gen) {
  const batch = shown.slice(next, next + PAGE);
  next += batch.length;
  const datas = await Promise.all(batch.map((r) => r.data()));
  if (gen !== generation) return;
  list.append(...datas.map(item));
  more.hidden = next >= shown.length;
}

async function run() {
  const gen = ++generation;
  const query = input.value.trim();
  const f = filters();
  writeUrl();
  if (!query && !f.category && !f.year) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = "Nhập từ khóa (có dấu hay không dấu đều được), hoặc chọn chuyên mục, năm.";
    return;
  }
  status.textContent = "Đang tìm…";
  try {
    const pf = await load();
    const results = await find(pf, query, f);
    if (gen !== generation) return;
    shown = results;
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
  timer = setTimeout(run, 250);
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
