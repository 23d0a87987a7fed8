import { existsSync } from "node:fs";
import { openDatabase } from "../db/database.js";
import { checkHeader, DatabaseKeyError } from "../db/database-check.js";
import { databaseKey } from "../db/database-key.js";
import { encryptFile } from "../db/encrypt-file.js";
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
    if (encryptFile(file, key) === "busy") {
      throw new CliError({ key: "cli-db-encrypt-busy", args: { file } });
    }
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
