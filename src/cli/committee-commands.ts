import { OFFICER_CODE_VALID_DAYS, officerCodeExpiresAt } from "../domain/code-rules.js";
import { checkCommitteeName } from "../domain/names.js";
import { effectiveSchedule } from "../domain/schedule-settings.js";
import { CliError, defineCommand } from "./cli-command.js";
import { PRINT_OPTIONS } from "./common-options.js";
import { committeeByName } from "./lookups.js";
import {
  describeSchedule,
  parseScheduleOptions,
  SCHEDULE_OPTIONS,
  scheduleProblems,
} from "./schedule-options.js";

/** `committee schedule "NAME" [options]`: the default for the committee's cells. */
export const committeeSchedule = defineCommand({
  path: "committee schedule",
  arguments: [{ name: "committee", word: "cli-word-committee" }],
  options: { ...SCHEDULE_OPTIONS, ...PRINT_OPTIONS },
  needsDatabase: true,
  run(call, app) {
    const parsed = parseScheduleOptions(call.options);
    if (!parsed.ok) return scheduleProblems(call, parsed.problems);
    const { cells } = app.services;
    const committee = committeeByName(app, call.args.committee);
    cells.setCommitteeSchedule(committee.name, parsed.overrides);
    const settings = effectiveSchedule(cells.committeeSchedule(committee.id));
    const described = describeSchedule(committee.name, settings);
    call.print(described.json, () => [described.text]);
    return 0;
  },
});

/**
 * `committee officer "NAME"`: a one-time code an officer claims with /tonghop CODE. The
 * operator's one step for a new committee: it is created if missing, and its first officer
 * then invites the others and gives its cells their code, in chat.
 */
export const committeeOfficer = defineCommand({
  path: "committee officer",
  arguments: [{ name: "committee", word: "cli-word-committee" }],
  needsDatabase: true,
  run(call, app) {
    const name = checkCommitteeName(call.args.committee);
    if (!name) throw new CliError({ key: "cli-bad-committee-name" });
    const committee = app.services.cells.ensureCommittee(name, call.clock.now());
    if (committee.created) call.io.out(call.say({ key: "cli-committee-created", args: { name } }));
    const expiresAt = officerCodeExpiresAt(call.clock.now());
    const code = app.services.officerCodes.issue(committee.id, expiresAt);
    const args = { code, committee: name, days: OFFICER_CODE_VALID_DAYS };
    call.io.out(call.say({ key: "cli-officer-code", args }));
    return 0;
  },
});
