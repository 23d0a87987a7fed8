/** How a part of a personal plan is going, as its member says during the year. */
export const PROGRESS_STATUSES = ["done", "underway", "notYet"] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];
