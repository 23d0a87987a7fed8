/**
 * The four levels of Quy định 366-QĐ/TW, best first. Their names are the plan's (`grading.levels`):
 * the next rule may word them otherwise; the order and the count are the rule's.
 */
export const LEVELS = ["excellent", "good", "done", "notDone"] as const;
export type Level = (typeof LEVELS)[number];

/** What a member says came of a part of their plan at year end. */
export const OUTCOMES = ["done", "partly", "notDone"] as const;
export type Outcome = (typeof OUTCOMES)[number];
