import { formatDay } from "../domain/calendar.js";
import { buildCellReport, type CellReport } from "../domain/cell-report.js";
import { registrationDeadline } from "../domain/commitment-rules.js";
import type { Text } from "../i18n.js";
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

/** How many names of those who have not registered a summary lists. */
export const NAMES_IN_SUMMARY = 8;

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
