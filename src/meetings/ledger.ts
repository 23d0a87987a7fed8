import {
  atThresholds,
  dueWarnings,
  type MemberLedger,
  memberLedgers,
  REMOVAL_MONTHS,
  WARNING_MONTHS,
} from "../domain/attendance-ledger.js";
import { CORRECTION_DAYS } from "../domain/attendance-rules.js";
import { formatDay, localDay, localYear, localYearBounds } from "../domain/calendar.js";
import { attendanceSheet, fromMinutes } from "../domain/meeting-rules.js";
import { isCounted } from "../domain/member-rules.js";
import { NAMES_IN_SUMMARY } from "../domain/name-lists.js";
import { groupBy } from "../group-by.js";
import type { Text } from "../i18n.js";
import type { Poster } from "../outbox/poster.js";
import type { LedgerMemberRow, ShownChange } from "../store/ledger-store.js";
import type { Meeting } from "../store/meeting-store.js";
import type { Services } from "../store/services.js";
import { markAttendance } from "./attendance.js";

/** A member's year, with who they are. */
export interface LedgerEntry {
  member: LedgerMemberRow;
  ledger: MemberLedger;
}

/**
 * Each member's record over a cell's closed meetings of a year (local time): those counted in
 * the cell now, and those on any of the year's sheets (gone since). Four queries for the cell.
 */
export function cellLedger(services: Services, cellId: number, year: number): LedgerEntry[] {
  const { from, to } = localYearBounds(year, services.timeZone);
  const rows = services.ledger.yearOf(cellId, from, to);
  const responses = groupBy(rows.responses, (row) => row.meetingId);
  const marks = groupBy(rows.marks, (row) => row.meetingId);
  // A closed meeting keeps the roster of its minutes; one closed before they were kept is read
  // with the roster of today, as its sheet is everywhere else.
  const current = rows.members.filter((member) => member.roster === "active");
  const meetings = rows.meetings.map((meeting) => ({
    ...meeting,
    sheet: attendanceSheet(
      meeting,
      meeting.roster ? fromMinutes(meeting.roster) : current,
      responses.get(meeting.id) ?? [],
      marks.get(meeting.id) ?? [],
    ),
  }));
  const onSheets = new Set(
    meetings.flatMap(({ sheet }) => [
      ...sheet.present.map((m) => m.id),
      ...sheet.absentWithReason.map((a) => a.member.id),
      ...sheet.absentWithoutReason.map((m) => m.id),
      ...sheet.exempt.map((m) => m.id),
    ]),
  );
  const listed = rows.members.filter((member) => isCounted(member) || onSheets.has(member.id));
  const ledgers = memberLedgers(listed, meetings, year, services.timeZone);
  return listed.flatMap((member, index) => {
    const ledger = ledgers[index];
    return ledger ? [{ member, ledger }] : [];
  });
}

/** "3, 5": the months of a year, as the messages list them. */
const monthList = (months: readonly number[]) => months.join(", ");

/**
 * Tells the secretary in private (the deputies where the cell has none) of the members whose
 * months with an unexcused absence reached a threshold with this meeting's attendance: once a
 * threshold, a member and a year. A warning is recorded only once it is queued for someone, so
 * a cell whose managers have no private chat yet is told at the next close or correction.
 * Names go to the outbox only, never to a log.
 */
export function warnAbsences(
  services: Services,
  poster: Poster,
  meeting: Meeting,
  now: Date,
): void {
  const { ledger: store, members, timeZone } = services;
  const year = localYear(meeting.startsAt, timeZone);
  const entries = cellLedger(services, meeting.cellId, year).filter(({ member }) =>
    isCounted(member),
  );
  const due = dueWarnings(
    entries.map((entry) => entry.ledger),
    store.warnedOf(meeting.cellId, year),
  );
  if (due.length === 0) return;
  const told = members.secretaryOrDeputies(meeting.cellId);
  const names = new Map(entries.map(({ member }) => [member.id, member.fullName]));
  for (const warning of due) {
    const before = poster.count;
    const text: Text = {
      key: warning.reached >= REMOVAL_MONTHS ? "ledger-removal" : "ledger-warning",
      args: {
        name: names.get(warning.memberId) ?? "",
        count: warning.months.length,
        months: monthList(warning.months),
        year: String(year),
        day: formatDay(localDay(meeting.startsAt, timeZone)),
        days: CORRECTION_DAYS,
        ...(warning.reached >= REMOVAL_MONTHS ? {} : { removalAt: REMOVAL_MONTHS }),
      },
    };
    for (const manager of told) poster.toMember(manager.id, [text]);
    if (poster.count > before) {
      store.recordWarnings(warning.memberId, year, warning.thresholds, now);
    }
  }
}

/**
 * A mark the secretary sets by hand. A change to a mark once set (or to anyone's once the
 * meeting closed: the close counted those without a mark absent without reason) is logged
 * with who made it, in the same transaction; a correction of a closed meeting may bring a
 * member to a threshold, and the secretary is told.
 */
export function correctAttendance(
  services: Services,
  poster: Poster,
  meeting: Meeting,
  memberId: number,
  mark: { present: boolean; reason: string | null },
  changedBy: number,
  now: Date,
): void {
  services.transaction(() => {
    const { meetings, ledger } = services;
    const before = meetings.markOf(meeting.id, memberId);
    markAttendance(services, meeting, memberId, { ...mark, markedBy: "secretary" }, now);
    const after = meetings.markOf(meeting.id, memberId);
    if (!after || (!before && meeting.state !== "closed")) return;
    const same = before?.present === after.present && before?.reason === after.reason;
    if (same) return;
    ledger.logChange({
      meetingId: meeting.id,
      memberId,
      presentBefore: before?.present ?? null,
      reasonBefore: before?.reason ?? null,
      present: after.present,
      reason: after.reason,
      changedBy,
      changedAt: now,
    });
    if (meeting.state === "closed") warnAbsences(services, poster, meeting, now);
  });
}

/** How many of a meeting's changes its sheet lists: the latest, to stay on one screen. */
const SHOWN_CHANGES = 3;

const markKey = (present: boolean | null, reason: string | null) => {
  if (present === null) return "ledger-mark-none";
  if (present) return "ledger-mark-present";
  return reason ? "ledger-mark-excused" : "ledger-mark-absent";
};

/**
 * "Đã sửa: …": the latest changes to a meeting's marks, for the secretary's sheet in private
 * (the names of who was changed and who changed them); none when nothing was changed.
 */
export function changeLines(services: Services, meeting: Meeting): Text[] {
  const changes = services.ledger.changesOf(meeting.id);
  if (changes.length === 0) return [];
  const shown = changes.slice(-SHOWN_CHANGES).map(
    (change: ShownChange): Text => ({
      key: "ledger-change",
      args: {
        name: change.memberName,
        before: { key: markKey(change.presentBefore, change.reasonBefore) },
        after: { key: markKey(change.present, change.present ? null : change.reason) },
        by: change.changedByName,
        day: formatDay(localDay(change.changedAt, services.timeZone)),
      },
    }),
  );
  const header: Text =
    changes.length > shown.length
      ? { key: "ledger-changes-latest", args: { count: changes.length, shown: shown.length } }
      : { key: "ledger-changes" };
  return [header, ...shown];
}

/**
 * Who is at two and who at three (or more) months with an unexcused absence this year, in one
 * line for the cell committee in private; undefined when nobody is.
 */
export function thresholdLine(services: Services, cellId: number, year: number): Text | undefined {
  const entries = cellLedger(services, cellId, year).filter(({ member }) => isCounted(member));
  const byId = new Map(entries.map((entry) => [entry.member.id, entry.member]));
  const { warning, removal } = atThresholds(entries.map((entry) => entry.ledger));
  const names = (ledgers: MemberLedger[]): Text | string => {
    const all = ledgers
      .map((ledger) => byId.get(ledger.memberId))
      .filter((member) => member !== undefined)
      .sort((a, b) => a.nameKey.localeCompare(b.nameKey))
      .map((member) => member.fullName);
    const shown = all.slice(0, NAMES_IN_SUMMARY).join(", ");
    const more = all.length - NAMES_IN_SUMMARY;
    return more > 0 ? { key: "tiendo-view-more", args: { names: shown, more } } : shown;
  };
  const atWarning = { warnAt: WARNING_MONTHS, warning: names(warning) };
  const atRemoval = { removalAt: REMOVAL_MONTHS, removal: names(removal) };
  if (warning.length > 0 && removal.length > 0) {
    return { key: "ledger-baocao-both", args: { year: String(year), ...atWarning, ...atRemoval } };
  }
  if (warning.length > 0) {
    return { key: "ledger-baocao-warning", args: { year: String(year), ...atWarning } };
  }
  if (removal.length > 0) {
    return { key: "ledger-baocao-removal", args: { year: String(year), ...atRemoval } };
  }
  return undefined;
}
