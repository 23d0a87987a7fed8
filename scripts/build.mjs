/**
 * `npm start` runs this first: chibo bundled into dist/ by esbuild, then run by plain Node.
 * Through tsx, each of chibo's 390 modules is resolved and compiled by a loader thread at
 * every start: 0.4–0.8 s and 40 MB more than the bundle (docs/performance.md). The build takes
 * about 0.2 s and always starts from the sources, so dist/ is never stale.
 * Packages stay outside the bundle (better-sqlite3 is native; the others load as they are);
 * what main.ts imports lazily (Zalo, the document renderers) becomes chunks loaded on first use.
 * Old chunks are not deleted: their names carry a hash of their content, and a chibo still
 * running from an earlier build loads them on its first file.
 */
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

await build({
  absWorkingDir: fileURLToPath(new URL("..", import.meta.url)),
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
});
