import { formatInstant } from "../src/domain/calendar.js";
import { type ErasureRefusal, erasureRefusal, isMeetingOpen } from "../src/domain/erasure-rules.js";
import { plainText } from "../src/domain/rich-text.js";
import type { Turn } from "../src/engine/turn.js";
import { type Text, Translator } from "../src/i18n.js";
import type { Choice } from "../src/messages/reply.js";
import type { Meeting } from "../src/store/meeting-store.js";
import type { ErasureCounts } from "../src/store/member-erasure.js";
import type { Member } from "../src/store/member-store.js";

/**
 * The secretary's side of a member's deletion request (/dulieu): what goes and what the cell
 * keeps, asked once more, then the erasure, in one transaction. Nothing of the member's data is
 * shown, only counts: carrying out the request opens nothing, and leaves no row of who looked.
 */

let records: Translator | undefined;

/**
 * The name an erased entry goes by in the roster and the minutes, with its id so that two are
 * told apart. Written in Vietnamese, the language of the cell's minutes, whatever language
 * chibo speaks in the chats: the commands are given no translator of their own.
 */
export function erasedName(memberId: number): string {
  records ??= new Translator("vi");
  return plainText(records.t("dulieu-erased-name", { id: String(memberId) }));
}

/**
 * The deletion requests waiting in the cell, for the secretary (or the deputies where there is
 * none) to open from their own /dulieu: on a chat without buttons the notice's numbered choice
 * is gone once another list is shown. `value` encodes a member's choice.
 */
export function waitingErasures(
  turn: Turn,
  value: (memberId: number) => string,
): { names: string[]; choices: Choice[] } {
  const actor = turn.knownMember;
  const { members, consents } = turn.services;
  if (!members.secretaryOrDeputies(actor.cellId).some((m) => m.id === actor.id)) {
    return { names: [], choices: [] };
  }
  const waiting = consents
    .erasureRequestsIn(actor.cellId)
    .flatMap((id) => members.byId(id) ?? [])
    .filter((member) => member.fullName !== erasedName(member.id) && member.id !== actor.id);
  return {
    names: waiting.map((member) => member.fullName),
    choices: waiting.map((member) => ({
      label: { key: "dulieu-choice-erase-member", args: { name: member.fullName } },
      value: value(member.id),
    })),
  };
}

/** What the secretary reads before confirming: the lists of what goes and what stays. */
export function askErasure(turn: Turn, memberId: number, confirmValue: string): void {
  const member = erasable(turn, memberId);
  const counts = turn.services.erasure.preview(member.id);
  turn.say(
    turn.chat.id,
    [
      { key: "dulieu-erase-confirm", args: { name: member.fullName } },
      ...erasureLists(counts, erasedName(member.id), "will"),
    ],
    {
      choices: [
        {
          label: { key: "dulieu-choice-erase-confirm", args: { name: member.fullName } },
          value: confirmValue,
        },
      ],
    },
  );
}

/**
 * Erases what the law lets go, in one transaction; the member hears first, while chibo can
 * still reach them, and the secretary gets the same lists.
 */
export function eraseMember(turn: Turn, memberId: number): void {
  const member = erasable(turn, memberId);
  const { erasure } = turn.services;
  const name = erasedName(member.id);
  const told = turn.tellMember(member.id, [
    { key: "dulieu-erased-member" },
    ...erasureLists(erasure.preview(member.id), name, "done"),
    { key: "dulieu-erased-member-last" },
  ]);
  const done = turn.services.transaction(() => erasure.erase(member.id, name, turn.now));
  turn.say(turn.chat.id, [
    { key: "dulieu-erased", args: { name: member.fullName } },
    ...erasureLists(done, name, "done"),
    { key: told ? "dulieu-erased-told" : "dulieu-erased-untold" },
  ]);
}

/** The entry the press names, once no reason to refuse is left; otherwise the turn is refused. */
function erasable(turn: Turn, memberId: number): Member {
  const actor = turn.knownMember;
  const { members, consents } = turn.services;
  const member = members.byId(memberId);
  const secretaries = members.secretaryOrDeputies(actor.cellId);
  const inCell = member?.cellId === actor.cellId;
  const open = inCell ? openMeeting(turn, actor.cellId) : undefined;
  const refusal = erasureRefusal({
    decides: secretaries.some((manager) => manager.id === actor.id),
    inCell,
    erased: member?.fullName === erasedName(memberId),
    self: memberId === actor.id,
    onlySecretary: !secretaries.some((m) => m.id !== actor.id && m.role === "secretary"),
    requested: member !== undefined && consents.asksErasure(member.id),
    meetingOpen: open !== undefined,
  });
  // Without an entry, `inCell` is false: refused as stale.
  if (refusal || !member) {
    const day = open ? formatInstant(open.startsAt, turn.services.timeZone) : "";
    const why: ErasureRefusal = refusal ?? "stale";
    return turn.fail(REFUSALS[why].key, { name: member?.fullName ?? "", day });
  }
  return member;
}

/** Each refusal's sentence; each says nothing changed. */
const REFUSALS: Record<ErasureRefusal, Text> = {
  "not-secretary": { key: "dulieu-erase-refused-not-secretary" },
  stale: { key: "dulieu-erase-refused-stale" },
  "already-erased": { key: "dulieu-erase-refused-already" },
  "only-secretary": { key: "dulieu-erase-refused-only-secretary" },
  self: { key: "dulieu-erase-refused-self" },
  "not-requested": { key: "dulieu-erase-refused-not-requested" },
  "meeting-open": { key: "dulieu-erase-refused-meeting-open" },
};

/** A meeting of the cell whose minutes are still being made, if any. */
function openMeeting(turn: Turn, cellId: number): Meeting | undefined {
  const { meetings } = turn.services;
  const scheduled = [
    ...meetings.scheduledEndingBefore(cellId, turn.now),
    ...meetings.upcoming(cellId, turn.now),
  ];
  return scheduled.find((meeting) => isMeetingOpen(meeting, turn.now));
}

/**
 * What goes and what the cell keeps, a line for each kind there is: before (`will`) or after
 * (`done`) the erasure. Absence reasons stay with the marks: the minutes record them.
 */
function erasureLists(counts: ErasureCounts, name: string, when: "will" | "done"): Text[] {
  const line = (count: number, text: Text): Text[] => (count > 0 ? [text] : []);
  const gone = [
    ...line(counts.accounts, {
      key: "dulieu-erase-line-accounts",
      args: { count: counts.accounts },
    }),
    ...line(counts.plans, {
      key: "dulieu-erase-line-plans",
      args: { count: counts.plans, revisions: counts.revisions },
    }),
    ...line(counts.progress, {
      key: "dulieu-erase-line-progress",
      args: { count: counts.progress },
    }),
    ...line(counts.results, { key: "dulieu-erase-line-results", args: { count: counts.results } }),
    ...line(counts.answers, { key: "dulieu-erase-line-answers", args: { count: counts.answers } }),
    ...line(counts.votes, { key: "dulieu-erase-line-votes", args: { count: counts.votes } }),
    ...line(counts.nominations, {
      key: "dulieu-erase-line-nominations",
      args: { count: counts.nominations },
    }),
    ...line(counts.messages, {
      key: "dulieu-erase-line-messages",
      args: { count: counts.messages },
    }),
  ];
  return [
    { key: when === "will" ? "dulieu-erase-gone-will" : "dulieu-erase-gone-done" },
    ...(gone.length > 0 ? gone : [{ key: "dulieu-erase-line-nothing" }]),
    { key: "dulieu-erase-kept", args: { name } },
    ...line(counts.meetings, {
      key: "dulieu-erase-line-minutes",
      args: { count: counts.meetings, marks: counts.marks },
    }),
    ...line(counts.levels, { key: "dulieu-erase-line-levels", args: { count: counts.levels } }),
    ...line(counts.countedVotes, {
      key: "dulieu-erase-line-counted-votes",
      args: { count: counts.countedVotes },
    }),
    ...line(counts.consents, {
      key: "dulieu-erase-line-consents",
      args: { count: counts.consents },
    }),
  ];
}
