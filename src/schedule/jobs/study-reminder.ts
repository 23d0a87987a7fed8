import type { Job } from "../job.js";
import { deadlineArgs, slotsBefore } from "./deadline-reminder.js";

/** Before the study deadline: the cell studies the annual topic (a half-day session). */
export const studyReminder: Job = {
  name: "study-reminder",
  slots(services, cell, year) {
    const plan = services.plans.forCell(cell.committeeId, year);
    return slotsBefore(services, cell, "study", plan.deadlines.study, cell.studyReminderDays);
  },
  run(run) {
    const plan = run.services.plans.forCell(run.cell.committeeId, run.year);
    const args = { ...deadlineArgs(run.slot), title: plan.annualTopic.title };
    run.toGroups([{ key: "job-study-group", args }]);
    return run.count;
  },
};
