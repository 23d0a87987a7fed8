import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { projectFile } from "../project-files.js";
import { validatePlan } from "./plan-file.js";
import type { Plan } from "./plan-schema.js";

const DEFAULT_PLAN_FILE = projectFile("plans/default.yaml");

type DefaultPlanFile = Record<string, unknown>;

/**
 * Made once for each year asked for: every turn, and every scheduler beat for each committee
 * without an imported plan, asks for it, and validating it takes milliseconds.
 */
const plans = new Map<number, Plan>();

/**
 * The plan a fresh install uses until a committee's plan is imported: the usual calendar
 * (study by 15/4, register by 30/4, review on 19/5) for the given year.
 */
export function defaultPlan(year: number): Plan {
  let plan = plans.get(year);
  if (!plan) {
    const data = parseYaml(readFileSync(DEFAULT_PLAN_FILE, "utf8")) as DefaultPlanFile;
    plan = validatePlan({ ...inYear(data, year), year }, fileURLToPath(DEFAULT_PLAN_FILE));
    plans.set(year, plan);
  }
  return plan;
}

/** The file's days are "MM-DD" wherever they are: each gets the year. */
function inYear<T>(value: T, year: number): T {
  if (typeof value === "string") {
    return (/^\d\d-\d\d$/.test(value) ? `${year}-${value}` : value) as T;
  }
  if (Array.isArray(value)) return value.map((item) => inYear(item, year)) as T;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).map(([key, item]) => [key, inYear(item, year)]);
    return Object.fromEntries(entries) as T;
  }
  return value;
}
