import { localDay, quarterOf } from "../domain/calendar.js";
import {
  COMMITMENT_PARTS,
  type CommitmentPart,
  registrationDeadline,
} from "../domain/commitment-rules.js";
import { WEEK_MS } from "../domain/durations.js";
import type { AttendanceSheet, SheetMember } from "../domain/meeting-rules.js";
import { isGraded, mustReportResults } from "../domain/member-rules.js";
import { NOMINATION_ROUNDS, type NominationRound } from "../domain/nomination-rules.js";
import { plainText } from "../domain/rich-text.js";
import type { Text, Translator } from "../i18n.js";
import { sheetOf } from "../meetings/attendance.js";
import { topicOf } from "../meetings/meeting-texts.js";
import type { PollResult } from "../meetings/polls.js";
import { pollResult } from "../meetings/polls.js";
import type { StoredPlan } from "../plan/stored-plan.js";
import { type LoadedCellReport, loadCellReport } from "../reports/load-cell-report.js";
import { loadMeetingReport } from "../reports/meeting-report.js";
import type { Cell } from "../store/cell-store.js";
import type { Meeting } from "../store/meeting-store.js";
import type { Member } from "../store/member-store.js";
import type { NominationEntry } from "../store/nomination-store.js";
import { reportedResult, type YearResultRow } from "../store/result-store.js";
import type { Services } from "../store/services.js";
import type {
  CellModelReport,
  CellWorkbook,
  DocumentHeading,
  LevelNames,
  MeetingAttendance,
  MeetingMinutes,
  MemberPlan,
  MemberResults,
  MemberResultsReport,
  MemberYearEnd,
  NominationList,
  Nominee,
  PartNames,
  PollOutcome,
  RegistrationReport,
  ResultsReport,
  YearEndReport,
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
    // Signed as the secretary: a deputy standing in is not named as one.
    const secretary = members.secretaryOrDeputies(cell.id).find((m) => m.role === "secretary");
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
    return this.plansOf(loadCellReport(this.services, cell, year));
  }

  private plansOf(report: LoadedCellReport): MemberPlan[] {
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
    const plan = this.services.plans.forCell(cell.committeeId, year);
    // The roster is read once for the plans and the results.
    const registration = loadCellReport(this.services, cell, year);
    const counted = registration.members;
    const results = this.resultsByMember(counted, year);
    return {
      cellName: cell.name,
      year,
      timeZone: this.services.timeZone,
      partNames: this.partNames(plan),
      levelNames: levelNamesOf(plan),
      members: this.plansOf(registration),
      meetings: report.meetings.map(({ meeting, sheet }) =>
        this.attendance(meeting, sheet, withAccounts),
      ),
      polls: report.polls.map((r) => this.poll(r)),
      results: counted.map((member) => {
        const result = results.get(member.id);
        return {
          name: member.fullName,
          results: this.memberResultsOf(result),
          agreedLevel: result?.agreedLevel ?? null,
        };
      }),
      nominations: NOMINATION_ROUNDS.flatMap((round) =>
        this.services.nominations
          .entries({ cellId: cell.id, year, round })
          .map((entry) => ({ ...nomineeOf(entry), round })),
      ),
    };
  }

  /** The year's results of some members, by member: one query for all of them. */
  private resultsByMember(list: readonly Member[], year: number): Map<number, YearResultRow> {
    const ids = list.map((member) => member.id);
    return new Map(this.services.results.rowsOf(ids, year).map((row) => [row.memberId, row]));
  }

  /** What a member reported; null for a level the cell gave one who never reported. */
  private memberResultsOf(row: YearResultRow | undefined): MemberResults | null {
    const reported = reportedResult(row);
    if (!reported) return null;
    const { parts, proposedLevel, submittedAt } = reported;
    const part = (name: CommitmentPart) => {
      const saved = parts[name];
      return { outcome: saved.outcome, text: saved.text, why: given(saved.why) };
    };
    return {
      parts: { study: part("study"), follow: part("follow"), example: part("example") },
      proposedLevel,
      submittedOn: localDay(submittedAt, this.services.timeZone),
    };
  }

  /**
   * A member's own report of the year's results, for the form of Hướng dẫn 43-HD/BTCTW: their
   * plan, results and progress notes, and the level they propose.
   */
  memberResults(cell: Cell, member: Member, year: number): MemberResultsReport {
    const { commitments, plans, results, progress, timeZone } = this.services;
    const plan = plans.forCell(cell.committeeId, year);
    const commitment = commitments.of(member.id, year);
    const result = results.of(member.id, year);
    return {
      heading: this.heading(cell),
      year,
      memberName: member.fullName,
      role: member.role,
      status: member.status,
      partNames: this.partNames(plan),
      levelNames: levelNamesOf(plan),
      gradingRule: plan.grading.rule,
      plan: commitment
        ? { study: commitment.study, follow: commitment.follow, example: commitment.example }
        : null,
      results: this.memberResultsOf(result),
      progress: progress.ofMember(member.id, year).map((note) => ({
        part: note.part,
        status: note.status,
        note: given(note.note),
        day: localDay(note.notedAt, timeZone),
        withPhoto: note.evidence !== null,
      })),
    };
  }

  /**
   * The cell's year-end results: who reported, the levels the cell agreed (with names: the
   * report goes to the committee only), the model, the meetings. The cell's members, results and
   * meetings are each read once, whatever the number of members.
   */
  yearEnd(cell: Cell, year: number): YearEndReport {
    const { plans, timeZone } = this.services;
    const plan = plans.forCell(cell.committeeId, year);
    const registration = loadCellReport(this.services, cell, year);
    const results = this.resultsByMember(registration.members, year);
    // In the roster's order: those asked for results, and the others graded all the same.
    const graded = registration.members.filter(isGraded);
    const line = (member: Member): MemberYearEnd => {
      const result = results.get(member.id);
      const parts = this.memberResultsOf(result)?.parts;
      return {
        name: member.fullName,
        role: member.role,
        outcomes: parts
          ? {
              study: parts.study.outcome,
              follow: parts.follow.outcome,
              example: parts.example.outcome,
            }
          : null,
        agreedLevel: result?.agreedLevel ?? null,
      };
    };
    const report = loadMeetingReport(this.services, cell, year);
    const withAccounts = this.services.members.withAccounts(cell.id);
    return {
      heading: this.heading(cell),
      timeZone,
      year,
      partNames: this.partNames(plan),
      levelNames: levelNamesOf(plan),
      gradingRule: plan.grading.rule,
      registration: {
        members: registration.members.length,
        registered: registration.registered.length,
        missing: registration.missing.length,
        exempt: registration.exempt.length,
      },
      required: graded.filter((member) => mustReportResults(member, cell)).map(line),
      gradedOnly: graded.filter((member) => !mustReportResults(member, cell)).map(line),
      model: this.model(cell, year),
      meetings: report.meetings.map(({ meeting, sheet }) =>
        this.attendance(meeting, sheet, withAccounts),
      ),
    };
  }

  private model(cell: Cell, year: number): CellModelReport | null {
    const model = this.services.cellModels.of(cell.id, year);
    if (!model) return null;
    return {
      title: model.title,
      what: model.what,
      who: model.who,
      byDay: model.byDay,
      progress: model.progress.map(({ quarter, note }) => ({ quarter, note })),
    };
  }

  /**
   * The "Danh sách đề nghị biểu dương" of a round: those the secretary confirmed, once the round
   * is confirmed; until then every proposal, as a draft.
   */
  nominationList(cell: Cell, year: number, round: NominationRound): NominationList {
    const { nominations } = this.services;
    const ref = { cellId: cell.id, year, round };
    const confirmed = Boolean(nominations.round(ref)?.confirmedAt);
    const nominees = nominations
      .entries(ref)
      .map(nomineeOf)
      .filter((nominee) => !confirmed || nominee.confirmed);
    return { heading: this.heading(cell), year, round, confirmed, nominees };
  }
}

/** The levels' names as the plan words them. */
const levelNamesOf = (plan: StoredPlan): LevelNames => ({ ...plan.grading.levels });

function nomineeOf(entry: NominationEntry): Nominee {
  return {
    kind: entry.kind,
    name: entry.name,
    role: entry.role,
    reason: entry.reason,
    votes: entry.votes,
    confirmed: entry.confirmed,
  };
}
