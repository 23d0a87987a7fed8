import { randomInt } from "node:crypto";
import { existsSync, unlinkSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import type { Logger } from "pino";
import { z } from "zod";
import { type App, createApp } from "../app.js";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import { localYear, localYearBounds, parseInstant } from "../domain/calendar.js";
import { htmlToPlain } from "../domain/html.js";
import { effectiveSchedule } from "../domain/schedule-settings.js";
import type { Text } from "../i18n.js";
import type { DocumentRequest } from "../messages/document-request.js";
import { PlanFileError, readPlanFile } from "../plan/plan-file.js";
import { describePlan } from "../plan/plan-text.js";
import { makePrivateFile, writePrivateFile } from "../private-files.js";
import { loadCellReport, reportJson, reportSummary } from "../reports/load-cell-report.js";
import {
  loadMeetingReport,
  meetingDetailsPrivate,
  meetingReportJson,
  meetingSummary,
} from "../reports/meeting-report.js";
import { loadRollup } from "../reports/rollup.js";
import { rollupText } from "../reports/rollup-text.js";
import { cellYear } from "../schedule/cell-year.js";
import type { Cell } from "../store/cell-store.js";
import type { Services } from "../store/services.js";
import { describeRun, listJobs, runJob } from "./job-commands.js";
import { describeSchedule, parseScheduleOptions, SCHEDULE_OPTIONS } from "./schedule-options.js";
import { type QrLogin, zaloLogin, zaloQrLogin, zaloStatus } from "./zalo-commands.js";

/** Where the CLI writes; tests pass their own. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

/** Bad usage or input: exit code 2, with the sentence that explains it. */
class CliError extends Error {
  constructor(readonly text: Text) {
    super(text.key);
  }
}

const OPTIONS = {
  format: { type: "string" },
  year: { type: "string" },
  cell: { type: "string" },
  committee: { type: "string" },
  out: { type: "string" },
  at: { type: "string" },
  qr: { type: "string" },
  doc: { type: "string" },
  ...SCHEDULE_OPTIONS,
} as const;

/** How long a committee officer's code may wait to be claimed. */
const OFFICER_CODE_DAYS = 7;

/** Which document of a cell `report --format docx|xlsx` writes (`--doc`). */
function cellDocument(
  cellId: number,
  year: number,
  format: string,
  doc: string | undefined,
  services: Services,
): DocumentRequest {
  if (format === "xlsx") return { kind: "cell-xlsx", cellId, year };
  switch (doc ?? "registration") {
    case "registration":
      return { kind: "registration-docx", cellId, year };
    case "year":
      return { kind: "results-docx", cellId, year, quarter: null };
    case "minutes": {
      const { from, to } = localYearBounds(year, services.timeZone);
      const closed = services.meetings.latestClosed(cellId, from, to);
      if (!closed) throw new CliError({ key: "cli-no-meeting" });
      return { kind: "minutes-docx", cellId, meetingId: closed.id };
    }
    default: {
      const quarter = /^q([1-4])$/.exec(doc ?? "")?.[1];
      if (!quarter) throw new CliError({ key: "cli-bad-doc", args: { doc: doc ?? "" } });
      return { kind: "results-docx", cellId, year, quarter: Number(quarter) };
    }
  }
}

/** `npm run cli -- …`: the operators' commands. Returns the process exit code. */
export async function runCli(
  argv: string[],
  config: Config,
  log: Logger,
  clock: Clock,
  io: CliOutput,
  qrLogin: QrLogin = zaloQrLogin(config.ZALO_SERVER),
): Promise<number> {
  const app = createApp(config, log, clock);
  // Plan files are checked by zod: its messages in the operator's language.
  z.config(config.BOT_LOCALE === "vi" ? z.locales.vi() : z.locales.en());
  const say = (text: Text) => htmlToPlain(app.translator.text(text));
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      options: OPTIONS,
      allowPositionals: true,
    });
    const [group, action, argument] = positionals;
    const year = parseYear(values.year, localYear(clock.now(), config.BOT_TIMEZONE));
    const format = values.format ?? "text";
    const print = (value: unknown, text: () => Text[]) => {
      const output =
        format === "json" ? JSON.stringify(value, null, 2) : text().map(say).join("\n");
      const out = values.out;
      if (out) writeOutput(out, () => writePrivateFile(out, `${output}\n`));
      else io.out(output);
    };
    const files = group === "report" && (format === "docx" || format === "xlsx");
    if (!["text", "json"].includes(format) && !files) {
      throw new CliError({ key: "cli-bad-format", args: { format } });
    }
    /** Writes a DOCX or XLSX to --out: such files never go to the terminal. */
    const writeFile = async (request: DocumentRequest) => {
      const out = values.out;
      if (!out) throw new CliError({ key: "cli-needs-out", args: { format } });
      const built = await app.documents(request);
      writeOutput(out, () => writePrivateFile(out, built.data));
      io.out(say({ key: "cli-file-written", args: { file: out } }));
      return 0;
    };

    if (group === "plan" && action === "import") {
      if (!argument) throw new CliError({ key: "cli-usage" });
      const plan = readPlanFile(argument);
      const committee = values.committee?.trim();
      app.services.plans.import(plan, committee ? { committee } : "all", clock.now());
      io.out(
        say({
          key: "cli-plan-imported",
          args: { year: String(plan.year), scope: committee ?? say({ key: "cli-all-cells" }) },
        }),
      );
      return 0;
    }
    if (group === "plan" && action === "show") {
      const plan = app.services.plans.forCell(null, year);
      print(plan, () => describePlan(plan, [1, 2, 3, 4], plan.deadlines.registration));
      return 0;
    }
    if (group === "cell" && action === "list") {
      const cells = app.services.cells.list();
      print(cells, () =>
        cells.length === 0
          ? [{ key: "cli-no-cells" }]
          : cells.map((cell) => ({
              key: "cli-cell-line",
              args: {
                code: cell.code,
                name: cell.name,
                members: cell.members,
                groups: cell.groups.length,
              },
            })),
      );
      return 0;
    }
    if ((group === "cell" || group === "committee") && action === "schedule") {
      if (!argument) throw new CliError({ key: "cli-usage" });
      const parsed = parseScheduleOptions(values);
      if (!parsed.ok) {
        for (const { path, message } of parsed.problems) {
          io.err(`${path}: ${app.translator.has(message) ? say({ key: message }) : message}`);
        }
        return 2;
      }
      const { cells } = app.services;
      let described: ReturnType<typeof describeSchedule>;
      if (group === "cell") {
        const [cell] = selectCells(app, argument);
        if (!cell) throw new CliError({ key: "cli-usage" });
        cells.setSchedule(cell.id, parsed.overrides);
        const updated = cells.byCode(cell.code) ?? cell;
        const { schedule } = cellYear(
          app.services,
          updated,
          localYear(clock.now(), config.BOT_TIMEZONE),
        );
        described = describeSchedule(`${updated.name} (${updated.code})`, schedule);
      } else {
        if (!cells.setCommitteeSchedule(argument, parsed.overrides)) {
          throw new CliError({ key: "cli-unknown-committee", args: { name: argument } });
        }
        const committee = cells.committeeByName(argument);
        const own = committee ? cells.committeeSchedule(committee.id) : {};
        described = describeSchedule(argument, effectiveSchedule(own));
      }
      print(described.json, () => [described.text]);
      return 0;
    }
    if (group === "cell" && action === "committee") {
      const [, , code, committee] = positionals;
      const cell = code ? app.services.cells.byCode(code) : undefined;
      if (!code || !committee?.trim()) throw new CliError({ key: "cli-usage" });
      if (!cell) throw new CliError({ key: "cli-unknown-cell", args: { code } });
      app.services.cells.setCommittee(cell.id, committee.trim(), clock.now());
      io.out(say({ key: "cli-cell-committee-set", args: { code: cell.code, committee } }));
      return 0;
    }
    if (group === "report" && values.committee) {
      const committee = app.services.cells.committeeByName(values.committee.trim());
      if (!committee) {
        throw new CliError({ key: "cli-unknown-committee", args: { name: values.committee } });
      }
      if (files) {
        const kind = format === "docx" ? "rollup-docx" : "rollup-xlsx";
        return await writeFile({ kind, committeeId: committee.id, year });
      }
      const rollup = loadRollup(app.services, committee.id, year);
      print(rollup, () => rollupText(rollup));
      return 0;
    }
    if (group === "report") {
      if (!values.cell) throw new CliError({ key: "cli-usage" });
      const cell = app.services.cells.byCode(values.cell);
      if (!cell) throw new CliError({ key: "cli-unknown-cell", args: { code: values.cell } });
      if (files)
        return await writeFile(cellDocument(cell.id, year, format, values.doc, app.services));
      const report = loadCellReport(app.services, cell, year);
      const meetings = loadMeetingReport(app.services, cell, year);
      const json = { ...reportJson(report), ...meetingReportJson(meetings, app.translator) };
      const tz = config.BOT_TIMEZONE;
      print(json, () => [
        ...reportSummary(report),
        ...meetingSummary(meetings, tz),
        ...meetingDetailsPrivate(meetings, tz),
      ]);
      return 0;
    }
    if (group === "job" && (action === "list" || action === "run")) {
      const cells = selectCells(app, values.cell);
      if (action === "list") {
        const listed = listJobs(app, cells, clock.now());
        print(listed.json, () => listed.text);
        return 0;
      }
      if (!argument) throw new CliError({ key: "cli-usage" });
      const at = values.at ? parseInstant(values.at, config.BOT_TIMEZONE) : clock.now();
      if (!at) throw new CliError({ key: "cli-bad-date", args: { at: values.at ?? "" } });
      const results = runJob(app, argument, cells, at);
      if (!Array.isArray(results)) throw new CliError(results);
      print(results, () => results.map(describeRun));
      return 0;
    }
    if (group === "committee" && action === "officer" && argument) {
      const committee = app.services.cells.committeeByName(argument.trim());
      if (!committee)
        throw new CliError({ key: "cli-unknown-committee", args: { name: argument } });
      const code = String(randomInt(0, 10 ** 8)).padStart(8, "0");
      const expiresAt = new Date(clock.now().getTime() + OFFICER_CODE_DAYS * 86_400_000);
      app.services.officers.issueCode(code, committee.id, expiresAt);
      io.out(
        say({
          key: "cli-officer-code",
          args: { code, committee: committee.name, days: OFFICER_CODE_DAYS },
        }),
      );
      return 0;
    }
    if (group === "zalo" && action === "login") {
      const saved = await zaloLogin({
        credentialsPath: config.ZALO_CREDENTIALS_PATH,
        qrPath: values.qr ?? "zalo-qr.png",
        login: qrLogin,
        say: (text) => io.out(say(text)),
        print: io.out,
      });
      return saved ? 0 : 1;
    }
    if (group === "zalo" && action === "status") {
      io.out(say(zaloStatus(app.services)));
      return 0;
    }
    if (group === "backup" && action?.trim()) {
      // better-sqlite3 trims the name: this is the file it writes.
      const file = action.trim();
      const created = !existsSync(file);
      // Made private and empty first: SQLite would create it 0644 and fill it in steps.
      writeOutput(file, () => makePrivateFile(file));
      try {
        await app.database.sqlite.backup(file);
      } catch (error) {
        if (created) unlinkSync(file);
        throw error;
      }
      io.out(say({ key: "cli-backup-done", args: { file } }));
      return 0;
    }
    throw new CliError({ key: "cli-usage" });
  } catch (error) {
    if (error instanceof CliError) {
      io.err(say(error.text));
      return 2;
    }
    if (error instanceof PlanFileError) {
      io.err(say({ key: "cli-plan-invalid", args: { file: error.file } }));
      for (const { path, message } of error.problems) {
        // Our own rules name locale keys; zod's and the parser's messages come translated.
        const text = app.translator.has(message) ? say({ key: message }) : message;
        io.err(`  - ${path ? `${path}: ` : ""}${text}`);
      }
      return 2;
    }
    if (error instanceof TypeError && "code" in error) {
      // parseArgs: an unknown option or a missing value.
      io.err(say({ key: "cli-bad-option", args: { detail: error.message } }));
      io.err(say({ key: "cli-usage" }));
      return 2;
    }
    throw error;
  } finally {
    app.close();
  }
}

/**
 * Reports and backups go where the operator says, and only there: a missing folder is refused
 * rather than made, as cp and sqlite3 do, since a mistyped path or an unmounted backup disk would
 * otherwise put the copy somewhere nobody looks.
 */
function writeOutput(file: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new CliError({ key: "cli-no-folder", args: { folder: dirname(file) } });
    }
    if (code === "EISDIR") throw new CliError({ key: "cli-out-is-folder", args: { file } });
    if (code === "EACCES" || code === "EPERM") {
      throw new CliError({ key: "cli-cannot-write", args: { file } });
    }
    throw error;
  }
}

/** Every cell, or the one named by --cell. */
function selectCells(app: App, code: string | undefined): Cell[] {
  if (code === undefined) return app.services.cells.all();
  const cell = app.services.cells.byCode(code);
  if (!cell) throw new CliError({ key: "cli-unknown-cell", args: { code } });
  return [cell];
}

function parseYear(value: string | undefined, current: number): number {
  if (value === undefined) return current;
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new CliError({ key: "cli-bad-year", args: { year: value } });
  }
  return year;
}
