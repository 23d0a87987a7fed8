import { closeSync, openSync, readSync, statSync } from "node:fs";
import type Sqlite from "better-sqlite3";
import { hasContent } from "./clean-close.js";

type Damage = "empty" | "not-sqlite" | "truncated" | "corrupt";

/** The database file is damaged: chibo stops before it writes into it, and says how to restore. */
export class DatabaseDamagedError extends Error {
  constructor(
    readonly file: string,
    readonly damage: Damage,
    /** What SQLite said, for whoever repairs it; never data. */
    readonly detail = "",
  ) {
    super(`database ${file}: ${damage}${detail ? ` (${detail})` : ""}`);
  }
}

/**
 * The key and the file disagree: a key set for a plain file (not converted yet), or a key that
 * does not open an encrypted one (a wrong key, a backup from another key, or damage).
 */
export class DatabaseKeyError extends Error {
  constructor(
    readonly file: string,
    readonly problem: "plain-file" | "wrong-key",
  ) {
    super(`database ${file}: ${problem}`);
  }
}

const MAGIC = Buffer.from("SQLite format 3\0", "latin1");
const HEADER_BYTES = 100;

/**
 * What the first 100 bytes of an existing file say (https://sqlite.org/fileformat.html): a
 * zero-byte or foreign file, or one shorter than the size its header records. SQLite would
 * take an empty file for a new database, and find a cut one only when it reads the lost pages.
 */
export function checkHeader(path: string, keyed: boolean): void {
  const size = statSync(path).size;
  // Even with a -wal beside it: SQLite deletes the log of a zero-byte file and starts empty.
  if (size === 0) throw new DatabaseDamagedError(path, "empty");
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(path, "r");
  try {
    readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const magic = Math.min(size, MAGIC.length);
  const plain = header.subarray(0, magic).equals(MAGIC.subarray(0, magic));
  if (keyed) {
    if (plain) throw new DatabaseKeyError(path, "plain-file");
    // An encrypted header says nothing readable: whether the key opens it, SQLite tells.
    return;
  }
  if (!plain) throw new DatabaseDamagedError(path, "not-sqlite");
  if (size < HEADER_BYTES) throw new DatabaseDamagedError(path, "truncated");
  const pageSize = header.readUInt16BE(16) === 1 ? 65_536 : header.readUInt16BE(16);
  const pages = header.readUInt32BE(28);
  // The page count is valid only when the change counter matches "version-valid-for".
  const counted = pages > 0 && header.readUInt32BE(24) === header.readUInt32BE(92);
  // A log left by a crash mid-checkpoint holds the pages the file lacks yet: SQLite replays it,
  // and quick_check judges the result.
  if (counted && size < pages * pageSize && !hasContent(`${path}-wal`)) {
    throw new DatabaseDamagedError(path, "truncated");
  }
}

/** SQLite's own check of every page and record (not of index contents: that is slow). */
export function checkIntegrity(sqlite: Sqlite.Database, path: string): void {
  const result = String(sqlite.pragma("quick_check(1)", { simple: true }));
  if (result !== "ok") throw new DatabaseDamagedError(path, "corrupt", oneLine(result));
}

/** Whether SQLite found a damaged page or record (at open or at run time). */
export function isDamage(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === "string" && (code.startsWith("SQLITE_CORRUPT") || code === "SQLITE_NOTADB")
  );
}

/** SQLite's refusal of a damaged file as the error that says so, or undefined. */
export function asDamage(error: unknown, path: string): DatabaseDamagedError | undefined {
  if (error instanceof DatabaseDamagedError) return error;
  if (!isDamage(error)) return undefined;
  return new DatabaseDamagedError(path, "corrupt", oneLine((error as Error).message));
}

function oneLine(text: string): string {
  return text
    .replace(/\*\*\* in database \w+ \*\*\*/, "")
    .replace(/\s+/g, " ")
    .trim();
}
