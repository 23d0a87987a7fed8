import { formatInstant } from "../src/domain/calendar.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import {
  type LoadedCellReport,
  loadCellReport,
  reportSummary,
} from "../src/reports/load-cell-report.js";

/**
 * /baocao: who has registered and who has not. In the group only counts and names; the
 * content of personal plans only in the private chat of the secretary and the cell committee.
 */
export const baocao: Command = {
  name: "baocao",
  where: "anywhere",
  who: "committee",
  run(turn) {
    const report = loadCellReport(turn.services, turn.knownMember.cell, turn.year);
    const parts = reportSummary(report);
    if (!turn.inGroup) return turn.say(turn.chat.id, [...parts, ...details(turn, report)]);
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
