/** Where a build may write: the atomic swap replaces the output folder, so it must never be a folder that holds work. */
import { readdir } from "node:fs/promises";
import path from "node:path";

/** Folders of a project that a build must never replace or write into. */
const WORK_FOLDERS = ["content", "layouts", "src", "node_modules", ".git", "tests", "docs", "scripts", "bin"];

/**
 * Why `outDir` must not receive the site, in Vietnamese, or null when it is safe.
 * `projects` are the code root and the content root; `existing` says whether the folder exists and
 * holds files other than a previous site (no index.html at its top).
 * @example outDirProblem("/p", ["/p"], "empty") // "--out /p là chính thư mục dự án …"
 */
export function outDirProblem(outDir: string, projects: readonly string[], existing: "absent" | "empty" | "site" | "other"): string | null {
  const out = path.resolve(outDir);
  if (out === path.parse(out).root) return `--out ${outDir} là thư mục gốc của ổ đĩa. Chọn một thư mục riêng, ví dụ --out _site.`;
  for (const project of projects.map((p) => path.resolve(p))) {
    if (out === project || project.startsWith(out + path.sep)) {
      return `--out ${outDir} là thư mục dự án (hoặc chứa nó): bản dựng sẽ thay thế cả bài viết. Chọn một thư mục riêng, ví dụ --out _site.`;
    }
    for (const folder of WORK_FOLDERS) {
      const work = path.join(project, folder);
      if (out === work || out.startsWith(work + path.sep)) {
        return `--out ${outDir} nằm trong ${folder}/ của dự án: bản dựng sẽ xóa và thay thế nó. Chọn một thư mục riêng, ví dụ --out _site.`;
      }
    }
  }
  if (existing === "other") {
    return `--out ${outDir} đã có tệp nhưng không phải một trang bantin (không có index.html). Bản dựng thay thế cả thư mục, nên bantin không ghi vào đó. Chọn thư mục khác hoặc xóa nó trước.`;
  }
  return null;
}

/**
 * What a folder holds, for `outDirProblem`: nothing (absent or empty), a site (an index.html at its top), or other files.
 * @example await outDirKind("_site") // "site"
 */
export async function outDirKind(dir: string): Promise<"absent" | "empty" | "site" | "other"> {
  const entries = await readdir(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return null;
    throw e;
  });
  if (entries === null) return "absent";
  if (entries.length === 0) return "empty";
  return entries.includes("index.html") ? "site" : "other";
}
