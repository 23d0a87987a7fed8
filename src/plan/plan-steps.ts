import { formatDay, romanQuarter } from "../domain/calendar.js";
import { clip } from "../domain/text.js";
import type { Text } from "../i18n.js";
import {
  DAY_STEPS,
  EXAMPLE_STEPS,
  type PlanDraft,
  type PlanStep,
  QUARTER_STEPS,
} from "./plan-draft.js";
import { type Deadline, PLAN_LIMITS } from "./plan-schema.js";
import { partLabelsOf } from "./stored-plan.js";

/** How many characters of each example a step shows, so that six fit one screen. */
const EXAMPLE_SHOWN = 100;

export function isExampleStep(step: string): step is keyof typeof EXAMPLE_STEPS {
  return step in EXAMPLE_STEPS;
}

export function isDayStep(step: string): step is Deadline {
  return (DAY_STEPS as readonly string[]).includes(step);
}

/** The most characters a step typed as one line takes: who issued it, a topic. */
export function lineLimit(step: PlanStep): number {
  if (step === "issuedBy") return PLAN_LIMITS.issuedBy;
  if (step === "annualTopic") return PLAN_LIMITS.annualTopic;
  return PLAN_LIMITS.quarterTopic;
}

/** What a step asks, with the limit it holds the answer to. */
export function stepQuestion(step: PlanStep, draft: PlanDraft, year: number): Text {
  const quarter = (QUARTER_STEPS as readonly string[]).indexOf(step);
  if (quarter >= 0) {
    const named = {
      key: "quarter",
      args: { quarter: romanQuarter(quarter + 1), year: String(year) },
    };
    return { key: "kehoach-ask-quarter", args: { quarter: named, max: PLAN_LIMITS.quarterTopic } };
  }
  if (isExampleStep(step)) {
    const label = partLabelsOf({ labels: draft.labels ?? undefined })[EXAMPLE_STEPS[step]];
    return { key: "kehoach-ask-examples", args: { label, max: PLAN_LIMITS.examples } };
  }
  switch (step) {
    case "issuedBy":
      return { key: "kehoach-ask-issuedBy", args: { max: PLAN_LIMITS.issuedBy } };
    case "annualTopic":
      return {
        key: "kehoach-ask-annualTopic",
        args: { year: String(year), max: PLAN_LIMITS.annualTopic },
      };
    case "labels":
      return { key: "kehoach-ask-labels", args: { max: PLAN_LIMITS.partLabel } };
    default:
      return { key: `kehoach-ask-${step}`, args: { year: String(year) } };
  }
}

/** What the draft says now for a step, shown under its question. */
export function stepCurrent(step: PlanStep, draft: PlanDraft): Text[] {
  if (isExampleStep(step)) {
    return [
      { key: "kehoach-current-examples" },
      ...draft.examples[EXAMPLE_STEPS[step]].map((example) => ({
        key: "kehoach-example",
        args: { example: clip(example, EXAMPLE_SHOWN) },
      })),
    ];
  }
  const value = stepValue(draft, step);
  if (value === undefined) return [];
  if (value === null) return [{ key: "kehoach-current-none" }];
  const text = isDayStep(step) ? formatDay(value) : value;
  return [{ key: "kehoach-current", args: { text } }];
}

/**
 * A step's value as the draft keeps it: text, a day, the parts' names joined; null: the plan
 * has none (or the parts keep the locale's names); undefined: not answered yet.
 */
export function stepValue(draft: PlanDraft, step: PlanStep): string | null | undefined {
  if (isExampleStep(step)) return draft.examples[EXAMPLE_STEPS[step]].join("\n");
  if (step === "labels") {
    const { labels } = draft;
    return labels && `${labels.study} / ${labels.follow} / ${labels.example}`;
  }
  return draft[step];
}
