import { REMOVAL_MONTHS } from "../domain/attendance-ledger.js";
import { localDay } from "../domain/calendar.js";
import { registrationDeadline } from "../domain/commitment-rules.js";
import { LEVELS, type Level } from "../domain/grading-rules.js";
import { type AttendanceSheet, countsOf, type SheetMember } from "../domain/meeting-rules.js";
import {
  type CellPolicy,
  isCounted,
  isGraded,
  mustReportResults,
  registrationDuty,
} from "../domain/member-rules.js";
import { isBehind, monthIn, monthStarts } from "../domain/rollup-rules.js";
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
  /** The closed meetings of each month, January first. */
  meetingsByMonth: number[];
  /** Present over counted, across the year's closed meetings; null with no meeting. */
  attendanceRate: number | null;
  /**
   * Members of the cell now who were absent without reason in REMOVAL_MONTHS months or more of
   * the year (Điều lệ Đảng, Điều 8), as /baocao names them to the cell: a count, never a name.
   */
  atRemoval: number;
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
  const months = monthStarts(year, timeZone);
  // A hundred cells at a time: few queries, and no more than their meetings in memory at once.
  for (let start = 0; start < cellList.length; start += ROLLUP_CELLS_AT_ONCE) {
    const part = cellList.slice(start, start + ROLLUP_CELLS_AT_ONCE);
    rows.push(...rollupRows(services, part, year, { now, today, plan, months }));
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
      meetingsByMonth: months.slice(0, 12).map((_, i) => sum((r) => r.meetingsByMonth[i] ?? 0)),
      atRemoval: sum((r) => r.atRemoval),
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
  at: { now: Date; today: string; plan: StoredPlan; months: readonly number[] },
): CellRollupRow[] {
  const { meetings, yearEnd, timeZone } = services;
  const { now, today, plan, months } = at;
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
  const from = new Date(months[0] ?? 0);
  const to = new Date(months[12] ?? 0);
  const closed = meetings.closedCountsOfCells(cellIds, from, to);
  const monthOf = new Map(closed.map((meeting) => [meeting.id, monthIn(meeting.startsAt, months)]));
  const sheets = sheetsNeeded(services, closed, () => warnedOfRemoval(services, cellIds, year));
  const recounted = new Map<number, ReturnType<typeof countsOf>>();
  for (const meeting of closed) {
    const sheet = sheets.get(meeting.id);
    if (meeting.countedCount === null && sheet) recounted.set(meeting.id, countsOf(sheet));
  }
  const atRemoval = membersAtRemoval(services, closed, sheets, monthOf);
  const countsByCell = groupBy(
    closed.map((meeting) => ({
      id: meeting.id,
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
    const meetingsByMonth = months.slice(0, 12).map(() => 0);
    for (const meeting of cellMeetings) {
      const month = monthOf.get(meeting.id) ?? 1;
      meetingsByMonth[month - 1] = (meetingsByMonth[month - 1] ?? 0) + 1;
    }
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
      meetingsByMonth,
      attendanceRate: counted === 0 ? null : present / counted,
      atRemoval: atRemoval.get(cell.id) ?? 0,
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

type ClosedCounts = ReturnType<Services["meetings"]["closedCountsOfCells"]>[number];

/**
 * Meetings closed before their unexcused absences were kept (migration 0019) have only their
 * sheets to say who was absent; reading every sheet of 500 cells took seconds
 * (docs/performance.md). For those, only the cells whose secretary was told this year of a
 * member at the removal rule are read (the ledger tells them the day it happens); the warnings
 * are read in one query.
 */
function warnedOfRemoval(
  services: Services,
  cellIds: readonly number[],
  year: number,
): Set<number> {
  return services.ledger.cellsWarnedOf(cellIds, year, REMOVAL_MONTHS);
}

/**
 * The sheets the roll-up must read, by meeting: of those closed before their counts were kept
 * (to count them), and of those closed before their unexcused absences were kept where
 * somebody was absent, in the `warned` cells. A meeting that keeps both is never read.
 */
function sheetsNeeded(
  services: Services,
  closed: readonly ClosedCounts[],
  warned: () => ReadonlySet<number>,
): Map<number, AttendanceSheet<SheetMember>> {
  const unknownAbsences = closed.filter(
    (meeting) =>
      meeting.countedCount === null ||
      (meeting.unexcusedIds === null && (meeting.presentCount ?? 0) < meeting.countedCount),
  );
  if (unknownAbsences.length === 0) return new Map();
  // Months of old meetings and of new ones add up to the rule: a warned cell's old sheets
  // are all read, however few of its months they hold.
  const warnedCells = warned();
  const needed = unknownAbsences.filter(
    (meeting) => meeting.countedCount === null || warnedCells.has(meeting.cellId),
  );
  if (needed.length === 0) return new Map();
  const full = services.meetings.byIds(needed.map((meeting) => meeting.id));
  const active = groupBy(
    services.members
      .ofCells([...new Set(full.filter((m) => !m.roster).map((meeting) => meeting.cellId))])
      .filter((member) => member.roster === "active"),
    (member) => member.cellId,
  );
  const sheets = sheetsOf(services, full, (cellId) => active.get(cellId) ?? []);
  return new Map(
    full.flatMap((meeting, index) => {
      const sheet = sheets[index];
      return sheet ? [[meeting.id, sheet] as const] : [];
    }),
  );
}

/**
 * How many members of each cell, counted there now, were absent without reason in
 * REMOVAL_MONTHS months or more, by the attendance ledger's rule: from what each closed
 * meeting kept, or from its sheet where it kept nothing.
 */
function membersAtRemoval(
  services: Services,
  closed: readonly ClosedCounts[],
  sheets: ReadonlyMap<number, AttendanceSheet<SheetMember>>,
  monthOf: ReadonlyMap<number, number>,
): Map<number, number> {
  const monthsOf = new Map<number, { cellId: number; months: Set<number> }>();
  for (const meeting of closed) {
    const absent =
      meeting.unexcusedIds ??
      (sheets.get(meeting.id)?.absentWithoutReason ?? []).map((member) => member.id);
    for (const memberId of absent) {
      const entry = monthsOf.get(memberId) ?? { cellId: meeting.cellId, months: new Set() };
      entry.months.add(monthOf.get(meeting.id) ?? 0);
      monthsOf.set(memberId, entry);
    }
  }
  const reached = [...monthsOf].filter(([, entry]) => entry.months.size >= REMOVAL_MONTHS);
  if (reached.length === 0) return new Map();
  // Whether they are still the cell's: asked only of the few cells where someone reached it.
  const counted = new Set(
    services.members
      .ofCells([...new Set(reached.map(([, entry]) => entry.cellId))])
      .filter(isCounted)
      .map((member) => member.id),
  );
  const perCell = new Map<number, number>();
  for (const [memberId, { cellId }] of reached) {
    if (counted.has(memberId)) perCell.set(cellId, (perCell.get(cellId) ?? 0) + 1);
  }
  return perCell;
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
