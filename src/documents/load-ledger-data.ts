import type { LedgerStanding } from "../domain/attendance-ledger.js";
import { localTime, localYearBounds } from "../domain/calendar.js";
import type { SheetMember } from "../domain/meeting-rules.js";
import { sheetOf } from "../meetings/attendance.js";
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

/** The ledger's standings as the documents name them. */
const STANDING: Readonly<Record<LedgerStanding, Standing>> = {
  present: "present",
  absentWithReason: "excused",
  absentWithoutReason: "absent",
  exempt: "exempt",
};

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
  const remote = new Set(sheet.remote.map((member) => member.id));
  const line = (member: SheetMember, standing: Standing, reason: string | null = null) => ({
    member,
    listed: {
      name: member.fullName,
      standing,
      reason: reason?.trim() || null,
      remote: remote.has(member.id),
    },
  });
  const onSheet = [
    ...sheet.present.map((member) => line(member, "present")),
    ...sheet.absentWithReason.map((absent) => line(absent.member, "excused", absent.reason)),
    ...sheet.absentWithoutReason.map((member) => line(member, "absent")),
    ...sheet.exempt.map((member) => line(member, "exempt")),
  ].sort((a, b) => byName(a.member, b.member));
  return {
    heading,
    timeZone: services.timeZone,
    kind: meeting.kind,
    startsAt: meeting.startsAt,
    place: meeting.place,
    members: onSheet.map(({ listed }): ListedMember => listed),
  };
}

/**
 * A cell's ledger of a year: the members the attendance ledger counts (cellLedger), each with
 * the mark of every closed meeting of the year in its month, read from the very sheets its
 * counts are added up from.
 */
export function yearLedger(
  services: Services,
  heading: DocumentHeading,
  cellId: number,
  year: number,
): YearLedger {
  const { timeZone } = services;
  const { from, to } = localYearBounds(year, timeZone);
  const meetingsByMonth = Array.from({ length: 12 }, () => 0);
  for (const meeting of services.meetings.ofCell(cellId, from, to)) {
    if (meeting.state !== "closed") continue;
    const month = localTime(meeting.startsAt, timeZone).month;
    meetingsByMonth[month - 1] = (meetingsByMonth[month - 1] ?? 0) + 1;
  }

  const entries = cellLedger(services, cellId, year).sort((a, b) => byName(a.member, b.member));
  return {
    heading,
    year,
    meetingsByMonth,
    members: entries.map(({ member, ledger }): LedgerLine => {
      const months: LedgerMark[][] = Array.from({ length: 12 }, () => []);
      // Not on a sheet: before the member was first on the roster, or after they moved away
      // (for a while, if they came back).
      let seen = false;
      for (const { month, standing } of ledger.marks) {
        if (standing) seen = true;
        months[month - 1]?.push(standing ? STANDING[standing] : seen ? "left" : "notYet");
      }
      return {
        name: member.fullName,
        months,
        present: ledger.present,
        excused: ledger.absentWithReason,
        absent: ledger.absentWithoutReason,
        exempt: ledger.exempt,
        unexcusedMonths: ledger.unexcusedMonths,
      };
    }),
  };
}
