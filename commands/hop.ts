import { z } from "zod";
import { localYear, quarterOf } from "../src/domain/calendar.js";
import {
  answersOpen,
  checkMeetingText,
  endOf,
  MAX_MEETING_FIELD,
  MEETING_KINDS,
  type MeetingKind,
  meetingMinutes,
  overlapping,
} from "../src/domain/meeting-rules.js";
import { fallsNextYear, parseMeetingTime } from "../src/domain/meeting-time.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { dropMaterialsFile } from "../src/meetings/meeting-materials.js";
import { noticeMeeting, tellCommitteeOfChange } from "../src/meetings/meeting-notice.js";
import {
  announcement,
  meetingChanges,
  meetingDetails,
  shortName,
  when,
} from "../src/meetings/meeting-texts.js";
import type { Choice } from "../src/messages/reply.js";
import type { Meeting } from "../src/store/meeting-store.js";
import { hopChoices as choices, MEETING_FIELDS as FIELDS, type HopChoice } from "./hop-choices.js";
import {
  answerSeries,
  askSeriesCancel,
  beginSeries,
  cancelSeries,
  chooseInSeries,
  noticeLine,
  readSeriesState,
  resumeSeries,
  showRules,
} from "./hop-series.js";

/** The meeting being written between messages, kept in SQLite like every dialog. */
const stateSchema = z.object({
  /** Set when an existing meeting is being changed. */
  meetingId: z.number().int().optional(),
  step: z.enum(["kind", ...FIELDS, "review"]),
  draft: z.object({
    kind: z.enum(MEETING_KINDS).optional(),
    startsAt: z.number().optional(),
    place: z.string().optional(),
    topic: z.string().optional(),
    remoteAllowed: z.boolean().optional(),
  }),
});
type State = z.infer<typeof stateSchema>;
type Draft = State["draft"];

/**
 * /hop: the secretary or deputy schedules a meeting in a short dialog (kind, time, place,
 * topic), then announces it in the group; or changes or cancels one, telling those who said
 * they would come; or sets the cell's monthly rule (commands/hop-series.ts).
 */
export const hop: Command<HopChoice> = {
  name: "hop",
  where: "private",
  who: "manager",
  choices,
  run(turn) {
    const upcoming = upcomingMeetings(turn);
    if (upcoming.length === 0) return begin(turn);
    turn.closeDialog("hop");
    const { timeZone } = turn.services;
    const rules = turn.services.meetingSeries.activeOf(turn.knownMember.cellId);
    turn.say(
      turn.chat.id,
      [{ key: "hop-upcoming" }, ...upcoming.map((meeting) => meetingDetails(meeting, timeZone))],
      {
        choices: [
          { label: { key: "hop-choice-new" }, value: choices.encode("new") },
          // Without a rule, "new meeting" leads to setting one: the list stays short.
          ...(rules.length === 0
            ? []
            : [{ label: { key: "hop-choice-monthly" }, value: choices.encode("monthly") }]),
          ...upcoming.flatMap((meeting): Choice[] => [
            {
              label: { key: "hop-choice-edit", args: { meeting: shortName(meeting, timeZone) } },
              value: choices.encode("edit", { meeting: meeting.id }),
            },
            {
              label: { key: "hop-choice-cancel", args: { meeting: shortName(meeting, timeZone) } },
              value: choices.encode("cancel", { meeting: meeting.id }),
            },
          ]),
        ],
      },
    );
  },

  answer(turn, text, stored) {
    const series = readSeriesState(stored);
    if (series) return answerSeries(turn, series, text);
    const state = readState(stored);
    if (!state) {
      turn.closeDialog();
      return turn.reply("hop-restart");
    }
    if (state.step === "kind" || state.step === "review") {
      turn.reply("hop-use-choices");
      return prompt(turn, state);
    }
    const draft = { ...state.draft, ...readField(turn, state, text) };
    const next: State = { ...state, draft, step: nextStep(draft, state.meetingId) };
    if (state.step === "time" && draft.startsAt !== undefined) {
      const startsAt = new Date(draft.startsAt);
      const key = fallsNextYear(startsAt, turn.now, tz(turn))
        ? "hop-time-understood-next-year"
        : "hop-time-understood";
      turn.reply(key, { when: when(startsAt, tz(turn)) });
    }
    turn.openDialog("hop", next);
    prompt(turn, next);
  },

  resume(turn, stored) {
    const series = readSeriesState(stored);
    if (series) return resumeSeries(turn, series);
    const state = readState(stored);
    if (!state) {
      turn.closeDialog();
      return turn.reply("hop-restart");
    }
    turn.reply("dialog-resumed");
    prompt(turn, state);
  },

  choose(turn, chosen) {
    if (chosen.action === "new") return begin(turn);
    if (chosen.action === "edit") return beginEdit(turn, chosen.meeting);
    if (chosen.action === "cancel") return askCancel(turn, chosen.meeting);
    if (chosen.action === "cancelConfirmed") return cancel(turn, chosen.meeting);
    if (chosen.action === "keep") return turn.reply("hop-cancel-kept");
    if (chosen.action === "monthly") return showRules(turn);
    if (chosen.action === "seriesNew") return beginSeries(turn);
    if (chosen.action === "seriesCancel") return askSeriesCancel(turn, chosen.series);
    if (chosen.action === "seriesCancelConfirmed") return cancelSeries(turn, chosen.series);
    if (chosen.action === "seriesKeep") return turn.reply("hop-series-kept");
    // The rest act on the draft open now: buttons stay on old messages.
    const stored = turn.dialogState("hop");
    const series = readSeriesState(stored);
    if (series) return chooseInSeries(turn, series, chosen);
    const state = readState(stored);
    if (!state) return turn.fail("choice-expired");
    if (chosen.action === "kind" && state.step === "kind") {
      return advance(turn, state, { kind: chosen.kind });
    }
    if (chosen.action === "topic" && state.step === "topic") {
      return advance(turn, state, { topic: proposedTopic(turn, state.draft) });
    }
    if (chosen.action === "remote" && state.step === "review") {
      return advance(turn, state, { remoteAllowed: chosen.allowed === "yes" });
    }
    if (chosen.action === "change" && isMeetingField(chosen.field)) {
      const next: State = { ...state, step: chosen.field };
      turn.openDialog("hop", next);
      return prompt(turn, next);
    }
    if (chosen.action === "abort") {
      turn.closeDialog();
      return turn.reply("hop-aborted");
    }
    if (chosen.action === "confirm" && state.step === "review") return confirm(turn, state);
    turn.fail("choice-expired");
  },
};

const isMeetingField = (field: string): field is (typeof FIELDS)[number] =>
  (FIELDS as readonly string[]).includes(field);

function readState(stored: unknown): State | undefined {
  const parsed = stateSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

const tz = (turn: Turn) => turn.services.timeZone;

function upcomingMeetings(turn: Turn): Meeting[] {
  return turn.services.meetings
    .upcoming(turn.knownMember.cellId, turn.now)
    .filter((meeting) => answersOpen(meeting, turn.now));
}

function begin(turn: Turn): void {
  const state: State = { step: "kind", draft: {} };
  turn.openDialog("hop", state);
  prompt(turn, state);
}

function beginEdit(turn: Turn, meetingId: number): void {
  const meeting = editableMeeting(turn, meetingId);
  const state: State = {
    meetingId,
    step: "review",
    draft: {
      kind: meeting.kind,
      startsAt: meeting.startsAt.getTime(),
      place: meeting.place,
      topic: meeting.topic,
      remoteAllowed: meeting.remoteAllowed,
    },
  };
  turn.openDialog("hop", state);
  prompt(turn, state);
}

/** A meeting of this cell that has not started and was not cancelled. */
function editableMeeting(turn: Turn, meetingId: number): Meeting {
  const meeting = turn.services.meetings.byId(meetingId);
  if (!meeting || meeting.cellId !== turn.knownMember.cellId) return turn.fail("choice-expired");
  if (meeting.state === "cancelled") return turn.fail("hop-already-cancelled");
  if (!answersOpen(meeting, turn.now)) return turn.fail("hop-already-started");
  // Check-in has begun: people are there, and their presence is for this time and place.
  if (meeting.checkinOpenedAt) return turn.fail("hop-checkin-open");
  return meeting;
}

function advance(turn: Turn, state: State, change: Partial<Draft>): void {
  const draft = { ...state.draft, ...change };
  const next: State = { ...state, draft, step: nextStep(draft, state.meetingId) };
  turn.openDialog("hop", next);
  prompt(turn, next);
}

/** A new meeting asks every field in turn; a change goes back to the review after one. */
function nextStep(draft: Draft, meetingId: number | undefined): State["step"] {
  if (!draft.kind) return "kind";
  if (meetingId !== undefined) return "review";
  if (draft.startsAt === undefined) return "time";
  if (draft.place === undefined) return "place";
  if (draft.topic === undefined) return "topic";
  return "review";
}

/** The typed answer to the current step, or a refusal that keeps the dialog where it is. */
function readField(turn: Turn, state: State, text: string): Partial<Draft> {
  if (state.step === "time") {
    const parsed = parseMeetingTime(text, turn.now, tz(turn));
    if (!parsed.ok) return turn.fail(`hop-time-${parsed.problem}`);
    checkNoOverlap(turn, parsed.startsAt, state.draft.kind ?? "regular", state.meetingId);
    return { startsAt: parsed.startsAt.getTime() };
  }
  const checked = checkMeetingText(text);
  if (!checked.ok) {
    return turn.fail(`hop-text-${checked.problem}`, {
      max: MAX_MEETING_FIELD,
      length: checked.length,
    });
  }
  return state.step === "place" ? { place: checked.text } : { topic: checked.text };
}

/** The cell's length for a meeting of this kind (90 minutes, 120 combined, by default). */
function lengthOf(turn: Turn, kind: MeetingKind): number {
  return meetingMinutes(kind, turn.services.cells.scheduleOf(turn.knownMember.cellId));
}

function checkNoOverlap(
  turn: Turn,
  startsAt: Date,
  kind: MeetingKind,
  meetingId: number | undefined,
): void {
  const cellId = turn.knownMember.cellId;
  const other = overlapping(
    startsAt,
    endOf(startsAt, lengthOf(turn, kind)),
    turn.services.meetings.upcoming(cellId, turn.now),
    meetingId,
  );
  if (other) {
    turn.fail("hop-time-overlap", { other: meetingDetails(other, tz(turn)) });
  }
}

/**
 * A thematic meeting proposes the quarterly topic of its quarter; a regular one may have no
 * topic of its own (shown as "the regular meeting of May").
 */
function proposedTopic(turn: Turn, draft: Draft): string {
  if (draft.kind !== "thematic") return "";
  const startsAt = new Date(draft.startsAt ?? turn.now.getTime());
  const plan = turn.plan(localYear(startsAt, tz(turn)));
  const quarter = quarterOf(startsAt, tz(turn));
  return plan.quarterTopics.find((t) => t.quarter === quarter)?.title ?? plan.annualTopic.title;
}

function prompt(turn: Turn, state: State): void {
  const { draft } = state;
  switch (state.step) {
    case "kind":
      return turn.reply("hop-ask-kind", undefined, {
        choices: [
          ...MEETING_KINDS.map((kind) => ({
            label: { key: `meeting-kind-${kind}` },
            value: choices.encode("kind", { kind }),
          })),
          { label: { key: "hop-choice-monthly" }, value: choices.encode("monthly") },
        ],
      });
    case "time":
      return turn.reply("hop-ask-time");
    case "place":
      return turn.reply("hop-ask-place");
    case "topic":
      return turn.reply(
        draft.kind === "thematic" ? "hop-ask-topic-thematic" : "hop-ask-topic",
        { topic: proposedTopic(turn, draft) },
        {
          choices: [
            {
              label: {
                key: draft.kind === "thematic" ? "hop-choice-quarter-topic" : "hop-choice-no-topic",
              },
              value: choices.encode("topic"),
            },
          ],
        },
      );
    case "review":
      return turn.say(
        turn.chat.id,
        [
          { key: "hop-review" },
          draftDetails(turn, draft),
          { key: "hop-length", args: { minutes: lengthOf(turn, draft.kind ?? "regular") } },
          { key: draft.remoteAllowed ? "hop-remote-allowed" : "hop-remote-not-allowed" },
        ],
        {
          choices: [
            {
              label: { key: saveLabel(turn, state.meetingId) },
              value: choices.encode("confirm"),
            },
            ...FIELDS.map((field) => ({
              label: { key: `hop-choice-change-${field}` },
              value: choices.encode("change", { field }),
            })),
            draft.remoteAllowed
              ? {
                  label: { key: "hop-choice-remote-no" },
                  value: choices.encode("remote", { allowed: "no" }),
                }
              : {
                  label: { key: "hop-choice-remote-yes" },
                  value: choices.encode("remote", { allowed: "yes" }),
                },
            { label: { key: "hop-choice-abort" }, value: choices.encode("abort") },
          ],
        },
      );
  }
}

function draftDetails(turn: Turn, draft: Draft): Text {
  return meetingDetails(
    {
      kind: draft.kind ?? "regular",
      startsAt: new Date(draft.startsAt ?? 0),
      place: draft.place ?? "",
      topic: draft.topic ?? "",
    },
    tz(turn),
  );
}

/** Saves the meeting and announces it, or saves the change and tells those who confirmed. */
function confirm(turn: Turn, state: State): void {
  const { kind, startsAt, place, topic } = state.draft;
  const remoteAllowed = state.draft.remoteAllowed ?? false;
  if (!kind || startsAt === undefined || place === undefined || topic === undefined) {
    return turn.fail("choice-expired");
  }
  const start = new Date(startsAt);
  // Time moves on while the secretary reviews: the time may have passed meanwhile.
  if (start <= turn.now) return turn.fail("hop-time-past");
  checkNoOverlap(turn, start, kind, state.meetingId);
  const { meetings } = turn.services;
  const fields = {
    startsAt: start,
    endsAt: endOf(start, lengthOf(turn, kind)),
    place,
    topic,
    remoteAllowed,
  };
  turn.closeDialog();
  if (state.meetingId === undefined) {
    const meeting = meetings.create(
      { cellId: turn.knownMember.cellId, kind, ...fields, createdBy: turn.knownMember.id },
      turn.now,
    );
    // Noticed at once, as a rule's meeting is on its notice day: groups and the committee.
    noticeMeeting(turn.services, turn.poster(), meeting, turn.now);
    return turn.reply("hop-announced", { meeting: meetingDetails(meeting, tz(turn)) });
  }
  const before = editableMeeting(turn, state.meetingId);
  const changes = meetingChanges(before, { ...before, ...fields }, tz(turn));
  if (before.remoteAllowed !== remoteAllowed) {
    changes.push({ key: remoteAllowed ? "hop-changed-remote-yes" : "hop-changed-remote-no" });
  }
  // Saved as it was: nobody needs telling again.
  if (changes.length === 0) return turn.reply("hop-unchanged");
  const meeting = meetings.update(before.id, fields, turn.now);
  if (notAnnounced(before)) {
    // Nobody but the managers knew of it: no "changed" for the groups; its notice goes out on
    // its (new) notice day, or now if that day has come.
    return turn.say(turn.chat.id, [
      { key: "hop-changed-quietly", args: { meeting: meetingDetails(meeting, tz(turn)) } },
      noticeLine(turn, meeting),
    ]);
  }
  const responses = meetings.responses(meeting.id);
  const posted = announcement(meeting, responses, tz(turn));
  const poster = turn.poster();
  poster.toGroups(posted.parts, posted.extras);
  const news: Text[] = [
    { key: "hop-changed-notice" },
    ...changes,
    meetingDetails(meeting, tz(turn)),
  ];
  poster.toGroups(news);
  for (const response of responses) {
    if (response.answer === "attend") poster.toMember(response.memberId, news);
  }
  tellCommitteeOfChange(turn.services, poster, meeting, "changed");
  turn.reply("hop-changed", { meeting: meetingDetails(meeting, tz(turn)) });
}

function saveLabel(turn: Turn, meetingId: number | undefined): string {
  if (meetingId === undefined) return "hop-choice-announce";
  const meeting = turn.services.meetings.byId(meetingId);
  return meeting && notAnnounced(meeting) ? "hop-choice-save-quietly" : "hop-choice-save";
}

/** A rule's meeting whose notice has not gone out: the groups have not heard of it. */
function notAnnounced(meeting: Meeting): boolean {
  return meeting.seriesId !== null && meeting.noticedAt === null;
}

function askCancel(turn: Turn, meetingId: number): void {
  const meeting = editableMeeting(turn, meetingId);
  turn.say(turn.chat.id, [{ key: "hop-cancel-ask" }, meetingDetails(meeting, tz(turn))], {
    choices: [
      {
        label: { key: "hop-choice-cancel-yes" },
        value: choices.encode("cancelConfirmed", { meeting: meeting.id }),
      },
      { label: { key: "hop-choice-cancel-no" }, value: choices.encode("keep") },
    ],
  });
}

function cancel(turn: Turn, meetingId: number): void {
  const before = editableMeeting(turn, meetingId);
  const { meetings } = turn.services;
  const meeting = meetings.update(before.id, { state: "cancelled" }, turn.now);
  dropMaterialsFile(turn.services, meeting);
  if (notAnnounced(before)) {
    return turn.reply("hop-cancelled-quietly", { meeting: meetingDetails(meeting, tz(turn)) });
  }
  const responses = meetings.responses(meeting.id);
  const poster = turn.poster();
  const posted = announcement(meeting, responses, tz(turn));
  poster.toGroups(posted.parts, posted.extras);
  const news: Text[] = [{ key: "hop-cancelled-notice" }, meetingDetails(meeting, tz(turn))];
  poster.toGroups(news);
  for (const response of responses) {
    if (response.answer === "attend") poster.toMember(response.memberId, news);
  }
  tellCommitteeOfChange(turn.services, poster, meeting, "cancelled");
  turn.reply("hop-cancelled", { meeting: meetingDetails(meeting, tz(turn)) });
}
