import { localYear } from "../domain/calendar.js";
import { checkCommitteeName } from "../domain/names.js";
import { cellYear } from "../schedule/cell-year.js";
import { CliError, defineCommand } from "./cli-command.js";
import { PRINT_OPTIONS } from "./common-options.js";
import { cellByCode } from "./lookups.js";
import {
  describeSchedule,
  parseScheduleOptions,
  SCHEDULE_OPTIONS,
  scheduleProblems,
} from "./schedule-options.js";

/** `cell list`: the cells with their codes, groups and member counts. */
export const cellList = defineCommand({
  path: "cell list",
  options: PRINT_OPTIONS,
  needsDatabase: true,
  run(call, app) {
    const cells = app.services.cells.list();
    call.print(cells, () =>
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
  },
});

/** `cell committee CODE "NAME"`: puts a cell under a Party committee. */
export const cellCommittee = defineCommand({
  path: "cell committee",
  arguments: [
    { name: "code", word: "cli-word-code" },
    { name: "committee", word: "cli-word-committee" },
  ],
  needsDatabase: true,
  run(call, app) {
    const committee = checkCommitteeName(call.args.committee);
    if (!committee) throw new CliError({ key: "cli-bad-committee-name" });
    const cell = cellByCode(app, call.args.code);
    app.services.cells.setCommittee(cell.id, committee, call.clock.now());
    call.io.out(call.say({ key: "cli-cell-committee-set", args: { code: cell.code, committee } }));
    return 0;
  },
});

/** `cell schedule CODE [options]`: when its posts go out; without options, what is in force. */
export const cellSchedule = defineCommand({
  path: "cell schedule",
  arguments: [{ name: "code", word: "cli-word-code" }],
  options: { ...SCHEDULE_OPTIONS, ...PRINT_OPTIONS },
  needsDatabase: true,
  run(call, app) {
    const parsed = parseScheduleOptions(call.options);
    if (!parsed.ok) return scheduleProblems(call, parsed.problems);
    const { cells } = app.services;
    const cell = cellByCode(app, call.args.code);
    cells.setSchedule(cell.id, parsed.overrides);
    const updated = cells.byCode(cell.code) ?? cell;
    const year = localYear(call.clock.now(), app.services.timeZone);
    const { schedule } = cellYear(app.services, updated, year);
    const described = describeSchedule(`${updated.name} (${updated.code})`, schedule);
    call.print(described.json, () => [described.text]);
    return 0;
  },
});
