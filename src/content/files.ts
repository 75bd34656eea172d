/** What each file under content/ is: an article, an asset, something to ignore, or a stray an editor must move. */

/** How bantin treats a file found under content/. */
export type ContentFileKind =
  /** A Markdown article (`.md`). */
  | "article"
  /** categories.yaml, or anything under images/ (copied to the site as it is). */
  | "asset"
  /** Hidden files and the litter of editors and operating systems (.gitkeep, .DS_Store, Thumbs.db, backup~). */
  | "ignored"
  /** Anything else: never silently skipped, it is reported (BT019) and counted as an error. */
  | "stray";

const JUNK = new Set(["thumbs.db", "desktop.ini"]);
const IMAGE = /\.(jpe?g|png|webp|avif|gif|svg|heic|tiff?|bmp)$/i;
const TEXT = /\.(markdown|mdown|mkdn|mkd|mdx|txt|text|MD|Md|mD)$/;
const DOCUMENT = /\.(docx?|odt|rtf|pdf|pages|html?)$/i;

/**
 * Classify a path relative to the content folder, with "/" separators.
 * @example classifyContentFile("tin-tuc/2024/bai.markdown") // "stray"
 */
export function classifyContentFile(rel: string): ContentFileKind {
  // The common case without splitting (10k articles a load): a .md file outside images/ and outside any hidden folder.
  if (rel.endsWith(".md") && !rel.startsWith(".") && !rel.includes("/.") && !rel.startsWith("images/")) return "article";
  const parts = rel.split("/");
  const name = parts[parts.length - 1] ?? "";
  if (parts.some((p) => p.startsWith(".")) || JUNK.has(name.toLowerCase()) || name.endsWith("~")) return "ignored";
  if (rel === "categories.yaml" || parts[0] === "images") return "asset";
  return name.endsWith(".md") ? "article" : "stray";
}

/**
 * The Vietnamese message for a stray file: what it is and how to fix it.
 * @example strayMessage("tin-tuc/2024/bai.txt") // "… Đổi đuôi tệp thành .md …"
 */
export function strayMessage(rel: string): string {
  if (TEXT.test(rel)) return "Tệp này không được đăng vì bantin chỉ đọc bài viết có đuôi .md (chữ thường). Đổi đuôi tệp thành .md, hoặc xóa tệp nếu không cần.";
  if (IMAGE.test(rel)) return "Ảnh chỉ được đưa lên trang khi nằm trong content/images/. Chuyển ảnh vào đó và ghi đường dẫn dạng /images/ten-anh.jpg trong bài.";
  if (DOCUMENT.test(rel)) return "bantin không đọc tệp Word, PDF hay HTML. Tạo bài bằng lệnh bantin new \"Tiêu đề\" --category <chuyên mục>, chép nội dung vào tệp .md rồi xóa tệp này.";
  return "Tệp này không phải bài viết .md nên không được đăng. Xóa tệp, hoặc chuyển nó ra khỏi thư mục content/.";
}
