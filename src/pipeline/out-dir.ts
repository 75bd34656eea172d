/** Where a build may write: the atomic swap replaces the output folder, so it must never be a folder that holds work. */
import { readdir, rename, rm } from "node:fs/promises";
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

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Undo what a killed build left: `<out>.tmp-<pid>` folders are removed; `<out>.old-<pid>` is put back
 * when the build died between its two renames (no `<out>` left), else removed. Folders of a build
 * still running are left alone.
 */
export async function recoverInterruptedBuilds(outDir: string): Promise<void> {
  const dir = path.dirname(outDir);
  const base = path.basename(outDir);
  const names = await readdir(dir).catch(() => [] as string[]);
  const leftovers = names
    .map((name) => ({ name, m: new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(tmp|old)-(\\d+)$`).exec(name) }))
    .filter((x) => x.m && !alive(Number(x.m[2])));
  for (const { name, m } of leftovers) {
    const full = path.join(dir, name);
    if (m?.[1] === "old" && (await outDirKind(outDir)) === "absent") await rename(full, outDir);
    else await rm(full, { recursive: true, force: true });
  }
}
