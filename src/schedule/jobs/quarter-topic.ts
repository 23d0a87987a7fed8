import { atLocalHour, romanQuarter, shiftDay } from "../../domain/calendar.js";
import { firstWorkingDayOfQuarter, lastDayOfQuarter } from "../../domain/schedule-rules.js";
import { type Job, type PayloadSlot, sameForEveryCell } from "../job.js";

/**
 * The quarter's topic, posted to the cell's groups on the first working day of the quarter;
 * missed (the bot was down), it is still worth posting until the quarter ends.
 */
export const quarterTopic: Job<PayloadSlot<{ quarter: number }>> = {
  name: "quarter-topic",
  sends: true,
  fromCalendar: true,
  slots({ services, schedule, year }) {
    const { postHour } = schedule;
    return sameForEveryCell(`quarter-topic|${year}|${postHour}|${services.timeZone}`, () =>
      [1, 2, 3, 4].map((quarter) => ({
        period: `${year}-Q${quarter}`,
        payload: { quarter },
        dueAt: atLocalHour(firstWorkingDayOfQuarter(year, quarter), postHour, services.timeZone),
        until: atLocalHour(shiftDay(lastDayOfQuarter(year, quarter), 1), 0, services.timeZone),
      })),
    );
  },
  // The topic is the plan's: what it says does not change by the time it goes out.
  run(run) {
    const { plan, year } = run.calendar;
    const number = run.slot.payload.quarter;
    const quarter = { key: "quarter", args: { quarter: romanQuarter(number), year: String(year) } };
    const topic = plan.quarterTopics.find((t) => t.quarter === number);
    run.toGroups([
      topic
        ? { key: "job-quarter-topic", args: { quarter, title: topic.title } }
        : { key: "job-quarter-annual", args: { quarter, title: plan.annualTopic.title } },
      { key: "job-quarter-hint" },
    ]);
    return run.count;
  },
};
