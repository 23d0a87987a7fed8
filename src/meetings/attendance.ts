import { withReasons } from "../domain/attendance-rules.js";
import {
  type AttendanceSheet,
  attendanceSheet,
  countsOf,
  fromMinutes,
  type MarkedBy,
  type SheetMember,
} from "../domain/meeting-rules.js";
import { groupBy } from "../group-by.js";
import type { Text } from "../i18n.js";
import type { Poster } from "../outbox/poster.js";
import { leaderReader } from "../store/data-read-store.js";
import type { Meeting } from "../store/meeting-store.js";
import type { Member } from "../store/member-store.js";
import type { Services } from "../store/services.js";
import { endQuestion } from "./meeting-end.js";
import { dropMaterialsFile } from "./meeting-materials.js";
import { announcement, checkinAnchor, meetingDetails } from "./meeting-texts.js";
import { meetingPoll, postPoll } from "./polls.js";

/**
 * A meeting's attendance as the minutes record it. Once closed, it lists the roster as it was
 * then: a member who later moves away or is exempted stays on the meetings they were due at.
 */
export function sheetOf(services: Services, meeting: Meeting): AttendanceSheet<SheetMember> {
  const [sheet] = sheetsOf(services, [meeting]);
  if (!sheet) throw new Error(`No attendance sheet for meeting ${meeting.id}.`);
  return sheet;
}

/**
 * The sheets of several meetings, as sheetOf makes each, from two queries in all rather than
 * two a meeting: a report shows a year of meetings, a roll-up those of hundreds of cells
 * (docs/performance.md). `activeRoster` gives a cell's active members where the caller has
 * them already; it is asked only for meetings that have no roster of their own yet.
 */
export function sheetsOf(
  services: Services,
  meetings: readonly Meeting[],
  activeRoster: (cellId: number) => SheetMember[] = (cellId) =>
    services.members.ofCell(cellId, "active"),
): AttendanceSheet<SheetMember>[] {
  const ids = meetings.map((meeting) => meeting.id);
  const responses = groupBy(services.meetings.responsesOf(ids), (row) => row.meetingId);
  const marks = groupBy(services.meetings.marksOf(ids), (row) => row.meetingId);
  const rosters = new Map<number, SheetMember[]>();
  const current = (cellId: number) => {
    let roster = rosters.get(cellId);
    if (!roster) {
      roster = activeRoster(cellId);
      rosters.set(cellId, roster);
    }
    return roster;
  };
  return meetings.map((meeting) =>
    attendanceSheet(
      meeting,
      meeting.roster ? fromMinutes(meeting.roster) : current(meeting.cellId),
      responses.get(meeting.id) ?? [],
      marks.get(meeting.id) ?? [],
    ),
  );
}

/** Counts only: what may be said in the group. */
export function sheetCounts(sheet: AttendanceSheet<SheetMember>): Text {
  const { presentCount, countedCount } = countsOf(sheet);
  return {
    key: "attendance-counts",
    args: {
      present: presentCount,
      counted: countedCount,
      withReason: sheet.absentWithReason.length,
      withoutReason: sheet.absentWithoutReason.length,
    },
  };
}

/**
 * A member marked present or absent, by check-in or by the secretary. A correction after the
 * close updates the counts the closed meeting keeps for roll-ups.
 */
export function markAttendance(
  services: Services,
  meeting: Meeting,
  memberId: number,
  mark: { present: boolean; reason: string | null; markedBy: MarkedBy },
  now: Date,
): void {
  services.meetings.mark(meeting.id, memberId, mark, now);
  if (meeting.state === "closed") {
    services.meetings.update(meeting.id, countsOf(sheetOf(services, meeting)), now);
  }
}

/**
 * A member checks in, in the group or (`remote`) from elsewhere. Counted once: `already` is
 * when they were marked present before, by whichever way came first.
 */
export function checkInMember(
  services: Services,
  meeting: Meeting,
  memberId: number,
  remote: boolean,
  now: Date,
): { already?: Date } {
  const { mark, counted } = services.meetings.checkIn(
    meeting.id,
    memberId,
    remote ? "remote" : "self",
    now,
  );
  return counted ? {} : { already: mark.markedAt };
}

/** Names and reasons: for the secretary and the cell committee, in private only. */
export function sheetDetails(sheet: AttendanceSheet<SheetMember>): Text[] {
  const names = (list: SheetMember[]) => list.map((m) => m.fullName).join(", ");
  const parts: Text[] = [];
  if (sheet.present.length > 0) {
    parts.push({ key: "attendance-present", args: { names: names(sheet.present) } });
  }
  if (sheet.remote.length > 0) {
    parts.push({ key: "checkin-remote-names", args: { names: names(sheet.remote) } });
  }
  for (const { member, reason } of sheet.absentWithReason) {
    parts.push(
      reason === null
        ? { key: "attendance-excused-no-reason", args: { name: member.fullName } }
        : { key: "attendance-excused", args: { name: member.fullName, reason } },
    );
  }
  if (sheet.absentWithoutReason.length > 0) {
    parts.push({ key: "attendance-absent", args: { names: names(sheet.absentWithoutReason) } });
  }
  if (sheet.exempt.length > 0) {
    parts.push({ key: "attendance-exempt", args: { names: names(sheet.exempt) } });
  }
  return parts;
}

/** The reasons a cell leader was sent with the sheet, in the trail of who read whose. */
function noteReasonsRead(
  services: Services,
  leader: Member,
  cellId: number,
  sheet: AttendanceSheet<SheetMember>,
  now: Date,
): void {
  const reader = leaderReader(leader);
  if (!reader) return;
  const memberIds = withReasons(sheet.absentWithReason);
  services.dataReads.record({
    reader,
    cellId,
    memberIds,
    kinds: ["reasons"],
    channel: "chat",
    now,
  });
}

/**
 * The end of a meeting: check-in closes, the group hears the counts and gets the poll on how
 * the meeting went, and the secretary and deputy get the attendance with names and reasons.
 * The minutes record the scheduled end until one of them gives the real one: closed by the
 * job, they are asked; closed `byHand`, the one who closed it is asked in the answer.
 */
export function closeMeeting(
  services: Services,
  poster: Poster,
  meeting: Meeting,
  now: Date,
  byHand = false,
): Meeting {
  const onSheet = sheetOf(services, meeting);
  const roster = [
    ...onSheet.present,
    ...onSheet.absentWithReason.map((absent) => absent.member),
    ...onSheet.absentWithoutReason,
    ...onSheet.exempt,
  ].map(({ id, fullName, nameKey, status }) => ({ id, fullName, nameKey, status }));
  const closed = services.meetings.update(
    meeting.id,
    { state: "closed", closedAt: now, roster, ...countsOf(onSheet) },
    now,
  );
  // Its file was for before the meeting; the agenda stays for the minutes.
  dropMaterialsFile(services, closed);
  const sheet = sheetOf(services, closed);
  const details = meetingDetails(closed, services.timeZone);
  const posted = announcement(closed, services.meetings.responses(closed.id), services.timeZone);
  poster.toGroups(posted.parts, { ...posted.extras, refresh: true });
  // One message with the counts: the check-in message becomes it where the platform can
  // edit, and it is sent anew where not (or where check-in was never opened).
  poster.toGroups(
    [{ key: "meeting-closed-group" }, details, sheetCounts(sheet)],
    closed.checkinOpenedAt ? { anchor: checkinAnchor(closed.id) } : {},
  );
  // The attendance for the minutes, then the end they record, in one message.
  const asked = byHand ? { parts: [], extras: {} } : endQuestion(closed, services.timeZone);
  for (const manager of services.members.managers(closed.cellId)) {
    const sent = poster.toMember(
      manager.id,
      [
        { key: "meeting-closed-secretary" },
        details,
        sheetCounts(sheet),
        ...sheetDetails(sheet),
        ...asked.parts,
      ],
      asked.extras,
    );
    if (sent) noteReasonsRead(services, manager, closed.cellId, sheet, now);
  }
  postPoll(
    services,
    poster,
    { ...meetingPoll(services, closed.cellId, closed.id, now), createdBy: null },
    now,
  );
  return closed;
}
