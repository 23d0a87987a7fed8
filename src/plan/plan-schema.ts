import { z } from "zod";
import { isValidDay } from "../domain/calendar.js";
import { hasWords, normalizeLine } from "../domain/text.js";

const line = (max: number) =>
  z
    .string()
    .transform(normalizeLine)
    .pipe(z.string().max(max).refine(hasWords, "plan-error-no-words"));

const day = z.string().refine(isValidDay, "plan-error-date");

const examples = z.array(line(200)).min(1).max(6);

export const planSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    issuedBy: line(200),
    document: line(300).optional(),
    annualTopic: z.object({ title: line(300), summary: line(1000).optional() }).strict(),
    quarterTopics: z
      .array(z.object({ quarter: z.number().int().min(1).max(4), title: line(400) }).strict())
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
  });

export type Plan = z.output<typeof planSchema>;
