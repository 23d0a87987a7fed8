import { COMMITMENT_PARTS, type CommitmentPart } from "../domain/commitment-rules.js";
import type { Text } from "../i18n.js";
import type { Plan } from "./plan-schema.js";

/** A part's name as said: the plan's own words, or the locale's ("part-study": "Học tập"). */
export type PartLabel = string | Text;

/** A year's plan as chibo reads it: imported for a committee or for all, or the default. */
export interface StoredPlan extends Plan {
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
  return { ...plan, imported, committee, partLabels: partLabelsOf(plan) };
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
