// `npm run lighthouse`: Lighthouse 12 (mobile) on the demo's home and article pages, served on 127.0.0.1.
// Prints the four category scores and fails when one is under the bar in docs/quality.md.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import { CHROMIUM } from "../tests/helpers/browser.ts";
import { serveStatic } from "../tests/helpers/server.ts";
import { demoSite } from "../tests/helpers/site.ts";

const PAGES: Record<string, string> = {
  home: "/",
  article: "/dang-doan-the/uy-ban-mttq-quan-hoan-kiem-tong-ket-cong-tac-nam-2020-trien-khai-chuong-trinh/",
};
/** The bar: issue 6. */
const MIN: Record<string, number> = { performance: 0.95, accessibility: 1, seo: 1, "best-practices": 0.95 };

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

async function waitForDevtools(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/json/version`).then((r) => r.ok).catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`chromium (${CHROMIUM}) did not open its DevTools port ${port}`);
}

const dir = await demoSite();
const server = await serveStatic(dir);
const port = await freePort();
const profile = await mkdtemp(path.join(tmpdir(), "bantin-lh-"));
const chrome = spawn(CHROMIUM, [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
  `--remote-debugging-port=${port}`, "--remote-debugging-address=127.0.0.1", `--user-data-dir=${profile}`, "about:blank",
], { stdio: "ignore" });
let failed = false;
try {
  await waitForDevtools(port);
  for (const [name, url] of Object.entries(PAGES)) {
    const result = await lighthouse(server.url + url, { port, output: "json", logLevel: "error", formFactor: "mobile" });
    const categories = result?.lhr.categories ?? {};
    const scores = Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, c.score ?? 0]));
    const line = Object.entries(scores).map(([id, s]) => `${id} ${s.toFixed(2)}`).join(", ");
    console.log(`${name} (${url}): ${line}`);
    for (const [id, min] of Object.entries(MIN)) {
      if ((scores[id] ?? 0) < min) {
        failed = true;
        const audits = Object.values(result?.lhr.audits ?? {}).filter((a) => a.score !== null && a.score < 1 && categories[id]?.auditRefs.some((r) => r.id === a.id && r.weight > 0));
        console.log(`  ${id} ${scores[id]} < ${min}: ${audits.map((a) => `${a.id} (${a.score})`).join(", ")}`);
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
  // chromium may still be flushing its profile as it exits: retry, and never fail the run over a temp folder.
  await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }).catch(() => undefined);
}
process.exitCode = failed ? 1 : 0;
