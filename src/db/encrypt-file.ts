import Sqlite from "better-sqlite3";

/**
 * Encrypts a plain database file in place; "busy" when another connection holds it (a running
 * chibo keeps its log open) and nothing was changed. SQLite3 Multiple Ciphers rewrites every
 * page under the new key in one transaction, which needs the rollback journal rather than WAL.
 * VACUUM first, so that pages freed by deleted rows (still holding their text) are dropped
 * rather than kept.
 */
export function encryptFile(file: string, key: Buffer): "encrypted" | "busy" {
  const sqlite = new Sqlite(file, { timeout: 0 });
  try {
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    const mode = String(sqlite.pragma("journal_mode = DELETE", { simple: true }));
    if (mode !== "delete") return "busy";
    // VACUUM builds its copy in a temporary file, which would hold every page in the clear.
    sqlite.pragma("temp_store = MEMORY");
    sqlite.exec("VACUUM");
    sqlite.rekey(key);
    sqlite.pragma("journal_mode = WAL");
    return "encrypted";
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) return "busy";
    throw error;
  } finally {
    sqlite.close();
  }
}
