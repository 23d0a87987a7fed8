import { formatDay, localDay, localYear, localYearBounds } from "../src/domain/calendar.js";
import { pageOf } from "../src/domain/one-screen.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import type { DataReadRow, ReadKind } from "../src/store/data-read-store.js";

/** One reader's reads of one kind of a member's data: the latest, and how many. */
interface ReadGroup {
  latest: DataReadRow;
  count: number;
}

/**
 * Who opened the member's plan, results, reasons or level this year (since 1 January, local
 * time), one line per reader and kind, the most recent first; what does not fit one screen is
 * counted as "và N lần khác". Officers are not named: the member knows them by their office.
 */
export function whoLooked(turn: Turn, memberId: number): Text[] {
  const { dataReads, timeZone } = turn.services;
  const year = localYear(turn.now, timeZone);
  const groups = groupReads(dataReads.ofMember(memberId, localYearBounds(year, timeZone).from));
  if (groups.length === 0) return [{ key: "dulieu-reads-none" }];
  const { items } = pageOf(groups, 0, (group) => ({ lines: 1, characters: sized(group) }));
  const more = groups.slice(items.length).reduce((sum, group) => sum + group.count, 0);
  const day = (at: Date) => formatDay(localDay(at, timeZone));
  return [
    { key: "dulieu-reads-head", args: { year: String(year) } },
    ...items.map(({ latest, count }): Text => {
      const args = { reader: readerOf(latest), kind: kindOf(latest.kind), day: day(latest.readAt) };
      return count === 1
        ? { key: "dulieu-reads-line-once", args }
        : { key: "dulieu-reads-line", args: { ...args, count } };
    }),
    ...(more > 0 ? [{ key: "dulieu-reads-more", args: { count: more } }] : []),
  ];
}

/**
 * Rows newest first, grouped by reader and kind in the order of each group's latest read.
 * Officers are one reader, and so is the operator: the member sees no one's account.
 */
function groupReads(rows: readonly DataReadRow[]): ReadGroup[] {
  const groups = new Map<string, ReadGroup>();
  for (const row of rows) {
    const key = `${row.readerRole}|${row.readerMemberId ?? ""}|${row.kind}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { latest: row, count: 1 });
  }
  return [...groups.values()];
}

/** The reader by office, and by name where a roster entry read: an officer is not named. */
function readerOf(row: DataReadRow): Text {
  const role = { key: `dulieu-reader-${row.readerRole}` };
  return row.readerName === null
    ? role
    : { key: "dulieu-reader-named", args: { role, name: row.readerName } };
}

/** What was read, in words the CLI's listing (privacy reads) shares. */
function kindOf(kind: ReadKind): Text {
  return { key: `dulieu-read-kind-${kind}` };
}

/** A line's characters at most: the reader's name and the longest words around it. */
function sized(group: ReadGroup): number {
  return (group.latest.readerName?.length ?? 0) + 80;
}
