import { z } from "zod";
import { localYearBounds, romanQuarter } from "../src/domain/calendar.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import { type ChoiceOf, choice, choiceCodec } from "../src/messages/choice-codec.js";
import type { DocumentRequest } from "../src/messages/document-request.js";
import type { Choice } from "../src/messages/reply.js";
import type { Meeting } from "../src/store/meeting-store.js";

const FILES = ["registration", "minutes", "quarter", "year", "workbook", "charts"] as const;
type FileChoice = (typeof FILES)[number];

/** One file, or all of them (also offered under /baocao). */
export const xuatbaocaoChoices = choiceCodec("xuatbaocao", {
  file: choice("{file}", { file: z.enum(FILES) }),
  all: choice("all"),
});

/**
 * /xuatbaocao: the files a secretary files upward, in private: the registration report, the
 * latest meeting's minutes and the results report as Word documents in the Party's layout,
 * the workbook, and the charts. One by one, or all at once.
 */
export const xuatbaocao: Command<ChoiceOf<typeof xuatbaocaoChoices>> = {
  name: "xuatbaocao",
  where: "private",
  who: "committee",
  choices: xuatbaocaoChoices,
  run(turn) {
    const quarter = { quarter: `${romanQuarter(turn.quarter)}/${turn.year}` };
    const meeting = latestMeeting(turn);
    const choices: Choice[] = FILES.filter((file) => file !== "minutes" || meeting).map((file) => ({
      label: { key: `xuatbaocao-choice-${file}`, args: { ...quarter, year: String(turn.year) } },
      value: xuatbaocaoChoices.encode("file", { file }),
    }));
    turn.reply("xuatbaocao-menu", undefined, {
      choices: [
        ...choices,
        { label: { key: "xuatbaocao-choice-all" }, value: xuatbaocaoChoices.encode("all") },
      ],
    });
  },
  choose(turn, chosen) {
    if (chosen.action === "file") return send(turn, chosen.file);
    for (const each of FILES) send(turn, each);
  },
};

/** The latest meeting that closed this year: its minutes are the ones to file. */
function latestMeeting(turn: Turn): Meeting | undefined {
  const { from, to } = localYearBounds(turn.year, turn.services.timeZone);
  return turn.services.meetings.latestClosed(turn.knownMember.cellId, from, to);
}

function send(turn: Turn, file: FileChoice): void {
  const cellId = turn.knownMember.cellId;
  const year = turn.year;
  const document = (request: DocumentRequest, key: string) =>
    turn.reply(`xuatbaocao-file-${key}`, { year: String(year) }, { document: request });
  switch (file) {
    case "registration":
      return document({ kind: "registration-docx", cellId, year }, file);
    case "minutes": {
      const meeting = latestMeeting(turn);
      if (!meeting) return turn.reply("xuatbaocao-no-meeting");
      return document({ kind: "minutes-docx", cellId, meetingId: meeting.id }, file);
    }
    case "quarter":
      return document({ kind: "results-docx", cellId, year, quarter: turn.quarter }, file);
    case "year":
      return document({ kind: "results-docx", cellId, year, quarter: null }, file);
    case "workbook":
      return document({ kind: "cell-xlsx", cellId, year }, file);
    case "charts": {
      document({ kind: "registration-chart", cellId, year }, "chart-registration");
      document({ kind: "attendance-chart", cellId, year }, "chart-attendance");
      const { from, to } = localYearBounds(year, turn.services.timeZone);
      const poll = turn.services.polls.ofCell(cellId, from, to).at(-1);
      if (poll) document({ kind: "poll-chart", cellId, pollId: poll.id }, "chart-poll");
      return;
    }
  }
}
