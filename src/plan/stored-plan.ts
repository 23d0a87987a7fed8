import type { Plan } from "./plan-schema.js";

/** A year's plan as chibo reads it: imported for a committee or for all, or the default. */
export interface StoredPlan extends Plan {
  /** False when no plan was imported for the year and the built-in default stands in. */
  imported: boolean;
  committee: string | null;
}
