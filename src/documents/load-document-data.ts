import { localDay, quarterOf } from "../domain/calendar.js";
import { COMMITMENT_PARTS, registrationDeadline } from "../domain/commitment-rules.js";
import { WEEK_MS } from "../domain/durations.js";
import type { AttendanceSheet, SheetMember } from "../domain/meeting-rules.js";
import { plainText } from "../domain/rich-text.js";
import type { Text, Translator } from "../i18n.js";
import { sheetOf } from "../meetings/attendance.js";
import { topicOf } from "../meetings/meeting-texts.js";
import type { PollResult } from "../meetings/polls.js";
import { pollResult } from "../meetings/polls.js";
import type { StoredPlan } from "../plan/stored-plan.js";
import { loadCellReport } from "../reports/load-cell-report.js";
import { loadMeetingReport } from "../reports/meeting-report.js";
import type { Cell } from "../store/cell-store.js";
import type { Meeting } from "../store/meeting-store.js";
import type { Services } from "../store/services.js";
import type {
  CellWorkbook,
  DocumentHeading,
  MeetingAttendance,
  MeetingMinutes,
  MemberPlan,
  PartNames,
  PollOutcome,
  RegistrationReport,
  ResultsReport,
} from "./document-data.js";

/** A setting as the documents print it: null when it is not set or blank. */
const given = (value: string | null | undefined): string | null => (value?.trim() ? value : null);

/** Loads what the documents show, as plain text in the bot's language. */
export class DocumentData {
  constructor(
    private readonly services: Services,
    private readonly translator: Translator,
  ) {}

  private plain(text: Text): string {
    return plainText(this.translator.text(text));
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
      // A cell's own line, else its committee's; never guessed from the committee's name.
      partyOrganisation: given(cell.partyOrganisation) ?? given(committee?.partyOrganisation),
      committeeName: committee?.name ?? null,
      cellName: cell.name,
      place: given(cell.place) ?? given(committee?.place),
      day: this.today,
      secretaryName: secretary?.fullName ?? null,
    };
  }

  /** The parts' names as the plan words them, else as the locale does. */
  private partNames(plan: StoredPlan): PartNames {
    const names = COMMITMENT_PARTS.map((part) => [part, this.plainOrTyped(plan.partLabels[part])]);
    return Object.fromEntries(names) as PartNames;
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
        hasAccount: !report.withoutAccount.has(member.id),
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
      deadline: registrationDeadline(plan, cell, this.services.timeZone),
      annualTopic: plan.annualTopic.title,
      partNames: this.partNames(plan),
      members: this.members(cell, year),
    };
  }

  /**
   * Who was at a meeting. Its `sheet`, and `withAccounts` (the members of its cell with an
   * account), where the caller has them already: a year's meetings are read at once.
   */
  attendance(
    meeting: Meeting,
    sheet: AttendanceSheet<SheetMember> = sheetOf(this.services, meeting),
    withAccounts: ReadonlySet<number> = this.services.members.withAccounts(meeting.cellId),
  ): MeetingAttendance {
    const names = (list: { fullName: string }[]) => list.map((m) => m.fullName);
    const onSheet = [
      ...sheet.present,
      ...sheet.absentWithReason.map((absent) => absent.member),
      ...sheet.absentWithoutReason,
      ...sheet.exempt,
    ];
    return {
      kind: meeting.kind,
      startsAt: meeting.startsAt,
      // The end the secretary gives, else the planned one: never when the meeting was closed,
      // which may be a tap just after it began.
      endsAt: meeting.endedAt ?? meeting.endsAt,
      place: meeting.place,
      topic: this.plainOrTyped(topicOf(meeting, this.services.timeZone)),
      present: names(sheet.present),
      absentWithReason: sheet.absentWithReason.map((a) => ({
        name: a.member.fullName,
        reason: a.reason,
      })),
      absentWithoutReason: names(sheet.absentWithoutReason),
      exempt: names(sheet.exempt),
      withoutAccount: names(onSheet.filter((member) => !withAccounts.has(member.id))),
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
      ...(result.poll.state === "open" ? { openUntil: result.poll.closesAt } : {}),
    };
  }

  /** The draft minutes of a meeting of the cell. */
  minutes(cell: Cell, meeting: Meeting): MeetingMinutes {
    const { members, polls } = this.services;
    const roster = meeting.roster ?? members.ofCell(cell.id, "active");
    const byStatus: MeetingMinutes["byStatus"] = {};
    for (const member of roster) byStatus[member.status] = (byStatus[member.status] ?? 0) + 1;
    const meetingPoll = polls
      .ofCell(cell.id, meeting.startsAt, new Date(meeting.endsAt.getTime() + WEEK_MS))
      .find((poll) => poll.meetingId === meeting.id);
    return {
      heading: this.heading(cell),
      timeZone: this.services.timeZone,
      meeting: this.attendance(meeting),
      byStatus,
      chairName: given(cell.defaultChair),
      minuteTakerName: given(cell.defaultMinuteTaker),
      poll: meetingPoll ? this.poll(pollResult(this.services, meetingPoll)) : null,
    };
  }

  results(cell: Cell, year: number, quarter: number | null): ResultsReport {
    const report = loadMeetingReport(this.services, cell, year);
    const inPeriod = (instant: Date) =>
      quarter === null || quarterOf(instant, this.services.timeZone) === quarter;
    const registration = loadCellReport(this.services, cell, year);
    const withAccounts = this.services.members.withAccounts(cell.id);
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
      notRegistered: registration.missing.map((member) => member.fullName),
      meetings: report.meetings
        .filter(({ meeting }) => inPeriod(meeting.startsAt))
        .map(({ meeting, sheet }) => this.attendance(meeting, sheet, withAccounts)),
      polls: report.polls.filter((r) => inPeriod(r.poll.createdAt)).map((r) => this.poll(r)),
      next: this.nextTopic(cell, year, quarter),
    };
  }

  /**
   * The topic of the period after a report's: the next quarter's, or next year's annual topic,
   * from a plan the committee gave. The built-in default plan is no word of the committee's.
   */
  private nextTopic(cell: Cell, year: number, quarter: number | null): ResultsReport["next"] {
    const nextQuarter = quarter === null ? null : (quarter % 4) + 1;
    const nextYear = quarter === null || quarter === 4 ? year + 1 : year;
    const plan = this.services.plans.forCell(cell.committeeId, nextYear);
    if (!plan.imported) return null;
    const topic =
      nextQuarter === null
        ? plan.annualTopic.title
        : plan.quarterTopics.find((t) => t.quarter === nextQuarter)?.title;
    return topic?.trim() ? { period: { year: nextYear, quarter: nextQuarter }, topic } : null;
  }

  workbook(cell: Cell, year: number): CellWorkbook {
    const report = loadMeetingReport(this.services, cell, year);
    // The sheets come with the report; the accounts are asked once for the cell.
    const withAccounts = this.services.members.withAccounts(cell.id);
    return {
      cellName: cell.name,
      year,
      timeZone: this.services.timeZone,
      partNames: this.partNames(this.services.plans.forCell(cell.committeeId, year)),
      members: this.members(cell, year),
      meetings: report.meetings.map(({ meeting, sheet }) =>
        this.attendance(meeting, sheet, withAccounts),
      ),
      polls: report.polls.map((r) => this.poll(r)),
    };
  }
}
