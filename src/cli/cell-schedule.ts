import { z } from "zod";
import type { CellSchedule } from "../store/cell-store.js";

const leadDays = z
  .string()
  .regex(/^\d{1,3}(,\d{1,3})*$/, "cli-error-days")
  .transform((value) => [...new Set(value.split(",").map(Number))].sort((a, b) => b - a))
  .pipe(z.array(z.number().int().min(0).max(180)).max(10));

/** The options of `cell schedule`, checked: what is given changes, the rest stays. */
const scheduleOptions = z.object({
  "post-hour": z.coerce.number().int().min(7).max(20).optional(),
  "registration-days": leadDays.optional(),
  "study-days": leadDays.optional(),
  "review-days": leadDays.optional(),
  "summary-weekday": z.coerce.number().int().min(1).max(7).optional(),
});

export const CELL_SCHEDULE_OPTIONS = {
  "post-hour": { type: "string" },
  "registration-days": { type: "string" },
  "study-days": { type: "string" },
  "review-days": { type: "string" },
  "summary-weekday": { type: "string" },
} as const;

export type ScheduleParse =
  | { ok: true; schedule: Partial<CellSchedule> }
  | { ok: false; problems: { path: string; message: string }[] };

/** Posts go out between 07:00 and 20:00 (the quiet hours are around them). */
export function parseCellSchedule(values: Record<string, string | undefined>): ScheduleParse {
  const parsed = scheduleOptions.safeParse(values);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    };
  }
  const options = parsed.data;
  const schedule: Partial<CellSchedule> = {
    postHour: options["post-hour"],
    registrationReminderDays: options["registration-days"],
    studyReminderDays: options["study-days"],
    reviewReminderDays: options["review-days"],
    weeklySummaryWeekday: options["summary-weekday"],
  };
  return {
    ok: true,
    schedule: Object.fromEntries(Object.entries(schedule).filter(([, v]) => v !== undefined)),
  };
}
