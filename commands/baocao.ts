import { formatInstant } from "../src/domain/calendar.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { meetingDetails } from "../src/meetings/meeting-texts.js";
import {
  type LoadedCellReport,
  loadCellReport,
  reportSummary,
} from "../src/reports/load-cell-report.js";
import {
  loadMeetingReport,
  meetingDetailsPrivate,
  meetingSummary,
} from "../src/reports/meeting-report.js";
import { nextDeadline } from "../src/reports/next-deadline.js";
import { zaloReach } from "../src/reports/zalo-reach.js";
import { cellYear } from "../src/schedule/cell-year.js";
import { xuatbaocaoChoices } from "./xuatbaocao.js";

/**
 * /baocao: who has registered and who has not, the meetings' attendance and the polls. In the group only counts and names; the
 * content of personal plans only in the private chat of the secretary and the cell committee.
 */
export const baocao: Command = {
  name: "baocao",
  where: "anywhere",
  who: "committee",
  run(turn) {
    const { services } = turn;
    const cell = turn.knownMember.cell;
    const report = loadCellReport(services, cell, turn.year);
    const meetings = loadMeetingReport(services, cell, turn.year);
    const parts = [
      ...reportSummary(report),
      nextDeadline(cellYear(services, cell, turn.year), turn.now),
      ...comingMeeting(turn),
      { key: "baocao-meetings-header" },
      ...meetingSummary(meetings, services.timeZone),
    ];
    if (!turn.inGroup) {
      turn.say(
        turn.chat.id,
        [
          ...parts,
          ...details(turn, report),
          ...meetingDetailsPrivate(meetings, services.timeZone),
          ...zaloReach(services, cell.id),
        ],
        {
          choices: [
            { label: { key: "baocao-choice-files" }, value: xuatbaocaoChoices.encode("all") },
          ],
        },
      );
      // A picture says more than the numbers while members are still registering.
      if (report.missing.length > 0 && report.registered.length > 0) {
        turn.reply("baocao-chart", undefined, {
          document: { kind: "registration-chart", cellId: cell.id, year: turn.year },
        });
      }
      return;
    }
    turn.say(turn.chat.id, [...parts, { key: "baocao-details-private" }], {
      privateLink: { label: { key: "go-private-button" }, command: "baocao" },
    });
  },
};

/** The next meeting, if one is scheduled. */
function comingMeeting(turn: Turn): Text[] {
  const next = turn.services.meetings.upcoming(turn.knownMember.cellId, turn.now)[0];
  if (!next) return [];
  return [
    { key: "baocao-next-meeting", args: { meeting: meetingDetails(next, turn.services.timeZone) } },
  ];
}

function details(turn: Turn, report: LoadedCellReport): Text[] {
  if (report.registered.length === 0) return [];
  return [
    { key: "baocao-registered-header" },
    ...report.registered.map((member, index) => {
      const commitment = report.commitments.get(member.id);
      return {
        key: "baocao-registered-member",
        args: {
          index: index + 1,
          name: member.fullName,
          study: commitment?.study ?? "",
          follow: commitment?.follow ?? "",
          example: commitment?.example ?? "",
          updatedAt: commitment ? formatInstant(commitment.updatedAt, turn.services.timeZone) : "",
        },
      };
    }),
  ];
}
