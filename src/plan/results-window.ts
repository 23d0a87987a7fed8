import { type LocalDay, shiftDay } from "../domain/calendar.js";
import { defaultPlan } from "./default-plan.js";
import type { StoredPlan } from "./stored-plan.js";

/** How long before its due day /ketqua opens when the plan's opening day comes after it. */
const SHORTEST_WINDOW_DAYS = 30;

/** The days members report their year's results (/ketqua) and are reminded: both included. */
export interface ResultsWindow {
  opens: LocalDay;
  due: LocalDay;
}

/**
 * From the plan's `results.opens` to its year-end review. A plan without a review day follows
 * plans/default.yaml's; a review day set before the opening one (an imported plan's early
 * review with the default opening) gets its last month, so that there is always a window.
 */
export function resultsWindow(
  plan: Pick<StoredPlan, "year" | "results" | "deadlines">,
): ResultsWindow {
  const due =
    plan.deadlines.yearEndReview ??
    defaultPlan(plan.year).deadlines.yearEndReview ??
    `${plan.year}-12-31`;
  const opens =
    plan.results.opens <= due ? plan.results.opens : shiftDay(due, -SHORTEST_WINDOW_DAYS);
  return { opens, due };
}

/** Whether results are taken on `today`, or were: from the window's first day on. */
export function resultsOpenOn(
  plan: Pick<StoredPlan, "year" | "results" | "deadlines">,
  today: LocalDay,
): boolean {
  return today >= resultsWindow(plan).opens;
}
