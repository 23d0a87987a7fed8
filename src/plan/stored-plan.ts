import { COMMITMENT_PARTS, type CommitmentPart } from "../domain/commitment-rules.js";
import type { Text } from "../i18n.js";
import { defaultPlan } from "./default-plan.js";
import {
  givenSecondHalf,
  type NominationRoundRule,
  type Plan,
  type SecondHalf,
} from "./plan-schema.js";

/** A part's name as said: the plan's own words, or the locale's ("part-study": "Học tập"). */
export type PartLabel = string | Text;

/** The second half of the year as a cell follows it: the plan's, each part else the default's. */
export interface SecondHalfRules {
  progress: NonNullable<SecondHalf["progress"]>;
  results: NonNullable<SecondHalf["results"]>;
  model: NonNullable<SecondHalf["model"]>;
  grading: NonNullable<SecondHalf["grading"]>;
  nominations: { midterm: NominationRoundRule; yearEnd: NominationRoundRule };
  meetingQuality: NonNullable<SecondHalf["meetingQuality"]>;
}

/** A year's plan as chibo reads it: imported for a committee or for all, or the default. */
export interface StoredPlan extends Omit<Plan, keyof SecondHalf>, SecondHalfRules {
  /** False when no plan was imported for the year and the built-in default stands in. */
  imported: boolean;
  committee: string | null;
  /**
   * The three parts' names to show: the plan's `labels`, each else the locale's, so that a plan
   * that says "Thực hành" for "Làm theo" is read in its own words wherever a part is named.
   */
  partLabels: Record<CommitmentPart, PartLabel>;
}

export function storedPlan(plan: Plan, imported: boolean, committee: string | null): StoredPlan {
  return { ...plan, ...secondHalfRules(plan), imported, committee, partLabels: partLabelsOf(plan) };
}

/** What a plan leaves out of the second half of its year is plans/default.yaml's. */
function secondHalfRules(plan: Plan): SecondHalfRules {
  const fallback = defaultPlan(plan.year);
  const nominations = { ...fallback.nominations, ...plan.nominations };
  const { progress, results, model, grading, meetingQuality } = {
    ...fallback,
    ...givenSecondHalf(plan),
  };
  if (
    !progress ||
    !results ||
    !model ||
    !grading ||
    !meetingQuality ||
    !nominations.midterm ||
    !nominations.yearEnd
  ) {
    throw new Error("plans/default.yaml must give the whole second half of the year");
  }
  return {
    progress,
    results,
    model,
    grading,
    nominations: { midterm: nominations.midterm, yearEnd: nominations.yearEnd },
    meetingQuality,
  };
}

export function partLabelsOf(plan: Pick<Plan, "labels">): Record<CommitmentPart, PartLabel> {
  const entries = COMMITMENT_PARTS.map(
    (part) => [part, plan.labels?.[part] ?? { key: `part-${part}` }] as const,
  );
  return Object.fromEntries(entries) as Record<CommitmentPart, PartLabel>;
}

/** The parts' names as a sentence's arguments: `studyLabel`, `followLabel`, `exampleLabel`. */
export function partLabelArgs(plan: Pick<StoredPlan, "partLabels">): Record<string, PartLabel> {
  return Object.fromEntries(
    COMMITMENT_PARTS.map((part) => [`${part}Label`, plan.partLabels[part]] as const),
  );
}
