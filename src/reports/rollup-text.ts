import { REMOVAL_MONTHS } from "../domain/attendance-ledger.js";
import { formatDay } from "../domain/calendar.js";
import type { Text } from "../i18n.js";
import type { CellRollupRow, CommitteeRollup, RollupTotals } from "./rollup.js";

/** The year-end counts as a sentence's arguments: results, levels, praise. */
function yearEndArgs(row: Omit<RollupTotals, "models">) {
  return {
    reported: row.reported,
    required: row.registered + row.missing,
    excellent: row.levels.excellent,
    good: row.levels.good,
    done: row.levels.done,
    notDone: row.levels.notDone,
    individuals: row.nominated.individuals,
    collectives: row.nominated.collectives,
  };
}

/** Whether anything of the second half of the year is there to count yet. */
function hasYearEnd(totals: RollupTotals): boolean {
  const { reported, levels, models, nominated } = totals;
  const graded = levels.excellent + levels.good + levels.done + levels.notDone;
  return reported + graded + models + nominated.individuals + nominated.collectives > 0;
}

/**
 * The roll-up as sentences: a line per cell (the ones behind marked), then the totals. Once
 * results, levels, models or nominations are in, each cell gets a second line with them: counts
 * only, and the model's title. A cell with members absent without reason in REMOVAL_MONTHS
 * months says how many (never who), and the totals say how many in all.
 */
export function rollupText(rollup: CommitteeRollup): Text[] {
  const { totals } = rollup;
  const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)}%`);
  const yearEnd = hasYearEnd(totals);
  const cellLines = (cell: CellRollupRow): Text[] => [
    {
      key: cell.behind ? "tonghop-cell-behind" : "tonghop-cell",
      args: {
        code: cell.code,
        name: cell.name,
        registered: cell.registered,
        members: cell.members - cell.exempt,
        meetings: cell.meetings,
        attendance: percent(cell.attendanceRate),
      },
    },
    ...(cell.atRemoval > 0
      ? [
          {
            key: "tonghop-cell-at-removal",
            args: { code: cell.code, count: cell.atRemoval, removalAt: REMOVAL_MONTHS },
          },
        ]
      : []),
    ...(yearEnd
      ? [
          {
            key: "tonghop-cell-year-end",
            args: {
              ...yearEndArgs(cell),
              model: cell.model ?? { key: "tonghop-no-model" },
            },
          },
        ]
      : []),
  ];
  return [
    {
      key: "tonghop-header",
      args: {
        committee: rollup.committeeName,
        year: String(rollup.year),
        day: formatDay(rollup.day),
      },
    },
    ...rollup.cells.flatMap(cellLines),
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
    {
      key: "tonghop-totals-at-removal",
      args: {
        count: totals.atRemoval,
        cells: rollup.cells.filter((cell) => cell.atRemoval > 0).length,
        removalAt: REMOVAL_MONTHS,
      },
    },
    ...(yearEnd
      ? [
          {
            key: "tonghop-totals-year-end",
            args: { ...yearEndArgs(totals), models: totals.models, cells: rollup.cells.length },
          },
        ]
      : []),
  ];
}
