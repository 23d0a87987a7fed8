import { readFileSync, rmSync, statSync } from "node:fs";
import { writePrivateFile } from "../private-files.js";

/**
 * A note beside the database that chibo closed it cleanly, and how the file looked then.
 *
 * SQLite's quick_check reads every page: about 2 ms a megabyte, 1.3 s for a province's 640 MB,
 * at every start. It is needed when the last run did not end cleanly (a crash, a full disk, the
 * power) or when the file changed while chibo was stopped (a restore, a copy, another tool):
 * then the note is missing or no longer matches. A file exactly as chibo's clean close left it
 * is opened without the full check; damage SQLite meets at run time marks the database for a
 * check at the next start (`Database.distrust`).
 */
const NOTE = ".closed";

interface Fingerprint {
  dev: string;
  ino: string;
  size: string;
  mtimeNs: string;
  /** Changed by every write and by anything that sets the times back. */
  ctimeNs: string;
}

function fingerprint(path: string): Fingerprint {
  const stat = statSync(path, { bigint: true });
  return {
    dev: String(stat.dev),
    ino: String(stat.ino),
    size: String(stat.size),
    mtimeNs: String(stat.mtimeNs),
    ctimeNs: String(stat.ctimeNs),
  };
}

/**
 * Writes the note after the last connection closed. Another process still holding the file
 * (its log then stays) may write after this one: no note then.
 */
export function noteCleanClose(path: string): void {
  if (hasContent(`${path}-wal`)) return;
  try {
    writePrivateFile(`${path}${NOTE}`, JSON.stringify(fingerprint(path)));
  } catch {
    // Without the note the next start checks every page: slower, never wrong.
  }
}

/**
 * Whether the file is exactly as a clean close left it. The note is removed either way, so a
 * run that ends in a crash leaves none behind.
 */
export function takeCleanClose(path: string): boolean {
  const note = `${path}${NOTE}`;
  let saved: unknown;
  try {
    saved = JSON.parse(readFileSync(note, "utf8"));
  } catch {
    return false;
  } finally {
    rmSync(note, { force: true });
  }
  if (hasContent(`${path}-wal`)) return false;
  const now = fingerprint(path);
  return (Object.keys(now) as (keyof Fingerprint)[]).every(
    (key) => (saved as Partial<Fingerprint> | null)?.[key] === now[key],
  );
}

export function hasContent(path: string): boolean {
  try {
    return statSync(path).size > 0;
  } catch {
    return false;
  }
}
