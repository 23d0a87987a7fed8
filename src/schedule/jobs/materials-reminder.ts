import type { Job } from "../job.js";

/** Tells the secretary, some days before a meeting, that nothing is attached for it yet. */
export const materialsReminder: Job = {
  name: "materials-reminder",
  sends: true,
  slots: () => [],
  run: () => 0,
};
