import { z } from "zod";
import { isValidDay } from "../domain/calendar.js";
import { COMMITMENT_PARTS } from "../domain/commitment-rules.js";
import { foldKey, hasWords, normalizeLine } from "../domain/text.js";

/**
 * The longest each text of a plan may be, and the most examples a part has: a plan file and
 * /kehoach are held to the same.
 */
export const PLAN_LIMITS = {
  issuedBy: 200,
  document: 300,
  annualTopic: 300,
  summary: 1000,
  quarterTopic: 400,
  /** A part's name in the personal plan ("Học tập", "Thực hành"): a heading, not a sentence. */
  partLabel: 40,
  example: 200,
  examples: 6,
} as const;

const line = (max: number) =>
  z
    .string()
    .transform(normalizeLine)
    .pipe(z.string().max(max).refine(hasWords, "plan-error-no-words"));

const day = z.string().refine(isValidDay, "plan-error-date");

const examples = z.array(line(PLAN_LIMITS.example)).min(1).max(PLAN_LIMITS.examples);

const label = line(PLAN_LIMITS.partLabel);

export const DEADLINES = ["study", "registration", "midtermReview", "yearEndReview"] as const;
export type Deadline = (typeof DEADLINES)[number];

/**
 * The deadlines that come too early: a review before the study or the registration it reviews,
 * the year-end review before the midterm one. Registering may come before studying: Thị ủy Đức
 * Phổ's 2023 plan asks for the commitments in the first quarter and the study in April.
 */
export function deadlinesOutOfOrder(
  deadlines: Partial<Record<Deadline, string>>,
): { deadline: Deadline; before: Deadline }[] {
  const after: Record<Deadline, Deadline[]> = {
    study: [],
    registration: [],
    midtermReview: ["study", "registration"],
    yearEndReview: ["study", "registration", "midtermReview"],
  };
  return DEADLINES.flatMap((deadline) => {
    const day = deadlines[deadline];
    if (!day) return [];
    return after[deadline]
      .filter((earlier) => {
        const earlierDay = deadlines[earlier];
        return earlierDay !== undefined && day <= earlierDay;
      })
      .map((before) => ({ deadline, before }));
  });
}

export const planSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    issuedBy: line(PLAN_LIMITS.issuedBy),
    document: line(PLAN_LIMITS.document).optional(),
    annualTopic: z
      .object({
        title: line(PLAN_LIMITS.annualTopic),
        summary: line(PLAN_LIMITS.summary).optional(),
      })
      .strict(),
    quarterTopics: z
      .array(
        z
          .object({
            quarter: z.number().int().min(1).max(4),
            title: line(PLAN_LIMITS.quarterTopic),
          })
          .strict(),
      )
      .max(4)
      .refine(
        (topics) => new Set(topics.map((t) => t.quarter)).size === topics.length,
        "plan-error-quarter-twice",
      )
      .default([]),
    deadlines: z
      .object({
        study: day,
        registration: day,
        midtermReview: day.optional(),
        yearEndReview: day.optional(),
      })
      .strict(),
    /** The three parts' names as the plan words them; without them, the locale's. */
    labels: z.object({ study: label, follow: label, example: label }).strict().optional(),
    examples: z.object({ study: examples, follow: examples, example: examples }).strict(),
  })
  .strict()
  .superRefine((plan, ctx) => {
    for (const [name, value] of Object.entries(plan.deadlines)) {
      if (value && isValidDay(value) && !value.startsWith(`${plan.year}-`)) {
        ctx.addIssue({
          code: "custom",
          path: ["deadlines", name],
          message: "plan-error-other-year",
        });
      }
    }
    const valid = Object.values(plan.deadlines).every((value) => !value || isValidDay(value));
    const early = new Set(
      (valid ? deadlinesOutOfOrder(plan.deadlines) : []).map((o) => o.deadline),
    );
    for (const deadline of early) {
      ctx.addIssue({
        code: "custom",
        path: ["deadlines", deadline],
        message: "plan-error-review-too-early",
      });
    }
    if (plan.labels) {
      const names = COMMITMENT_PARTS.map((part) => foldKey(plan.labels?.[part] ?? ""));
      if (new Set(names).size < names.length) {
        ctx.addIssue({ code: "custom", path: ["labels"], message: "plan-error-labels-alike" });
      }
    }
  });

export type Plan = z.output<typeof planSchema>;
export type PartLabels = NonNullable<Plan["labels"]>;
