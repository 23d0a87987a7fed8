import { formatInstant } from "../src/domain/calendar.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
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
      { key: "baocao-meetings-header" },
      ...meetingSummary(meetings, services.timeZone),
    ];
    if (!turn.inGroup) {
      return turn.say(turn.chat.id, [
        ...parts,
        ...details(turn, report),
        ...meetingDetailsPrivate(meetings, services.timeZone),
      ]);
    }
    turn.say(turn.chat.id, [...parts, { key: "baocao-details-private" }], {
      privateLink: { label: { key: "go-private-button" }, payload: "baocao" },
    });
  },
};

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
