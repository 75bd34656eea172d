/** `bantin new "Tiêu đề" --category <slug>`: create a draft at content/<category>/<yyyy>/<slug>.md. */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { bySlug, parseCategories, resolveCategory } from "../content/categories.ts";
import { formatProblem } from "../content/problems.ts";
import { planNewArticle, takenSlugs } from "../editor/new-article.ts";
import { parse } from "./args.ts";
import { buildOptionsFromFlags } from "./build-options.ts";

export const usage = 'bantin new "Tiêu đề bài viết" --category <chuyên mục> [--slug dia-chi] [--now ISO] [--root .]';

async function articleTexts(root: string): Promise<{ file: string; text: string }[]> {
  const dir = path.join(root, "content");
  const names = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  const files = names.filter((n) => n.endsWith(".md")).map((n) => n.split(path.sep).join("/"));
  return Promise.all(files.map(async (n) => ({ file: `content/${n}`, text: await readFile(path.join(dir, n), "utf8") })));
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    category: { type: "string", short: "c" },
    slug: { type: "string" },
    now: { type: "string" },
    root: { type: "string" },
  });
  const options = buildOptionsFromFlags(values);
  if (typeof options === "string") {
    console.error(options);
    return 2;
  }
  const title = positionals.join(" ");
  const categoriesFile = path.join(options.root, "content/categories.yaml");
  const raw = await readFile(categoriesFile, "utf8").catch(() => null);
  if (raw === null) {
    console.error(`Không thấy ${categoriesFile}. Chạy lệnh trong thư mục của trang (nơi có content/), hoặc dùng --root.`);
    return 2;
  }
  const { categories, problems } = parseCategories(raw, "content/categories.yaml");
  if (problems.length) {
    for (const p of problems) console.error(formatProblem(p));
    return 1;
  }
  const list = categories.map((c) => `  ${c.slug.padEnd(22)} ${c.name}`).join("\n");
  if (!title.trim() || values.category === undefined) {
    console.error(`Cách dùng: ${usage}\nCác chuyên mục:\n${list}`);
    return 2;
  }
  const category = bySlug(categories, values.category);
  if (!category) {
    const guess = resolveCategory(categories, values.category);
    console.error(`Không có chuyên mục "${values.category}".${guess ? ` Có phải ý bạn là --category ${guess.slug}?` : ""}\nCác chuyên mục:\n${list}`);
    return 2;
  }
  const plan = planNewArticle({ title, category, now: options.now, slug: values.slug, taken: takenSlugs(await articleTexts(options.root), category.slug) });
  if (!plan.ok) {
    console.error(plan.message);
    if (plan.suggestion) console.error(`Đặt địa chỉ khác, ví dụ:\n  bantin new ${JSON.stringify(title)} --category ${category.slug} --slug ${plan.suggestion}`);
    return 1;
  }
  const abs = path.join(options.root, plan.file);
  await mkdir(path.dirname(abs), { recursive: true });
  try {
    // "wx": never overwrite a file, even one created a moment ago.
    await writeFile(abs, plan.text, { flag: "wx" });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== "EEXIST") throw cause;
    console.error(`Không tạo bài: ${plan.file} đã có. Dùng --slug để đặt địa chỉ khác.`);
    return 1;
  }
  console.log(`Đã tạo bản nháp ${plan.file}`);
  console.log(`Mở tệp để viết bài; xem thử với npm start tại http://127.0.0.1:8080${plan.url}`);
  console.log(`Khi bài sẵn sàng: xóa dòng "draft: true", rồi chạy bantin check.`);
  return 0;
}
