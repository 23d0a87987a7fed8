import { formatDay, localDay, romanQuarter } from "../domain/calendar.js";
import {
  buildCellReport,
  type CellReport,
  countSecondHalf,
  type SecondHalfCounts,
} from "../domain/cell-report.js";
import { registrationDeadline } from "../domain/commitment-rules.js";
import { LEVELS, type Level } from "../domain/grading-rules.js";
import { NAMES_IN_SUMMARY } from "../domain/name-lists.js";
import { clip, normalizeLine } from "../domain/text.js";
import type { Text } from "../i18n.js";
import { resultsOpenOn } from "../plan/results-window.js";
import type { CellModel } from "../store/cell-model-store.js";
import type { Cell } from "../store/cell-store.js";
import type { Commitment } from "../store/commitment-store.js";
import type { Member } from "../store/member-store.js";
import type { Services } from "../store/services.js";

export interface LoadedCellReport extends CellReport<Member> {
  cell: Cell;
  year: number;
  registrationDeadline: string;
  commitments: Map<number, Commitment>;
  /** Members with no chat account (added by hand): chibo cannot remind them in private. */
  withoutAccount: Set<number>;
}

/** The registration report of one cell for one year, as /baocao and the CLI show it. */
export function loadCellReport(services: Services, cell: Cell, year: number): LoadedCellReport {
  const roster = services.members.ofCell(cell.id);
  const withAccounts = services.members.withAccounts(cell.id);
  const commitments = services.commitments.ofMembers(
    roster.map((m) => m.id),
    year,
  );
  return {
    ...buildCellReport(roster, commitments, cell),
    cell,
    year,
    registrationDeadline: registrationDeadline(
      services.plans.forCell(cell.committeeId, year),
      cell,
      services.timeZone,
    ),
    commitments: new Map(commitments.map((c) => [c.memberId, c])),
    withoutAccount: new Set(roster.filter((m) => !withAccounts.has(m.id)).map((m) => m.id)),
  };
}

/** How much of the model's latest note the report shows (in the group too): the rest is in /mohinh. */
const MODEL_NOTE_SHOWN = 150;

/**
 * Counts and names, never the content of a plan: what may be shown in a group. For the
 * secretary (not `inGroup`) also who has not registered and cannot be reminded by chibo.
 */
export function reportSummary(report: LoadedCellReport, inGroup = false): Text[] {
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
  // A few names say who to remind; a long list is a screen of its own (the private /baocao).
  if (report.missing.length > 0 && report.missing.length <= NAMES_IN_SUMMARY) {
    parts.push({ key: "baocao-missing", args: { names: names(report.missing) } });
  }
  if (report.pending.length > 0) {
    parts.push({ key: "baocao-pending", args: { count: report.pending.length } });
  }
  const unreachable = report.missing.filter((m) => report.withoutAccount.has(m.id));
  if (!inGroup && unreachable.length > 0) {
    parts.push(
      unreachable.length <= NAMES_IN_SUMMARY
        ? { key: "baocao-no-account", args: { names: names(unreachable) } }
        : { key: "baocao-no-account-many", args: { count: unreachable.length } },
    );
  }
  return parts;
}

/** The report as `npm run cli -- report --format json` prints it. */
export function reportJson(report: LoadedCellReport) {
  const names = (members: Member[]) => members.map((m) => m.fullName);
  return {
    cell: report.cell.code,
    cellName: report.cell.name,
    year: report.year,
    registrationDeadline: report.registrationDeadline,
    members: report.members.length,
    registered: report.registered.length,
    missing: names(report.missing),
    exempt: report.exempt.length,
    registeredNames: names(report.registered),
    exemptNames: names(report.exempt),
    pending: report.pending.length,
  };
}

/** The second half of a cell's year as its report shows it: counts, and the cell's model. */
export interface SecondHalf extends SecondHalfCounts {
  year: number;
  /** The plan's names of the four levels. */
  levelNames: Record<Level, string>;
  model: CellModel | undefined;
  /** From the plan's first progress day on, or sooner once someone has reported progress. */
  showProgress: boolean;
  /** From the day /ketqua opens on, or sooner once someone has reported results. */
  showResults: boolean;
  /** After the first quarter a cell without a model is told so (cells report it before 15/4). */
  modelDue: boolean;
}

/** What /baocao adds in the second half of the year, as of `now`. */
export function loadSecondHalf(
  services: Services,
  report: LoadedCellReport,
  now: Date,
): SecondHalf {
  const { cell, year } = report;
  const { cellModels } = services;
  const plan = services.plans.forCell(cell.committeeId, year);
  const today = localDay(now, services.timeZone);
  const counts = countSecondHalf(
    report,
    cellModels.progressReporters(cell.id, year),
    cellModels.resultLevels(cell.id, year),
    cell,
  );
  const firstProgressDay = [...plan.progress.days].sort()[0];
  return {
    ...counts,
    year,
    levelNames: plan.grading.levels,
    model: cellModels.of(cell.id, year),
    showProgress:
      counts.progressReported > 0 || (firstProgressDay !== undefined && today >= firstProgressDay),
    showResults: counts.resultsReported > 0 || resultsOpenOn(plan, today),
    modelDue: today > plan.model.reportBy,
  };
}

/**
 * Counts, and the cell's model (its public work): what may be shown in a group. Levels agreed,
 * even counted, only in private (not `inGroup`), for the committee.
 */
export function secondHalfSummary(half: SecondHalf, inGroup: boolean): Text[] {
  const parts: Text[] = [];
  if (half.showProgress) {
    parts.push({
      key: "baocao-progress",
      args: { reported: half.progressReported, registered: half.registered },
    });
  }
  if (half.showResults) {
    parts.push({
      key: "baocao-results",
      args: { reported: half.resultsReported, required: half.required },
    });
    const graded = half.notAgreed + LEVELS.reduce((sum, level) => sum + half.agreed[level], 0);
    if (!inGroup && (half.resultsReported > 0 || graded > 0)) {
      parts.push(
        { key: "baocao-levels-header" },
        ...LEVELS.map((level) => ({
          key: "baocao-level",
          args: { level: half.levelNames[level], count: half.agreed[level] },
        })),
        { key: "baocao-levels-waiting", args: { count: half.notAgreed } },
      );
    }
  }
  const { model } = half;
  if (model) {
    parts.push({ key: "baocao-model", args: { title: model.title, day: formatDay(model.byDay) } });
    const latest = model.progress.at(-1);
    parts.push(
      latest
        ? {
            key: "baocao-model-progress",
            args: {
              quarter: {
                key: "quarter",
                args: { quarter: romanQuarter(latest.quarter), year: String(half.year) },
              },
              note: clip(normalizeLine(latest.note), MODEL_NOTE_SHOWN),
            },
          }
        : { key: "baocao-model-no-progress" },
    );
  } else if (half.modelDue) {
    parts.push({ key: "baocao-model-none", args: { year: String(half.year) } });
  }
  return parts;
}
