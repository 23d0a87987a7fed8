import { withReasons } from "../domain/attendance-rules.js";
import { isGraded, mustReportResults } from "../domain/member-rules.js";
import { sheetOf } from "../meetings/attendance.js";
import type { DocumentRequest } from "../messages/document-request.js";
import { loadCellReport } from "../reports/load-cell-report.js";
import { loadMeetingReport } from "../reports/meeting-report.js";
import type { Cell } from "../store/cell-store.js";
import type { ReadKind } from "../store/data-read-store.js";
import type { Member } from "../store/member-store.js";
import { reportedResult, type YearResultRow } from "../store/result-store.js";
import type { Services } from "../store/services.js";

/** What of a member a file may hold, and the kind of read each is: a level proposed or agreed is a level. */
const READ_AS = {
  plan: "plan",
  results: "results",
  proposedLevel: "level",
  agreedLevel: "level",
  reasons: "reasons",
} as const satisfies Record<string, ReadKind>;
type Held = keyof typeof READ_AS;

/**
 * What each file holds of members' personal data (plans, results and progress, absence reasons,
 * levels): typed by every kind of request, so that a new kind does not build until it says.
 * Counts (the charts, the roll-up, the results report's tables), attendance marks without
 * their reasons (the ledger) and praise (the nominations) are no one's plan, results, reasons
 * or level. A meeting's materials are the secretary's, not a member's.
 */
export const DOCUMENT_HOLDS = {
  "registration-docx": ["plan"],
  "cell-xlsx": ["plan", "results", "proposedLevel", "agreedLevel", "reasons"],
  "registration-chart": [],
  "year-end-docx": ["results", "agreedLevel"],
  "nominations-docx": [],
  "member-results-docx": ["plan", "results", "proposedLevel"],
  "member-data-json": ["plan", "results", "proposedLevel", "agreedLevel", "reasons"],
  "member-data-docx": ["plan", "results", "proposedLevel", "agreedLevel", "reasons"],
  "results-docx": [],
  "minutes-docx": ["reasons"],
  "meeting-materials": [],
  "attendance-list-docx": ["reasons"],
  "ledger-docx": [],
  "ledger-xlsx": [],
  "attendance-chart": [],
  "poll-chart": [],
  "rollup-docx": [],
  "rollup-xlsx": [],
} as const satisfies Record<DocumentRequest["kind"], readonly Held[]>;

/** Whose data of one kind a file or a screen holds, in one cell. */
export interface HeldData {
  cell: Cell;
  kind: ReadKind;
  memberIds: number[];
}

/**
 * Whose plan, results, reasons or level a requested file holds, kind by kind, as the data
 * stands now (the file is made from it as it is sent, right after).
 */
export function documentReads(services: Services, request: DocumentRequest): HeldData[] {
  const held: readonly Held[] = DOCUMENT_HOLDS[request.kind];
  if (held.length === 0) return [];
  const found = holders(services, request);
  if (!found) return [];
  const byKind = new Map<ReadKind, Set<number>>();
  for (const what of held) {
    const kind = READ_AS[what];
    const ids = byKind.get(kind) ?? new Set<number>();
    for (const id of found.of(what)) ids.add(id);
    byKind.set(kind, ids);
  }
  return [...byKind].flatMap(([kind, ids]) =>
    ids.size > 0 ? [{ cell: found.cell, kind, memberIds: [...ids] }] : [],
  );
}

interface Holders {
  cell: Cell;
  of(what: Held): number[];
}

/** The cell a request is about, and who in it holds each thing the file shows. */
function holders(services: Services, request: DocumentRequest): Holders | undefined {
  if ("memberId" in request) {
    // A member's own file: every part of it is theirs.
    const member = services.members.byId(request.memberId);
    const cell = member && services.cells.byId(member.cellId);
    return cell && member && { cell, of: () => [member.id] };
  }
  if (request.kind === "minutes-docx" || request.kind === "attendance-list-docx") {
    const cell = services.cells.byId(request.cellId);
    const meeting = services.meetings.byId(request.meetingId);
    if (!cell || !meeting || meeting.cellId !== cell.id) return undefined;
    const reasons = withReasons(sheetOf(services, meeting).absentWithReason);
    return { cell, of: (what) => (what === "reasons" ? reasons : []) };
  }
  if ("cellId" in request && "year" in request) {
    const cell = services.cells.byId(request.cellId);
    return cell && cellYear(services, cell, request.year, request.kind === "year-end-docx");
  }
  return undefined;
}

/**
 * Who holds what in a file of a cell's year, as the documents list them: every member counted
 * in the cell; the year-end report only the results of those asked for them, and the levels of
 * those graded.
 */
function cellYear(services: Services, cell: Cell, year: number, yearEnd: boolean): Holders {
  const report = loadCellReport(services, cell, year);
  const { members } = report;
  const rows = new Map<number, YearResultRow>(
    services.results.rowsOf(ids(members), year).map((row) => [row.memberId, row]),
  );
  const reported = (member: Member) => reportedResult(rows.get(member.id)) !== undefined;
  const withResults = yearEnd
    ? members.filter((m) => isGraded(m) && mustReportResults(m, cell))
    : members;
  const withLevels = yearEnd ? members.filter(isGraded) : members;
  return {
    cell,
    of(what) {
      switch (what) {
        case "plan":
          return ids(members.filter((m) => report.commitments.has(m.id)));
        case "results":
        case "proposedLevel":
          return ids(withResults.filter(reported));
        case "agreedLevel":
          return ids(withLevels.filter((m) => rows.get(m.id)?.agreedLevel));
        case "reasons":
          return loadMeetingReport(services, cell, year).meetings.flatMap(({ sheet }) =>
            withReasons(sheet.absentWithReason),
          );
      }
    },
  };
}

const ids = (members: readonly { id: number }[]) => members.map((m) => m.id);
