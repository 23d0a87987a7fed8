import type { Job } from "../job.js";

/** Creates each rule's next meeting. */
export const meetingSeries: Job = {
  name: "meeting-series",
  sends: false,
  slots: () => [],
  run: () => 0,
};

/** The notice of a rule's meeting, some days before it: the groups and the committee. */
export const meetingNotice: Job = {
  name: "meeting-notice",
  sends: true,
  slots: () => [],
  run: () => 0,
};
