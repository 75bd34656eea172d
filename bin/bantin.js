#!/usr/bin/env node
// The bantin command. Registers tsx so the TypeScript sources and .eleventy.ts load as they are.

// `bantin check | head` closes the pipe early: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const [command, ...rest] = process.argv.slice(2);
// BANTIN_DIRECT=0: always through Eleventy (the tests compare both paths).
const incremental = command === "build" && rest.includes("--incremental") && process.env.BANTIN_DIRECT !== "0";

/** `build --incremental` when only content changed: the bundled direct path, without tsx or Eleventy; null when it cannot. */
async function direct() {
  const { loadDirectBuild } = await import("./direct-bundle.js");
  const bundle = await loadDirectBuild();
  if (!bundle) return null;
  const code = await bundle.runBuildDirect(rest, bundle.templates);
  // Tried, and Eleventy must build (or the flags are wrong): the CLI below goes straight to Eleventy
  // instead of loading the content a second time only to reach the same answer.
  if (code === null) process.env.BANTIN_DIRECT = "0";
  return code;
}

const code = incremental ? await direct() : null;
if (code !== null) process.exitCode = code;
else {
  // Eleventy and its dependencies are plain JavaScript: imported before tsx's hooks are registered,
  // their modules load without a round trip to the hooks' thread each (about 0.4 s of a build's start
  // at load 5). The TypeScript files that import Eleventy later get the same, already loaded module.
  // Not for `serve`: there Eleventy's own resolve hook (cache busting of edited layouts) must stay
  // ahead of tsx's, as it is when registered after it.
  if (command === "build") await import("@11ty/eleventy");
  const { register } = await import("tsx/esm/api");
  register();
  const { main } = await import("../src/cli/main.ts");
  process.exitCode = await main(process.argv.slice(2));
}
