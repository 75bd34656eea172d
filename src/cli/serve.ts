/** `bantin serve [--port 8080] [--no-drafts] [--out DIR]`: the dev server on 127.0.0.1, reloading on content, layout and src/ changes. */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { parse } from "./args.ts";
import { outDirKind, outDirProblem } from "../pipeline/out-dir.ts";

export const usage = "bantin serve [--port 8080] [--no-drafts] [--now ISO] [--out .cache/dev-site]";

const require = createRequire(import.meta.url);

/** Where the dev server writes: ignored by git, separate from the production `_site/`. */
export const DEV_OUT = ".cache/dev-site";

export async function run(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    port: { type: "string", default: "8080" },
    "no-drafts": { type: "boolean", default: false },
    now: { type: "string" },
    // Where the dev site goes (never _site/ by default: a draft must not be deployed by mistake).
    out: { type: "string", default: DEV_OUT },
  });
  // The same guard as `bantin build --out` for a folder the editor names: never one that holds work.
  // The default is bantin's own, which a dev server stopped mid-build may leave without index.html.
  const root = process.env["BANTIN_ROOT"] ?? process.cwd();
  const unsafe = values.out === DEV_OUT ? null : outDirProblem(values.out, [process.cwd(), root], await outDirKind(values.out));
  if (unsafe) {
    console.error(unsafe);
    return 2;
  }
  // cmd.cjs is not in Eleventy's "exports": find it next to the package's main file.
  const eleventyCli = path.resolve(path.dirname(require.resolve("@11ty/eleventy")), "../cmd.cjs");
  const tsxCli = path.join(path.dirname(require.resolve("tsx/package.json")), "dist/cli.mjs");
  // `tsx watch` restarts Eleventy when a src/ module changes (Eleventy's --serve keeps stale modules);
  // Eleventy's own watcher rebuilds on content and layout changes.
  const child = spawn(
    process.execPath,
    // No --incremental: in Eleventy 3.1 an incremental rebuild after a failed one throws
    // "templateRender has not yet initialized", so a fixed error would never show.
    // The dev site (with drafts) goes to .cache/dev-site, never to _site/, so a draft cannot be deployed by mistake.
    [tsxCli, "watch", "--clear-screen=false", eleventyCli, "--config=.eleventy.ts", "--serve", `--port=${values.port}`, `--output=${values.out}`],
    {
      stdio: "inherit",
      env: {
        ...process.env,
        PORT: values.port,
        BANTIN_DRAFTS: values["no-drafts"] ? "0" : "1",
        ...(values.now ? { BANTIN_NOW: values.now } : {}),
      },
    },
  );
  // Stopping `bantin serve` stops the server too (a signal to this process alone would orphan it).
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => child.kill(signal));
  console.log(`bantin: máy chủ thử tại http://127.0.0.1:${values.port}/ (Ctrl+C để dừng)`);
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 0)));
}
