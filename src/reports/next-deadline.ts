import { formatDay, type LocalDay, localDay } from "../domain/calendar.js";
import type { Text } from "../i18n.js";
import type { StoredPlan } from "../plan/stored-plan.js";

/** What the next deadline is read from: a cell's year as the scheduler computes it. */
export interface DeadlineCalendar {
  plan: Pick<StoredPlan, "deadlines">;
  registrationDeadline: LocalDay;
  services: { timeZone: string };
}

/** What falls due next this year, so that the secretary sees it coming. */
export function nextDeadline(calendar: DeadlineCalendar, asOf: Date): Text {
  const { plan, registrationDeadline, services } = calendar;
  const today = localDay(asOf, services.timeZone);
  const upcoming = [
    { what: "deadline-study", day: plan.deadlines.study },
    { what: "deadline-registration", day: registrationDeadline },
    { what: "deadline-midterm-review", day: plan.deadlines.midtermReview },
    { what: "deadline-year-end-review", day: plan.deadlines.yearEndReview },
  ]
    .filter((d): d is { what: string; day: string } => d.day !== undefined && d.day >= today)
    .sort((a, b) => a.day.localeCompare(b.day));
  const next = upcoming[0];
  return next
    ? { key: "job-weekly-next", args: { what: { key: next.what }, date: formatDay(next.day) } }
    : { key: "job-weekly-nothing-next" };
}
