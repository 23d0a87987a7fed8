import { existsSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import Sqlite from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { makePrivateFile, makePrivateFolder } from "../private-files.js";
import { projectFile } from "../project-files.js";
import { noteCleanClose, takeCleanClose } from "./clean-close.js";
import {
  asDamage,
  checkHeader,
  checkIntegrity,
  DatabaseKeyError,
  isDamage,
} from "./database-check.js";
import * as schema from "./schema.js";

/** drizzle over the connection, which stays reachable (`$client`) for what drizzle does not say. */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Sqlite.Database };

export interface Database {
  db: Db;
  sqlite: Sqlite.Database;
  /** Whether the file is encrypted (DATABASE_KEY): its pages, log and backups. */
  encrypted: boolean;
  close(): void;
  /** SQLite met a damaged page: the next start checks every page, whatever the close. */
  distrust(): void;
}

// fileURLToPath, not .pathname: a checkout under "/home/Lê Văn/chibo" must work too.
const MIGRATIONS = fileURLToPath(projectFile("migrations"));

/**
 * Opens (creating if needed) the SQLite file, readable by its owner only, and brings its schema
 * up to date. A damaged file is refused (DatabaseDamagedError) before anything is written to it;
 * every page is checked unless the file is as chibo's last clean close left it (clean-close.ts).
 * "better-sqlite3" is installed as better-sqlite3-multiple-ciphers (package.json): the same API,
 * one native build that drizzle's driver loads too, with SQLite3 Multiple Ciphers inside.
 * With a key the file is encrypted (SQLite3 Multiple Ciphers' default, ChaCha20-Poly1305); a
 * plain file with a key, or a key that does not open the file, is refused (DatabaseKeyError).
 */
export function openDatabase(path: string, key?: Buffer): Database {
  const file = path !== ":memory:";
  const keyed = file && key !== undefined;
  const leftClean = file && prepareFile(path, keyed);
  let trusted = true;
  const sqlite = new Sqlite(path);
  try {
    if (keyed) unlock(sqlite, key, path);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("synchronous = NORMAL");
    if (file && !leftClean) checkIntegrity(sqlite, path);
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder: MIGRATIONS });
    return {
      db,
      sqlite,
      encrypted: keyed,
      close: () => {
        sqlite.close();
        if (file && trusted) noteCleanClose(path);
      },
      distrust: () => {
        trusted = false;
      },
    };
  } catch (error) {
    sqlite.close();
    throw (file && asDamage(error, path)) || error;
  }
}

/**
 * A missing file is a new database; one that exists must look like SQLite. The file is made
 * 0600 before SQLite opens it: its -wal and -shm take the main file's mode when created, and
 * ones a crash left behind are narrowed too. Returns whether the file is as a clean close left it
 * (read before the mode is set: setting it counts as a change).
 */
function prepareFile(path: string, keyed: boolean): boolean {
  const exists = existsSync(path);
  if (exists) checkHeader(path, keyed);
  else makePrivateFolder(dirname(path));
  const leftClean = exists && takeCleanClose(path);
  makePrivateFile(path);
  for (const journal of [`${path}-wal`, `${path}-shm`]) {
    if (existsSync(journal)) makePrivateFile(journal);
  }
  return leftClean;
}

/**
 * Gives the connection its key and reads the first page: an encrypted file answers "not a
 * database" to a key that is not its own, and a damaged first page says the same.
 */
function unlock(sqlite: Sqlite.Database, key: Buffer, path: string): void {
  sqlite.key(key);
  // SQLite3 Multiple Ciphers encrypts the file and its log, not temporary files: sorts and
  // statement journals that spill stay in memory rather than go to /tmp in the clear.
  sqlite.pragma("temp_store = MEMORY");
  try {
    sqlite.prepare("SELECT count(*) FROM sqlite_schema").get();
  } catch (error) {
    if (isDamage(error)) throw new DatabaseKeyError(path, "wrong-key");
    throw error;
  }
}
