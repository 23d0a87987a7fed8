import { withReasons } from "../src/domain/attendance-rules.js";
import type { AttendanceSheet, SheetMember } from "../src/domain/meeting-rules.js";
import type { Page } from "../src/domain/one-screen.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { sheetOf } from "../src/meetings/attendance.js";
import { thresholdLine } from "../src/meetings/ledger.js";
import { type ChoiceOf, choice, choiceCodec, choiceId } from "../src/messages/choice-codec.js";
import { pageChoices } from "../src/messages/page-choices.js";
import type { Choice } from "../src/messages/reply.js";
import {
  type LoadedCellReport,
  loadCellReport,
  loadSecondHalf,
  reportSummary,
  secondHalfSummary,
} from "../src/reports/load-cell-report.js";
import { loadMeetingReport, type MeetingReport } from "../src/reports/meeting-report.js";
import { nextDeadline } from "../src/reports/next-deadline.js";
import {
  meetingChoiceLabel,
  meetingPage,
  meetingsPage,
  membersPage,
  missingPage,
  nextMeetingLine,
  planPage,
  plansPage,
  pollsPage,
  reachPage,
  yearLine,
} from "../src/reports/report-views.js";
import { zaloReach } from "../src/reports/zalo-reach.js";
import { cellYear } from "../src/schedule/cell-year.js";
import { replyWithDocument } from "./document-reply.js";
import { xuatbaocaoChoices } from "./xuatbaocao.js";

const choices = choiceCodec("baocao", {
  menu: choice("menu"),
  missing: choice("missing-{page}", { page: choiceId }),
  plans: choice("plans-{page}", { page: choiceId }),
  plan: choice("plan-{member}-{page}", { member: choiceId, page: choiceId }),
  meetings: choice("meetings-{page}", { page: choiceId }),
  meeting: choice("meeting-{meeting}-{page}", { meeting: choiceId, page: choiceId }),
  members: choice("members-{page}", { page: choiceId }),
  polls: choice("polls-{page}", { page: choiceId }),
  reach: choice("reach-{page}", { page: choiceId }),
});

/**
 * /baocao: a short summary of the year (registration, the next deadline and meeting, the
 * meetings held), then, in private, a menu of the details one screen at a time: who has not
 * registered, each plan, each meeting's attendance, the polls, the files. In the group only
 * counts and names; plans, reasons and each member's record only in private, for the committee.
 */
export const baocao: Command<ChoiceOf<typeof choices>> = {
  name: "baocao",
  where: "anywhere",
  who: "committee",
  choices,
  run(turn) {
    const { report, meetings } = load(turn);
    const parts = summary(turn, report, meetings);
    if (turn.inGroup) {
      return turn.say(turn.chat.id, [...parts, { key: "baocao-details-private" }], {
        privateLink: { label: { key: "go-private-button" }, command: "baocao" },
      });
    }
    showMenu(turn, report, meetings, parts);
    // A picture says more than the numbers while members are still registering.
    if (report.missing.length > 0 && report.registered.length > 0) {
      replyWithDocument(turn, "baocao-chart", undefined, {
        kind: "registration-chart",
        cellId: report.cell.id,
        year: turn.year,
      });
    }
  },

  choose(turn, chosen) {
    const { report, meetings } = load(turn);
    switch (chosen.action) {
      case "menu":
        return showMenu(turn, report, meetings, summary(turn, report, meetings));
      case "missing": {
        const { parts, page } = missingPage(report, chosen.page);
        return show(
          turn,
          parts,
          pager(page, (p) => choices.encode("missing", { page: p })),
        );
      }
      case "plans":
        return showPlans(turn, report, chosen.page);
      case "plan":
        return showPlan(turn, report, chosen.member, chosen.page);
      case "meetings":
        return showMeetings(turn, meetings, chosen.page);
      case "meeting":
        return showMeeting(turn, chosen.meeting, chosen.page);
      case "members": {
        const { parts, page } = membersPage(meetings, chosen.page);
        return show(turn, parts, [
          ...pager(page, (p) => choices.encode("members", { page: p })),
          back("baocao-choice-back-meetings", choices.encode("meetings", { page: 0 })),
        ]);
      }
      case "polls": {
        const { parts, page } = pollsPage(meetings, turn.year, chosen.page);
        return show(
          turn,
          parts,
          pager(page, (p) => choices.encode("polls", { page: p })),
        );
      }
      case "reach": {
        const { parts, page } = reachPage(zaloReach(turn.services, report.cell.id), chosen.page);
        return show(
          turn,
          parts,
          pager(page, (p) => choices.encode("reach", { page: p })),
        );
      }
    }
  },
};

function load(turn: Turn): { report: LoadedCellReport; meetings: MeetingReport } {
  const cell = turn.knownMember.cell;
  return {
    report: loadCellReport(turn.services, cell, turn.year),
    meetings: loadMeetingReport(turn.services, cell, turn.year),
  };
}

/**
 * Counts and names, never the content of a plan, nor anyone's results or level: the same in the
 * group and in private, where the committee also sees the levels agreed, counted.
 */
function summary(turn: Turn, report: LoadedCellReport, meetings: MeetingReport): Text[] {
  const { services } = turn;
  const next = services.meetings.upcoming(report.cell.id, turn.now)[0];
  return [
    ...reportSummary(report, turn.inGroup),
    ...secondHalfSummary(loadSecondHalf(services, report, turn.now), turn.inGroup),
    nextDeadline(cellYear(services, report.cell, turn.year), turn.now),
    ...(next ? [nextMeetingLine(next, services.timeZone)] : []),
    yearLine(meetings),
    ...absenceLine(turn, report.cell.id),
  ];
}

/** Who is at two and at three months absent without reason: the committee's, in private only. */
function absenceLine(turn: Turn, cellId: number): Text[] {
  if (turn.inGroup) return [];
  const line = thresholdLine(turn.services, cellId, turn.year);
  return line ? [line] : [];
}

function showMenu(
  turn: Turn,
  report: LoadedCellReport,
  meetings: MeetingReport,
  parts: Text[],
): void {
  const unreachable = zaloReach(turn.services, report.cell.id).length;
  const menu: Choice[] = [
    {
      label: { key: "baocao-choice-missing", args: { count: report.missing.length } },
      value: choices.encode("missing", { page: 0 }),
    },
    {
      label: { key: "baocao-choice-plans", args: { count: report.registered.length } },
      value: choices.encode("plans", { page: 0 }),
    },
    {
      label: { key: "baocao-choice-attendance", args: { meetings: meetings.meetings.length } },
      value: choices.encode("meetings", { page: 0 }),
    },
    {
      label: { key: "baocao-choice-polls", args: { count: meetings.polls.length } },
      value: choices.encode("polls", { page: 0 }),
    },
    { label: { key: "baocao-choice-files" }, value: xuatbaocaoChoices.encode("all") },
  ];
  if (unreachable > 0) {
    menu.push({
      label: { key: "baocao-choice-reach", args: { count: unreachable } },
      value: choices.encode("reach", { page: 0 }),
    });
  }
  turn.say(turn.chat.id, parts, { choices: menu });
}

function showPlans(turn: Turn, report: LoadedCellReport, index: number): void {
  const { parts, page } = plansPage(report, index);
  show(turn, parts, [
    ...page.items.map((member) => ({
      label: { key: "baocao-choice-member", args: { name: member.fullName } },
      value: choices.encode("plan", { member: member.id, page: 0 }),
    })),
    ...pager(page, (p) => choices.encode("plans", { page: p })),
  ]);
}

function showPlan(turn: Turn, report: LoadedCellReport, memberId: number, index: number): void {
  const member = report.registered.find((m) => m.id === memberId);
  const labels = turn.plan(report.year).partLabels;
  const shown = member && planPage(report, member, index, turn.services.timeZone, labels);
  if (!member || !shown) return turn.fail("choice-expired");
  turn.noteRead(report.cell, [member.id], ["plan"]);
  const { parts, page } = shown;
  show(turn, parts, [
    ...pager(page, (p) => choices.encode("plan", { member: member.id, page: p }), false),
    back("baocao-choice-back-plans", choices.encode("plans", { page: 0 })),
    back("baocao-choice-back", choices.encode("menu")),
  ]);
}

function showMeetings(turn: Turn, meetings: MeetingReport, index: number): void {
  const { parts, page } = meetingsPage(meetings, turn.year, index);
  const { timeZone } = turn.services;
  show(turn, parts, [
    ...page.items.map(({ meeting, sheet }) => ({
      label: meetingChoiceLabel(meeting, sheet, timeZone),
      value: choices.encode("meeting", { meeting: meeting.id, page: 0 }),
    })),
    ...(meetings.meetings.length > 0
      ? [back("baocao-choice-members", choices.encode("members", { page: 0 }))]
      : []),
    ...pager(page, (p) => choices.encode("meetings", { page: p })),
  ]);
}

function showMeeting(turn: Turn, meetingId: number, index: number): void {
  const { services } = turn;
  const meeting = services.meetings.byId(meetingId);
  if (!meeting || meeting.cellId !== turn.knownMember.cellId || meeting.state !== "closed") {
    return turn.fail("choice-expired");
  }
  const sheet = sheetOf(services, meeting);
  const pageAt = (at: number) => meetingPage(meeting, sheet, at, services.timeZone);
  const { parts, page } = pageAt(index);
  turn.noteRead(turn.knownMember.cell, reasonsOnPage(sheet, page, pageAt), ["reasons"]);
  show(turn, parts, [
    ...pager(page, (p) => choices.encode("meeting", { meeting: meeting.id, page: p }), false),
    back("baocao-choice-back-meetings", choices.encode("meetings", { page: 0 })),
    back("baocao-choice-back", choices.encode("menu")),
  ]);
}

/**
 * Whose reasons a page of a meeting shows: its lines are the sheet's, in its order (those
 * present, then those absent with a reason, ...), so the pages before it say where it starts.
 */
function reasonsOnPage(
  sheet: AttendanceSheet<SheetMember>,
  page: Page<unknown>,
  pageAt: (index: number) => { page: Page<unknown> },
): number[] {
  let start = 0;
  for (let at = 0; at < page.index; at++) start += pageAt(at).page.items.length;
  const first = start - sheet.present.length;
  const last = first + page.items.length;
  return withReasons(sheet.absentWithReason.slice(Math.max(first, 0), Math.max(last, 0)));
}

function show(turn: Turn, parts: Text[], offered: Choice[]): void {
  turn.say(turn.chat.id, parts, { choices: offered });
}

function back(key: string, value: string): Choice {
  return { label: { key }, value };
}

/** "Next page" while there is one, then back to the first; and back to the report. */
function pager(page: Page<unknown>, to: (page: number) => string, withBack = true): Choice[] {
  const paging = pageChoices(page, to);
  return withBack ? [...paging, back("baocao-choice-back", choices.encode("menu"))] : paging;
}
