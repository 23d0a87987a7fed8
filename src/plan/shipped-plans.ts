import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { projectFile } from "../project-files.js";
import { readPlanFile } from "./plan-file.js";
import type { Plan } from "./plan-schema.js";

const PLANS_DIR = projectFile("plans/");
/** The built-in default: a calendar without a year, not a committee's plan to choose. */
const DEFAULT_FILE = "default.yaml";

/** A plan chibo ships (plans/*.yaml): a real committee's plan for its year. */
export interface ShippedPlan {
  /** The file's name without ".yaml", as it is chosen: "2024-binh-duong". */
  name: string;
  plan: Plan;
}

let shipped: ShippedPlan[] | undefined;

/** The shipped plans for a year, by file name; read once, as they change only with a release. */
export function shippedPlans(year: number): ShippedPlan[] {
  shipped ??= readdirSync(PLANS_DIR)
    .filter((file) => file.endsWith(".yaml") && file !== DEFAULT_FILE)
    .sort()
    .map((file) => ({
      name: file.replace(/\.yaml$/, ""),
      plan: readPlanFile(fileURLToPath(new URL(file, PLANS_DIR))),
    }));
  return shipped.filter((entry) => entry.plan.year === year);
}
