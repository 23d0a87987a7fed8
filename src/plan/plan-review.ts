import { formatDay, formatDayAndMonth, romanQuarter } from "../domain/calendar.js";
import { COMMITMENT_PARTS } from "../domain/commitment-rules.js";
import { clip } from "../domain/text.js";
import type { Text } from "../i18n.js";
import { givenSecondHalf, type Plan } from "./plan-schema.js";
import { resultsWindow } from "./results-window.js";
import { partLabelsOf, storedPlan } from "./stored-plan.js";

/**
 * How much of each text the read-back shows, so that the whole plan, with its choices, fits
 * one phone screen (ONE_SCREEN) even at the longest the schema allows; each step shows its
 * text in full.
 */
const SHOWN = { issuedBy: 60, scope: 60, annualTopic: 115, quarterTopic: 50, partLabel: 32 };

/**
 * The plan read back before it is saved, on one screen: who issued it and whom it is for,
 * the annual topic, the quarters' topics, the deadlines, the parts' names, the examples, and
 * the second half of the year as the cells will follow it.
 */
export function reviewPlan(plan: Plan, scope: Text): Text[] {
  const year = String(plan.year);
  const none: Text = { key: "kehoach-none" };
  const dayOr = (day: string | undefined) => (day ? formatDay(day) : none);
  const quarters: Text[] =
    plan.quarterTopics.length === 0
      ? [{ key: "kehoach-review-no-quarters" }]
      : [1, 2, 3, 4].map((quarter) => {
          const topic = plan.quarterTopics.find((t) => t.quarter === quarter);
          return {
            key: "kehoach-review-quarter",
            args: {
              quarter: romanQuarter(quarter),
              title: topic ? clip(topic.title, SHOWN.quarterTopic) : none,
            },
          };
        });
  const labels = partLabelsOf(plan);
  const shortLabels = Object.fromEntries(
    COMMITMENT_PARTS.map((part) => {
      const label = labels[part];
      return [part, typeof label === "string" ? clip(label, SHOWN.partLabel) : label];
    }),
  );
  return [
    {
      key: "kehoach-review-header",
      args: {
        year,
        issuedBy: clip(plan.issuedBy, SHOWN.issuedBy),
        scope: { ...scope, args: clipped(scope.args, SHOWN.scope) },
      },
    },
    {
      key: "kehoach-review-annual",
      args: { title: clip(plan.annualTopic.title, SHOWN.annualTopic) },
    },
    ...quarters,
    {
      key: "kehoach-review-deadlines",
      args: {
        study: formatDay(plan.deadlines.study),
        registration: formatDay(plan.deadlines.registration),
        midtermReview: dayOr(plan.deadlines.midtermReview),
        yearEndReview: dayOr(plan.deadlines.yearEndReview),
      },
    },
    { key: "kehoach-review-labels", args: shortLabels },
    {
      key: "kehoach-review-examples",
      args: {
        study: plan.examples.study.length,
        follow: plan.examples.follow.length,
        example: plan.examples.example.length,
      },
    },
    reviewSecondHalf(plan),
    { key: "kehoach-review-footer" },
  ];
}

/**
 * The second half as followed: the plan's where it gives it, the default's elsewhere, said so
 * when the plan gives none of it. /kehoach does not ask it; it is kept through the edits.
 */
function reviewSecondHalf(plan: Plan): Text {
  const followed = storedPlan(plan, true, null);
  const own = Object.keys(givenSecondHalf(plan)).length > 0;
  return {
    key: own ? "kehoach-review-second-half" : "kehoach-review-second-half-default",
    args: {
      progress: followed.progress.days.length,
      // The header says the year: day and month are enough, and keep the screen one.
      // As /ketqua opens: a review day before the default's opening moves the opening back.
      results: formatDayAndMonth(resultsWindow(followed).opens),
      midterm: formatDayAndMonth(followed.nominations.midterm.closes),
      yearEnd: formatDayAndMonth(followed.nominations.yearEnd.closes),
    },
  };
}

/** A text's string arguments, each at most `max` characters. */
function clipped(args: Text["args"], max: number): Text["args"] {
  if (!args) return args;
  return Object.fromEntries(
    Object.entries(args).map(([name, value]) => [
      name,
      typeof value === "string" ? clip(value, max) : value,
    ]),
  );
}
