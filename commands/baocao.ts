import { formatDay, formatInstant } from "../src/domain/calendar.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { type LoadedCellReport, loadCellReport } from "../src/reports/cell-report.js";
import type { Member } from "../src/store/member-store.js";

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
    const parts = [...summary(report)];
    if (!turn.inGroup) parts.push(...details(turn, report));
    else parts.push({ key: "baocao-details-private" });
    turn.say(turn.chat.id, parts);
  },
};

function summary(report: LoadedCellReport): Text[] {
  const names = (members: Member[]) => members.map((m) => m.fullName).join(", ");
  const parts: Text[] = [
    {
      key: "baocao-header",
      args: {
        cell: report.cell.name,
        year: String(report.year),
        deadline: formatDay(report.registrationDeadline),
      },
    },
    {
      key: "baocao-counts",
      args: {
        members: report.members.length,
        registered: report.registered.length,
        missing: report.missing.length,
        exempt: report.exempt.length,
      },
    },
  ];
  if (report.missing.length > 0) {
    parts.push({ key: "baocao-missing", args: { names: names(report.missing) } });
  }
  if (report.exempt.length > 0) {
    parts.push({ key: "baocao-exempt", args: { names: names(report.exempt) } });
  }
  if (report.pending.length > 0) {
    parts.push({ key: "baocao-pending", args: { count: report.pending.length } });
  }
  return parts;
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
