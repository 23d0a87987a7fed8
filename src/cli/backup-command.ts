import { existsSync, renameSync, rmSync, unlinkSync } from "node:fs";
import type Sqlite from "better-sqlite3";
import { makePrivateFile } from "../private-files.js";
import { defineCommand } from "./cli-command.js";
import { writeOutput } from "./output.js";

/**
 * `backup FILE`: an online, consistent copy of the database, readable by its owner only, and
 * encrypted with the same key when the database is.
 */
export const backup = defineCommand({
  path: "backup",
  arguments: [{ name: "file", word: "cli-word-file" }],
  needsDatabase: true,
  async run(call, app) {
    // better-sqlite3 trims the name: this is the file it writes.
    const file = call.args.file.trim();
    const { sqlite, encrypted } = app.database;
    const created = !existsSync(file);
    // Made private and empty first: SQLite would create it 0644 and fill it in steps.
    writeOutput(file, () => makePrivateFile(file));
    try {
      if (encrypted) copyEncrypted(sqlite, file);
      else await sqlite.backup(file);
    } catch (error) {
      if (created) unlinkSync(file);
      throw error;
    }
    call.io.out(
      call.say({
        key: encrypted ? "cli-backup-done-encrypted" : "cli-backup-done",
        args: { file },
      }),
    );
    return 0;
  },
});

/**
 * SQLite's backup API refuses an encrypted source; VACUUM INTO writes the copy under the
 * source's key, but only into an empty file: a new one beside, put in place when complete.
 */
function copyEncrypted(sqlite: Sqlite.Database, file: string): void {
  const partial = `${file}.partial`;
  makePrivateFile(partial);
  try {
    sqlite.prepare("VACUUM INTO ?").run(partial);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
