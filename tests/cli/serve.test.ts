// `bantin serve` as an editor uses it: loopback only, a save shows up in the page, a broken file is
// reported while the last good site stays up, and the search index follows the edits.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { connect, createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadBuild } from "../../src/pipeline/run.ts";
import { fixturePath, ROOT } from "../helpers/fixtures.ts";
import { makeProject, tempDir } from "../helpers/project.ts";

const NOW = "2026-06-01T08:00:00+07:00";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Poll until `check` gives a value, or fail with `what` after `ms`. */
async function until<T>(what: string, check: () => Promise<T | null | undefined> | T | null | undefined, ms = 90_000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) {
    const v = await check();
    if (v !== null && v !== undefined) return v;
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Whether something accepts TCP connections at host:port. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

describe("bantin serve", () => {
  let child: ChildProcess | null = null;
  afterAll(() => {
    // The server and the Eleventy process it started share a process group.
    if (child?.pid) process.kill(-child.pid, "SIGTERM");
  });

  it("listens on 127.0.0.1 only, shows a save, keeps the last good site on an error, and updates search", async () => {
    const project = makeProject(fixturePath("search"));
    const out = path.join(tempDir("bantin-serve-"), "site");
    const loaded = await loadBuild({ root: project, now: NOW, includeDrafts: true });
    if (!loaded.ok) throw new Error(loaded.report);
    const article = loaded.data.articles.find((a) => a.title.startsWith("Giao lưu văn nghệ"))!;
    const file = path.join(project, "content/tin-tuc/2025/giao-luu-van-nghe-voi-doan-nghe-si.md");
    const port = await freePort();
    let output = "";
    child = spawn(process.execPath, [path.join(ROOT, "bin/bantin.js"), "serve", "--port", String(port), "--out", out, "--now", NOW], {
      cwd: ROOT,
      env: { ...process.env, BANTIN_ROOT: project },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    for (const stream of [child.stdout, child.stderr]) stream?.on("data", (d: Buffer) => (output += d.toString()));
    const base = `http://127.0.0.1:${port}`;
    const page = async (url: string) => {
      const r = await fetch(base + url).catch(() => null);
      return r?.ok ? r.text() : null;
    };
    await until("the first build, the search index and the server", () => (/Tìm kiếm sẵn sàng/.test(output) && /Server at/.test(output) ? true : null), 180_000);

    // Loopback only: not reachable on this machine's other addresses.
    expect(await accepts("127.0.0.1", port)).toBe(true);
    const others = Object.values(os.networkInterfaces()).flat().filter((i) => i && !i.internal && !i.address.startsWith("fe80:"));
    for (const i of others) expect(await accepts(i!.address, port), i!.address).toBe(false);
    expect(await page("/")).toContain('lang="vi"');
    const firstIndex = JSON.parse((await page("/tim-kiem/chi-muc/meta.json")) ?? "{}") as { id?: string };
    expect(firstIndex.id).toBeTruthy();

    // A save: the page shows it, and the search index is written again.
    const original = readFileSync(file, "utf8");
    writeFileSync(file, `${original}\nBuổi giao lưu kết thúc lúc 22 giờ cùng ngày.\n`);
    await until("the edit in the page", async () => ((await page(article.url))?.includes("kết thúc lúc 22 giờ") ? true : null));
    await until("a new search index", async () => {
      const meta = JSON.parse((await page("/tim-kiem/chi-muc/meta.json")) ?? "{}") as { id?: string };
      return meta.id && meta.id !== firstIndex.id ? true : null;
    });

    // A broken file: reported with its name, line and code; the last good page is still served.
    const seen = output.length;
    writeFileSync(file, original.replace(/^date: .*\n/m, "") + "\nCâu này chưa được đăng.\n");
    await until("the error report", () => (/giao-luu-van-nghe-voi-doan-nghe-si\.md:\d+:\d+\s+date\s+BT003/.test(output.slice(seen)) ? true : null));
    const kept = await page(article.url);
    expect(kept).toContain("kết thúc lúc 22 giờ");
    expect(kept).not.toContain("chưa được đăng");

    // Fixed: the page follows again.
    writeFileSync(file, `${original}\nĐã sửa xong.\n`);
    await until("the fixed page", async () => ((await page(article.url))?.includes("Đã sửa xong") ? true : null));
  }, 300_000);
});
