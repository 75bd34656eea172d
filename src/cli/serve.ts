/** `bantin serve [--port 8080] [--no-drafts]`: the dev server on 127.0.0.1, reloading on content, layout and src/ changes. */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { parse } from "./args.ts";

export const usage = "bantin serve [--port 8080] [--no-drafts] [--now ISO]";

const require = createRequire(import.meta.url);

export async function run(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    port: { type: "string", default: "8080" },
    "no-drafts": { type: "boolean", default: false },
    now: { type: "string" },
  });
  // cmd.cjs is not in Eleventy's "exports": find it next to the package's main file.
  const eleventyCli = path.resolve(path.dirname(require.resolve("@11ty/eleventy")), "../cmd.cjs");
  const tsxCli = path.join(path.dirname(require.resolve("tsx/package.json")), "dist/cli.mjs");
  // `tsx watch` restarts Eleventy when a src/ module changes (Eleventy's --serve keeps stale modules);
  // Eleventy's own watcher rebuilds on content and layout changes.
  const child = spawn(
    process.execPath,
    [tsxCli, "watch", "--clear-screen=false", eleventyCli, "--config=.eleventy.ts", "--serve", "--incremental", `--port=${values.port}`],
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
  console.log(`bantin: máy chủ thử tại http://127.0.0.1:${values.port}/ (Ctrl+C để dừng)`);
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 0)));
}
