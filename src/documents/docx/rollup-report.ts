/**
 * The committee's summary across its cells: a row per cell (members, registration, meetings,
 * attendance), then a row per cell of the year's end (results reported, levels agreed by count,
 * the model, members and collectives confirmed for praise), each with the totals, the cells
 * behind, then the meetings month by month (held, attendance, members at the removal rule).
 * Counts only, never a member's name or level. Signed "T/M ĐẢNG ỦY".
 */

import { REMOVAL_MONTHS } from "../../domain/attendance-ledger.js";
import { formatDay } from "../../domain/calendar.js";
import { LEVELS } from "../../domain/grading-rules.js";
import { monthsWithoutMeeting } from "../../domain/rollup-rules.js";
import type { CellRollupRow, CommitteeRollup, RollupTotals } from "../../reports/rollup.js";
import type { Say } from "../document-data.js";
import {
  body,
  type Content,
  dataTable,
  partyDocument,
  type Section,
  toBuffer,
} from "./party-document.js";

/** "85,7%" of a rate between 0 and 1; a dash without meetings. */
function rateText(rate: number | null, say: Say): string {
  return rate === null ? "—" : say("doc-percent", { value: Math.round(rate * 1000) / 10 });
}

function cellsSection(data: CommitteeRollup, say: Say): Section {
  const title = say("doc-rollup-section-cells");
  if (data.cells.length === 0) return { title, body: [body(say("doc-rollup-none"))] };
  const numbers = (
    row: Pick<
      CellRollupRow,
      "members" | "registered" | "missing" | "exempt" | "meetings" | "attendanceRate"
    >,
  ) => [
    String(row.members),
    String(row.registered),
    String(row.missing),
    String(row.exempt),
    String(row.meetings),
    rateText(row.attendanceRate, say),
  ];
  return {
    title,
    body: [
      dataTable(
        [
          { header: say("doc-column-number"), weight: 8, align: "center" },
          { header: say("doc-column-code"), weight: 10, align: "center" },
          { header: say("doc-column-cell"), weight: 24 },
          { header: say("doc-column-members"), weight: 10, align: "center" },
          { header: say("doc-column-registered"), weight: 10, align: "center" },
          { header: say("doc-column-missing"), weight: 10, align: "center" },
          { header: say("doc-column-exempt"), weight: 10, align: "center" },
          { header: say("doc-column-meetings"), weight: 10, align: "center" },
          { header: say("doc-column-attendance"), weight: 10, align: "center" },
        ],
        data.cells.map((row, i) => [String(i + 1), row.code, row.name, ...numbers(row)]),
        { totals: ["", "", say("doc-total"), ...numbers(data.totals)] },
      ),
    ],
  };
}

/** Meetings held month by month across the cells: how many, and in how many cells. */
function monthsTable(data: CommitteeRollup, say: Say): Content {
  const cells = data.cells.length;
  return dataTable(
    [
      { header: say("doc-rollup-column-month"), weight: 20, align: "center" },
      { header: say("doc-column-meetings"), weight: 40, align: "center" },
      { header: say("doc-rollup-column-cells-met"), weight: 40, align: "center" },
    ],
    data.totals.meetingsByMonth.map((count, i) => [
      String(i + 1),
      String(count),
      `${data.cells.filter((row) => (row.meetingsByMonth[i] ?? 0) > 0).length}/${cells}`,
    ]),
    { totals: [say("doc-total"), String(data.totals.meetings), ""] },
  );
}

/**
 * Each cell's meetings of the year: how many, in how many months, the months over without one,
 * the attendance, and how many members reached the removal rule (a count, never a name).
 */
function meetingsSection(data: CommitteeRollup, say: Say): Section {
  const title = say("doc-rollup-section-meetings");
  if (data.cells.length === 0) return { title, body: [body(say("doc-rollup-none"))] };
  const months = (row: CellRollupRow) => row.meetingsByMonth.filter((count) => count > 0).length;
  return {
    title,
    body: [
      body(say("doc-rollup-meetings-intro", { removalAt: REMOVAL_MONTHS })),
      monthsTable(data, say),
      dataTable(
        [
          { header: say("doc-column-number"), weight: 7, align: "center" },
          { header: say("doc-column-cell"), weight: 25 },
          { header: say("doc-column-meetings"), weight: 11, align: "center" },
          { header: say("doc-rollup-column-months-met"), weight: 11, align: "center" },
          { header: say("doc-rollup-column-months-missed"), weight: 17 },
          { header: say("doc-column-attendance"), weight: 13, align: "center" },
          {
            header: say("doc-rollup-column-at-removal", { removalAt: REMOVAL_MONTHS }),
            weight: 16,
            align: "center",
          },
        ],
        data.cells.map((row, i) => [
          String(i + 1),
          row.name,
          String(row.meetings),
          String(months(row)),
          monthsWithoutMeeting(row.meetingsByMonth, data.year, data.day).join(", "),
          rateText(row.attendanceRate, say),
          String(row.atRemoval),
        ]),
        {
          totals: [
            "",
            say("doc-total"),
            String(data.totals.meetings),
            "",
            "",
            rateText(data.totals.attendanceRate, say),
            String(data.totals.atRemoval),
          ],
        },
      ),
    ],
  };
}

function yearEndSection(data: CommitteeRollup, say: Say): Section {
  const title = say("doc-rollup-section-year-end");
  if (data.cells.length === 0) return { title, body: [body(say("doc-rollup-none"))] };
  const row = (counts: Omit<RollupTotals, "models">, model: string): string[] => [
    `${counts.reported}/${counts.registered + counts.missing}`,
    ...LEVELS.map((level) => String(counts.levels[level])),
    model,
    String(counts.nominated.individuals),
    String(counts.nominated.collectives),
  ];
  const models = say("doc-rollup-models", { count: data.totals.models, cells: data.cells.length });
  return {
    title,
    body: [
      body(say("doc-rollup-year-end-intro")),
      dataTable(
        [
          { header: say("doc-column-number"), weight: 6, align: "center" },
          { header: say("doc-column-cell"), weight: 16 },
          { header: say("doc-column-results-reported"), weight: 10, align: "center" },
          ...LEVELS.map((level) => ({
            header: data.levelNames[level],
            weight: 9,
            align: "center" as const,
          })),
          { header: say("doc-column-model"), weight: 18 },
          { header: say("doc-column-nominated-individuals"), weight: 7, align: "center" },
          { header: say("doc-column-nominated-collectives"), weight: 7, align: "center" },
        ],
        data.cells.map((cell, i) => [
          String(i + 1),
          cell.name,
          ...row(cell, cell.model ?? say("doc-rollup-no-model")),
        ]),
        { totals: ["", say("doc-total"), ...row(data.totals, models)] },
      ),
    ],
  };
}

function behindSection(data: CommitteeRollup, say: Say): Section {
  const title = say("doc-rollup-section-behind");
  const behind = data.cells.filter((row) => row.behind);
  if (behind.length === 0) return { title, body: [body(say("doc-rollup-none-behind"))] };
  return {
    title,
    body: [
      body(say("doc-rollup-behind-intro")),
      dataTable(
        [
          { header: say("doc-column-number"), weight: 8, align: "center" },
          { header: say("doc-column-code"), weight: 12, align: "center" },
          { header: say("doc-column-cell"), weight: 42 },
          { header: say("doc-column-registered"), weight: 20, align: "center" },
          { header: say("doc-column-meetings"), weight: 20, align: "center" },
        ],
        behind.map((row, i) => [
          String(i + 1),
          row.code,
          row.name,
          `${row.registered}/${row.registered + row.missing}`,
          String(row.meetings),
        ]),
      ),
    ],
  };
}

/**
 * The committee's summary of its cells for a year, as a .docx file; `place` is the committee's
 * for the date line (dots without it).
 */
export async function rollupDocx(
  data: CommitteeRollup,
  say: Say,
  place: string | null = null,
): Promise<Buffer> {
  const year = String(data.year);
  const document = partyDocument({
    heading: { committeeName: data.committeeName, day: data.day, place },
    title: say("doc-report"),
    subtitle: say("doc-rollup-subtitle", { year }),
    sections: [
      body(
        say("doc-rollup-intro", {
          day: formatDay(data.day),
          cells: data.cells.length,
          members: data.totals.members,
          registered: data.totals.registered,
          missing: data.totals.missing,
          exempt: data.totals.exempt,
        }),
      ),
      cellsSection(data, say),
      behindSection(data, say),
      yearEndSection(data, say),
      meetingsSection(data, say),
      body(say("doc-rollup-closing", { year }), { before: 120, keepNext: true }),
    ],
    say,
  });
  return toBuffer(document);
}
