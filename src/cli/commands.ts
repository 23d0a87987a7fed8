import { backup } from "./backup-command.js";
import { cellCommittee, cellList, cellSchedule } from "./cell-commands.js";
import { type CliCommand, defineCommand } from "./cli-command.js";
import { committeeOfficer, committeeSchedule } from "./committee-commands.js";
import { dbEncrypt } from "./db-command.js";
import { jobList, jobRun } from "./job-commands.js";
import { planImport, planShow } from "./plan-commands.js";
import { privacyReads, privacyReport } from "./privacy-command.js";
import { report } from "./report-command.js";
import { overview } from "./usage.js";
import { zaloLoginCommand, zaloStatusCommand } from "./zalo-commands.js";

/** `help`: every command; the same as `--help`. */
const help = defineCommand({
  path: "help",
  needsDatabase: false,
  run(call) {
    call.io.out(overview(cliCommands, call.say));
    return 0;
  },
});

/** Every operator's command, in the order the usage lists them. */
export const cliCommands: readonly CliCommand[] = [
  planImport,
  planShow,
  cellList,
  cellCommittee,
  cellSchedule,
  committeeSchedule,
  committeeOfficer,
  report,
  jobList,
  jobRun,
  zaloLoginCommand,
  zaloStatusCommand,
  backup,
  dbEncrypt,
  privacyReport,
  privacyReads,
  help,
];
