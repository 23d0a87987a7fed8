import { formatDay, type LocalDay, romanQuarter } from "../domain/calendar.js";
import type { Text } from "../i18n.js";
import { partLabelArgs, type StoredPlan } from "./stored-plan.js";

/** The plan as sentences: annual topic, the given quarters' topics, deadlines, and its source. */
export function describePlan(
  plan: StoredPlan,
  quarters: number[],
  registrationDeadline: LocalDay,
): Text[] {
  const year = String(plan.year);
  const parts: Text[] = [{ key: "chuyende-annual", args: { year, title: plan.annualTopic.title } }];
  if (plan.annualTopic.summary) {
    parts.push({ key: "chuyende-summary", args: { summary: plan.annualTopic.summary } });
  }
  for (const number of quarters) {
    const quarter = { key: "quarter", args: { quarter: romanQuarter(number), year } };
    const topic = plan.quarterTopics.find((t) => t.quarter === number);
    parts.push(
      topic
        ? { key: "chuyende-quarter", args: { quarter, title: topic.title } }
        : { key: "chuyende-quarter-none", args: { quarter } },
    );
  }
  // A plan that names the parts its own way ("Thực hành") says so: members register in its words.
  if (plan.labels) parts.push({ key: "chuyende-parts", args: partLabelArgs(plan) });
  parts.push(
    {
      key: "chuyende-deadlines",
      args: {
        study: formatDay(plan.deadlines.study),
        registration: formatDay(registrationDeadline),
      },
    },
    plan.imported
      ? { key: "chuyende-source", args: { issuedBy: plan.issuedBy } }
      : { key: "chuyende-default-plan" },
  );
  return parts;
}
