// `bantin build --incremental` from one bundled file: the direct render path (src/cli/build-direct.ts)
// and the page templates, compiled once by esbuild and kept in node_modules/.cache/bantin/ until a
// source file changes. Loading it takes a fraction of what tsx takes to compile and load the same
// 150 modules one by one, and no hooks thread is started. Anything that goes wrong here (no esbuild,
// a read-only folder) leaves the build to the normal path.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CACHE = path.join(ROOT, "node_modules", ".cache", "bantin");
const SOURCES = ["src", "layouts"];
const FILES = ["package-lock.json", "tsconfig.json", "bin/direct-bundle.js"];
const TEMPLATES = "layouts/pages";

/** What the bundle is built from: every source file's path, size and time. A change to any makes a new bundle. */
function stamp() {
  const h = createHash("sha1");
  const add = (rel) => {
    const s = statSync(path.join(ROOT, rel), { throwIfNoEntry: false });
    if (s?.isFile()) h.update(`${rel}\0${s.size}\0${s.mtimeMs}\0`);
  };
  for (const dir of SOURCES) for (const f of readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" }).sort()) add(`${dir}/${f}`);
  for (const f of FILES) add(f);
  return h.digest("hex").slice(0, 16);
}

/** Each module keeps its own `import.meta.url` (paths to workers, to bantin's root) inside the bundle. */
const ownUrl = {
  name: "own-import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.(ts|tsx)$/ }, async (args) => {
      const { readFile } = await import("node:fs/promises");
      const text = await readFile(args.path, "utf8");
      return { contents: text.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)), loader: args.path.endsWith("x") ? "tsx" : "ts" };
    });
  },
};

async function bundle(file) {
  const { build } = await import("esbuild");
  const templates = readdirSync(path.join(ROOT, TEMPLATES), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".11ty.tsx")).sort();
  const entry = [
    ...templates.map((f, i) => `import * as t${i} from ${JSON.stringify(`./${TEMPLATES}/${f}`)};`),
    `export const templates = new Map([${templates.map((f, i) => `[${JSON.stringify(f)}, t${i}]`).join(", ")}]);`,
    `export { runBuildDirect } from "./src/cli/build-direct.ts";`,
  ].join("\n");
  const tmp = `${file}.${process.pid}.tmp`;
  await build({
    stdin: { contents: entry, resolveDir: ROOT, sourcefile: "direct-entry.ts", loader: "ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: tmp,
    tsconfig: path.join(ROOT, "tsconfig.json"),
    // Packages are bundled too (one file to load); these are never reached from the direct path, or load native code.
    external: ["@11ty/eleventy", "@11ty/eleventy-img", "sharp", "tsx", "esbuild"],
    // CommonJS packages inside an ES module bundle still call require() for Node's own modules.
    banner: { js: 'import { createRequire as __bantinRequire } from "node:module"; const require = __bantinRequire(import.meta.url);' },
    plugins: [ownUrl],
    logLevel: "silent",
  });
  renameSync(tmp, file);
  // Bundles of other sources made over a day ago (checkouts sharing node_modules each keep theirs meanwhile;
  // one removed while still wanted is only made again).
  const old = Date.now() - 24 * 3600 * 1000;
  for (const f of readdirSync(CACHE)) {
    const other = path.join(CACHE, f);
    if (f.startsWith("direct-") && other !== file && (statSync(other, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < old) rmSync(other, { force: true });
  }
}

/** The bundle's exports (made first if the sources changed), or null: then the normal path builds. */
export async function loadDirectBuild() {
  if (process.env.BANTIN_BUNDLE === "0") return null;
  try {
    const file = path.join(CACHE, `direct-${stamp()}.mjs`);
    if (!statSync(file, { throwIfNoEntry: false })) {
      mkdirSync(CACHE, { recursive: true });
      await bundle(file);
    }
    return await import(pathToFileURL(file).href);
  } catch (e) {
    if (process.env.BANTIN_TIMINGS === "1") console.error(`bantin: no bundle (${e.message})`);
    return null;
  }
}
