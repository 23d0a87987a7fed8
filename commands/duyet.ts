import { isCurrentMembership } from "../src/domain/member-rules.js";
import { namesakesOf } from "../src/domain/names.js";
import { clip, normalizeLine } from "../src/domain/text.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { type ChoiceOf, choice, choiceCodec, choiceId } from "../src/messages/choice-codec.js";
import type { Choice } from "../src/messages/reply.js";
import type { Member } from "../src/store/member-store.js";

const choices = choiceCodec("duyet", {
  approve: choice("ok:{member}", { member: choiceId }),
  reject: choice("no:{member}", { member: choiceId }),
  // Everyone waiting, up to the last one the list showed: asked once more, then approved.
  all: choice("all:{upto}", { upto: choiceId }),
  allYes: choice("allok:{upto}", { upto: choiceId }),
  list: choice("list"),
});

/** A person waiting: the name they typed, their account's own name, and whether it is taken. */
export interface PendingRequest extends Pick<Member, "id" | "fullName"> {
  displayName: string;
  namesake: boolean;
}

/** How much of an account's own name is shown beside the typed one. */
const ACCOUNT_NAME_LENGTH = 30;

/** An account's own name as shown beside a typed one: short, and never blank. */
export function accountName(displayName: string): string | Text {
  const name = clip(normalizeLine(displayName), ACCOUNT_NAME_LENGTH);
  return name === "" ? { key: "duyet-account-unnamed" } : name;
}

/** Each person waiting as /duyet shows them: one typing a roster member's name is marked. */
function requestsOf(turn: Turn, pending: readonly Member[]): PendingRequest[] {
  const { members } = turn.services;
  const roster = members.ofCell(turn.knownMember.cellId).filter(isCurrentMembership);
  return pending.map((member) => ({
    ...member,
    displayName: members.displayNames(member.id)[0] ?? "",
    namesake: namesakesOf(member, roster).length > 0,
  }));
}

/**
 * Approve or refuse one person. Where the name is already on the roster, each says whose
 * account it is, and is marked: the name alone cannot tell the two apart.
 */
export function approvalChoices(request: PendingRequest): Choice[] {
  const args = { name: request.fullName, account: accountName(request.displayName) };
  const [approve, reject] = request.namesake
    ? ["duyet-approve-namesake", "duyet-reject-namesake"]
    : ["duyet-approve", "duyet-reject"];
  return [
    { label: { key: approve, args }, value: choices.encode("approve", { member: request.id }) },
    { label: { key: reject, args }, value: choices.encode("reject", { member: request.id }) },
  ];
}

/** /duyet: the secretary or deputy approves or refuses people waiting to join the cell. */
export const duyet: Command<ChoiceOf<typeof choices>> = {
  name: "duyet",
  where: "private",
  who: "manager",
  choices,
  run(turn) {
    showPending(turn);
  },
  choose(turn, chosen) {
    if (chosen.action === "list") return showPending(turn);
    if (chosen.action === "all") return confirmAll(turn, chosen.upto);
    if (chosen.action === "allYes") return approveAll(turn, chosen.upto);
    const { members } = turn.services;
    const candidate = members.byId(chosen.member);
    const cell = turn.knownMember.cell;
    if (!candidate || candidate.cellId !== cell.id) return turn.fail("choice-expired");
    if (candidate.roster !== "pending") {
      return turn.fail("duyet-already-decided", { name: candidate.fullName });
    }
    const approved = chosen.action === "approve";
    if (approved && !turn.services.consents.hasGiven(candidate.id)) {
      // Still waiting, listed again: refusing is what the secretary is asked to do.
      turn.reply("consent-duyet-missing", { name: candidate.fullName });
      return showPending(turn, true);
    }
    decide(turn, candidate, approved);
    turn.reply(approved ? "duyet-approved" : "duyet-rejected", { name: candidate.fullName });
    // The rest of the list, numbered afresh: the numbers shown before no longer hold.
    showPending(turn, true);
  },
};

/**
 * Everyone waiting, one list so that each number means one decision, with "approve all" when
 * more than one waits. After a decision (`rest`), nothing is said when nobody is left.
 */
function showPending(turn: Turn, rest = false): void {
  const cell = turn.knownMember.cell;
  const pending = turn.services.members.ofCell(cell.id, "pending");
  if (pending.length === 0) {
    if (!rest) turn.reply("duyet-none", { cell: cell.name });
    return;
  }
  const upto = Math.max(...pending.map((member) => member.id));
  const all: Choice[] =
    pending.length > 1
      ? [
          {
            label: { key: "duyet-approve-all", args: { count: pending.length } },
            value: choices.encode("all", { upto }),
          },
        ]
      : [];
  turn.reply(
    rest ? "duyet-list-rest" : "duyet-list",
    { cell: cell.name, count: pending.length },
    { choices: [...requestsOf(turn, pending).flatMap(approvalChoices), ...all] },
  );
}

/** Those "approve all" means: waiting still, and shown when it was offered. */
function pendingUpTo(turn: Turn, upto: number): Member[] {
  const cell = turn.knownMember.cell;
  return turn.services.members.ofCell(cell.id, "pending").filter((member) => member.id <= upto);
}

function confirmAll(turn: Turn, upto: number): void {
  const pending = pendingUpTo(turn, upto);
  if (pending.length === 0) return turn.fail("duyet-none", { cell: turn.knownMember.cell.name });
  const names = pending.map((member) => member.fullName).join(", ");
  turn.reply(
    "duyet-confirm-all",
    { count: pending.length, names },
    {
      choices: [
        { label: { key: "duyet-confirm-all-yes" }, value: choices.encode("allYes", { upto }) },
        { label: { key: "duyet-confirm-all-no" }, value: choices.encode("list") },
      ],
    },
  );
}

/** Everyone shown who has given consent is approved; the others stay waiting, named. */
function approveAll(turn: Turn, upto: number): void {
  const pending = pendingUpTo(turn, upto);
  if (pending.length === 0) return turn.fail("duyet-none", { cell: turn.knownMember.cell.name });
  const { consents } = turn.services;
  const approved = pending.filter((member) => consents.hasGiven(member.id));
  const unconsented = pending.filter((member) => !approved.includes(member));
  if (approved.length > 0) {
    for (const candidate of approved) decide(turn, candidate, true, false);
    const names = approved.map((member) => member.fullName).join(", ");
    turn.reply("duyet-approved-all", { count: approved.length, names });
    welcome(turn, names);
  }
  if (unconsented.length > 0) {
    const names = unconsented.map((member) => member.fullName).join(", ");
    turn.reply("consent-duyet-missing-all", { count: unconsented.length, names });
  }
  showPending(turn, true);
}

/** One decision: recorded, told to the person, and (unless `welcomed` later) told the group. */
function decide(turn: Turn, candidate: Member, approved: boolean, welcomed = true): void {
  const cell = turn.knownMember.cell;
  turn.services.members.setRoster(candidate.id, approved ? "active" : "rejected", turn.now);
  turn.tellMember(candidate.id, [
    { key: approved ? "duyet-you-approved" : "duyet-you-rejected", args: { cell: cell.name } },
  ]);
  if (approved && welcomed) welcome(turn, candidate.fullName);
}

/** The group hears of new members, in one message; that is also how one who cannot be reached learns it. */
function welcome(turn: Turn, names: string): void {
  const cell = turn.knownMember.cell;
  for (const group of turn.services.cells.activeGroups(cell.id)) {
    if (group.chatId.startsWith(`${turn.incoming.platform}:`)) {
      const args = { name: names, cell: cell.name };
      turn.say(group.chatId, [{ key: "thamgia-welcome", args }]);
    }
  }
}
