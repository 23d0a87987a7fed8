import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { type Plan, planSchema } from "./plan-schema.js";

export interface PlanProblem {
  /** Where in the file, e.g. "deadlines.registration"; empty for the file as a whole. */
  path: string;
  message: string;
}

/** A plan file that cannot be used, with every problem found. */
export class PlanFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: PlanProblem[],
  ) {
    super(`${file}: ${problems.map((p) => `${p.path} ${p.message}`).join("; ")}`);
  }
}

/** Reads a plan from JSON or YAML (YAML is a superset of JSON, so one parser serves both). */
export function readPlanFile(file: string): Plan {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new PlanFileError(file, [{ path: "", message: (error as Error).message }]);
  }
  return parsePlan(text, file);
}

export function parsePlan(text: string, file: string): Plan {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new PlanFileError(file, [{ path: "", message: (error as Error).message }]);
  }
  return validatePlan(data, file);
}

export function validatePlan(data: unknown, file: string): Plan {
  const result = planSchema.safeParse(data);
  if (result.success) return result.data;
  throw new PlanFileError(file, result.error.issues.map(describeIssue));
}

function describeIssue(issue: z.core.$ZodIssue): PlanProblem {
  return { path: issue.path.map(String).join("."), message: issue.message };
}
