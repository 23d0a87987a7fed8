import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const MIGRATIONS = join(import.meta.dirname, "../../migrations");

/** The project's migrations folder. */
export const migrationsFolder = MIGRATIONS;

/**
 * A copy, under `dir`, of the migrations up to and without the one tagged `tag`: a database
 * migrated with it is as the version before that migration left it.
 */
export function migrationsBefore(tag: string, dir: string): string {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS, "meta/_journal.json"), "utf8"));
  const entries: { tag: string }[] = journal.entries;
  const end = entries.findIndex((entry) => entry.tag.endsWith(`_${tag}`));
  if (end < 1) throw new Error(`No migration tagged ${tag} after the first`);
  const folder = join(dir, `before-${tag}`);
  mkdirSync(join(folder, "meta"), { recursive: true });
  for (const entry of entries.slice(0, end)) {
    copyFileSync(join(MIGRATIONS, `${entry.tag}.sql`), join(folder, `${entry.tag}.sql`));
  }
  const kept = { ...journal, entries: entries.slice(0, end) };
  writeFileSync(join(folder, "meta/_journal.json"), JSON.stringify(kept));
  return folder;
}
