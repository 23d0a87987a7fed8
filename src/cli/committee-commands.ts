import { OFFICER_CODE_VALID_DAYS, officerCodeExpiresAt } from "../domain/code-rules.js";
import { effectiveSchedule } from "../domain/schedule-settings.js";
import { defineCommand } from "./cli-command.js";
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

/** `committee officer "NAME"`: a one-time code an officer claims with /tonghop CODE. */
export const committeeOfficer = defineCommand({
  path: "committee officer",
  arguments: [{ name: "committee", word: "cli-word-committee" }],
  needsDatabase: true,
  run(call, app) {
    const committee = committeeByName(app, call.args.committee);
    const expiresAt = officerCodeExpiresAt(call.clock.now());
    const code = app.services.officerCodes.issue(committee.id, expiresAt);
    const args = { code, committee: committee.name, days: OFFICER_CODE_VALID_DAYS };
    call.io.out(call.say({ key: "cli-officer-code", args }));
    return 0;
  },
});
