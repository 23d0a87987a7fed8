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
  levelLabel: 60,
  /** The most members, or collectives, a round of nominations may put forward. */
  nominees: 20,
  progressDays: 12,
  /** Bands of a meeting's score, and its levels. */
  qualityBands: 10,
  /** The campaign's words looked for in a meeting's first agenda item ("học tập và làm theo"). */
  qualityWord: 100,
  qualityWords: 10,
} as const;

const line = (max: number) =>
  z
    .string()
    .transform(normalizeLine)
    .pipe(z.string().max(max).refine(hasWords, "plan-error-no-words"));

const day = z.string().refine(isValidDay, "plan-error-date");

const examples = z.array(line(PLAN_LIMITS.example)).min(1).max(PLAN_LIMITS.examples);

const label = line(PLAN_LIMITS.partLabel);

/** A level's name ("Hoàn thành xuất sắc nhiệm vụ"): a heading, not a sentence. */
const levelLabel = line(PLAN_LIMITS.levelLabel);

const count = z.number().int().min(0).max(PLAN_LIMITS.nominees);

/** A round of nominations: proposals from `opens`, the cell's vote, confirmed by `closes`. */
const nominationRound = z
  .object({ opens: day, closes: day, individuals: count, collectives: count })
  .strict();

/** How members are graded at year end (Quy định 366-QĐ/TW since 2025): the rule's words and cap. */
const grading = z
  .object({
    /** The rule the levels come from, as documents cite it. */
    rule: line(PLAN_LIMITS.document),
    levels: z
      .object({ excellent: levelLabel, good: levelLabel, done: levelLabel, notDone: levelLabel })
      .strict(),
    /** The top level for at most this share of those rated the second ("20%": 0.2); a warning, not a bar. */
    topShareOfGood: z.number().min(0).max(1).optional(),
  })
  .strict();

const share = z.number().min(0).max(1);
const points = z.number().min(0).max(100);
/** Points from a share up; their order does not matter: the highest band reached counts. */
const bands = z
  .array(z.object({ from: share, points }).strict())
  .min(1)
  .max(PLAN_LIMITS.qualityBands);

/**
 * How a meeting's quality is scored (src/domain/meeting-quality.ts): the share attending, the
 * length against the cell's minimum, the campaign's words in the agenda's first item, the
 * poll's answers; the score, out of 100, ranked by the levels.
 */
const meetingQuality = z
  .object({
    attendance: bands,
    length: bands,
    agenda: z
      .object({
        words: z.array(line(PLAN_LIMITS.qualityWord)).min(1).max(PLAN_LIMITS.qualityWords),
        points,
      })
      .strict(),
    poll: z.object({ good: points, fair: points, average: points, poor: points }).strict(),
    levels: z
      .array(z.object({ from: points, name: levelLabel }).strict())
      .min(1)
      .max(PLAN_LIMITS.qualityBands),
  })
  .strict();

/**
 * The parts of a plan about the second half of the year, and how meetings are scored, each
 * optional in a file (plans/default.yaml's stands in for what a plan leaves out): one list for
 * the plan file, the /kehoach draft that carries them, and the store that keeps them.
 */
const secondHalfShape = {
  /** The days members are asked, in private, how their plan is going. */
  progress: z
    .object({ days: z.array(day).min(1).max(PLAN_LIMITS.progressDays) })
    .strict()
    .optional(),
  /** The day /ketqua opens; results are due by `deadlines.yearEndReview`. */
  results: z.object({ opens: day }).strict().optional(),
  /** The day the cell reports its own model of the year to the committee by (/mohinh). */
  model: z.object({ reportBy: day }).strict().optional(),
  grading: grading.optional(),
  nominations: z
    .object({ midterm: nominationRound, yearEnd: nominationRound })
    .partial()
    .strict()
    .optional(),
  meetingQuality: meetingQuality.optional(),
};

export const SECOND_HALF = Object.keys(
  secondHalfShape,
) as readonly (keyof typeof secondHalfShape)[];

/** The second half alone, as a draft carries it through /kehoach's steps. */
export const secondHalfSchema = z.object(secondHalfShape);
export type SecondHalf = z.output<typeof secondHalfSchema>;

/** The parts of the second half a plan gives; none of those it leaves to the default. */
export function givenSecondHalf(plan: SecondHalf): SecondHalf {
  return Object.fromEntries(
    SECOND_HALF.flatMap((name) => (plan[name] === undefined ? [] : [[name, plan[name]]])),
  );
}

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
    // The second half of the year. A plan without them follows plans/default.yaml's.
    ...secondHalfShape,
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
    for (const { path, value } of secondHalfDays(plan)) {
      if (isValidDay(value) && !value.startsWith(`${plan.year}-`)) {
        ctx.addIssue({ code: "custom", path, message: "plan-error-other-year" });
      }
    }
    for (const [name, round] of Object.entries(plan.nominations ?? {})) {
      if (round && round.closes < round.opens) {
        ctx.addIssue({
          code: "custom",
          path: ["nominations", name, "closes"],
          message: "plan-error-closes-before-opens",
        });
      }
    }
    const resultsOpen = plan.results?.opens;
    // Only days that are days, of the plan's year: any other has its own problem already.
    const inYear = (day: string) => isValidDay(day) && day.startsWith(`${plan.year}-`);
    if (resultsOpen && inYear(resultsOpen)) {
      for (const [i, progressDay] of (plan.progress?.days ?? []).entries()) {
        if (inYear(progressDay) && progressDay >= resultsOpen) {
          const path = ["progress", "days", i];
          ctx.addIssue({ code: "custom", path, message: "plan-error-progress-after-results" });
        }
      }
    }
    const resultsDue = plan.deadlines.yearEndReview;
    if (resultsOpen && resultsDue && resultsDue < resultsOpen) {
      ctx.addIssue({
        code: "custom",
        path: ["results", "opens"],
        message: "plan-error-results-late",
      });
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

/** Every day the second half of a plan names, with where it is in the file. */
function secondHalfDays(plan: {
  progress?: { days: string[] };
  results?: { opens: string };
  model?: { reportBy: string };
  nominations?: Partial<Record<string, { opens: string; closes: string }>>;
}): { path: (string | number)[]; value: string }[] {
  const days = (plan.progress?.days ?? []).map((value, i) => ({
    path: ["progress", "days", i],
    value,
  }));
  if (plan.results) days.push({ path: ["results", "opens"], value: plan.results.opens });
  if (plan.model) days.push({ path: ["model", "reportBy"], value: plan.model.reportBy });
  for (const [name, round] of Object.entries(plan.nominations ?? {})) {
    if (!round) continue;
    days.push({ path: ["nominations", name, "opens"], value: round.opens });
    days.push({ path: ["nominations", name, "closes"], value: round.closes });
  }
  return days;
}

export type Grading = z.output<typeof grading>;
export type NominationRoundRule = z.output<typeof nominationRound>;
export type MeetingQualityRules = z.output<typeof meetingQuality>;
