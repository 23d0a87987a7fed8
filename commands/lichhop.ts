import { z } from "zod";
import { answersOpen, checkMeetingText, MAX_MEETING_FIELD } from "../src/domain/meeting-rules.js";
import { isCounted } from "../src/domain/member-rules.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import {
  announcement,
  answerChoices,
  meetingDetails,
  shortName,
} from "../src/meetings/meeting-texts.js";
import type { ChoiceOf } from "../src/messages/choice-codec.js";
import { lichhopChoices } from "../src/messages/choice-values.js";
import type { Meeting } from "../src/store/meeting-store.js";

/** The reason being asked for, in the member's private chat. */
const stateSchema = z.object({ meetingId: z.number().int() });

/**
 * /lichhop: the coming meetings, and each member's answer to them: "I will come" or "I will
 * be absent" with the reason, which is asked in private and shown only to the secretary and
 * the cell committee. The announcement's buttons land here too.
 */
export const lichhop: Command<ChoiceOf<typeof lichhopChoices>> = {
  name: "lichhop",
  where: "anywhere",
  who: "member",
  choices: lichhopChoices,
  // The announcement's answers; the reason itself is only ever asked in private.
  groupChoices: ["yes", "no"],
  run(turn) {
    const wanted = Number(turn.args.trim());
    const upcoming = turn.services.meetings
      .upcoming(turn.knownMember.cellId, turn.now)
      .filter((meeting) => !wanted || meeting.id === wanted);
    if (upcoming.length === 0) return turn.reply("lichhop-none");
    for (const meeting of upcoming) show(turn, meeting);
    // From the announcement's link: the reason is still owed.
    const owed = upcoming.find((m) => !turn.inGroup && reasonOwed(turn, m));
    if (owed) askReason(turn, owed);
  },

  choose(turn, chosen) {
    const meeting = answerableMeeting(turn, chosen.meeting);
    if (chosen.action === "yes") return attend(turn, meeting);
    excuse(turn, meeting);
  },

  resume(turn, stored) {
    const state = stateSchema.safeParse(stored);
    const meeting = state.success ? turn.services.meetings.byId(state.data.meetingId) : undefined;
    if (!meeting || meeting.cellId !== turn.knownMember.cellId || !reasonOwed(turn, meeting)) {
      turn.closeDialog();
      return turn.reply("lichhop-reason-restart");
    }
    turn.say(turn.chat.id, reasonQuestion(meeting, turn.services.timeZone));
  },

  /** A reason comes late sometimes: it still goes to the minutes, as long as they said so in time. */
  answer(turn, text, stored) {
    const state = stateSchema.safeParse(stored);
    const meeting = state.success ? turn.services.meetings.byId(state.data.meetingId) : undefined;
    const { meetings } = turn.services;
    if (!meeting || meeting.cellId !== turn.knownMember.cellId) {
      turn.closeDialog();
      return turn.reply("lichhop-reason-restart");
    }
    if (meeting.state === "cancelled") {
      turn.closeDialog();
      return turn.reply("lichhop-cancelled");
    }
    // They may have pressed "I will come" since they were asked.
    if (meetings.responseOf(meeting.id, turn.knownMember.id)?.answer !== "excused") {
      turn.closeDialog();
      return turn.reply("lichhop-reason-not-needed");
    }
    const reason = checkMeetingText(text);
    if (!reason.ok) {
      return turn.fail(`lichhop-reason-${reason.problem}`, {
        max: MAX_MEETING_FIELD,
        length: reason.length,
      });
    }
    turn.closeDialog();
    meetings.respond(meeting.id, turn.knownMember.id, "excused", reason.text, turn.now);
    turn.reply("lichhop-reason-saved", {
      meeting: shortName(meeting, turn.services.timeZone),
      reason: reason.text,
    });
  },
};

/** A meeting of the member's cell that still takes answers; else a clear refusal. */
function answerableMeeting(turn: Turn, meetingId: number): Meeting {
  const meeting = turn.services.meetings.byId(meetingId);
  if (!meeting || meeting.cellId !== turn.knownMember.cellId) return turn.fail("choice-expired");
  if (meeting.state === "cancelled") return turn.fail("lichhop-cancelled");
  if (!answersOpen(meeting, turn.now)) return turn.fail("lichhop-answers-closed");
  if (!isCounted(turn.knownMember) || turn.knownMember.status === "exempt") {
    return turn.fail("lichhop-exempt");
  }
  return meeting;
}

function show(turn: Turn, meeting: Meeting): void {
  const { timeZone, meetings } = turn.services;
  const parts: Text[] = [meetingDetails(meeting, timeZone)];
  // In the group everyone reads along: a member's own answer is shown only in private.
  if (!turn.inGroup) {
    const answer = meetings.responseOf(meeting.id, turn.knownMember.id)?.answer ?? "none";
    parts.push({ key: `lichhop-your-answer-${answer}` });
  }
  const choices = answersOpen(meeting, turn.now) ? answerChoices(meeting.id) : undefined;
  turn.say(turn.chat.id, parts, { choices });
}

function attend(turn: Turn, meeting: Meeting): void {
  const { meetings, timeZone } = turn.services;
  const before = meetings.responseOf(meeting.id, turn.knownMember.id);
  meetings.respond(meeting.id, turn.knownMember.id, "attend", null, turn.now);
  refreshAnnouncement(turn, meeting);
  const key = before?.answer === "attend" ? "lichhop-attend-again" : "lichhop-attend-saved";
  turn.answerChoice(key, { meeting: shortName(meeting, timeZone) });
}

/** Absent "with reason": recorded at once, the reason asked where only the member sees it. */
function excuse(turn: Turn, meeting: Meeting): void {
  const { meetings, timeZone } = turn.services;
  const before = meetings.responseOf(meeting.id, turn.knownMember.id);
  const reason = before?.answer === "excused" ? before.reason : null;
  meetings.respond(meeting.id, turn.knownMember.id, "excused", reason, turn.now);
  refreshAnnouncement(turn, meeting);
  const name = shortName(meeting, timeZone);
  // A draft open in private (a /dangky under way) is not pushed aside: the reason can wait.
  if (turn.otherDialog("lichhop", true)) {
    return turn.answerChoice("lichhop-excused-later", { meeting: name });
  }
  if (!turn.inGroup) return askReason(turn, meeting);
  turn.openDialog("lichhop", { meetingId: meeting.id }, true);
  const asked = turn.tellMember(turn.knownMember.id, reasonQuestion(meeting, timeZone));
  if (asked) return turn.ack("lichhop-excused-asked", { meeting: name });
  turn.ack(
    "lichhop-excused-open-private",
    { meeting: name },
    {
      privateLink: {
        label: { key: "go-private-button" },
        command: "lichhop",
        argument: String(meeting.id),
      },
    },
  );
}

function reasonOwed(turn: Turn, meeting: Meeting): boolean {
  const response = turn.services.meetings.responseOf(meeting.id, turn.knownMember.id);
  return response?.answer === "excused" && response.reason === null;
}

function askReason(turn: Turn, meeting: Meeting): void {
  turn.openDialog("lichhop", { meetingId: meeting.id });
  turn.say(turn.chat.id, reasonQuestion(meeting, turn.services.timeZone));
}

function reasonQuestion(meeting: Meeting, timeZone: string): Text[] {
  return [{ key: "lichhop-ask-reason", args: { meeting: shortName(meeting, timeZone) } }];
}

/** The count under the announcement, in every group of the cell. */
function refreshAnnouncement(turn: Turn, meeting: Meeting): void {
  const { meetings, cells, timeZone } = turn.services;
  const posted = announcement(meeting, meetings.responses(meeting.id), timeZone);
  for (const group of cells.activeGroups(meeting.cellId)) {
    turn.say(group.chatId, posted.parts, { ...posted.extras, refresh: true });
  }
}
