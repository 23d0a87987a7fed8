import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { App } from "../app.js";
import {
  countBookkeeping,
  countPeople,
  countPersonalData,
  type PersonalCount,
} from "../db/personal-data.js";
import { formatDay, formatInstant, localDay } from "../domain/calendar.js";
import { DAY_MS } from "../domain/durations.js";
import { ROSTER_STATES } from "../domain/member-rules.js";
import type { Text } from "../i18n.js";
import { UPDATE_MEMORY_MS } from "../store/conversation-store.js";
import { type CliCall, defineCommand } from "./cli-command.js";
import { PRINT_OPTIONS } from "./common-options.js";

/** A file on disk as a breach notice describes it: where, who may read it, how big. */
interface FileFacts {
  path: string;
  /** Permission bits as `ls -l` counts them, "0600". */
  mode: string;
  bytes: number;
}

/**
 * `privacy report`: what personal data the database holds, about how many people, since when,
 * who can read it, and how the file is kept: the facts a breach notice within 72 hours and an
 * impact assessment ask for. Counts only: no name and no text a member wrote is printed.
 */
export const privacyReport = defineCommand({
  path: "privacy report",
  options: PRINT_OPTIONS,
  needsDatabase: true,
  run(call, app) {
    const { db } = app.database;
    const report = {
      at: call.clock.now(),
      database: databaseFacts(call.config.DATABASE_PATH),
      // The console chat writes the files it is asked for here (src/main.ts).
      exports: folderFacts(join(dirname(call.config.DATABASE_PATH), "exports")),
      people: countPeople(db),
      withoutConsent: withoutConsent(app),
      personal: countPersonalData(db),
      bookkeeping: countBookkeeping(db),
    };
    call.print(report, () => reportText(call, app, report));
    return 0;
  },
});

/**
 * The roster entries with no consent given stored, by roster state: those added before
 * consent was asked (migration 0020) have none. Counts only.
 */
function withoutConsent(app: App): { count: number; roster: Record<string, number> } {
  const entries = app.services.consents.entriesWithoutConsent();
  const roster: Record<string, number> = {};
  for (const { roster: state } of entries) roster[state] = (roster[state] ?? 0) + 1;
  return { count: entries.length, roster };
}

/** The database file and its write-ahead log; null when it lives in memory. */
function databaseFacts(path: string) {
  if (path === ":memory:") return null;
  const wal = `${path}-wal`;
  return {
    ...fileFacts(path),
    // better-sqlite3 has no cipher: nothing chibo writes is encrypted yet.
    encrypted: false,
    wal: existsSync(wal) ? fileFacts(wal) : null,
  };
}

function fileFacts(path: string): FileFacts {
  const stat = statSync(path);
  return {
    path: resolve(path),
    mode: (stat.mode & 0o777).toString(8).padStart(4, "0"),
    bytes: stat.size,
  };
}

/** A folder chibo writes files into: its mode and how many files; mode null while it is not there. */
function folderFacts(path: string): { path: string; mode: string | null; files: number } {
  if (!existsSync(path)) return { path: resolve(path), mode: null, files: 0 };
  const { mode } = fileFacts(path);
  return { path: resolve(path), mode, files: readdirSync(path).length };
}

type Report = {
  at: Date;
  database: ReturnType<typeof databaseFacts>;
  exports: ReturnType<typeof folderFacts>;
  people: ReturnType<typeof countPeople>;
  withoutConsent: ReturnType<typeof withoutConsent>;
  personal: PersonalCount[];
  bookkeeping: { table: string; rows: number }[];
};

function reportText(call: CliCall, app: App, report: Report): Text[] {
  const zone = app.services.timeZone;
  const { database, exports, people } = report;
  const roster = (counts: Record<string, number>) =>
    ROSTER_STATES.map((state) =>
      call.say({ key: `cli-privacy-roster-${state}`, args: { count: counts[state] ?? 0 } }),
    ).join(", ");
  return [
    { key: "cli-privacy-title", args: { at: formatInstant(report.at, zone) } },
    database
      ? {
          key: "cli-privacy-database",
          args: { path: database.path, mode: database.mode, bytes: database.bytes },
        }
      : { key: "cli-privacy-database-memory" },
    ...(database?.wal
      ? [{ key: "cli-privacy-wal", args: { path: database.wal.path, bytes: database.wal.bytes } }]
      : []),
    { key: "cli-privacy-backups" },
    exports.mode
      ? {
          key: "cli-privacy-exports",
          args: { path: exports.path, mode: exports.mode, files: exports.files },
        }
      : { key: "cli-privacy-no-exports", args: { path: exports.path } },
    {
      key: "cli-privacy-retention",
      args: {
        dialogDays: call.config.RETENTION_DIALOG_DAYS,
        updateDays: UPDATE_MEMORY_MS / DAY_MS,
        sentDays: call.config.RETENTION_SENT_DAYS,
        exportHours: call.config.RETENTION_EXPORT_HOURS,
      },
    },
    {
      key: "cli-privacy-people",
      args: {
        members: people.members,
        roster: roster(people.roster),
        cells: people.cells,
        accounts: people.accounts,
        officers: people.officers,
      },
    },
    {
      key: "cli-privacy-without-consent",
      args: {
        count: report.withoutConsent.count,
        roster: roster(report.withoutConsent.roster),
      },
    },
    { key: "cli-privacy-sensitive" },
    { key: "cli-privacy-operator" },
    { key: "cli-privacy-personal" },
    ...report.personal.map((entry) => personalLine(call, zone, entry)),
    {
      key: "cli-privacy-bookkeeping",
      args: { tables: report.bookkeeping.map(({ table }) => table).join(", ") },
    },
  ];
}

function personalLine(call: CliCall, zone: string, entry: PersonalCount): Text {
  const readers = entry.readers.map((reader) => call.say({ key: `cli-privacy-reader-${reader}` }));
  return {
    key: "cli-privacy-table",
    args: {
      table: entry.table,
      kind: { key: `cli-privacy-kind-${entry.table.replaceAll("_", "-")}` },
      rows: entry.rows,
      people: entry.people
        ? { key: `cli-privacy-people-${entry.people.of}`, args: { count: entry.people.count } }
        : { key: "cli-privacy-people-unnamed" },
      since: entry.since
        ? { key: "cli-privacy-since", args: { day: formatDay(localDay(entry.since, zone)) } }
        : { key: entry.rows > 0 ? "cli-privacy-since-unknown" : "cli-privacy-since-none" },
      readers: [...readers, call.say({ key: "cli-privacy-reader-operator" })].join("; "),
    },
  };
}
