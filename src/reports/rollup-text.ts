import { formatDay } from "../domain/calendar.js";
import type { Text } from "../i18n.js";
import type { CommitteeRollup } from "./rollup.js";

/** The roll-up as sentences: a line per cell (the ones behind marked), then the totals. */
export function rollupText(rollup: CommitteeRollup): Text[] {
  const { totals } = rollup;
  const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)}%`);
  return [
    {
      key: "tonghop-header",
      args: {
        committee: rollup.committeeName,
        year: String(rollup.year),
        day: formatDay(rollup.day),
      },
    },
    ...rollup.cells.map((cell) => ({
      key: cell.behind ? "tonghop-cell-behind" : "tonghop-cell",
      args: {
        code: cell.code,
        name: cell.name,
        registered: cell.registered,
        members: cell.members - cell.exempt,
        meetings: cell.meetings,
        attendance: percent(cell.attendanceRate),
      },
    })),
    {
      key: "tonghop-totals",
      args: {
        cells: rollup.cells.length,
        registered: totals.registered,
        members: totals.members - totals.exempt,
        meetings: totals.meetings,
        behind: rollup.cells.filter((cell) => cell.behind).length,
      },
    },
  ];
}
