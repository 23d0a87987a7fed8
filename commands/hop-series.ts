import { z } from "zod";
import { formatDay, localDay } from "../src/domain/calendar.js";
import {
  HOLIDAY_SHIFTS,
  type HolidayShift,
  type MeetingRule,
  parseMeetingRule,
  ruleText,
  sameRule,
} from "../src/domain/meeting-recurrence.js";
import {
  checkMeetingText,
  MAX_MEETING_FIELD,
  meetingMinutes,
} from "../src/domain/meeting-rules.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { noticeMeeting, reachableOfficers } from "../src/meetings/meeting-notice.js";
import {
  clashOf,
  createNextMeeting,
  firstOpenMonth,
  monthOf,
  noticeDay,
  type RuleDate,
  ruleDates,
} from "../src/meetings/meeting-series.js";
import { meetingDetails, shortName, when } from "../src/meetings/meeting-texts.js";
import type { Choice } from "../src/messages/reply.js";
import type { MeetingSeries } from "../src/store/meeting-series-store.js";
import type { Meeting } from "../src/store/meeting-store.js";
import { type HopChoice, hopChoices, SERIES_FIELDS } from "./hop-choices.js";

/*
 * /hop's monthly rule ("Lịch họp hằng tháng"), for secretaries who type slowly: one short
 * question at a time, buttons (or numbers) wherever there is a choice, the rule read back with
 * the next three dates before anything is saved.
 */

const SERIES_KINDS = ["regular", "combined"] as const;
const STEPS = ["rule", "place", "topic", "kind", "holiday", "remote", "review"] as const;
/** How many of a rule's meetings the secretary sees before saving it. */
const DATES_SHOWN = 3;

const seriesStateSchema = z.object({
  series: z.literal(true),
  step: z.enum(STEPS),
  /** Set once the review was shown: a change then goes straight back to it. */
  reviewed: z.boolean(),
  draft: z.object({
    /** The rule as typed, parsed again each turn: the parser's reading is the rule. */
    rule: z.string().optional(),
    place: z.string().optional(),
    topic: z.string().optional(),
    kind: z.enum(SERIES_KINDS).optional(),
    holidayShift: z.enum(HOLIDAY_SHIFTS).optional(),
    remoteAllowed: z.boolean().optional(),
  }),
});
type SeriesState = z.infer<typeof seriesStateSchema>;
type Draft = SeriesState["draft"];

export function readSeriesState(stored: unknown): SeriesState | undefined {
  const parsed = seriesStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

const tz = (turn: Turn) => turn.services.timeZone;

/** "Lịch họp hằng tháng": the cell's rules, to add one or cancel one; none yet: ask one. */
export function showRules(turn: Turn): void {
  const rules = turn.services.meetingSeries.activeOf(turn.knownMember.cellId);
  if (rules.length === 0) return beginSeries(turn);
  turn.closeDialog("hop");
  turn.say(turn.chat.id, [{ key: "hop-series-list" }, ...rules.map(ruleLine)], {
    choices: [
      { label: { key: "hop-choice-series-new" }, value: hopChoices.encode("seriesNew") },
      ...rules.map(
        (series): Choice => ({
          label: { key: "hop-choice-series-cancel", args: { rule: ruleText(series.rule) } },
          value: hopChoices.encode("seriesCancel", { series: series.id }),
        }),
      ),
    ],
  });
}

function ruleLine(series: MeetingSeries): Text {
  return {
    key: "hop-series-line",
    args: {
      rule: ruleText(series.rule),
      kind: { key: `meeting-kind-${series.kind}` },
      place: series.place,
    },
  };
}

export function beginSeries(turn: Turn): void {
  const state: SeriesState = { series: true, step: "rule", reviewed: false, draft: {} };
  turn.openDialog("hop", state);
  promptSeries(turn, state);
}

/** A typed answer: the rule, the place or the topic; at a step with choices, the choices again. */
export function answerSeries(turn: Turn, state: SeriesState, text: string): void {
  if (state.step === "rule") {
    const parsed = parseMeetingRule(text);
    if (!parsed.ok) return turn.fail(`hop-rule-${parsed.problem}`);
    refuseDuplicate(turn, parsed.rule);
    const draft = { ...state.draft, rule: text };
    const understood = { rule: ruleText(parsed.rule) };
    // Back from the review, the review itself shows the dates.
    if (state.reviewed) {
      turn.reply("hop-series-rule-understood-again", understood);
    } else {
      turn.say(turn.chat.id, [
        { key: "hop-series-rule-understood", args: understood },
        ...datesShown(turn, parsed.rule, draft),
      ]);
    }
    return advance(turn, state, draft);
  }
  if (state.step === "place" || state.step === "topic") {
    const checked = checkMeetingText(text);
    if (!checked.ok) {
      return turn.fail(`hop-text-${checked.problem}`, {
        max: MAX_MEETING_FIELD,
        length: checked.length,
      });
    }
    return advance(turn, state, { ...state.draft, [state.step]: checked.text });
  }
  turn.reply("hop-use-choices");
  promptSeries(turn, state);
}

/** A choice made in the rule's dialog; one from an older message is answered as expired. */
export function chooseInSeries(turn: Turn, state: SeriesState, chosen: HopChoice): void {
  const { draft } = state;
  if (chosen.action === "topic" && state.step === "topic") {
    return advance(turn, state, { ...draft, topic: "" });
  }
  if (chosen.action === "kind" && state.step === "kind" && chosen.kind !== "thematic") {
    return advance(turn, state, { ...draft, kind: chosen.kind });
  }
  if (chosen.action === "holiday" && state.step === "holiday") {
    return advance(turn, state, { ...draft, holidayShift: chosen.shift });
  }
  if (chosen.action === "remote" && state.step === "remote") {
    return advance(turn, state, { ...draft, remoteAllowed: chosen.allowed === "yes" });
  }
  if (chosen.action === "fields" && state.step === "review") return askField(turn);
  if (chosen.action === "change" && state.step === "review" && chosen.field !== "time") {
    const next: SeriesState = { ...state, step: chosen.field };
    turn.openDialog("hop", next);
    return promptSeries(turn, next);
  }
  if (chosen.action === "abort") {
    turn.closeDialog();
    return turn.reply("hop-series-aborted");
  }
  if (chosen.action === "confirm" && state.step === "review") return save(turn, state);
  turn.fail("choice-expired");
}

export function resumeSeries(turn: Turn, state: SeriesState): void {
  turn.reply("dialog-resumed");
  promptSeries(turn, state);
}

function advance(turn: Turn, state: SeriesState, draft: Draft): void {
  const next: SeriesState = { ...state, draft, step: nextStep(draft, state.reviewed) };
  if (next.step === "review") next.reviewed = true;
  turn.openDialog("hop", next);
  promptSeries(turn, next);
}

function nextStep(draft: Draft, reviewed: boolean): SeriesState["step"] {
  if (ruleOf(draft) === undefined) return "rule";
  if (reviewed) return "review";
  if (draft.place === undefined) return "place";
  if (draft.topic === undefined) return "topic";
  if (draft.kind === undefined) return "kind";
  if (draft.holidayShift === undefined) return "holiday";
  if (draft.remoteAllowed === undefined) return "remote";
  return "review";
}

function ruleOf(draft: Draft): MeetingRule | undefined {
  if (draft.rule === undefined) return undefined;
  const parsed = parseMeetingRule(draft.rule);
  return parsed.ok ? parsed.rule : undefined;
}

function promptSeries(turn: Turn, state: SeriesState): void {
  switch (state.step) {
    case "rule":
      return turn.reply("hop-series-ask-rule");
    case "place":
      return turn.reply("hop-series-ask-place");
    case "topic":
      return turn.reply("hop-series-ask-topic", undefined, {
        choices: [{ label: { key: "hop-choice-no-topic" }, value: hopChoices.encode("topic") }],
      });
    case "kind":
      return turn.reply("hop-series-ask-kind", undefined, {
        choices: SERIES_KINDS.map((kind) => ({
          label: { key: `meeting-kind-${kind}` },
          value: hopChoices.encode("kind", { kind }),
        })),
      });
    case "holiday":
      // A weekday rule moves by a week, a day rule to the nearest working day.
      return turn.reply(
        weekly(state.draft) ? "hop-series-ask-holiday-weekly" : "hop-series-ask-holiday",
        undefined,
        {
          choices: HOLIDAY_SHIFTS.map((shift) => ({
            label: { key: holidayKey("hop-choice-holiday", shift, state.draft) },
            value: hopChoices.encode("holiday", { shift }),
          })),
        },
      );
    case "remote":
      return turn.reply("hop-series-ask-remote", undefined, {
        choices: (["no", "yes"] as const).map((allowed) => ({
          label: { key: `hop-choice-series-remote-${allowed}` },
          value: hopChoices.encode("remote", { allowed }),
        })),
      });
    case "review":
      return review(turn, state);
  }
}

function review(turn: Turn, state: SeriesState): void {
  const { draft } = state;
  const rule = ruleOf(draft);
  if (!rule) return turn.fail("hop-restart");
  turn.say(
    turn.chat.id,
    [
      { key: "hop-series-review" },
      seriesDetails(turn, rule, draft),
      { key: "hop-series-next-dates" },
      ...datesShown(turn, rule, draft),
    ],
    {
      // Three choices: with the dates, the review fits one screen where lists are numbered.
      choices: [
        { label: { key: "hop-choice-series-save" }, value: hopChoices.encode("confirm") },
        { label: { key: "hop-choice-series-change" }, value: hopChoices.encode("fields") },
        { label: { key: "hop-choice-series-abort" }, value: hopChoices.encode("abort") },
      ],
    },
  );
}

/** What the secretary may change, asked after "Sửa": one short list. */
function askField(turn: Turn): void {
  turn.reply("hop-series-ask-field", undefined, {
    choices: SERIES_FIELDS.map((field) => ({
      label: { key: `hop-choice-series-change-${field}` },
      value: hopChoices.encode("change", { field }),
    })),
  });
}

function seriesDetails(turn: Turn, rule: MeetingRule, draft: Draft): Text {
  const kind = draft.kind ?? "regular";
  const shift: HolidayShift = draft.holidayShift ?? "keep";
  const remote = draft.remoteAllowed ? "yes" : "no";
  return {
    key: "hop-series-details",
    args: {
      rule: ruleText(rule),
      kind: { key: `meeting-kind-${kind}` },
      minutes: lengthOf(turn, kind),
      place: draft.place ?? "",
      topic: draft.topic ? draft.topic : { key: "hop-series-topic-regular" },
      holiday: { key: holidayKey("hop-series-holiday", shift, draft) },
      remote: { key: `hop-series-remote-${remote}` },
    },
  };
}

function lengthOf(turn: Turn, kind: (typeof SERIES_KINDS)[number]): number {
  return meetingMinutes(kind, turn.services.cells.scheduleOf(turn.knownMember.cellId));
}

/** One of a rule's coming meetings, as the secretary checks it before saving. */
interface ComingDate extends RuleDate {
  /** Why the rule's meeting of that month will not be created. */
  clash?: ReturnType<typeof clashOf>;
}

/** The rule's next meetings after now, as createNextMeeting will place and check them. */
function comingDates(turn: Turn, rule: MeetingRule, draft: Draft): ComingDate[] {
  const { services } = turn;
  const cellId = turn.knownMember.cellId;
  const shape = {
    cellId,
    kind: draft.kind ?? "regular",
    rule,
    holidayShift: draft.holidayShift ?? "keep",
  };
  const upcoming = services.meetings.upcoming(cellId, turn.now);
  const dates: ComingDate[] = [];
  for (const date of ruleDates(
    services,
    shape,
    firstOpenMonth(services, undefined, turn.now),
    turn.now,
  )) {
    dates.push({ ...date, clash: clashOf(services, { cellId }, date, upcoming) });
    if (dates.length === DATES_SHOWN) break;
  }
  return dates;
}

/** The coming dates, a line each, marked where a holiday or another meeting changes them. */
function datesShown(turn: Turn, rule: MeetingRule, draft: Draft): Text[] {
  const dates = comingDates(turn, rule, draft);
  if (dates.length === 0) return [{ key: "hop-series-no-dates" }];
  return dates.map((date) => dateLine(turn, date));
}

function dateLine(turn: Turn, date: ComingDate): Text {
  const at = when(date.startsAt, tz(turn));
  if (date.clash) {
    return {
      key: `hop-series-date-${date.clash.reason}`,
      args: { when: at, other: shortName(date.clash.other, tz(turn)) },
    };
  }
  if (date.shiftedFrom) {
    return {
      key: "hop-series-date-shifted",
      args: {
        when: at,
        from: formatDay(date.shiftedFrom.day),
        holiday: date.shiftedFrom.holiday,
      },
    };
  }
  if (date.onHoliday) {
    return { key: "hop-series-date-holiday", args: { when: at, holiday: date.onHoliday } };
  }
  if (date.noTable) {
    // A string: a number would be written with a thousands separator ("2.029").
    const { year } = monthOf(date.occurrence);
    return { key: "hop-series-date-no-table", args: { when: at, year: String(year) } };
  }
  return { key: "hop-series-date", args: { when: at } };
}

/** Saves the rule and creates its next meeting; says when that meeting's notice goes out. */
function save(turn: Turn, state: SeriesState): void {
  const { draft } = state;
  const rule = ruleOf(draft);
  const { place, topic, kind, holidayShift, remoteAllowed } = draft;
  if (
    !rule ||
    place === undefined ||
    topic === undefined ||
    !kind ||
    !holidayShift ||
    remoteAllowed === undefined
  ) {
    return turn.fail("choice-expired");
  }
  refuseDuplicate(turn, rule);
  const { services } = turn;
  const series = services.meetingSeries.create(
    {
      cellId: turn.knownMember.cellId,
      kind,
      rule,
      holidayShift,
      place,
      topic,
      remoteAllowed,
      createdBy: turn.knownMember.id,
    },
    turn.now,
  );
  turn.closeDialog();
  const next = createNextMeeting(services, series, turn.now);
  if (next.outcome === "none") {
    // Kept, it would give nothing and say nothing: it is not kept.
    services.meetingSeries.stop(series.id, turn.now);
    return turn.reply("hop-series-not-saved-no-meeting", { rule: ruleText(rule) });
  }
  const saved: Text = { key: "hop-series-saved", args: { rule: ruleText(rule) } };
  const { meeting } = next;
  const skipped = next.skipped.map(
    (passed): Text => ({
      key: passed.reason === "overlap" ? "hop-series-skipped" : "hop-series-skipped-month-taken",
      args: { when: when(passed.startsAt, tz(turn)), other: shortName(passed.other, tz(turn)) },
    }),
  );
  turn.say(turn.chat.id, [
    saved,
    { key: "hop-series-first" },
    meetingDetails(meeting, tz(turn)),
    ...skipped,
    noticeLine(turn, meeting),
    { key: "hop-series-each-alone" },
  ]);
}

/**
 * The notice of a rule's meeting goes out `meetingNoticeDays` before; when that day has come,
 * it goes now. The committee above is named only where one of its officers can be told.
 */
export function noticeLine(turn: Turn, meeting: Meeting): Text {
  const { services } = turn;
  const day = noticeDay(services, meeting, turn.now);
  if (day <= localDay(turn.now, tz(turn))) {
    const officers = noticeMeeting(services, turn.poster(), meeting, turn.now);
    return { key: officers > 0 ? "hop-series-noticed-now" : "hop-series-noticed-now-groups" };
  }
  const { meetingNoticeDays } = services.cells.scheduleOf(meeting.cellId);
  const toCommittee = reachableOfficers(services, meeting.cellId) > 0;
  return {
    key: toCommittee ? "hop-series-notice-on" : "hop-series-notice-on-groups",
    args: { day: formatDay(day), days: meetingNoticeDays },
  };
}

/** Two rules alike would make two meetings a month, at the same time: the second is refused. */
function refuseDuplicate(turn: Turn, rule: MeetingRule): void {
  const rules = turn.services.meetingSeries.activeOf(turn.knownMember.cellId);
  const same = rules.find((series) => sameRule(series.rule, rule));
  if (same) turn.fail("hop-series-duplicate", { rule: ruleText(same.rule) });
}

function weekly(draft: Draft): boolean {
  return ruleOf(draft)?.kind === "weekday-of-month";
}

/** A weekday rule moves by a week, a day rule to the nearest working day: said as such. */
function holidayKey(prefix: string, shift: HolidayShift, draft: Draft): string {
  return shift !== "keep" && weekly(draft) ? `${prefix}-${shift}-weekly` : `${prefix}-${shift}`;
}

export function askSeriesCancel(turn: Turn, seriesId: number): void {
  const series = activeSeries(turn, seriesId);
  turn.reply(
    "hop-series-cancel-ask",
    { rule: ruleText(series.rule) },
    {
      choices: [
        {
          label: { key: "hop-choice-series-cancel-yes" },
          value: hopChoices.encode("seriesCancelConfirmed", { series: series.id }),
        },
        { label: { key: "hop-choice-series-cancel-no" }, value: hopChoices.encode("seriesKeep") },
      ],
    },
  );
}

/** No new meetings from the rule; those already created stay, each changed or cancelled alone. */
export function cancelSeries(turn: Turn, seriesId: number): void {
  const series = activeSeries(turn, seriesId);
  turn.services.meetingSeries.stop(series.id, turn.now);
  const kept = turn.services.meetings
    .upcoming(series.cellId, turn.now)
    .filter((meeting) => meeting.seriesId === series.id);
  turn.say(turn.chat.id, [
    { key: "hop-series-cancelled", args: { rule: ruleText(series.rule) } },
    ...(kept.length === 0
      ? []
      : [
          { key: "hop-series-cancelled-kept" },
          ...kept.map((meeting) => meetingDetails(meeting, tz(turn))),
        ]),
  ]);
}

/** A rule of this cell still in force; a button of another cell's, or a cancelled one, is refused. */
function activeSeries(turn: Turn, seriesId: number): MeetingSeries {
  const series = turn.services.meetingSeries.byId(seriesId);
  if (!series || series.cellId !== turn.knownMember.cellId) return turn.fail("choice-expired");
  if (series.state !== "active") return turn.fail("hop-series-already-cancelled");
  return series;
}
