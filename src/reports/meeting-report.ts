import { atLocalHour } from "../domain/calendar.js";
import type { AttendanceSheet, SheetMember } from "../domain/meeting-rules.js";
import { plainText } from "../domain/rich-text.js";
import type { Text, Translator } from "../i18n.js";
import { sheetCounts, sheetDetails, sheetsOf } from "../meetings/attendance.js";
import { meetingDetails } from "../meetings/meeting-texts.js";
import { type PollResult, pollResults, resultLines } from "../meetings/polls.js";
import type { Cell } from "../store/cell-store.js";
import type { Meeting } from "../store/meeting-store.js";
import type { Services } from "../store/services.js";

export interface MemberAttendance {
  member: SheetMember;
  present: number;
  withReason: number;
  withoutReason: number;
}

/** A cell's meetings of a year with their attendance, each member's record, and the polls. */
export interface MeetingReport {
  meetings: { meeting: Meeting; sheet: AttendanceSheet<SheetMember> }[];
  members: MemberAttendance[];
  polls: PollResult[];
}

export function loadMeetingReport(services: Services, cell: Cell, year: number): MeetingReport {
  const from = atLocalHour(`${year}-01-01`, 0, services.timeZone);
  const to = atLocalHour(`${year + 1}-01-01`, 0, services.timeZone);
  // Only meetings that ended have an attendance to report.
  const closed = services.meetings
    .ofCell(cell.id, from, to)
    .filter((meeting) => meeting.state === "closed");
  // All the year's sheets and polls at once: two queries each, not two per meeting and poll.
  const sheets = sheetsOf(services, closed);
  const meetings = closed.flatMap((meeting, index) => {
    const sheet = sheets[index];
    return sheet ? [{ meeting, sheet }] : [];
  });
  const byMember = new Map<number, MemberAttendance>();
  const record = (member: SheetMember) => {
    let entry = byMember.get(member.id);
    if (!entry) {
      entry = { member, present: 0, withReason: 0, withoutReason: 0 };
      byMember.set(member.id, entry);
    }
    return entry;
  };
  for (const { sheet } of meetings) {
    for (const member of sheet.present) record(member).present += 1;
    for (const { member } of sheet.absentWithReason) record(member).withReason += 1;
    for (const member of sheet.absentWithoutReason) record(member).withoutReason += 1;
  }
  return {
    meetings,
    members: [...byMember.values()].sort((a, b) =>
      a.member.nameKey.localeCompare(b.member.nameKey),
    ),
    polls: pollResults(services, services.polls.ofCell(cell.id, from, to)),
  };
}

/** Counts per meeting and poll results: what may be said in the group. */
export function meetingSummary(report: MeetingReport, timeZone: string): Text[] {
  if (report.meetings.length === 0 && report.polls.length === 0) {
    return [{ key: "baocao-no-meetings" }];
  }
  return [
    ...report.meetings.flatMap(({ meeting, sheet }) => [
      meetingDetails(meeting, timeZone),
      sheetCounts(sheet),
    ]),
    ...report.polls.flatMap((result) => [
      {
        key: result.poll.state === "open" ? "baocao-poll-open" : "baocao-poll-closed",
        args: { question: result.poll.question, total: result.total },
      },
      ...resultLines(result),
    ]),
  ];
}

/** Names and reasons per meeting, and each member's year: for the secretary and committee. */
export function meetingDetailsPrivate(report: MeetingReport, timeZone: string): Text[] {
  if (report.meetings.length === 0) return [];
  return [
    { key: "baocao-attendance-header" },
    ...report.meetings.flatMap(({ meeting, sheet }) => [
      meetingDetails(meeting, timeZone),
      ...sheetDetails(sheet),
    ]),
    { key: "baocao-attendance-members", args: { meetings: report.meetings.length, page: "" } },
    ...report.members.map(({ member, present, withReason, withoutReason }) => ({
      key: "baocao-attendance-member",
      args: { name: member.fullName, present, withReason, withoutReason },
    })),
  ];
}

/** The attendance and polls as `report --format json` prints them. */
export function meetingReportJson(report: MeetingReport, translator: Translator) {
  const plain = (text: Text) => plainText(translator.text(text));
  const names = (members: SheetMember[]) => members.map((m) => m.fullName);
  const poll = (result: PollResult) => ({
    question: plain(result.poll.question),
    anonymous: result.poll.anonymous,
    state: result.poll.state,
    closesAt: result.poll.closesAt.toISOString(),
    total: result.total,
    options: result.poll.options.map((option, index) => ({
      option: plain(option),
      votes: result.counts[index] ?? 0,
    })),
  });
  return {
    meetings: report.meetings.map(({ meeting, sheet }) => ({
      id: meeting.id,
      kind: meeting.kind,
      startsAt: meeting.startsAt.toISOString(),
      place: meeting.place,
      topic: meeting.topic,
      attendance: {
        present: names(sheet.present),
        absentWithReason: sheet.absentWithReason.map(({ member, reason }) => ({
          name: member.fullName,
          reason,
        })),
        absentWithoutReason: names(sheet.absentWithoutReason),
        exempt: names(sheet.exempt),
      },
      polls: report.polls.filter((r) => r.poll.meetingId === meeting.id).map(poll),
    })),
    attendanceByMember: report.members.map(({ member, present, withReason, withoutReason }) => ({
      name: member.fullName,
      present,
      absentWithReason: withReason,
      absentWithoutReason: withoutReason,
    })),
    polls: report.polls.map(poll),
  };
}
