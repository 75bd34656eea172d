/** Warnings about an article body: images without alt, captions without a photo, raw HTML, unsafe links. */
import { problem, type Problem } from "./problems.ts";

/** Tags that would run code or change the page if they were ever rendered. */
const ACTIVE_TAGS = new Set(["script", "iframe", "object", "embed", "style", "form", "input", "button", "link", "meta", "base", "svg", "math", "frame", "frameset", "applet"]);

/** An HTML start or end tag, or a comment; autolinks (`<https://…>`) and e-mails are not tags. */
const HTML_TAG = /<!--|<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])[^<>]*>/g;

/** Link targets markdown-it refuses (it keeps them as text): `[x](javascript:…)`, `<javascript:…>`, `[x]: javascript:…`. */
const UNSAFE_LINK = /(?:\]\(\s*<?|^\s{0,3}\[[^\]]+\]:\s*<?|<)\s*((?:java|vb)script|file|data(?!:image\/(?:gif|png|jpeg|webp);))\s*:/gim;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const IMAGE_NO_ALT = /!\[\s*\]\s*[([]/g;
const IMAGE_ONLY = /^\s*!\[[^\]]*\]\([^)]*\)\s*$/;
/** A paragraph that is all italics, the way a photo caption is written under a photo. */
const ITALIC_ONLY = /^([*_])(?![*_\s])[^]*[^*_\s]\1$/;

/** Undo the character references an editor (or an attacker) may use to hide `javascript:`. */
function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&colon;/gi, ":")
    .replace(/&tab;|&newline;/gi, "");
}

/** Inline code is shown as it is written, so what is inside it is never HTML or a link. */
function withoutCodeSpans(line: string): string {
  return line.replace(/(`+)[^`]*?\1/g, (m) => " ".repeat(m.length));
}

/**
 * The raw HTML tags in a piece of text, e.g. `["script"]`; `<!--` is reported as "!--".
 * @example htmlTags("Xin <b>chào</b>") // ["b"]
 */
export function htmlTags(text: string): string[] {
  const tags = new Set<string>();
  for (const m of text.matchAll(HTML_TAG)) tags.add(m[1]?.toLowerCase() ?? "!--");
  return [...tags];
}

/** What to tell an editor about the HTML tags found in one place. */
export function htmlMessage(where: string, tags: readonly string[]): string {
  const list = tags.map((t) => (t === "!--" ? "<!-- -->" : `<${t}>`)).join(", ");
  if (tags.some((t) => ACTIVE_TAGS.has(t))) {
    return `${where} có mã HTML ${list}. Mã này không bao giờ chạy trên trang: nó hiện nguyên văn thành chữ. Xóa đoạn mã; muốn nhúng video hay bản đồ, hãy chèn một liên kết.`;
  }
  return `${where} có thẻ HTML ${list}; thẻ sẽ hiện nguyên văn thành chữ. Viết bằng Markdown: **đậm**, *nghiêng*, [liên kết](https://…), xuống dòng bằng một dòng trống.`;
}

/**
 * Check a body; `firstLine` is the 1-based line of the body in its file, so problems point into the file.
 * @example checkBody("![](/images/a.jpg)\n", 6, "content/a.md")[0]?.code // "BT103" at line 6
 */
export function checkBody(body: string, firstLine: number, file: string): Problem[] {
  const problems: Problem[] = [];
  const lines = body.split("\n");
  let fence: string | null = null;
  let paragraph: { text: string; line: number } | null = null;
  let previous = "";
  const endParagraph = () => {
    if (paragraph && ITALIC_ONLY.test(paragraph.text) && !IMAGE_ONLY.test(previous)) {
      problems.push(problem("BT105", { file, line: paragraph.line }, "Đoạn in nghiêng này trông như chú thích ảnh nhưng không có ảnh ở ngay trên. Nếu là chú thích, chèn ảnh kèm chú thích: ![mô tả ảnh](/images/ten-anh.jpg \"chú thích\"). Nếu cố ý viết như vậy, có thể bỏ qua cảnh báo này."));
    }
    if (paragraph) previous = paragraph.text;
    paragraph = null;
  };
  lines.forEach((raw, i) => {
    const line = firstLine + i;
    const open = FENCE.exec(raw)?.[1];
    if (fence) {
      if (open && open[0] === fence[0] && open.length >= fence.length) fence = null;
      return;
    }
    if (open) {
      endParagraph();
      fence = open;
      return;
    }
    if (!raw.trim()) {
      endParagraph();
      return;
    }
    if (paragraph) paragraph.text += "\n" + raw.trim();
    else paragraph = { text: raw.trim(), line };
    const text = withoutCodeSpans(raw);
    for (const m of text.matchAll(IMAGE_NO_ALT)) {
      problems.push(problem("BT103", { file, line, column: (m.index ?? 0) + 1 }, "Ảnh không có mô tả (alt) cho người khiếm thị và khi ảnh không tải được. Viết mô tả trong ngoặc vuông: ![Quang cảnh hội nghị](/images/ten-anh.jpg)."));
    }
    const tags = htmlTags(text);
    if (tags.length) problems.push(problem("BT106", { file, line, column: text.search(/</) + 1 }, htmlMessage("Dòng này", tags)));
    for (const m of decodeEntities(text).matchAll(UNSAFE_LINK)) {
      problems.push(problem("BT107", { file, line }, `Liên kết "${m[1]?.toLowerCase()}:" không an toàn nên không được tạo; chữ hiện nguyên văn. Chỉ dùng liên kết https://…, mailto:… hoặc đường dẫn trong trang (/…).`));
    }
  });
  endParagraph();
  return problems;
}
