import { atLocalHour, localDay } from "../domain/calendar.js";
import { registrationDeadline } from "../domain/commitment-rules.js";
import { LEVELS, type Level } from "../domain/grading-rules.js";
import { countsOf } from "../domain/meeting-rules.js";
import {
  type CellPolicy,
  isGraded,
  mustReportResults,
  registrationDuty,
} from "../domain/member-rules.js";
import { isBehind } from "../domain/rollup-rules.js";
import { groupBy } from "../group-by.js";
import { sheetsOf } from "../meetings/attendance.js";
import type { StoredPlan } from "../plan/stored-plan.js";
import type { Cell } from "../store/cell-store.js";
import type { Services } from "../store/services.js";
import type { RegistrationCount, ResultCount } from "../store/year-end-store.js";

/** A cell's line in its committee's roll-up. */
export interface CellRollupRow {
  code: string;
  name: string;
  members: number;
  registered: number;
  missing: number;
  exempt: number;
  meetings: number;
  /** Present over counted, across the year's closed meetings; null with no meeting. */
  attendanceRate: number | null;
  /** Behind: registration below the share expected by now, or no meeting this quarter. */
  behind: boolean;
  /** Results reported, of those asked for them (`registered + missing`), as /baocao counts. */
  reported: number;
  /** The levels the cell agreed, of every member graded, as /baocao counts them. */
  levels: Record<Level, number>;
  /** The title of the cell's model of the year; null: none registered. */
  model: string | null;
  /** Members and collectives the cell confirmed for praise, both rounds of the year. */
  nominated: { individuals: number; collectives: number };
}

/** The sums of the cells' rows; of the models, how many cells have one. */
export interface RollupTotals extends Omit<CellRollupRow, "code" | "name" | "behind" | "model"> {
  models: number;
}

/** The committee's view across its cells. */
export interface CommitteeRollup {
  committeeName: string;
  year: number;
  day: string;
  /** The four levels' names as the committee's plan words them. */
  levelNames: Record<Level, string>;
  cells: CellRollupRow[];
  totals: RollupTotals;
}

/** No member at any level: where the sums start. */
const noLevels = (): Record<Level, number> => ({
  excellent: 0,
  good: 0,
  done: 0,
  notDone: 0,
});

/**
 * Every cell of a committee in a row, with the totals and the cells behind. The rows come from
 * the same rules as each cell's report (registrationDuty, attendance sheets), but the data of
 * a hundred cells is read at once: a query per kind of row, not some forty per cell, which
 * made a roll-up of 500 cells take a minute (docs/performance.md).
 */
export function loadRollup(services: Services, committeeId: number, year: number): CommitteeRollup {
  const { cells, plans, timeZone } = services;
  const now = services.clock.now();
  const today = localDay(now, timeZone);
  const committee = cells.committeeById(committeeId);
  const cellList = cells.cellsOf(committeeId);
  // The cells share their committee's plan; only a late start moves a cell's deadline.
  const plan = plans.forCell(committeeId, year);
  const rows: CellRollupRow[] = [];
  // A hundred cells at a time: few queries, and no more than their meetings in memory at once.
  for (let start = 0; start < cellList.length; start += ROLLUP_CELLS_AT_ONCE) {
    const part = cellList.slice(start, start + ROLLUP_CELLS_AT_ONCE);
    rows.push(...rollupRows(services, part, year, { now, today, plan }));
  }
  const sum = (pick: (row: CellRollupRow) => number) =>
    rows.reduce((total, row) => total + pick(row), 0);
  const rated = rows.filter((row) => row.attendanceRate !== null);
  const levels = noLevels();
  for (const level of LEVELS) levels[level] = sum((r) => r.levels[level]);
  return {
    committeeName: committee?.name ?? "",
    year,
    day: today,
    levelNames: { ...plan.grading.levels },
    cells: rows,
    totals: {
      reported: sum((r) => r.reported),
      levels,
      models: rows.filter((row) => row.model !== null).length,
      nominated: {
        individuals: sum((r) => r.nominated.individuals),
        collectives: sum((r) => r.nominated.collectives),
      },
      members: sum((r) => r.members),
      registered: sum((r) => r.registered),
      missing: sum((r) => r.missing),
      exempt: sum((r) => r.exempt),
      meetings: sum((r) => r.meetings),
      attendanceRate:
        rated.length === 0
          ? null
          : rated.reduce((total, row) => total + (row.attendanceRate ?? 0), 0) / rated.length,
    },
  };
}

const ROLLUP_CELLS_AT_ONCE = 100;

/** The roll-up's rows of some cells, from a few queries for all of them. */
function rollupRows(
  services: Services,
  cellList: Cell[],
  year: number,
  at: { now: Date; today: string; plan: StoredPlan },
): CellRollupRow[] {
  const { members, meetings, yearEnd, timeZone } = services;
  const { now, today, plan } = at;
  const cellIds = cellList.map((cell) => cell.id);
  // Registration and results counted in one query: each reads every member of the cells.
  const memberCounts = groupBy(yearEnd.resultCountsOfCells(cellIds, year), (c) => c.cellId);
  const models = yearEnd.modelTitlesOfCells(cellIds, year);
  const nominated = groupBy(
    yearEnd.confirmedNominationsOfCells(cellIds, year),
    (count) => count.cellId,
  );
  // The year's closed meetings, as loadMeetingReport takes them, with the counts each kept
  // when it closed. One closed before those were kept is counted from its sheet.
  const from = atLocalHour(`${year}-01-01`, 0, timeZone);
  const to = atLocalHour(`${year + 1}-01-01`, 0, timeZone);
  const closed = meetings.closedCountsOfCells(cellIds, from, to);
  const recounted = new Map<number, ReturnType<typeof countsOf>>();
  const uncounted = closed.filter((meeting) => meeting.countedCount === null);
  if (uncounted.length > 0) {
    const full = meetings.byIds(uncounted.map((meeting) => meeting.id));
    const active = groupBy(
      members
        .ofCells([...new Set(full.map((meeting) => meeting.cellId))])
        .filter((member) => member.roster === "active"),
      (member) => member.cellId,
    );
    const sheets = sheetsOf(services, full, (cellId) => active.get(cellId) ?? []);
    full.forEach((meeting, index) => {
      const sheet = sheets[index];
      if (sheet) recounted.set(meeting.id, countsOf(sheet));
    });
  }
  const countsByCell = groupBy(
    closed.map((meeting) => ({
      cellId: meeting.cellId,
      ...(recounted.get(meeting.id) ?? {
        presentCount: meeting.presentCount ?? 0,
        countedCount: meeting.countedCount ?? 0,
      }),
    })),
    (entry) => entry.cellId,
  );
  // The last meeting whenever it was: in January, December's counts. For the year under way,
  // a cell that met this year has it among the meetings above (in order of start); only the
  // others are asked for an earlier one.
  const lastMeetings = new Map<number, Date>();
  if (now < to) {
    for (const meeting of closed) {
      if (meeting.startsAt < now) lastMeetings.set(meeting.cellId, meeting.startsAt);
    }
  }
  const notMetThisYear = cellIds.filter((id) => !lastMeetings.has(id));
  for (const [cellId, startsAt] of meetings.latestClosedStarts(notMetThisYear, now)) {
    lastMeetings.set(cellId, startsAt);
  }

  return cellList.map((cell) => {
    const counts = memberCounts.get(cell.id) ?? [];
    const registration = registrationOf(counts, cell);
    const cellMeetings = countsByCell.get(cell.id) ?? [];
    const present = cellMeetings.reduce((sum, meeting) => sum + meeting.presentCount, 0);
    const counted = cellMeetings.reduce((sum, meeting) => sum + meeting.countedCount, 0);
    const last = lastMeetings.get(cell.id);
    const confirmed = nominated.get(cell.id) ?? [];
    const confirmedOf = (kind: "individual" | "collective") =>
      confirmed.find((count) => count.kind === kind)?.count ?? 0;
    return {
      code: cell.code,
      name: cell.name,
      ...registration,
      ...resultsOf(counts, cell),
      model: models.get(cell.id) ?? null,
      nominated: { individuals: confirmedOf("individual"), collectives: confirmedOf("collective") },
      meetings: cellMeetings.length,
      attendanceRate: counted === 0 ? null : present / counted,
      behind: isBehind({
        today: today,
        deadline: registrationDeadline(plan, cell, timeZone),
        missing: registration.missing,
        lastMeeting: last ? localDay(last, timeZone) : null,
        since: localDay(cell.createdAt, timeZone),
      }),
    };
  });
}

/**
 * How many of a cell's members have registered, have not, or need not: buildCellReport's
 * sorting, by the same rule (registrationDuty), applied to counts of members who stand
 * alike rather than to 15,000 members one by one.
 */
function registrationOf(
  counts: readonly RegistrationCount[],
  policy: CellPolicy,
): Pick<CellRollupRow, "members" | "registered" | "missing" | "exempt"> {
  const row = { members: 0, registered: 0, missing: 0, exempt: 0 };
  for (const count of counts) {
    const duty = registrationDuty(count, policy);
    if (duty === "none") continue;
    row.members += count.members;
    if (duty === "exempt") {
      row.exempt += count.members;
    } else {
      row.registered += count.registered;
      row.missing += count.members - count.registered;
    }
  }
  return row;
}

/**
 * How many of a cell's members reported results, and at which levels the cell agreed, by the
 * rules /baocao counts with: results of those asked for them (mustReportResults), levels of
 * every member graded (isGraded).
 */
function resultsOf(
  counts: readonly ResultCount[],
  policy: CellPolicy,
): Pick<CellRollupRow, "reported" | "levels"> {
  const row = { reported: 0, levels: noLevels() };
  for (const count of counts) {
    if (mustReportResults(count, policy)) row.reported += count.reported;
    if (!isGraded(count)) continue;
    for (const level of LEVELS) row.levels[level] += count.agreed[level];
  }
  return row;
}
