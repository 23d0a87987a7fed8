import type { App } from "../app.js";
import { documentReads, type HeldData } from "../documents/document-reads.js";
import { withReasons } from "../domain/attendance-rules.js";
import { localYearBounds } from "../domain/calendar.js";
import type { DocumentRequest } from "../messages/document-request.js";
import { writePrivateFile } from "../private-files.js";
import { loadCellReport, reportJson, reportSummary } from "../reports/load-cell-report.js";
import {
  loadMeetingReport,
  meetingDetailsPrivate,
  meetingReportJson,
  meetingSummary,
} from "../reports/meeting-report.js";
import { loadRollup } from "../reports/rollup.js";
import { rollupText } from "../reports/rollup-text.js";
import { type CliCall, CliError, defineCommand } from "./cli-command.js";
import {
  CELL_OPTION,
  COMMITTEE_OPTION,
  formatOption,
  OUT_OPTION,
  YEAR_OPTION,
} from "./common-options.js";
import { cellByCode, committeeByName, yearOf } from "./lookups.js";
import { writeOutput } from "./output.js";

const DOCUMENTS = ["registration", "minutes", "q1", "q2", "q3", "q4", "year"] as const;

/**
 * `report --cell CODE | --committee "NAME"`: what /baocao shows of a cell, or a committee's
 * roll-up; as text or JSON, or as a Word or Excel file written to --out.
 */
export const report = defineCommand({
  path: "report",
  options: {
    cell: CELL_OPTION,
    committee: COMMITTEE_OPTION,
    year: YEAR_OPTION,
    format: { ...formatOption("text", "json", "docx", "xlsx"), description: "cli-option-files" },
    doc: { value: { choices: DOCUMENTS } },
    out: OUT_OPTION,
  },
  oneOf: ["cell", "committee"],
  needsDatabase: true,
  async run(call, app) {
    const { cell: code, committee: name, format, doc } = call.options;
    const year = yearOf(app, call.options.year);
    const file = format === "docx" || format === "xlsx" ? format : undefined;
    if (name !== undefined) {
      const committee = committeeByName(app, name);
      if (file) {
        const kind = file === "docx" ? "rollup-docx" : "rollup-xlsx";
        return await writeFile(call, app, { kind, committeeId: committee.id, year });
      }
      const rollup = loadRollup(app.services, committee.id, year);
      call.print(rollup, () => rollupText(rollup));
      return 0;
    }
    const cell = cellByCode(app, code ?? "");
    if (file) return await writeFile(call, app, cellDocument(app, cell.id, year, file, doc));
    const tz = app.services.timeZone;
    const report = loadCellReport(app.services, cell, year);
    const meetings = loadMeetingReport(app.services, cell, year);
    const json = { ...reportJson(report), ...meetingReportJson(meetings, app.translator) };
    call.print(json, () => [
      ...reportSummary(report),
      ...meetingSummary(meetings, tz),
      ...meetingDetailsPrivate(meetings, tz),
    ]);
    // Both print each meeting's names and reasons.
    const reasons = meetings.meetings.flatMap(({ sheet }) => withReasons(sheet.absentWithReason));
    noteOperatorRead(app, { cell, kind: "reasons", memberIds: reasons });
    return 0;
  },
});

/** Which document of a cell `report --format docx|xlsx` writes (`--doc`). */
function cellDocument(
  app: App,
  cellId: number,
  year: number,
  format: "docx" | "xlsx",
  doc: string | undefined,
): DocumentRequest {
  if (format === "xlsx") return { kind: "cell-xlsx", cellId, year };
  switch (doc ?? "registration") {
    case "registration":
      return { kind: "registration-docx", cellId, year };
    case "year":
      return { kind: "results-docx", cellId, year, quarter: null };
    case "minutes": {
      const { from, to } = localYearBounds(year, app.services.timeZone);
      const closed = app.services.meetings.latestClosed(cellId, from, to);
      if (!closed) throw new CliError({ key: "cli-no-meeting" });
      return { kind: "minutes-docx", cellId, meetingId: closed.id };
    }
    default:
      // --doc took only the values above, or q1…q4.
      return { kind: "results-docx", cellId, year, quarter: Number(doc?.slice(1)) };
  }
}

/** Writes a DOCX or XLSX to --out: such files never go to the terminal. */
async function writeFile(call: CliCall, app: App, request: DocumentRequest): Promise<number> {
  const out = call.options.out;
  if (!out)
    throw new CliError({ key: "cli-needs-out", args: { format: call.options.format ?? "" } });
  const built = await app.documents(request);
  writeOutput(out, () => writePrivateFile(out, built.data));
  for (const read of documentReads(app.services, request)) noteOperatorRead(app, read);
  call.io.out(call.say({ key: "cli-file-written", args: { file: out } }));
  return 0;
}

/** The operator read members' reasons, plans, results or levels here: a row each, as in chat. */
function noteOperatorRead(app: App, read: HeldData): void {
  if (read.memberIds.length === 0) return;
  app.services.dataReads.record({
    reader: { role: "operator" },
    cellId: read.cell.id,
    memberIds: read.memberIds,
    kinds: [read.kind],
    channel: "cli",
    now: app.services.clock.now(),
  });
}
