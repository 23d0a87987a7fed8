import { existsSync } from "node:fs";
import Sqlite from "better-sqlite3";
import { openDatabase } from "../db/database.js";
import { checkHeader, DatabaseKeyError } from "../db/database-check.js";
import { databaseKey } from "../db/database-key.js";
import { CliError, defineCommand } from "./cli-command.js";

/**
 * `db encrypt`: encrypts the plain database file in place with the key chibo is given
 * (DATABASE_KEY or DATABASE_KEY_FILE), while chibo is stopped. A file already encrypted with that
 * key is left as it is; one another key locks is refused, as at start.
 */
export const dbEncrypt = defineCommand({
  path: "db encrypt",
  needsDatabase: false,
  run(call) {
    const key = databaseKey(call.config);
    if (!key) throw new CliError({ key: "cli-db-encrypt-no-key" });
    const file = call.config.DATABASE_PATH;
    if (!existsSync(file)) throw new CliError({ key: "cli-db-encrypt-no-file", args: { file } });
    if (!isPlain(file)) {
      // Opening proves the key fits (or says why not): nothing to convert.
      openDatabase(file, key).close();
      call.io.out(call.say({ key: "cli-db-encrypt-already", args: { file } }));
      return 0;
    }
    // Checked and brought up to date first: a damaged file is refused before it is rewritten.
    openDatabase(file).close();
    encryptInPlace(file, key);
    openDatabase(file, key).close();
    call.io.out(call.say({ key: "cli-db-encrypt-done", args: { file } }));
    return 0;
  },
});

function isPlain(file: string): boolean {
  try {
    checkHeader(file, true);
    return false;
  } catch (error) {
    if (error instanceof DatabaseKeyError) return true;
    throw error;
  }
}

/**
 * SQLite3 Multiple Ciphers rewrites every page under the new key in one transaction, which needs
 * the rollback journal rather than WAL, and no other connection: a running chibo keeps its log
 * open, so the switch away from WAL fails and nothing is changed. VACUUM first, so that pages
 * freed by deleted rows (still holding their text) are dropped rather than kept.
 */
function encryptInPlace(file: string, key: Buffer): void {
  const sqlite = new Sqlite(file, { timeout: 0 });
  try {
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    const mode = String(sqlite.pragma("journal_mode = DELETE", { simple: true }));
    if (mode !== "delete") throw new CliError({ key: "cli-db-encrypt-busy", args: { file } });
    sqlite.exec("VACUUM");
    sqlite.rekey(key);
    sqlite.pragma("journal_mode = WAL");
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) {
      throw new CliError({ key: "cli-db-encrypt-busy", args: { file } });
    }
    throw error;
  } finally {
    sqlite.close();
  }
}
