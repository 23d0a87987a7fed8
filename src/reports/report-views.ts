import { formatInstant } from "../domain/calendar.js";
import { COMMITMENT_PARTS, type CommitmentPart } from "../domain/commitment-rules.js";
import type { AttendanceSheet, SheetMember } from "../domain/meeting-rules.js";
import { countsOf } from "../domain/meeting-rules.js";
import { type Page, pageOf } from "../domain/one-screen.js";
import type { Text } from "../i18n.js";
import { shortName, when } from "../meetings/meeting-texts.js";
import { type PollResult, resultLines } from "../meetings/polls.js";
import { pageMark } from "../messages/page-choices.js";
import type { PartLabel } from "../plan/stored-plan.js";
import type { Meeting } from "../store/meeting-store.js";
import type { Member } from "../store/member-store.js";
import type { LoadedCellReport } from "./load-cell-report.js";
import type { MeetingReport } from "./meeting-report.js";

/**
 * The pieces of /baocao, each one screen: a short summary, then on request who has not
 * registered, each plan, each meeting's attendance, each member's year and the polls.
 */

/** The year's meetings and polls in one line: how many, and how many came. */
export function yearLine(meetings: MeetingReport): Text {
  let present = 0;
  let counted = 0;
  for (const { sheet } of meetings.meetings) {
    const counts = countsOf(sheet);
    present += counts.presentCount;
    counted += counts.countedCount;
  }
  return {
    key: "baocao-year-meetings",
    args: { meetings: meetings.meetings.length, present, counted, polls: meetings.polls.length },
  };
}

/** The next meeting in one line: its kind, time and place. */
export function nextMeetingLine(meeting: Meeting, timeZone: string): Text {
  return {
    key: "baocao-next-meeting",
    args: {
      kind: { key: `meeting-kind-${meeting.kind}` },
      when: when(meeting.startsAt, timeZone),
      place: meeting.place,
    },
  };
}

/** Who has not registered, then who need not: one name a line. */
export function missingPage(
  report: LoadedCellReport,
  index: number,
): { parts: Text[]; page: Page<Text> } {
  const lines: Text[] = [
    ...report.missing.map((m) => ({
      key: report.withoutAccount.has(m.id)
        ? "baocao-missing-name-no-account"
        : "baocao-missing-name",
      args: { name: m.fullName },
    })),
    ...report.exempt.map((m) => ({ key: "baocao-exempt-name", args: { name: m.fullName } })),
  ];
  const page = pageOf(lines, index);
  if (lines.length === 0) return { parts: [{ key: "baocao-nobody-missing" }], page };
  return {
    parts: [
      {
        key: "baocao-missing-header",
        args: { count: report.missing.length, page: pageMark(page) },
      },
      ...page.items,
    ],
    page,
  };
}

/** The registered members, whose plans are chosen one by one. */
export function plansPage(
  report: LoadedCellReport,
  index: number,
): { parts: Text[]; page: Page<Member> } {
  const page = pageOf(report.registered, index);
  const parts: Text[] =
    report.registered.length === 0
      ? [{ key: "baocao-no-plans" }]
      : [
          {
            key: "baocao-plans-header",
            args: { count: report.registered.length, page: pageMark(page) },
          },
        ];
  return { parts, page };
}

/**
 * One member's plan, each part under the name the year's plan gives it (`partLabels`); a long
 * one over several pages, a part never cut.
 */
export function planPage(
  report: LoadedCellReport,
  member: Member,
  index: number,
  timeZone: string,
  partLabels: Record<CommitmentPart, PartLabel>,
): { parts: Text[]; page: Page<Text> } | undefined {
  const commitment = report.commitments.get(member.id);
  if (!commitment) return undefined;
  const page = pageOf(
    COMMITMENT_PARTS.map((part) => ({
      key: `baocao-plan-${part}`,
      args: { label: partLabels[part], text: commitment[part] },
    })),
    index,
    (line) => ({ lines: 1, characters: sized(line) }),
  );
  return {
    parts: [
      {
        key: "baocao-plan-header",
        args: {
          name: member.fullName,
          updatedAt: formatInstant(commitment.updatedAt, timeZone),
          page: pageMark(page),
        },
      },
      ...page.items,
    ],
    page,
  };
}

/** The meetings that ended this year, newest first, each chosen for its names. */
export function meetingsPage(
  meetings: MeetingReport,
  year: number,
  index: number,
): { parts: Text[]; page: Page<MeetingReport["meetings"][number]> } {
  const page = pageOf([...meetings.meetings].reverse(), index);
  if (meetings.meetings.length === 0)
    return { parts: [{ key: "baocao-no-closed-meetings" }], page };
  return {
    parts: [
      {
        key: "baocao-meetings-view-header",
        args: { year: String(year), meetings: meetings.meetings.length, page: pageMark(page) },
      },
      yearLine(meetings),
    ],
    page,
  };
}

/** A meeting's choice label: its short name and how many came. */
export function meetingChoiceLabel(
  meeting: Meeting,
  sheet: AttendanceSheet<SheetMember>,
  timeZone: string,
): Text {
  const { presentCount, countedCount } = countsOf(sheet);
  return {
    key: "baocao-meeting-choice",
    args: { meeting: shortName(meeting, timeZone), present: presentCount, counted: countedCount },
  };
}

/** Who came to one meeting and who did not, with the reasons: one member a line. */
export function meetingPage(
  meeting: Meeting,
  sheet: AttendanceSheet<SheetMember>,
  index: number,
  timeZone: string,
): { parts: Text[]; page: Page<Text> } {
  const lines: Text[] = [
    ...sheet.present.map((m) => ({ key: "attendance-present", args: { names: m.fullName } })),
    ...sheet.absentWithReason.map(
      ({ member, reason }): Text =>
        reason === null
          ? { key: "attendance-excused-no-reason", args: { name: member.fullName } }
          : { key: "attendance-excused", args: { name: member.fullName, reason } },
    ),
    ...sheet.absentWithoutReason.map((m) => ({
      key: "attendance-absent",
      args: { names: m.fullName },
    })),
    ...sheet.exempt.map((m) => ({ key: "attendance-exempt", args: { names: m.fullName } })),
  ];
  const page = pageOf(lines, index, (line) => ({ lines: 1, characters: sized(line) }));
  const { presentCount, countedCount } = countsOf(sheet);
  return {
    parts: [
      {
        key: "baocao-meeting-header",
        args: {
          meeting: shortName(meeting, timeZone),
          present: presentCount,
          counted: countedCount,
          page: pageMark(page),
        },
      },
      ...page.items,
    ],
    page,
  };
}

/** Each member's year: present, absent with and without a reason. */
export function membersPage(
  meetings: MeetingReport,
  index: number,
): { parts: Text[]; page: Page<Text> } {
  const lines: Text[] = meetings.members.map(({ member, present, withReason, withoutReason }) => ({
    key: "baocao-attendance-member",
    args: { name: member.fullName, present, withReason, withoutReason },
  }));
  const page = pageOf(lines, index);
  return {
    parts: [
      {
        key: "baocao-attendance-members",
        args: { meetings: meetings.meetings.length, page: pageMark(page) },
      },
      ...page.items,
    ],
    page,
  };
}

/** The year's polls, newest first, each with its result. */
export function pollsPage(
  meetings: MeetingReport,
  year: number,
  index: number,
): { parts: Text[]; page: Page<PollResult> } {
  const page = pageOf([...meetings.polls].reverse(), index, (result) => ({
    lines: 1 + result.poll.options.length,
    characters: [result.poll.question, ...result.poll.options].reduce(
      (sum, text) => sum + sized(text),
      0,
    ),
  }));
  if (meetings.polls.length === 0) return { parts: [{ key: "baocao-no-polls" }], page };
  return {
    parts: [
      { key: "baocao-polls-header", args: { year: String(year), page: pageMark(page) } },
      ...page.items.flatMap((result) => [
        {
          key: result.poll.state === "open" ? "baocao-poll-open" : "baocao-poll-closed",
          args: { question: result.poll.question, total: result.total },
        },
        ...resultLines(result),
      ]),
    ],
    page,
  };
}

/**
 * About how long a line reads, before it is translated: the length of what was typed into it
 * (a plan, a reason, a name) and some for the words around it.
 */
function sized(text: Text): number {
  const typed = Object.values(text.args ?? {}).reduce<number>(
    (sum, arg) => sum + (typeof arg === "object" ? sized(arg) : String(arg).length),
    0,
  );
  return typed + 30;
}

/** Who Zalo would not let chibo write to privately, and why. */
export function reachPage(lines: Text[], index: number): { parts: Text[]; page: Page<Text> } {
  const page = pageOf(lines, index);
  return {
    parts: [
      { key: "baocao-zalo-unreachable-header", args: { page: pageMark(page) } },
      ...page.items,
    ],
    page,
  };
}
