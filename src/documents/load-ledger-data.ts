import { localTime, localYearBounds } from "../domain/calendar.js";
import type { AttendanceSheet, SheetMember } from "../domain/meeting-rules.js";
import { isCounted } from "../domain/member-rules.js";
import { sheetOf, sheetsOf } from "../meetings/attendance.js";
import { cellLedger } from "../meetings/ledger.js";
import type { Meeting } from "../store/meeting-store.js";
import type { Services } from "../store/services.js";
import type { DocumentHeading } from "./document-data.js";
import type {
  AttendanceList,
  LedgerLine,
  LedgerMark,
  ListedMember,
  Standing,
  YearLedger,
} from "./ledger-data.js";

/** The roster's order: by folded name, as the members' store lists a cell. */
const byName = (a: { nameKey: string; id: number }, b: { nameKey: string; id: number }) =>
  a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : a.id - b.id;

/** Each member on a sheet, with how they stood. */
function standingsOf(sheet: AttendanceSheet<SheetMember>): Map<number, Standing> {
  const found = new Map<number, Standing>();
  for (const member of sheet.present) found.set(member.id, "present");
  for (const { member } of sheet.absentWithReason) found.set(member.id, "excused");
  for (const member of sheet.absentWithoutReason) found.set(member.id, "absent");
  for (const member of sheet.exempt) found.set(member.id, "exempt");
  return found;
}

/**
 * The attendance list of a meeting, from its sheet: who stood how, the reasons the minutes
 * print, and who checked in from elsewhere.
 */
export function attendanceList(
  services: Services,
  heading: DocumentHeading,
  meeting: Meeting,
): AttendanceList {
  const sheet = sheetOf(services, meeting);
  const remote = new Set(
    services.meetings
      .marksOf([meeting.id])
      .filter((mark) => mark.present && mark.markedBy === "remote")
      .map((mark) => mark.memberId),
  );
  const reasons = new Map(
    sheet.absentWithReason.map((absent) => [absent.member.id, absent.reason]),
  );
  const standings = standingsOf(sheet);
  const onSheet = [
    ...sheet.present,
    ...sheet.absentWithReason.map((absent) => absent.member),
    ...sheet.absentWithoutReason,
    ...sheet.exempt,
  ].sort(byName);
  return {
    heading,
    timeZone: services.timeZone,
    kind: meeting.kind,
    startsAt: meeting.startsAt,
    place: meeting.place,
    members: onSheet.map(
      (member): ListedMember => ({
        name: member.fullName,
        standing: standings.get(member.id) ?? "absent",
        reason: reasons.get(member.id)?.trim() || null,
        remote: remote.has(member.id),
      }),
    ),
  };
}

/**
 * A cell's ledger of a year: the members the attendance ledger counts (cellLedger), each with
 * the mark of every closed meeting of the year in its month, and the ledger's own counts.
 */
export function yearLedger(
  services: Services,
  heading: DocumentHeading,
  cellId: number,
  year: number,
): YearLedger {
  const { timeZone } = services;
  const { from, to } = localYearBounds(year, timeZone);
  const meetings = services.meetings
    .ofCell(cellId, from, to)
    .filter((meeting) => meeting.state === "closed");
  const standings = sheetsOf(services, meetings).map(standingsOf);
  const months = meetings.map((meeting) => localTime(meeting.startsAt, timeZone).month);
  const meetingsByMonth = Array.from({ length: 12 }, () => 0);
  for (const month of months) meetingsByMonth[month - 1] = (meetingsByMonth[month - 1] ?? 0) + 1;

  const entries = cellLedger(services, cellId, year).sort((a, b) => byName(a.member, b.member));
  return {
    heading,
    year,
    meetingsByMonth,
    members: entries.map(({ member, ledger }): LedgerLine => {
      const marks: LedgerMark[][] = Array.from({ length: 12 }, () => []);
      // Not on a sheet: before the member was on the roster, or after they moved away.
      let seen = false;
      standings.forEach((standing, index) => {
        const found = standing.get(member.id);
        if (found) seen = true;
        const mark = found ?? (seen && !isCounted(member) ? "left" : "notYet");
        marks[(months[index] ?? 1) - 1]?.push(mark);
      });
      return {
        name: member.fullName,
        months: marks,
        present: ledger.present,
        excused: ledger.absentWithReason,
        absent: ledger.absentWithoutReason,
        exempt: ledger.exempt,
        unexcusedMonths: ledger.unexcusedMonths,
      };
    }),
  };
}
