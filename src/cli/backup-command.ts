import { existsSync, unlinkSync } from "node:fs";
import { makePrivateFile } from "../private-files.js";
import { defineCommand } from "./cli-command.js";
import { writeOutput } from "./output.js";

/** `backup FILE`: an online, consistent copy of the database, readable by its owner only. */
export const backup = defineCommand({
  path: "backup",
  arguments: [{ name: "file", word: "cli-word-file" }],
  needsDatabase: true,
  async run(call, app) {
    // better-sqlite3 trims the name: this is the file it writes.
    const file = call.args.file.trim();
    const created = !existsSync(file);
    // Made private and empty first: SQLite would create it 0644 and fill it in steps.
    writeOutput(file, () => makePrivateFile(file));
    try {
      await app.database.sqlite.backup(file);
    } catch (error) {
      if (created) unlinkSync(file);
      throw error;
    }
    call.io.out(call.say({ key: "cli-backup-done", args: { file } }));
    return 0;
  },
});
