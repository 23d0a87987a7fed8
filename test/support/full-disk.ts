import type { Database } from "better-sqlite3";

/**
 * A full disk, as SQLite meets it: the database may grow no more (max_page_count) and its
 * free pages are taken, so a write that needs room fails with SQLITE_FULL, as on a full disk.
 * Returns what makes room again.
 */
export function fillDisk(sqlite: Database): () => void {
  sqlite.exec("create table filler (x blob)");
  const pages = sqlite.pragma("page_count", { simple: true }) as number;
  sqlite.pragma(`max_page_count = ${pages + 1}`);
  const fill = sqlite.prepare("insert into filler values (zeroblob(?))");
  for (const size of [4096, 1024, 256, 64, 16]) {
    try {
      for (;;) fill.run(size);
    } catch {
      // This size no longer fits: smaller ones may.
    }
  }
  // Updates already answered fill their own pages too: the next one's id has no room.
  const seen = sqlite.prepare(
    "insert into processed_updates (update_key, processed_at) values (?, 0)",
  );
  try {
    for (let n = 0; ; n += 1) seen.run(`x-${String(n).padStart(6, "0")}`);
  } catch {
    // Full.
  }
  return () => {
    sqlite.exec("drop table filler; delete from processed_updates where update_key like 'x-%'");
    sqlite.pragma("max_page_count = 1073741823");
  };
}
