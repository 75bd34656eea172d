#!/usr/bin/env node
// The bantin command. Registers tsx so the TypeScript sources and .eleventy.ts load as they are.
import { register } from "tsx/esm/api";

// `bantin check | head` closes the pipe early: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}

// Eleventy and its dependencies are plain JavaScript: imported before tsx's hooks are registered,
// their modules load without a round trip to the hooks' thread each (about 0.4 s of a build's start
// at load 5). The TypeScript files that import Eleventy later get the same, already loaded module.
// Not for `serve`: there Eleventy's own resolve hook (cache busting of edited layouts) must stay
// ahead of tsx's, as it is when registered after it.
if (process.argv[2] === "build") await import("@11ty/eleventy");
register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
