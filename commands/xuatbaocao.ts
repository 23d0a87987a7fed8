import { z } from "zod";
import { formatDay, localDay, localYearBounds, romanQuarter } from "../src/domain/calendar.js";
import { NOMINATION_ROUNDS, type NominationRound } from "../src/domain/nomination-rules.js";
import { pageOf } from "../src/domain/one-screen.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import { pollResults } from "../src/meetings/polls.js";
import { type ChoiceOf, choice, choiceCodec, choiceId } from "../src/messages/choice-codec.js";
import type { DocumentRequest } from "../src/messages/document-request.js";
import { nominationRoundName } from "../src/messages/nomination-round-name.js";
import { pageChoices, pageMark } from "../src/messages/page-choices.js";
import type { Choice } from "../src/messages/reply.js";
import { resultsOpenOn } from "../src/plan/results-window.js";
import { loadCellReport } from "../src/reports/load-cell-report.js";
import { loadMeetingReport } from "../src/reports/meeting-report.js";
import type { Meeting } from "../src/store/meeting-store.js";
import { replyWithDocument } from "./document-reply.js";

const FILES = [
  "registration",
  "minutes",
  "attendanceList",
  "ledger",
  "ledgerWorkbook",
  "quarter",
  "year",
  "yearEnd",
  "workbook",
  "charts",
] as const;
type FileChoice = (typeof FILES)[number];

/** One file, or all of them (also offered under /baocao). */
export const xuatbaocaoChoices = choiceCodec("xuatbaocao", {
  file: choice("{file}", { file: z.enum(FILES) }),
  nominations: choice("nominations-{round}", { round: z.enum(NOMINATION_ROUNDS) }),
  meetings: choice("meetings-{page}", { page: choiceId }),
  meeting: choice("meeting-{meeting}", { meeting: choiceId }),
  all: choice("all"),
});

/**
 * /xuatbaocao: the files a secretary files upward, in private: the registration report, the
 * latest meeting's minutes, the attendance list of a meeting the secretary picks, the year's
 * attendance ledger, the results reports and the year-end report (results against the plans,
 * the levels agreed, the model) as Word documents in the Party's layout, the list of nominees
 * for praise of each round that has any, the workbooks, and the charts. One by one, or all at
 * once. Only the cell's committee gets them: the year-end report names members' levels, the
 * ledger and the attendance list members' absences (and the list the reasons).
 */
export const xuatbaocao: Command<ChoiceOf<typeof xuatbaocaoChoices>> = {
  name: "xuatbaocao",
  where: "private",
  who: "committee",
  choices: xuatbaocaoChoices,
  run(turn) {
    const quarter = { quarter: `${romanQuarter(turn.quarter)}/${turn.year}` };
    const year = String(turn.year);
    const choices: Choice[] = offeredFiles(turn).map((file) => ({
      label: { key: `xuatbaocao-choice-${file}`, args: { ...quarter, year } },
      value: xuatbaocaoChoices.encode("file", { file }),
    }));
    const rounds: Choice[] = nominationRounds(turn).map((round) => ({
      label: { key: `xuatbaocao-choice-nominations-${round}`, args: { year } },
      value: xuatbaocaoChoices.encode("nominations", { round }),
    }));
    turn.reply("xuatbaocao-menu", undefined, {
      choices: [
        ...choices,
        ...rounds,
        { label: { key: "xuatbaocao-choice-all" }, value: xuatbaocaoChoices.encode("all") },
      ],
    });
  },
  choose(turn, chosen) {
    if (chosen.action === "file") return send(turn, chosen.file);
    if (chosen.action === "meetings") return pickMeeting(turn, chosen.page);
    if (chosen.action === "meeting") return sendAttendanceList(turn, chosen.meeting);
    const rounds = nominationRounds(turn);
    if (chosen.action === "nominations") return sendNominations(turn, chosen.round, rounds);
    for (const each of offeredFiles(turn)) send(turn, each, true);
    for (const round of rounds) sendNominations(turn, round, rounds);
  },
};

/** The rounds of the year in which the cell proposed anyone for praise, in the year's order. */
function nominationRounds(turn: Turn): NominationRound[] {
  return turn.services.nominations.proposedRounds(turn.knownMember.cellId, turn.year);
}

/**
 * The list of a round, among the rounds with proposals (`proposed`): a button may outlive the
 * proposals it was shown for. The round is named, as two lists may come one after the other.
 */
function sendNominations(
  turn: Turn,
  round: NominationRound,
  proposed: readonly NominationRound[],
): void {
  const year = String(turn.year);
  if (!proposed.includes(round)) {
    return turn.reply("xuatbaocao-no-nominations", { year });
  }
  const cellId = turn.knownMember.cellId;
  replyWithDocument(
    turn,
    "xuatbaocao-file-nominations",
    { year, round: nominationRoundName(round) },
    { kind: "nominations-docx", cellId, year: turn.year, round },
  );
}

/**
 * The files there is something to make of: minutes once a meeting closed, the year-end report
 * once results are taken (from the plan's day).
 */
function offeredFiles(turn: Turn): FileChoice[] {
  const today = localDay(turn.now, turn.services.timeZone);
  const resultsOpen = resultsOpenOn(turn.plan(), today);
  return FILES.filter(
    (file) =>
      (!AFTER_A_MEETING.has(file) || latestMeeting(turn)) && (file !== "yearEnd" || resultsOpen),
  );
}

/** The files made of the year's closed meetings: offered once one has closed. */
const AFTER_A_MEETING: ReadonlySet<FileChoice> = new Set([
  "minutes",
  "attendanceList",
  "ledger",
  "ledgerWorkbook",
]);

/** The meetings that closed this year, the latest first: those an attendance list is made of. */
function closedMeetings(turn: Turn): Meeting[] {
  const { from, to } = localYearBounds(turn.year, turn.services.timeZone);
  return turn.services.meetings
    .ofCell(turn.knownMember.cellId, from, to)
    .filter((meeting) => meeting.state === "closed")
    .reverse();
}

/** The year's closed meetings to choose from, a page at a time; one alone is sent at once. */
function pickMeeting(turn: Turn, index: number): void {
  const meetings = closedMeetings(turn);
  const [only] = meetings;
  if (!only) return turn.reply("xuatbaocao-no-meeting");
  if (meetings.length === 1) return sendAttendanceList(turn, only.id);
  const page = pageOf(meetings, index);
  const { timeZone } = turn.services;
  turn.reply(
    "xuatbaocao-pick-meeting",
    { page: pageMark(page) },
    {
      choices: [
        ...page.items.map((meeting) => ({
          label: {
            key: "xuatbaocao-pick-meeting-choice",
            args: {
              day: formatDay(localDay(meeting.startsAt, timeZone)),
              kind: { key: `meeting-kind-${meeting.kind}` },
            },
          },
          value: xuatbaocaoChoices.encode("meeting", { meeting: meeting.id }),
        })),
        ...pageChoices(page, (p) => xuatbaocaoChoices.encode("meetings", { page: p })),
      ],
    },
  );
}

/**
 * The attendance list of one of the year's closed meetings of the cell: a button may outlive
 * the year, or be forged with another cell's meeting.
 */
function sendAttendanceList(turn: Turn, meetingId: number): void {
  const meeting = closedMeetings(turn).find((each) => each.id === meetingId);
  if (!meeting) return turn.reply("xuatbaocao-meeting-gone", { year: String(turn.year) });
  const day = formatDay(localDay(meeting.startsAt, turn.services.timeZone));
  replyWithDocument(
    turn,
    "xuatbaocao-file-attendanceList",
    { day },
    { kind: "attendance-list-docx", cellId: meeting.cellId, meetingId: meeting.id },
  );
}

/** The latest meeting that closed this year: its minutes are the ones to file. */
function latestMeeting(turn: Turn): Meeting | undefined {
  const { from, to } = localYearBounds(turn.year, turn.services.timeZone);
  return turn.services.meetings.latestClosed(turn.knownMember.cellId, from, to);
}

function send(turn: Turn, file: FileChoice, all = false): void {
  const cellId = turn.knownMember.cellId;
  const year = turn.year;
  const document = (request: DocumentRequest, key: string) =>
    replyWithDocument(turn, `xuatbaocao-file-${key}`, { year: String(year) }, request);
  switch (file) {
    case "registration":
      return document({ kind: "registration-docx", cellId, year }, file);
    case "minutes": {
      const meeting = latestMeeting(turn);
      if (!meeting) return turn.reply("xuatbaocao-no-meeting");
      return document({ kind: "minutes-docx", cellId, meetingId: meeting.id }, file);
    }
    case "attendanceList": {
      // All at once: the latest meeting's; alone, the secretary picks the meeting.
      if (all) {
        const meeting = latestMeeting(turn);
        return meeting ? sendAttendanceList(turn, meeting.id) : turn.reply("xuatbaocao-no-meeting");
      }
      return pickMeeting(turn, 0);
    }
    case "ledger":
      return document({ kind: "ledger-docx", cellId, year }, file);
    case "ledgerWorkbook":
      return document({ kind: "ledger-xlsx", cellId, year }, file);
    case "quarter":
      return document({ kind: "results-docx", cellId, year, quarter: turn.quarter }, file);
    case "year":
      return document({ kind: "results-docx", cellId, year, quarter: null }, file);
    case "yearEnd":
      return document({ kind: "year-end-docx", cellId, year }, file);
    case "workbook":
      return document({ kind: "cell-xlsx", cellId, year }, file);
    case "charts": {
      // A chart only where there is something to draw; else the reply says there is not.
      const { services } = turn;
      const cell = turn.knownMember.cell;
      if (loadCellReport(services, cell, year).registered.length > 0) {
        document({ kind: "registration-chart", cellId, year }, "chart-registration");
      } else turn.reply("chart-registration-empty");
      if (loadMeetingReport(services, cell, year).meetings.length > 0) {
        document({ kind: "attendance-chart", cellId, year }, "chart-attendance");
      } else turn.reply("chart-attendance-empty");
      const { from, to } = localYearBounds(year, services.timeZone);
      const polls = services.polls.ofCell(cellId, from, to);
      const voted = pollResults(services, polls).findLast((result) => result.total > 0);
      if (voted) document({ kind: "poll-chart", cellId, pollId: voted.poll.id }, "chart-poll");
      else if (polls.length > 0) turn.reply("chart-poll-empty");
      return;
    }
  }
}
