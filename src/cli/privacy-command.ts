import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { App } from "../app.js";
import {
  countBookkeeping,
  countPeople,
  countPersonalData,
  type PersonalCount,
} from "../db/personal-data.js";
import {
  atLocalTime,
  calendarDay,
  formatDay,
  formatInstant,
  localDay,
} from "../domain/calendar.js";
import { DAY_MS } from "../domain/durations.js";
import { ROSTER_STATES } from "../domain/member-rules.js";
import type { Text } from "../i18n.js";
import type { Cell } from "../store/cell-store.js";
import { UPDATE_MEMORY_MS } from "../store/conversation-store.js";
import type { DataReadRow } from "../store/data-read-store.js";
import { type CliCall, CliError, type CliOption, defineCommand } from "./cli-command.js";
import { CELL_OPTION, PRINT_OPTIONS } from "./common-options.js";
import { cellByCode } from "./lookups.js";

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
      database: databaseFacts(call.config.DATABASE_PATH, app.database.encrypted),
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
function databaseFacts(path: string, encrypted: boolean) {
  if (path === ":memory:") return null;
  const wal = `${path}-wal`;
  return {
    ...fileFacts(path),
    encrypted,
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
  // The file, its log and its backups are encrypted together, or none of them is.
  const locked = database?.encrypted ? "-encrypted" : "";
  const roster = (counts: Record<string, number>) =>
    ROSTER_STATES.map((state) =>
      call.say({ key: `cli-privacy-roster-${state}`, args: { count: counts[state] ?? 0 } }),
    ).join(", ");
  return [
    { key: "cli-privacy-title", args: { at: formatInstant(report.at, zone) } },
    database
      ? {
          key: `cli-privacy-database${locked}`,
          args: { path: database.path, mode: database.mode, bytes: database.bytes },
        }
      : { key: "cli-privacy-database-memory" },
    ...(database?.wal
      ? [
          {
            key: `cli-privacy-wal${locked}`,
            args: { path: database.wal.path, bytes: database.wal.bytes },
          },
        ]
      : []),
    { key: `cli-privacy-backups${locked}` },
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
        auditDays: call.config.RETENTION_AUDIT_DAYS,
        exportHours: call.config.RETENTION_EXPORT_HOURS,
      },
    },
    {
      key: "cli-privacy-reads-recorded",
      args: {
        count: report.personal.find(({ table }) => table === "data_reads")?.rows ?? 0,
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
    { key: `cli-privacy-operator${locked}` },
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

/** A day as the operator types it: 1/1/2026 or 01/01/2026. */
const TYPED_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const SINCE_OPTION: CliOption = { value: { example: "dd/mm/yyyy" } };

/**
 * `privacy reads`: the trail of who opened whose plan, results, reasons or level, oldest first:
 * when, in which cell, who (by office, and by name or account), whose, what, and where. It
 * names people, for the operator only; listing it is not itself a read of anyone's data.
 */
export const privacyReads = defineCommand({
  path: "privacy reads",
  options: { cell: CELL_OPTION, since: SINCE_OPTION, ...PRINT_OPTIONS },
  needsDatabase: true,
  run(call, app) {
    const { cells, dataReads, timeZone } = app.services;
    const code = filled(call.options.cell, "--cell");
    const typedSince = filled(call.options.since, "--since");
    const cell = code === undefined ? undefined : cellByCode(app, code);
    const since = typedSince === undefined ? undefined : dayStart(typedSince, timeZone);
    const cellsById = new Map(cells.all().map((each) => [each.id, each]));
    const cellOf = (row: DataReadRow): Pick<Cell, "code" | "name"> => {
      const found = cellsById.get(row.cellId);
      // data_reads.cell_id is a foreign key: a read's cell is always there.
      if (!found) throw new Error(`data_reads row ${row.id} names no cell`);
      return { code: found.code, name: found.name };
    };
    const rows = dataReads.list({ cellId: cell?.id, since }, "oldest");
    const listing = {
      at: call.clock.now(),
      cell: cell?.code ?? null,
      since: since ?? null,
      keptDays: call.config.RETENTION_AUDIT_DAYS,
      count: rows.length,
      reads: rows.map((row) => ({
        at: row.readAt,
        cell: cellOf(row),
        reader: {
          role: row.readerRole,
          memberId: row.readerMemberId,
          name: row.readerName,
          account: row.readerPersonId,
        },
        member: { id: row.memberId, name: row.memberName },
        kind: row.kind,
        channel: row.channel,
      })),
    };
    call.print(listing, () => [
      {
        key: "cli-privacy-reads-title",
        args: {
          at: formatInstant(listing.at, timeZone),
          count: rows.length,
          cells: cell
            ? { key: "cli-privacy-reads-cell", args: { cell: cell.name, code: cell.code } }
            : { key: "cli-privacy-reads-all-cells" },
          since: since
            ? {
                key: "cli-privacy-reads-since",
                args: { day: formatDay(localDay(since, timeZone)) },
              }
            : { key: "cli-privacy-reads-since-kept" },
        },
      },
      ...(rows.length === 0 ? [{ key: "cli-privacy-reads-none" }] : []),
      ...rows.map((row): Text => {
        const { code, name } = cellOf(row);
        return {
          key: "cli-privacy-read",
          args: {
            at: formatInstant(row.readAt, timeZone),
            cell: name,
            code,
            reader: readerOf(row),
            kind: { key: `dulieu-read-kind-${row.kind}` },
            member: row.memberName,
            channel: { key: `cli-privacy-read-channel-${row.channel}` },
          },
        };
      }),
      { key: "cli-privacy-reads-kept", args: { days: call.config.RETENTION_AUDIT_DAYS } },
    ]);
    return 0;
  },
});

/** An option's value, refused when given empty: `--cell ""` is a slip, not "every cell". */
function filled(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (!trimmed) throw new CliError({ key: "cli-privacy-empty-option", args: { option } });
  return trimmed;
}

/** The instant a typed day (dd/mm/yyyy) begins, local time; refused if it is none. */
function dayStart(typed: string, timeZone: string): Date {
  const [, date, month, year] = TYPED_DAY.exec(typed) ?? [];
  if (!date || !month || !year) {
    throw new CliError({ key: "cli-privacy-since-format", args: { day: typed } });
  }
  const day = calendarDay(Number(year), Number(month), Number(date));
  if (!day) throw new CliError({ key: "cli-privacy-since-no-day", args: { day: typed } });
  return atLocalTime(day, 0, 0, timeZone);
}

/** The reader by office, with their name (a roster entry) or account (an officer). */
function readerOf(row: DataReadRow): Text {
  const role = { key: `cli-privacy-read-role-${row.readerRole}` };
  if (row.readerName !== null) {
    return { key: "cli-privacy-read-named", args: { role, name: row.readerName } };
  }
  if (row.readerPersonId !== null) {
    return { key: "cli-privacy-read-account", args: { role, account: row.readerPersonId } };
  }
  return role;
}
