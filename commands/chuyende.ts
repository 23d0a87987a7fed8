import { formatDay, romanQuarter } from "../src/domain/calendar.js";
import type { Command } from "../src/engine/command.js";
import type { Text } from "../src/i18n.js";

/** /chuyende: this year's annual topic, this quarter's topic and the deadlines that matter. */
export const chuyende: Command = {
  name: "chuyende",
  where: "anywhere",
  who: "anyone",
  run(turn) {
    const plan = turn.plan();
    const year = String(plan.year);
    const quarter = { key: "quarter", args: { quarter: romanQuarter(turn.quarter), year } };
    const topic = plan.quarterTopics.find((t) => t.quarter === turn.quarter);
    const parts: Text[] = [
      { key: "chuyende-annual", args: { year, title: plan.annualTopic.title } },
    ];
    if (plan.annualTopic.summary) {
      parts.push({ key: "chuyende-summary", args: { summary: plan.annualTopic.summary } });
    }
    parts.push(
      topic
        ? { key: "chuyende-quarter", args: { quarter, title: topic.title } }
        : { key: "chuyende-quarter-none", args: { quarter } },
      {
        key: "chuyende-deadlines",
        args: {
          study: formatDay(plan.deadlines.study),
          registration: formatDay(turn.registrationDeadline(plan.year)),
        },
      },
      plan.imported
        ? { key: "chuyende-source", args: { issuedBy: plan.issuedBy } }
        : { key: "chuyende-default-plan" },
    );
    turn.say(turn.chat.id, parts);
  },
};
