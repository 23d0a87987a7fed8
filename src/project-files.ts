/**
 * The project's own folder, where locales/, migrations/ and plans/ are. This module sits one
 * level below it both as source (src/, run by tsx or vitest) and in the bundle `npm start`
 * runs (dist/), so the one path works for both; a module deeper in src/ could not say it.
 */
const PROJECT_DIR = new URL("../", import.meta.url);

/** A file or folder of the project, by its path from the project's folder. */
export function projectFile(path: string): URL {
  return new URL(path, PROJECT_DIR);
}
