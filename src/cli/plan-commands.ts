import { PlanFileError, readPlanFile } from "../plan/plan-file.js";
import type { Plan } from "../plan/plan-schema.js";
import { describePlan } from "../plan/plan-text.js";
import { type CliCall, defineCommand } from "./cli-command.js";
import { COMMITTEE_OPTION, PRINT_OPTIONS, YEAR_OPTION } from "./common-options.js";
import { yearOf } from "./lookups.js";

/** `plan import FILE [--committee NAME]`: the year's plan, for every cell or one committee's. */
export const planImport = defineCommand({
  path: "plan import",
  arguments: [{ name: "file", word: "cli-word-file" }],
  options: { committee: COMMITTEE_OPTION },
  needsDatabase: true,
  run(call, app) {
    const plan = readPlan(call, call.args.file);
    if (!plan) return 2;
    const committee = call.options.committee?.trim();
    app.services.plans.import(plan, committee ? { committee } : "all", call.clock.now());
    const scope = committee ?? call.say({ key: "cli-all-cells" });
    call.io.out(call.say({ key: "cli-plan-imported", args: { year: String(plan.year), scope } }));
    return 0;
  },
});

/** `plan show [--year Y]`: the plan cells fall back to for that year. */
export const planShow = defineCommand({
  path: "plan show",
  options: { year: YEAR_OPTION, ...PRINT_OPTIONS },
  needsDatabase: true,
  run(call, app) {
    const plan = app.services.plans.forCell(null, yearOf(app, call.options.year));
    call.print(plan, () => describePlan(plan, [1, 2, 3, 4], plan.deadlines.registration));
    return 0;
  },
});

/** The plan in the file; undefined once each of its problems is said. */
function readPlan(call: CliCall, file: string): Plan | undefined {
  try {
    return readPlanFile(file);
  } catch (error) {
    if (!(error instanceof PlanFileError)) throw error;
    call.io.err(call.say({ key: "cli-plan-invalid", args: { file: error.file } }));
    for (const { path, message } of error.problems) {
      call.io.err(`  - ${path ? `${path}: ` : ""}${call.explain(message)}`);
    }
    return undefined;
  }
}
