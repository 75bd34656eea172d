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

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
