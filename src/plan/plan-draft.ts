import { z } from "zod";
import { defaultPlan } from "./default-plan.js";
import { type Deadline, givenSecondHalf, type Plan, secondHalfSchema } from "./plan-schema.js";

/**
 * The steps of a plan entered in chat, in the order they are asked: who issued it, the annual
 * topic, the four quarters' topics, the deadlines, the parts' names, each part's examples.
 */
export const PLAN_STEPS = [
  "issuedBy",
  "annualTopic",
  "q1",
  "q2",
  "q3",
  "q4",
  "study",
  "registration",
  "midtermReview",
  "yearEndReview",
  "labels",
  "exStudy",
  "exFollow",
  "exExample",
] as const;
export type PlanStep = (typeof PLAN_STEPS)[number];

export const QUARTER_STEPS = ["q1", "q2", "q3", "q4"] as const;
export const DAY_STEPS = ["study", "registration", "midtermReview", "yearEndReview"] as const;
export const EXAMPLE_STEPS = {
  exStudy: "study",
  exFollow: "follow",
  exExample: "example",
} as const;
/** Steps a plan may leave without a value ("không có"). */
export const OPTIONAL_STEPS: readonly PlanStep[] = [
  ...QUARTER_STEPS,
  "midtermReview",
  "yearEndReview",
];

const examples = z.array(z.string());
const labels = z.object({ study: z.string(), follow: z.string(), example: z.string() });

/**
 * A plan being entered, kept in the dialog between messages: each value as the step checked it
 * (normalized, within PLAN_LIMITS). Undefined: not asked yet; null: the plan has none (a
 * quarter's topic, a review), or the locale's names of the parts.
 */
export const planDraftSchema = z.object({
  issuedBy: z.string().optional(),
  document: z.string().optional(),
  annualTopic: z.string().optional(),
  summary: z.string().optional(),
  q1: z.string().nullable().optional(),
  q2: z.string().nullable().optional(),
  q3: z.string().nullable().optional(),
  q4: z.string().nullable().optional(),
  study: z.string().optional(),
  registration: z.string().optional(),
  midtermReview: z.string().nullable().optional(),
  yearEndReview: z.string().nullable().optional(),
  labels: labels.nullable().optional(),
  examples: z.object({ study: examples, follow: examples, example: examples }),
  /**
   * The second half of the year as the plan gives it. /kehoach asks none of it: it is carried
   * through the steps as it is, and what the plan leaves out stays out (the default's applies).
   */
  secondHalf: secondHalfSchema.optional(),
});
export type PlanDraft = z.infer<typeof planDraftSchema>;

/** A draft to enter step by step: nothing asked yet, chibo's examples until others are typed. */
export function freshDraft(year: number): PlanDraft {
  return { examples: defaultPlan(year).examples };
}

/**
 * A saved or shipped plan as a draft, every step answered, its second half kept. The plan as
 * saved (`ofScope`) or shipped, not as followed: a StoredPlan has the default's filled in.
 */
export function draftOf(plan: Plan): PlanDraft {
  const topic = (quarter: number) =>
    plan.quarterTopics.find((t) => t.quarter === quarter)?.title ?? null;
  return {
    issuedBy: plan.issuedBy,
    document: plan.document,
    annualTopic: plan.annualTopic.title,
    summary: plan.annualTopic.summary,
    q1: topic(1),
    q2: topic(2),
    q3: topic(3),
    q4: topic(4),
    study: plan.deadlines.study,
    registration: plan.deadlines.registration,
    midtermReview: plan.deadlines.midtermReview ?? null,
    yearEndReview: plan.deadlines.yearEndReview ?? null,
    labels: plan.labels ?? null,
    examples: plan.examples,
    secondHalf: givenSecondHalf(plan),
  };
}

/**
 * The plan a complete draft makes, as a plan file would say it (to be validated before it is
 * saved); undefined while a step that must be answered is not.
 */
export function planOfDraft(draft: PlanDraft, year: number): Plan | undefined {
  const { issuedBy, annualTopic, study, registration } = draft;
  if (!issuedBy || !annualTopic || !study || !registration) return undefined;
  return {
    year,
    issuedBy,
    ...(draft.document ? { document: draft.document } : {}),
    annualTopic: { title: annualTopic, ...(draft.summary ? { summary: draft.summary } : {}) },
    quarterTopics: QUARTER_STEPS.flatMap((step, index) => {
      const title = draft[step];
      return title ? [{ quarter: index + 1, title }] : [];
    }),
    deadlines: {
      study,
      registration,
      ...(draft.midtermReview ? { midtermReview: draft.midtermReview } : {}),
      ...(draft.yearEndReview ? { yearEndReview: draft.yearEndReview } : {}),
    },
    ...(draft.labels ? { labels: draft.labels } : {}),
    examples: draft.examples,
    ...draft.secondHalf,
  };
}

/** The deadlines a draft has so far. */
export function draftDeadlines(draft: PlanDraft): Partial<Record<Deadline, string>> {
  return Object.fromEntries(
    DAY_STEPS.flatMap((step) => {
      const day = draft[step];
      return day ? [[step, day]] : [];
    }),
  );
}
