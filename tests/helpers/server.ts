/** A tiny static server for built sites on 127.0.0.1 (random free port): gzip, 404.html, and the site's `_headers`, as a CDN would. */
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".webp": "image/webp",
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml))|svg/;

/** One `_headers` rule: a path pattern (`*` matches anything) and its headers. */
export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/**
 * Parse a `_headers` file (Netlify / Cloudflare Pages format).
 * @example parseHeaders("/*\n  X-Frame-Options: DENY\n")[0].headers // [["X-Frame-Options", "DENY"]]
 */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const i = line.indexOf(":");
      rules.at(-1)?.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  close(): Promise<void>;
}

async function fileFor(root: string, urlPath: string): Promise<string | null> {
  const decoded = decodeURIComponent(urlPath);
  const full = path.join(root, decoded);
  if (!full.startsWith(root)) return null;
  const s = await stat(full).catch(() => null);
  if (s?.isFile()) return full;
  if (s?.isDirectory()) {
    const index = path.join(full, "index.html");
    if ((await stat(index).catch(() => null))?.isFile()) return index;
  }
  return null;
}

/**
 * Serve `root` until `close()`. Directories serve index.html; a missing file serves 404.html with status 404.
 * @example const s = await serveStatic("/tmp/site"); await fetch(s.url + "/"); await s.close();
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const rules = parseHeaders(await readFile(path.join(base, "_headers"), "utf8").catch(() => ""));
  const server: Server = createServer(async (req, res) => {
    try {
      const urlPath = new URL(req.url ?? "/", "http://x").pathname;
      const file = await fileFor(base, urlPath);
      const status = file ? 200 : 404;
      const served = file ?? path.join(base, "404.html");
      let body: Buffer = await readFile(served).catch(() => Buffer.from("Not found"));
      const type = TYPES[path.extname(served).toLowerCase()] ?? "application/octet-stream";
      const headers: Record<string, string | string[]> = { "Content-Type": type, "Cache-Control": "no-cache" };
      for (const rule of rules) {
        if (!rule.pattern.test(urlPath)) continue;
        for (const [name, value] of rule.headers) {
          const prev = headers[name];
          headers[name] = prev === undefined ? value : [...[prev].flat(), value];
        }
      }
      if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
        body = gzipSync(body);
        headers["Content-Encoding"] = "gzip";
        headers["Vary"] = "Accept-Encoding";
      }
      headers["Content-Length"] = String(body.length);
      res.writeHead(status, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (cause) {
      res.writeHead(500, { "Content-Type": "text/plain" });
      res.end(String(cause));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
