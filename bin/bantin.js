#!/usr/bin/env node
// The bantin command. Registers tsx so the TypeScript sources and .eleventy.ts load as they are.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
