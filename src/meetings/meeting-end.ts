import { localDay } from "../domain/calendar.js";
import { closeTimeAsEnd } from "../domain/meeting-end.js";
import type { Text, TextArgs } from "../i18n.js";
import { choice, choiceCodec, choiceId } from "../messages/choice-codec.js";
import type { Choice, ReplyExtras } from "../messages/reply.js";
import type { Meeting } from "../store/meeting-store.js";
import { clockTime, shortName, when } from "./meeting-texts.js";

/**
 * The ways to give a closed meeting's real end, which /diemdanh answers: offered when it closes,
 * by hand or by the closing job, so they are declared here, below both. `ask` shows the question
 * again from the attendance sheet.
 */
export const meetingEndChoices = choiceCodec("diemdanh", {
  ask: choice("end-{meeting}", { meeting: choiceId }),
  planned: choice("endplan-{meeting}", { meeting: choiceId }),
  atClose: choice("endclose-{meeting}", { meeting: choiceId }),
  typed: choice("endtype-{meeting}", { meeting: choiceId }),
});

/** "từ 19 giờ 30 đến 21 giờ 15": the end says its day too when it is not the start's. */
function meetingSpan(meeting: Meeting, timeZone: string): TextArgs {
  const end = meeting.endedAt ?? meeting.endsAt;
  const sameDay = localDay(end, timeZone) === localDay(meeting.startsAt, timeZone);
  return {
    meeting: shortName(meeting, timeZone),
    start: clockTime(meeting.startsAt, timeZone),
    end: sameDay ? clockTime(end, timeZone) : when(end, timeZone),
  };
}

/** The end the minutes record, and whether it is the scheduled one or the one given. */
export function recordedEnd(meeting: Meeting, timeZone: string): Text {
  return {
    key: meeting.endedAt ? "meeting-end-given" : "meeting-end-planned",
    args: meetingSpan(meeting, timeZone),
  };
}

/**
 * What the minutes of a closed meeting say of its end, with the common answers as choices: the
 * scheduled end, the minute it was closed by hand, or another time to type.
 */
export function endQuestion(
  meeting: Meeting,
  timeZone: string,
): { parts: Text[]; extras: ReplyExtras } {
  const closed = closeTimeAsEnd(meeting);
  const value = (action: "planned" | "atClose" | "typed") =>
    meetingEndChoices.encode(action, { meeting: meeting.id });
  const choices: Choice[] = [
    {
      label: {
        key: "meeting-end-choice-planned",
        args: { end: clockTime(meeting.endsAt, timeZone) },
      },
      value: value("planned"),
    },
    ...(closed
      ? [
          {
            label: {
              key: "meeting-end-choice-at-close",
              args: { end: clockTime(closed, timeZone) },
            },
            value: value("atClose"),
          },
        ]
      : []),
    { label: { key: "meeting-end-choice-typed" }, value: value("typed") },
  ];
  return {
    parts: [recordedEnd(meeting, timeZone), { key: "meeting-end-hint" }],
    extras: { choices },
  };
}
