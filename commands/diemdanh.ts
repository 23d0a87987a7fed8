import { z } from "zod";
import {
  CORRECTION_DAYS,
  correctionWindowStart,
  mayCorrect,
  withReasons,
} from "../src/domain/attendance-rules.js";
import { formatInstant } from "../src/domain/calendar.js";
import { DAY_MS, MINUTE_MS } from "../src/domain/durations.js";
import {
  checkMeetingEnd,
  closeTimeAsEnd,
  MAX_MEETING_HOURS,
  readMeetingEnd,
} from "../src/domain/meeting-end.js";
import {
  CHECKIN_EARLY_MINUTES,
  checkinState,
  checkMeetingText,
  MAX_MEETING_FIELD,
  type SheetMember,
} from "../src/domain/meeting-rules.js";
import { canManageRoster, isCounted } from "../src/domain/member-rules.js";
import { matchName } from "../src/domain/names.js";
import { pageOf } from "../src/domain/one-screen.js";
import { clip, foldKey, normalizeLine, splitOnce } from "../src/domain/text.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { checkInMember, closeMeeting, sheetCounts, sheetOf } from "../src/meetings/attendance.js";
import { changeLines, correctAttendance, warnAbsences } from "../src/meetings/ledger.js";
import { endQuestion, meetingEndChoices, recordedEnd } from "../src/meetings/meeting-end.js";
import {
  checkinAnchor,
  checkinCount,
  clockTime,
  meetingDetails,
  shortName,
} from "../src/meetings/meeting-texts.js";
import {
  type ChoiceOf,
  type ChoiceReader,
  choice,
  choiceCodec,
  choiceId,
} from "../src/messages/choice-codec.js";
import { pageChoices, pageHolding, pageMark } from "../src/messages/page-choices.js";
import type { Choice } from "../src/messages/reply.js";
import type { Meeting } from "../src/store/meeting-store.js";
import type { Member } from "../src/store/member-store.js";

const choices = choiceCodec("diemdanh", {
  here: choice("here-{meeting}", { meeting: choiceId }),
  mark: choice("m-{meeting}-{member}", { meeting: choiceId, member: choiceId }),
  close: choice("close-{meeting}", { meeting: choiceId }),
  sheet: choice("sheet-{meeting}-{page}", { meeting: choiceId, page: choiceId }),
  absent: choice("absent-{meeting}-{page}", { meeting: choiceId, page: choiceId }),
});

type Chosen = ChoiceOf<typeof choices> | ChoiceOf<typeof meetingEndChoices>;

/** Its own choices, and those a meeting's close offers to give the minutes' real end. */
const reader: ChoiceReader<Chosen> = {
  decode: (value) => choices.decode(value) ?? meetingEndChoices.decode(value),
};

/** The closed meeting whose end the secretary is typing, kept between messages. */
const endState = z.object({ meetingId: z.number().int() });

/**
 * /diemdanh: during a meeting the secretary opens check-in in the group and members confirm
 * with one tap; in private the secretary sees who is there, marks those without a phone by
 * hand, records a reason ("/diemdanh vắng Tên: lý do") and closes the meeting, then gives
 * the minutes its real end if it was not the scheduled one.
 */
export const diemdanh: Command<Chosen> = {
  name: "diemdanh",
  where: "anywhere",
  who: "member",
  choices: reader,
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
    if (manager) return showSheet(turn, correctableMeeting(turn), { page: 0 });
    // "/diemdanh vắng" from a member would otherwise check them in.
    if (foldKey(word) === "vang") return turn.fail("checkin-absent-by-member");
    const meeting = currentMeeting(turn) ?? startedToday(turn);
    if (!meeting) return turn.fail("diemdanh-not-open");
    checkIn(turn, meeting);
  },

  choose(turn, chosen) {
    const meeting = turn.services.meetings.byId(chosen.meeting);
    if (!meeting || meeting.cellId !== turn.knownMember.cellId) return turn.fail("choice-expired");
    if (chosen.action === "here") return checkIn(turn, meeting);
    if (!canManageRoster(turn.knownMember)) return turn.fail("refuse-manager-only");
    switch (chosen.action) {
      case "mark":
        return toggle(turn, meeting, chosen.member);
      case "sheet":
        checkCorrectable(turn, meeting);
        return showSheet(turn, meeting, { page: chosen.page });
      case "absent":
        checkCorrectable(turn, meeting);
        return showStillAbsent(turn, meeting, { page: chosen.page });
      case "close":
        return closeNow(turn, meeting);
      case "ask": {
        const { parts, extras } = endQuestion(endable(turn, meeting), turn.services.timeZone);
        return turn.say(turn.chat.id, parts, extras);
      }
      case "planned":
        return saveEnd(turn, endable(turn, meeting), null);
      case "atClose":
        return saveEnd(
          turn,
          endable(turn, meeting),
          closeTimeAsEnd(meeting) ?? turn.fail("choice-expired"),
        );
      case "typed":
        return askEnd(turn, endable(turn, meeting));
    }
  },

  answer(turn, text, stored) {
    const meeting = typedEndOf(turn, stored);
    if (!meeting) {
      turn.closeDialog();
      return turn.reply("meeting-end-restart");
    }
    const end = readMeetingEnd(text, meeting.startsAt, turn.now, turn.services.timeZone);
    if (!end.ok) {
      return turn.fail(`meeting-end-${end.problem}`, {
        start: clockTime(meeting.startsAt, turn.services.timeZone),
        hours: MAX_MEETING_HOURS,
      });
    }
    saveEnd(turn, meeting, end.endedAt);
  },

  resume(turn, stored) {
    const meeting = typedEndOf(turn, stored);
    if (!meeting) {
      turn.closeDialog();
      return turn.reply("meeting-end-restart");
    }
    turn.reply("dialog-resumed");
    askEnd(turn, meeting);
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
  if (recent) return recent;
  // Past the window, say which meeting it was and why it stays as it is.
  const last = turn.services.meetings.latestClosed(turn.knownMember.cellId, new Date(0), since);
  if (!last) return turn.fail("diemdanh-no-meeting");
  return turn.fail("checkin-correction-too-late", {
    meeting: shortName(last, turn.services.timeZone),
    days: CORRECTION_DAYS,
  });
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
    checkinCount(sheetOf(services, meeting)),
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

/**
 * A member checks in: in the group, or from elsewhere (in private) where the secretary allowed
 * it for this meeting. Two check-ins at once, in the group and in private, count once.
 */
function checkIn(turn: Turn, meeting: Meeting): void {
  const { timeZone } = turn.services;
  const state = checkinState(meeting, turn.now);
  if (state === "over") return turn.fail("diemdanh-over", { days: CORRECTION_DAYS });
  const remote = !turn.inGroup;
  if (remote && !meeting.remoteAllowed) {
    return turn.fail("checkin-remote-refused", { meeting: shortName(meeting, timeZone) });
  }
  if (state !== "open") return turn.fail("diemdanh-not-open");
  const member = turn.knownMember;
  if (!isCounted(member)) return turn.fail("choice-expired");
  const { already } = checkInMember(turn.services, meeting, member.id, remote, turn.now);
  if (already) {
    return turn.answerChoice("diemdanh-already", { at: formatInstant(already, timeZone) });
  }
  postCheckin(turn, meeting, true);
  turn.answerChoice(remote ? "checkin-remote-done" : "diemdanh-done", {
    meeting: shortName(meeting, timeZone),
  });
}

/** Which page to show: by its number, or the one that holds a member just marked. */
type Place = { page: number } | { member: number };

/** A member on the sheet: here or not, and for an absence with a reason, the reason. */
interface Entry {
  member: SheetMember;
  present: boolean;
  /** Checked in from elsewhere, in private. */
  remote?: true;
  excused?: { reason: string | null };
}

/** About how many characters a line of the list adds to a name: its number and mark. */
const LABEL_WORDS = 10;
/** About how many characters the line of a reason adds to the name and the reason. */
const REASON_WORDS = 25;
/** About how many characters "(từ xa)" adds to the label of one who checked in remotely. */
const REMOTE_WORDS = 8;

/** An entry's share of a page: its line in the list, and the line of its reason if any. */
function entrySize({ member, excused, remote }: Entry): { lines: number; characters: number } {
  const name = member.fullName.length + LABEL_WORDS + (remote ? REMOTE_WORDS : 0);
  if (!excused) return { lines: 1, characters: name };
  const reason = member.fullName.length + (excused.reason?.length ?? 0) + REASON_WORDS;
  return { lines: 2, characters: name + reason };
}

function byName(a: SheetMember, b: SheetMember): number {
  return a.nameKey.localeCompare(b.nameKey);
}

/**
 * One page of the sheet: the count, the reasons recorded for those on the page, and each of
 * them to mark present or absent (a check or an empty box beside the name), with the way to
 * the next page.
 */
function showSheet(turn: Turn, meeting: Meeting, at: Place): void {
  const { services } = turn;
  const sheet = sheetOf(services, meeting);
  const remote = new Set(sheet.remote.map((member) => member.id));
  const entries: Entry[] = [
    ...sheet.present.map(
      (member): Entry =>
        remote.has(member.id) ? { member, present: true, remote: true } : { member, present: true },
    ),
    ...sheet.absentWithReason.map(({ member, reason }) => ({
      member,
      present: false,
      excused: { reason },
    })),
    ...sheet.absentWithoutReason.map((member) => ({ member, present: false })),
  ].sort((a, b) => byName(a.member, b.member));
  const index =
    "page" in at
      ? at.page
      : pageHolding(entries, (entry) => entry.member.id === at.member, entrySize);
  const page = pageOf(entries, index, entrySize);
  const excused = page.items.flatMap(({ member, excused }) =>
    excused ? [{ member, reason: excused.reason }] : [],
  );
  turn.noteRead(turn.knownMember.cell, withReasons(excused), ["reasons"]);
  turn.say(
    turn.chat.id,
    [
      {
        key: "diemdanh-sheet-header",
        args: { meeting: shortName(meeting, services.timeZone), page: pageMark(page) },
      },
      // Until the meeting ends, those not here yet may still come.
      meeting.state === "closed" ? sheetCounts(sheet) : checkinCount(sheet),
      ...page.items.flatMap(({ member, excused }): Text[] => {
        if (!excused) return [];
        return excused.reason === null
          ? [{ key: "attendance-excused-no-reason", args: { name: member.fullName } }]
          : [
              {
                key: "attendance-excused",
                args: { name: member.fullName, reason: excused.reason },
              },
            ];
      }),
      // Who changed which mark: for the secretary, in private (the sheet is never shown in a group).
      ...changeLines(services, meeting),
      { key: "diemdanh-sheet-hint" },
    ],
    {
      choices: [
        ...page.items.map(({ member, present, remote }) => ({
          label: {
            key: remote
              ? "checkin-mark-remote"
              : present
                ? "diemdanh-mark-present"
                : "diemdanh-mark-absent",
            args: { name: member.fullName },
          },
          value: choices.encode("mark", { meeting: meeting.id, member: member.id }),
        })),
        ...endingChoice(meeting),
        ...pageChoices(page, (p) => choices.encode("sheet", { meeting: meeting.id, page: p })),
      ],
    },
  );
}

/** Under way: the way to close it; closed: the way to the end its minutes record. */
function endingChoice(meeting: Meeting): Choice[] {
  if (meeting.state === "scheduled") {
    return [
      {
        label: { key: "diemdanh-choice-close" },
        value: choices.encode("close", { meeting: meeting.id }),
      },
    ];
  }
  if (meeting.state !== "closed") return [];
  return [
    {
      label: { key: "meeting-end-choice-edit" },
      value: meetingEndChoices.encode("ask", { meeting: meeting.id }),
    },
  ];
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
  correctAttendance(
    turn.services,
    turn.poster(),
    meeting,
    member.id,
    { present, reason },
    turn.knownMember.id,
    turn.now,
  );
  if (meeting.state === "scheduled" && meeting.checkinOpenedAt) postCheckin(turn, meeting, true);
  if (turn.platform.hasButtons) return showSheet(turn, meeting, { member: member.id });
  showStillAbsent(turn, meeting, { member, present });
}

/**
 * Where each tap is answered by a new message (no buttons to edit), not the whole sheet
 * again: what changed, the count, and a page of those still absent to mark next, the page
 * where the member just marked is or was.
 */
function showStillAbsent(
  turn: Turn,
  meeting: Meeting,
  at: { page: number } | { member: Member; present: boolean },
): void {
  const sheet = sheetOf(turn.services, meeting);
  const absent = [
    ...sheet.absentWithReason.map((a) => a.member),
    ...sheet.absentWithoutReason,
  ].sort(byName);
  const index =
    "page" in at
      ? at.page
      : pageHolding(
          [...absent.filter((m) => m.id !== at.member.id), at.member].sort(byName),
          (m) => m.id === at.member.id,
        );
  const page = pageOf(absent, index);
  turn.say(
    turn.chat.id,
    [
      ...("member" in at
        ? [
            {
              key: at.present ? "diemdanh-marked-present" : "diemdanh-marked-absent",
              args: { name: at.member.fullName },
            },
          ]
        : []),
      meeting.state === "closed" ? sheetCounts(sheet) : checkinCount(sheet),
      absent.length > 0
        ? { key: "diemdanh-still-absent", args: { page: pageMark(page) } }
        : { key: "diemdanh-none-absent" },
    ],
    {
      choices: [
        ...page.items.map((m) => ({
          label: { key: "diemdanh-mark-absent", args: { name: m.fullName } },
          value: choices.encode("mark", { meeting: meeting.id, member: m.id }),
        })),
        ...endingChoice(meeting),
        ...pageChoices(page, (p) => choices.encode("absent", { meeting: meeting.id, page: p })),
      ],
    },
  );
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
  correctAttendance(
    turn.services,
    turn.poster(),
    meeting,
    member.id,
    { present: false, reason: reason.text },
    turn.knownMember.id,
    turn.now,
  );
  turn.reply("diemdanh-reason-saved", { name: member.fullName, reason: reason.text });
  showSheet(turn, meeting, { member: member.id });
}

/** How much of a typed name a refusal says back. */
const ECHOED_NAME = 40;

/** A full name, a given name, or either without marks, when it means one member. */
function findMember(turn: Turn, meeting: Meeting, name: string): Member {
  if (foldKey(name) === "") return turn.fail("diemdanh-reason-usage");
  const roster = turn.services.members.ofCell(meeting.cellId, "active").filter(isCounted);
  const found = matchName(name, roster);
  if (found.length === 1 && found[0]) return found[0];
  const typed = clip(normalizeLine(name), ECHOED_NAME);
  if (found.length === 0) return turn.fail("diemdanh-no-such-member", { name: typed });
  return turn.fail("diemdanh-name-twice", {
    name: typed,
    count: found.length,
    names: found.map((m) => m.fullName).join(", "),
    example: found[0]?.fullName ?? typed,
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
  const { timeZone } = turn.services;
  const closed = closeMeeting(turn.services, turn.poster(), meeting, turn.now, true);
  warnAbsences(turn.services, turn.poster(), closed, turn.now);
  const { parts, extras } = endQuestion(closed, timeZone);
  turn.say(
    turn.chat.id,
    [{ key: "diemdanh-closed", args: { meeting: shortName(meeting, timeZone) } }, ...parts],
    extras,
  );
}

/** A closed meeting of the cell whose minutes may still be corrected: its end may be given. */
function endable(turn: Turn, meeting: Meeting): Meeting {
  if (meeting.state === "cancelled") return turn.fail("lichhop-cancelled");
  if (meeting.state !== "closed") return turn.fail("choice-expired");
  if (mayCorrect(meeting, turn.now) !== "allowed") {
    return turn.fail("meeting-end-too-late", { days: CORRECTION_DAYS });
  }
  return meeting;
}

/** The meeting whose end the open dialog asks for, if it may still be given, by this person. */
function typedEndOf(turn: Turn, stored: unknown): Meeting | undefined {
  const state = endState.safeParse(stored);
  const meeting = state.success ? turn.services.meetings.byId(state.data.meetingId) : undefined;
  const mayGive =
    meeting?.state === "closed" &&
    meeting.cellId === turn.knownMember.cellId &&
    canManageRoster(turn.knownMember) &&
    mayCorrect(meeting, turn.now) === "allowed";
  return mayGive ? meeting : undefined;
}

function askEnd(turn: Turn, meeting: Meeting): void {
  const { timeZone } = turn.services;
  turn.openDialog("diemdanh", { meetingId: meeting.id });
  turn.reply("meeting-end-ask", {
    meeting: shortName(meeting, timeZone),
    start: clockTime(meeting.startsAt, timeZone),
  });
}

/** The end given (null: the scheduled one), checked again: time has passed since it was offered. */
function saveEnd(turn: Turn, meeting: Meeting, endedAt: Date | null): void {
  if (endedAt) {
    const checked = checkMeetingEnd(endedAt, meeting.startsAt, turn.now);
    if (!checked.ok) return turn.fail("choice-expired");
  }
  const saved = turn.services.meetings.recordEnd(meeting.id, endedAt, turn.now);
  turn.closeDialog("diemdanh");
  turn.say(turn.chat.id, [
    { key: "meeting-end-saved" },
    recordedEnd(saved, turn.services.timeZone),
  ]);
}
