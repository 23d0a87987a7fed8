import { readFileSync, statSync } from "node:fs";
import { type Config, ConfigError, MIN_KEY_LENGTH } from "../config.js";

/**
 * The passphrase that encrypts the database, from DATABASE_KEY or from the file
 * DATABASE_KEY_FILE names; undefined: the database is a plain file. A key file anyone else can
 * read is refused, as an SSH key is: the key would be as exposed as the data it locks.
 */
export function databaseKey(
  config: Pick<Config, "DATABASE_KEY" | "DATABASE_KEY_FILE">,
): Buffer | undefined {
  if (config.DATABASE_KEY) return Buffer.from(config.DATABASE_KEY, "utf8");
  const file = config.DATABASE_KEY_FILE;
  if (!file) return undefined;
  const problem = (message: string) => new ConfigError([`DATABASE_KEY_FILE: ${message}`]);
  let mode: number;
  try {
    mode = statSync(file).mode;
  } catch {
    throw problem("config-error-key-file-missing");
  }
  if ((mode & 0o077) !== 0) throw problem("config-error-key-file-mode");
  // An editor's final newline is not part of the passphrase.
  const key = readFileSync(file, "utf8").replace(/\r?\n$/, "");
  if (key.length < MIN_KEY_LENGTH) throw problem("config-error-key-short");
  return Buffer.from(key, "utf8");
}
