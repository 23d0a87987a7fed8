/**
 * `npm start` runs this first: chibo bundled into dist/ by esbuild, then run by plain Node.
 * Through tsx, each of chibo's 390 modules is resolved and compiled by a loader thread at
 * every start: 0.4–0.8 s and 40 MB more than the bundle (docs/performance.md).
 * Packages stay outside the bundle (better-sqlite3 is native; the others load as they are);
 * what main.ts imports lazily (Zalo, the document renderers) becomes chunks loaded on first use.
 * Old chunks are not deleted: their names carry a hash of their content, and a chibo still
 * running from an earlier build loads them on its first file.
 *
 * dist/ is never stale: the build notes a hash of every file it read (with esbuild's version,
 * its options and this script), and a start whose files all hash the same skips esbuild, which
 * takes 0.3 s of a restart; reading and hashing the 200 sources takes some 15 ms. Any change,
 * a file gone, or an output missing, and it builds from the sources.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const options = {
  absWorkingDir: root,
  entryPoints: ["src/main.ts"],
  outdir: "dist",
  bundle: true,
  packages: "external",
  platform: "node",
  format: "esm",
  target: "node20",
  splitting: true,
  sourcemap: true,
  logLevel: "warning",
};
const NOTE = join(root, "dist", "built-from.json");
/** Read by esbuild whatever the entry imports, or deciding how it builds. */
const ALWAYS = [
  "scripts/build.mjs",
  "package.json",
  "tsconfig.json",
  "node_modules/esbuild/package.json",
];

/** One hash of the build's options and of every file's path and content; undefined if one is gone. */
function hashOf(files) {
  const hash = createHash("sha256").update(JSON.stringify(options));
  for (const file of [...ALWAYS, ...files]) {
    const path = join(root, file);
    if (!existsSync(path)) return undefined;
    hash.update(`\0${file}\0`).update(readFileSync(path));
  }
  return hash.digest("hex");
}

function upToDate() {
  let note;
  try {
    note = JSON.parse(readFileSync(NOTE, "utf8"));
  } catch {
    return false;
  }
  return (
    note.outputs.every((file) => existsSync(join(root, file))) && hashOf(note.inputs) === note.hash
  );
}

if (!upToDate()) {
  const started = Date.now();
  // Loaded only to build: most starts need none of it.
  const { build } = await import("esbuild");
  const { metafile } = await build({ ...options, metafile: true });
  const inputs = Object.keys(metafile.inputs).sort();
  // A file saved while esbuild read it may be in the bundle as it was before: no note then,
  // and the next start builds again.
  const changed = [...ALWAYS, ...inputs].some(
    (file) => statSync(join(root, file), { throwIfNoEntry: false })?.mtimeMs >= started,
  );
  const hash = hashOf(inputs);
  if (!changed && hash) {
    const outputs = Object.keys(metafile.outputs).sort();
    writeFileSync(NOTE, `${JSON.stringify({ hash, inputs, outputs })}\n`);
  }
}
