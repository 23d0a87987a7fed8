import {
  CORRECTION_DAYS,
  correctionWindowStart,
  mayCorrect,
} from "../src/domain/attendance-rules.js";
import { formatInstant } from "../src/domain/calendar.js";
import { DAY_MS, MINUTE_MS } from "../src/domain/durations.js";
import {
  CHECKIN_EARLY_MINUTES,
  checkinState,
  checkMeetingText,
  MAX_MEETING_FIELD,
} from "../src/domain/meeting-rules.js";
import { canManageRoster, isCounted } from "../src/domain/member-rules.js";
import { foldKey, splitOnce } from "../src/domain/text.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import {
  closeMeeting,
  markAttendance,
  sheetCounts,
  sheetDetails,
  sheetOf,
} from "../src/meetings/attendance.js";
import { checkinAnchor, meetingDetails, shortName } from "../src/meetings/meeting-texts.js";
import { type ChoiceOf, choice, choiceCodec, choiceId } from "../src/messages/choice-codec.js";
import type { Meeting } from "../src/store/meeting-store.js";
import type { Member } from "../src/store/member-store.js";

const choices = choiceCodec("diemdanh", {
  here: choice("here-{meeting}", { meeting: choiceId }),
  mark: choice("m-{meeting}-{member}", { meeting: choiceId, member: choiceId }),
  close: choice("close-{meeting}", { meeting: choiceId }),
});

/**
 * /diemdanh: during a meeting the secretary opens check-in in the group and members confirm
 * with one tap; in private the secretary sees who is there, marks those without a phone by
 * hand, records a reason ("/diemdanh vắng Tên: lý do") and closes the meeting.
 */
export const diemdanh: Command<ChoiceOf<typeof choices>> = {
  name: "diemdanh",
  where: "anywhere",
  who: "member",
  choices,
  // Only "I am here" is pressed in the group; the sheet's buttons mark others, in private.
  groupChoices: ["here"],
  run(turn) {
    const manager = canManageRoster(turn.knownMember);
    const [word = "", rest] = splitOnce(turn.args.trim(), " ");
    if (manager && foldKey(word) === "vang") {
      // A reason is for the minutes, not for the group.
      if (turn.inGroup) return turn.fail("diemdanh-reason-private");
      return markWithReason(turn, rest);
    }
    if (manager && turn.inGroup) return openCheckin(turn);
    if (manager) return showSheet(turn, correctableMeeting(turn));
    const meeting = currentMeeting(turn) ?? startedToday(turn);
    if (!meeting) return turn.fail("diemdanh-not-open");
    checkIn(turn, meeting);
  },

  choose(turn, chosen) {
    const meeting = turn.services.meetings.byId(chosen.meeting);
    if (!meeting || meeting.cellId !== turn.knownMember.cellId) return turn.fail("choice-expired");
    if (chosen.action === "here") return checkIn(turn, meeting);
    if (!canManageRoster(turn.knownMember)) return turn.fail("refuse-manager-only");
    if (chosen.action === "mark") return toggle(turn, meeting, chosen.member);
    closeNow(turn, meeting);
  },
};

/** The meeting under way or about to start, if any. */
function currentMeeting(turn: Turn): Meeting | undefined {
  return turn.services.meetings
    .upcoming(turn.knownMember.cellId, turn.now)
    .find((meeting) => checkinState(meeting, turn.now) !== "too-early");
}

/** A meeting of the cell that started in the last day and is no longer current: check-in is over. */
function startedToday(turn: Turn): Meeting | undefined {
  const since = new Date(turn.now.getTime() - DAY_MS);
  return turn.services.meetings
    .ofCell(turn.knownMember.cellId, since, turn.now)
    .filter((meeting) => meeting.state !== "cancelled")
    .at(-1);
}

/** The meeting whose attendance may be marked: under way, or ended less than a week ago. */
function correctableMeeting(turn: Turn): Meeting {
  const current = currentMeeting(turn);
  if (current) return current;
  const since = correctionWindowStart(turn.now);
  const recent = turn.services.meetings
    .ofCell(turn.knownMember.cellId, since, turn.now)
    .filter((meeting) => meeting.state === "closed")
    .at(-1);
  return recent ?? turn.fail("diemdanh-no-meeting");
}

function openCheckin(turn: Turn): void {
  const { meetings, timeZone } = turn.services;
  const meeting = currentMeeting(turn);
  if (!meeting) {
    const next = meetings.upcoming(turn.knownMember.cellId, turn.now)[0];
    if (!next) return turn.fail("diemdanh-no-meeting");
    const opens = new Date(next.startsAt.getTime() - CHECKIN_EARLY_MINUTES * MINUTE_MS);
    return turn.fail("diemdanh-too-early", {
      meeting: shortName(next, timeZone),
      opens: formatInstant(opens, timeZone),
    });
  }
  const open = meeting.checkinOpenedAt
    ? meeting
    : meetings.update(meeting.id, { checkinOpenedAt: turn.now }, turn.now);
  if (meeting.checkinOpenedAt) turn.reply("diemdanh-already-open");
  postCheckin(turn, open, false);
}

/** The check-in message with its one button and the count, in every group of the cell. */
function postCheckin(turn: Turn, meeting: Meeting, refresh: boolean): void {
  const { services } = turn;
  const parts: Text[] = [
    { key: "checkin-open" },
    meetingDetails(meeting, services.timeZone),
    sheetCounts(sheetOf(services, meeting)),
  ];
  for (const group of services.cells.activeGroups(meeting.cellId)) {
    turn.say(group.chatId, parts, {
      anchor: checkinAnchor(meeting.id),
      refresh,
      choices: [
        {
          label: { key: "checkin-choice-here" },
          value: choices.encode("here", { meeting: meeting.id }),
        },
      ],
    });
  }
}

function checkIn(turn: Turn, meeting: Meeting): void {
  const { meetings, timeZone } = turn.services;
  const state = checkinState(meeting, turn.now);
  if (state === "too-early" || state === "may-open") return turn.fail("diemdanh-not-open");
  if (state === "over") return turn.fail("diemdanh-over");
  const member = turn.knownMember;
  if (!isCounted(member)) return turn.fail("choice-expired");
  const mark = meetings.markOf(meeting.id, member.id);
  if (mark?.present) {
    return turn.answerChoice("diemdanh-already", { at: formatInstant(mark.markedAt, timeZone) });
  }
  markAttendance(
    turn.services,
    meeting,
    member.id,
    { present: true, reason: null, markedBy: "self" },
    turn.now,
  );
  postCheckin(turn, meeting, true);
  turn.answerChoice("diemdanh-done", { meeting: shortName(meeting, timeZone) });
}

function showSheet(turn: Turn, meeting: Meeting): void {
  const { services } = turn;
  const sheet = sheetOf(services, meeting);
  const present = new Set(sheet.present.map((m) => m.id));
  const everyone = [
    ...sheet.present,
    ...sheet.absentWithReason.map((a) => a.member),
    ...sheet.absentWithoutReason,
  ].sort((a, b) => a.nameKey.localeCompare(b.nameKey));
  turn.say(
    turn.chat.id,
    [
      { key: "diemdanh-sheet-header" },
      meetingDetails(meeting, services.timeZone),
      sheetCounts(sheet),
      ...sheetDetails(sheet),
      { key: "diemdanh-sheet-hint" },
    ],
    {
      choices: [
        ...everyone.map((member) => ({
          label: {
            key: present.has(member.id) ? "diemdanh-mark-present" : "diemdanh-mark-absent",
            args: { name: member.fullName },
          },
          value: choices.encode("mark", { meeting: meeting.id, member: member.id }),
        })),
        ...(meeting.state === "scheduled"
          ? [
              {
                label: { key: "diemdanh-choice-close" },
                value: choices.encode("close", { meeting: meeting.id }),
              },
            ]
          : []),
      ],
    },
  );
}

/** The secretary marks a member present, or back to absent, by hand. */
function toggle(turn: Turn, meeting: Meeting, memberId: number): void {
  const { meetings, members } = turn.services;
  checkCorrectable(turn, meeting);
  const member = members.byId(memberId);
  if (!member || member.cellId !== meeting.cellId || !isCounted(member)) {
    return turn.fail("choice-expired");
  }
  const mark = meetings.markOf(meeting.id, member.id);
  const present = !mark?.present;
  // A reason the secretary wrote stays with an absence.
  const reason = present ? null : (mark?.reason ?? null);
  markAttendance(
    turn.services,
    meeting,
    member.id,
    { present, reason, markedBy: "secretary" },
    turn.now,
  );
  if (meeting.state === "scheduled" && meeting.checkinOpenedAt) postCheckin(turn, meeting, true);
  showSheet(turn, meeting);
}

/** "/diemdanh vắng Trần Văn Hùng: đi công tác" */
function markWithReason(turn: Turn, text: string): void {
  const meeting = correctableMeeting(turn);
  const [name, reasonText] = splitOnce(text, ":");
  const member = findMember(turn, meeting, name);
  const reason = checkMeetingText(reasonText);
  if (!reason.ok) {
    return turn.fail("diemdanh-reason-missing", { max: MAX_MEETING_FIELD });
  }
  markAttendance(
    turn.services,
    meeting,
    member.id,
    { present: false, reason: reason.text, markedBy: "secretary" },
    turn.now,
  );
  turn.reply("diemdanh-reason-saved", { name: member.fullName, reason: reason.text });
  showSheet(turn, meeting);
}

function findMember(turn: Turn, meeting: Meeting, name: string): Member {
  const key = foldKey(name);
  if (key === "") return turn.fail("diemdanh-reason-usage");
  const found = turn.services.members
    .ofCell(meeting.cellId, "active")
    .filter((m) => isCounted(m) && m.nameKey === key);
  if (found.length === 1 && found[0]) return found[0];
  return turn.fail(found.length === 0 ? "diemdanh-no-such-member" : "diemdanh-name-twice", {
    name,
  });
}

function checkCorrectable(turn: Turn, meeting: Meeting): void {
  const correction = mayCorrect(meeting, turn.now);
  if (correction === "cancelled") return turn.fail("lichhop-cancelled");
  if (correction !== "allowed") {
    return turn.fail("diemdanh-not-correctable", { days: CORRECTION_DAYS });
  }
}

function closeNow(turn: Turn, meeting: Meeting): void {
  if (meeting.state !== "scheduled") return turn.fail("diemdanh-already-closed");
  if (turn.now < meeting.startsAt) return turn.fail("diemdanh-close-too-early");
  closeMeeting(turn.services, turn.poster(), meeting, turn.now);
  turn.reply("diemdanh-closed", { meeting: shortName(meeting, turn.services.timeZone) });
}
