import { closeSync, fchmodSync, fstatSync, mkdirSync, openSync, writeFileSync } from "node:fs";

/**
 * What chibo writes holds plans, absence reasons, roles and sessions: readable by the account
 * that runs it only (0600, in folders 0700), like an SSH key. Each file is made so where it is
 * written rather than by setting the process umask, which would also narrow what libraries and
 * child processes create, cannot be set in worker threads, and leaves a file an older version
 * wrote 0644 as it is.
 */
const FILE_MODE = 0o600;
const FOLDER_MODE = 0o700;

/**
 * Creates the folder, and any parents missing, for their owner only. A folder that exists is
 * left as it is: it may be shared (/tmp) or the operator's own; the files inside are private.
 */
export function makePrivateFolder(path: string): void {
  mkdirSync(path, { recursive: true, mode: FOLDER_MODE });
}

/**
 * Makes the file readable by its owner only, creating it empty if it is missing: for a file
 * another library then fills (SQLite, whose journal files take the main file's mode).
 */
export function makePrivateFile(path: string): void {
  const fd = openSync(path, "a", FILE_MODE);
  try {
    narrow(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes the whole file, readable by its owner only (narrowed before the data goes in). */
export function writePrivateFile(path: string, data: string | Uint8Array): void {
  const fd = openSync(path, "w", FILE_MODE);
  try {
    narrow(fd);
    writeFileSync(fd, data);
  } finally {
    closeSync(fd);
  }
}

/** A file that existed keeps its mode when opened. Never a device: --out /dev/stdout is fine. */
function narrow(fd: number): void {
  if (fstatSync(fd).isFile()) fchmodSync(fd, FILE_MODE);
}
