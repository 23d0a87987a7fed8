import { SqliteError } from "better-sqlite3";

/**
 * Whether SQLite could not write: the disk (or the database's size limit) is full, or the disk
 * failed. Nothing was saved by the statement that failed; what was saved before stays.
 */
export function isStorageFailure(error: unknown): boolean {
  return (
    error instanceof SqliteError &&
    (error.code === "SQLITE_FULL" || error.code.startsWith("SQLITE_IOERR"))
  );
}
