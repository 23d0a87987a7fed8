import { DEFAULT_SCHEDULE, type ScheduleSettings } from "./schedule-settings.js";
import { foldKey } from "./text.js";

/** The settings of a cell's meetings that /caidat and the CLI change, in the order shown. */
export const MEETING_SETTINGS = [
  "meetingMinutes",
  "combinedMeetingMinutes",
  "meetingNoticeDays",
  "meetingMaterialsDays",
] as const satisfies readonly (keyof ScheduleSettings)[];
export type MeetingSetting = (typeof MEETING_SETTINGS)[number];

/** What each setting counts, and the values it takes. */
export const MEETING_SETTING_BOUNDS: Record<
  MeetingSetting,
  { unit: "minutes" | "days"; min: number; max: number }
> = {
  meetingMinutes: { unit: "minutes", min: 30, max: 240 },
  combinedMeetingMinutes: { unit: "minutes", min: 30, max: 240 },
  meetingNoticeDays: { unit: "days", min: 1, max: 30 },
  meetingMaterialsDays: { unit: "days", min: 1, max: 14 },
};

/**
 * The shortest meetings HD 42-HD/BTCTW allows: the defaults are its minimum. A cell may set
 * less (a short extra meeting), and is told so.
 */
export function belowGuidance(setting: MeetingSetting, value: number): number | undefined {
  if (setting !== "meetingMinutes" && setting !== "combinedMeetingMinutes") return undefined;
  const least = DEFAULT_SCHEDULE[setting];
  return value < least ? least : undefined;
}

/**
 * A meeting held with a thematic one is the longer of the two: whether the lengths in force,
 * each set or inherited, have the combined one shorter.
 */
export function combinedShorter(
  settings: Pick<ScheduleSettings, "meetingMinutes" | "combinedMeetingMinutes">,
): boolean {
  return settings.combinedMeetingMinutes < settings.meetingMinutes;
}

export type SettingProblem = "empty" | "unreadable" | "out-of-range";

/** Digits beyond this many are out of range whatever they say. */
const MAX_DIGITS = 6;

/** Words that take a cell's own value back, where no button does. */
const INHERIT_WORDS = new Set(["mac dinh", "theo cap uy"]);

/**
 * A number of minutes or days as typed: "90", "90 phút", "90p", "1 giờ 30", "2h", "7 ngày";
 * full-width digits and text without diacritics are read too. "mặc định" gives null: the
 * committee's value, else the default.
 */
export function readSettingValue(
  setting: MeetingSetting,
  text: string,
): { ok: true; value: number | null } | { ok: false; problem: SettingProblem } {
  const { unit, min, max } = MEETING_SETTING_BOUNDS[setting];
  const typed = foldKey(text.normalize("NFKC")).replace(/\s+/g, " ").trim();
  if (typed === "") return { ok: false, problem: "empty" };
  if (INHERIT_WORDS.has(typed)) return { ok: true, value: null };
  const value = unit === "minutes" ? readMinutes(typed) : readDays(typed);
  if (value === undefined) return { ok: false, problem: "unreadable" };
  if (value < min || value > max) return { ok: false, problem: "out-of-range" };
  return { ok: true, value };
}

function readMinutes(typed: string): number | undefined {
  const minutes = /^(\d+) ?(?:phut|p|')?$/.exec(typed);
  if (minutes?.[1]) return whole(minutes[1]);
  const hours = /^(\d+) ?(?:h|g|gio|tieng)(?: ?(\d{1,2}) ?(?:phut|p|')?)?$/.exec(typed);
  if (!hours?.[1]) return undefined;
  const rest = Number(hours[2] ?? 0);
  if (rest > 59) return undefined;
  return whole(hours[1]) * 60 + rest;
}

function readDays(typed: string): number | undefined {
  const days = /^(\d+) ?(?:ngay)?$/.exec(typed);
  return days?.[1] ? whole(days[1]) : undefined;
}

/** Too many digits reads as too large, not as a typo. */
function whole(digits: string): number {
  return digits.length > MAX_DIGITS ? Number.POSITIVE_INFINITY : Number(digits);
}
