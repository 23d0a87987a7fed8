import { localDay, quarterOf } from "../domain/calendar.js";
import { buildCellReport } from "../domain/cell-report.js";
import { cellRegistrationDeadline } from "../domain/commitment-rules.js";
import { htmlToPlain } from "../domain/html.js";
import { countsOf } from "../domain/meeting-rules.js";
import { isBehind } from "../domain/rollup-rules.js";
import { atLocalHour } from "../domain/schedule-rules.js";
import type { Services } from "../engine/services.js";
import { groupBy } from "../group-by.js";
import type { Text, Translator } from "../i18n.js";
import { sheetOf, sheetsOf } from "../meetings/attendance.js";
import { topicOf } from "../meetings/meeting-texts.js";
import type { PollResult } from "../meetings/polls.js";
import { pollResult } from "../meetings/polls.js";
import { loadCellReport } from "../reports/load-cell-report.js";
import { loadMeetingReport } from "../reports/meeting-report.js";
import type { Cell } from "../store/cell-store.js";
import type { Meeting } from "../store/meeting-store.js";
import type {
  CellRollupRow,
  CellWorkbook,
  CommitteeRollup,
  DocumentHeading,
  MeetingAttendance,
  MeetingMinutes,
  MemberPlan,
  PollOutcome,
  RegistrationReport,
  ResultsReport,
} from "./document-data.js";

/** Loads what the documents show, as plain text in the bot's language. */
export class DocumentData {
  constructor(
    private readonly services: Services,
    private readonly translator: Translator,
  ) {}

  private plain(text: Text): string {
    return htmlToPlain(this.translator.text(text));
  }

  private plainOrTyped(text: string | Text): string {
    return typeof text === "string" ? text : this.plain(text);
  }

  private get today(): string {
    return localDay(this.services.clock.now(), this.services.timeZone);
  }

  heading(cell: Cell): DocumentHeading {
    const { cells, members } = this.services;
    const committee = cell.committeeId ? cells.committeeById(cell.committeeId) : undefined;
    const secretary = members
      .ofCell(cell.id, "active")
      .find((m) => m.role === "secretary" && m.status !== "transferred");
    return {
      committeeName: committee?.name ?? null,
      cellName: cell.name,
      // No place is kept for a cell: the line is left to be written in by hand.
      place: "……………",
      day: this.today,
      secretaryName: secretary?.fullName ?? null,
    };
  }

  members(cell: Cell, year: number): MemberPlan[] {
    const report = loadCellReport(this.services, cell, year);
    const registered = new Set(report.registered.map((m) => m.id));
    const exempt = new Set(report.exempt.map((m) => m.id));
    return report.members.map((member) => {
      const plan = report.commitments.get(member.id);
      return {
        name: member.fullName,
        role: member.role,
        status: member.status,
        registration: registered.has(member.id)
          ? "registered"
          : exempt.has(member.id)
            ? "exempt"
            : "missing",
        study: plan?.study,
        follow: plan?.follow,
        example: plan?.example,
      };
    });
  }

  registration(cell: Cell, year: number): RegistrationReport {
    const plan = this.services.plans.forCell(cell.committeeId, year);
    return {
      heading: this.heading(cell),
      year,
      deadline: this.services.plans.registrationDeadline(cell, year, this.services.timeZone),
      annualTopic: plan.annualTopic.title,
      members: this.members(cell, year),
    };
  }

  attendance(meeting: Meeting): MeetingAttendance {
    const sheet = sheetOf(this.services, meeting);
    const names = (list: { fullName: string }[]) => list.map((m) => m.fullName);
    return {
      kind: meeting.kind,
      startsAt: meeting.startsAt,
      endsAt: meeting.closedAt ?? meeting.endsAt,
      place: meeting.place,
      topic: this.plainOrTyped(topicOf(meeting, this.services.timeZone)),
      present: names(sheet.present),
      absentWithReason: sheet.absentWithReason.map((a) => ({
        name: a.member.fullName,
        reason: a.reason,
      })),
      absentWithoutReason: names(sheet.absentWithoutReason),
      exempt: names(sheet.exempt),
    };
  }

  poll(result: PollResult): PollOutcome {
    return {
      question: this.plain(result.poll.question),
      anonymous: result.poll.anonymous,
      total: result.total,
      options: result.poll.options.map((option, index) => ({
        option: this.plain(option),
        votes: result.counts[index] ?? 0,
      })),
    };
  }

  /** The draft minutes of a meeting of the cell. */
  minutes(cell: Cell, meeting: Meeting): MeetingMinutes {
    const { members, polls } = this.services;
    const roster = meeting.roster ?? members.ofCell(cell.id, "active");
    const byStatus: MeetingMinutes["byStatus"] = {};
    for (const member of roster) byStatus[member.status] = (byStatus[member.status] ?? 0) + 1;
    const active = members.ofCell(cell.id, "active");
    const meetingPoll = polls
      .ofCell(cell.id, meeting.startsAt, new Date(meeting.endsAt.getTime() + 7 * 86_400_000))
      .find((poll) => poll.meetingId === meeting.id);
    return {
      heading: this.heading(cell),
      timeZone: this.services.timeZone,
      meeting: this.attendance(meeting),
      byStatus,
      chairName: active.find((m) => m.role === "secretary")?.fullName ?? null,
      minuteTakerName: active.find((m) => m.role === "deputy")?.fullName ?? null,
      poll: meetingPoll ? this.poll(pollResult(this.services, meetingPoll)) : null,
    };
  }

  results(cell: Cell, year: number, quarter: number | null): ResultsReport {
    const report = loadMeetingReport(this.services, cell, year);
    const inPeriod = (instant: Date) =>
      quarter === null || quarterOf(instant, this.services.timeZone) === quarter;
    const registration = loadCellReport(this.services, cell, year);
    return {
      heading: this.heading(cell),
      timeZone: this.services.timeZone,
      year,
      quarter,
      registration: {
        members: registration.members.length,
        registered: registration.registered.length,
        missing: registration.missing.length,
        exempt: registration.exempt.length,
      },
      meetings: report.meetings
        .filter(({ meeting }) => inPeriod(meeting.startsAt))
        .map(({ meeting }) => this.attendance(meeting)),
      polls: report.polls.filter((r) => inPeriod(r.poll.createdAt)).map((r) => this.poll(r)),
    };
  }

  workbook(cell: Cell, year: number): CellWorkbook {
    const report = loadMeetingReport(this.services, cell, year);
    return {
      cellName: cell.name,
      year,
      timeZone: this.services.timeZone,
      members: this.members(cell, year),
      meetings: report.meetings.map(({ meeting }) => this.attendance(meeting)),
      polls: report.polls.map((r) => this.poll(r)),
    };
  }
}

/**
 * Every cell of a committee in a row, with the totals and the cells behind. The rows come from
 * the same rules as each cell's report (buildCellReport, attendance sheets), but the data of
 * a hundred cells is read at once: a query per kind of row, not some forty per cell, which
 * made a roll-up of 500 cells take a minute (docs/performance.md).
 */
export function loadRollup(services: Services, committeeId: number, year: number): CommitteeRollup {
  const { cells, plans, timeZone } = services;
  const now = services.clock.now();
  const today = localDay(now, timeZone);
  const committee = cells.committeeById(committeeId);
  const cellList = cells.cellsOf(committeeId);
  // The cells share their committee's plan; only a late start moves a cell's deadline.
  const planDeadline = plans.forCell(committeeId, year).deadlines.registration;
  const rows: CellRollupRow[] = [];
  // A hundred cells at a time: few queries, and no more than their meetings in memory at once.
  for (let start = 0; start < cellList.length; start += ROLLUP_CELLS_AT_ONCE) {
    const part = cellList.slice(start, start + ROLLUP_CELLS_AT_ONCE);
    rows.push(...rollupRows(services, part, year, { now, today, planDeadline }));
  }
  const sum = (pick: (row: CellRollupRow) => number) =>
    rows.reduce((total, row) => total + pick(row), 0);
  const rated = rows.filter((row) => row.attendanceRate !== null);
  return {
    committeeName: committee?.name ?? "",
    year,
    day: today,
    cells: rows,
    totals: {
      members: sum((r) => r.members),
      registered: sum((r) => r.registered),
      missing: sum((r) => r.missing),
      exempt: sum((r) => r.exempt),
      meetings: sum((r) => r.meetings),
      attendanceRate:
        rated.length === 0
          ? null
          : rated.reduce((total, row) => total + (row.attendanceRate ?? 0), 0) / rated.length,
    },
  };
}

const ROLLUP_CELLS_AT_ONCE = 100;

/** The roll-up's rows of some cells, from a few queries for all of them. */
function rollupRows(
  services: Services,
  cellList: Cell[],
  year: number,
  at: { now: Date; today: string; planDeadline: string },
): CellRollupRow[] {
  const { members, commitments, meetings, timeZone } = services;
  const { now, today, planDeadline } = at;
  const cellIds = cellList.map((cell) => cell.id);
  const rosters = groupBy(members.ofCells(cellIds), (member) => member.cellId);
  const registrations = groupBy(commitments.registrationsOfCells(cellIds, year), (r) => r.cellId);
  // The year's closed meetings, as loadMeetingReport takes them, with the counts each kept
  // when it closed. One closed before those were kept is counted from its sheet.
  const from = atLocalHour(`${year}-01-01`, 0, timeZone);
  const to = atLocalHour(`${year + 1}-01-01`, 0, timeZone);
  const closed = meetings.closedCountsOfCells(cellIds, from, to);
  const recounted = new Map<number, ReturnType<typeof countsOf>>();
  const uncounted = closed.filter((meeting) => meeting.countedCount === null);
  if (uncounted.length > 0) {
    const full = meetings.byIds(uncounted.map((meeting) => meeting.id));
    const sheets = sheetsOf(services, full, (cellId) =>
      (rosters.get(cellId) ?? []).filter((member) => member.roster === "active"),
    );
    full.forEach((meeting, index) => {
      const sheet = sheets[index];
      if (sheet) recounted.set(meeting.id, countsOf(sheet));
    });
  }
  const countsByCell = groupBy(
    closed.map((meeting) => ({
      cellId: meeting.cellId,
      ...(recounted.get(meeting.id) ?? {
        presentCount: meeting.presentCount ?? 0,
        countedCount: meeting.countedCount ?? 0,
      }),
    })),
    (entry) => entry.cellId,
  );
  // The last meeting whenever it was: in January, December's counts. For the year under way,
  // a cell that met this year has it among the meetings above (in order of start); only the
  // others are asked for an earlier one.
  const lastMeetings = new Map<number, Date>();
  if (now < to) {
    for (const meeting of closed) {
      if (meeting.startsAt < now) lastMeetings.set(meeting.cellId, meeting.startsAt);
    }
  }
  const notMetThisYear = cellIds.filter((id) => !lastMeetings.has(id));
  for (const [cellId, startsAt] of meetings.latestClosedStarts(notMetThisYear, now)) {
    lastMeetings.set(cellId, startsAt);
  }

  return cellList.map((cell) => {
    const registration = buildCellReport(
      rosters.get(cell.id) ?? [],
      registrations.get(cell.id) ?? [],
      cell,
    );
    const cellMeetings = countsByCell.get(cell.id) ?? [];
    const present = cellMeetings.reduce((sum, meeting) => sum + meeting.presentCount, 0);
    const counted = cellMeetings.reduce((sum, meeting) => sum + meeting.countedCount, 0);
    const last = lastMeetings.get(cell.id);
    return {
      code: cell.code,
      name: cell.name,
      members: registration.members.length,
      registered: registration.registered.length,
      missing: registration.missing.length,
      exempt: registration.exempt.length,
      meetings: cellMeetings.length,
      attendanceRate: counted === 0 ? null : present / counted,
      behind: isBehind({
        today: today,
        deadline: cellRegistrationDeadline(planDeadline, cell.createdAt, timeZone),
        missing: registration.missing.length,
        lastMeeting: last ? localDay(last, timeZone) : null,
        since: localDay(cell.createdAt, timeZone),
      }),
    };
  });
}
