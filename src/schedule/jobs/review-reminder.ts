import type { Job } from "../job.js";
import { deadlineArgs, slotsBefore } from "./deadline-reminder.js";

/** Before the mid-term review tied to 19/5: the cell prepares it and its nominations. */
export const reviewReminder: Job = {
  name: "review-reminder",
  slots(services, cell, year) {
    const plan = services.plans.forCell(cell.committeeId, year);
    const review = plan.deadlines.midtermReview;
    return slotsBefore(services, cell, "review", review, cell.reviewReminderDays);
  },
  run(run) {
    run.toGroups([{ key: "job-review-group", args: deadlineArgs(run.slot) }]);
    return run.count;
  },
};
