import { randomInt } from "node:crypto";
import { z } from "zod";
import { formatInstant } from "../src/domain/calendar.js";
import { readConsentAnswer } from "../src/domain/consent-rules.js";
import { isCounted, isCurrentMembership } from "../src/domain/member-rules.js";
import { checkJoiningName, namesakesOf } from "../src/domain/names.js";
import { foldKey, splitOnce } from "../src/domain/text.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { type ChoiceOf, choice, choiceCodec, choiceId } from "../src/messages/choice-codec.js";
import type { Cell, GroupLink } from "../src/store/cell-store.js";
import type { Member } from "../src/store/member-store.js";
import { CONSENT_TEXT_VERSION, consentTerms } from "./consent-text.js";
import { accountName, approvalChoices } from "./duyet.js";

/** Each question carries its own number: a press on an older one, or a forged one, is stale. */
const choices = choiceCodec("thamgia", {
  yes: choice("yes-{ask}", { ask: choiceId }),
  no: choice("no-{ask}", { ask: choiceId }),
});

/** The consent question open for one person: the name they typed, in which group, for which cell. */
const askSchema = z.object({
  ask: z.number().int(),
  cellId: z.number().int(),
  groupChatId: z.string(),
  name: z.string(),
});
type Ask = z.infer<typeof askSchema>;

/** How high the number of a question goes: well inside a choice's id. */
const MAX_ASK = 2 ** 31;

/**
 * /thamgia Họ và tên: join the roster of the cell this group belongs to, or correct one's name.
 * Before a new entry is made the person is asked to consent to what chibo keeps, in private
 * if chibo can write to them there, else in the group with a choice only they may take.
 * /thamgia MÃ: claim an entry the secretary added by hand, with the code they gave.
 */
export const thamgia: Command<ChoiceOf<typeof choices>> = {
  name: "thamgia",
  // The consent question asked in private is answered there by typing: a dialog's answer
  // reaches its command wherever the dialog is, a choice only where the command works.
  where: "group",
  who: "anyone",
  choices,
  // Only the person asked can take them: each checks the asker's own open question.
  groupChoices: ["yes", "no"],
  run(turn) {
    const group = turn.group;
    if (!group?.active) return turn.fail("refuse-group-not-linked");
    if (!turn.args.trim()) return turn.fail("thamgia-usage");
    const code = claimCodeIn(turn.args);
    if (code) return claim(turn, group, code);
    const name = checkJoiningName(turn.args);
    if (!name.ok) return turn.fail(`thamgia-name-${name.problem}`);

    const existing = turn.member;
    if (existing && isCurrentMembership(existing)) {
      if (existing.cellId !== group.cellId) {
        return turn.fail("refuse-other-cell");
      }
      return renameOrRemind(turn, existing, name.name);
    }
    if (isUnclaimedEntry(turn, group.cellId, name.name))
      return pointToClaim(turn, group.cellId, name.name);
    askConsent(turn, group, name.name);
  },
  choose(turn, chosen) {
    const asked = askSchema.safeParse(turn.dialogState("thamgia")).data;
    if (!asked || asked.ask !== chosen.ask) return turn.fail("consent-not-yours");
    settle(turn, asked, chosen.action === "yes" ? "given" : "refused");
  },
  answer(turn, text, state) {
    const asked = askSchema.safeParse(state).data;
    if (!asked) return turn.closeDialog("thamgia");
    const answer = readConsentAnswer(text, turn.inGroup ? "group" : "private");
    if (answer) return settle(turn, asked, answer);
    // In the group, other talk is the members' own: only the private chat is told.
    if (!turn.inGroup) turn.reply("consent-typed-unclear");
  },
};

/**
 * The consent text: in the private chat if chibo can write there (and no other dialog is open
 * in it), answered by typing; else in the group, addressed to the person by name, with two
 * choices only they may take where there are buttons, answered by typing where there are none.
 */
function askConsent(turn: Turn, group: GroupLink & { cell: Cell }, name: string): void {
  const { conversations } = turn.services;
  const privately =
    conversations.hasPrivateChat(turn.person.id) && !turn.otherDialog("thamgia", true);
  const asked: Ask = {
    ask: randomInt(1, MAX_ASK),
    cellId: group.cellId,
    groupChatId: turn.chat.id,
    name,
  };
  turn.openDialog("thamgia", asked, privately);
  const question = (close: string): Text[] => [
    { key: "consent-ask", args: { name, cell: group.cell.name } },
    consentTerms,
    { key: close },
  ];
  if (privately) {
    turn.say(turn.person.id, question("consent-ask-close-typed"));
    turn.reply("consent-asked-in-private", { name });
    return;
  }
  // Without buttons the choices would be a numbered list, and a group keeps one: a second
  // person's question would take the first one's "1". Typed words reach each one's own question.
  if (!turn.platform.hasButtons) {
    turn.say(turn.chat.id, question("consent-ask-close-typed"));
    return;
  }
  turn.say(turn.chat.id, question("consent-ask-close"), {
    choices: [
      { label: { key: "consent-choice-yes" }, value: choices.encode("yes", { ask: asked.ask }) },
      { label: { key: "consent-choice-no" }, value: choices.encode("no", { ask: asked.ask }) },
    ],
  });
}

/**
 * The answer, stored with its time and the text's version. Only a yes puts the name on the
 * roster, with everything checked again: the group may have been unlinked, or the person may
 * have joined, since the question.
 */
function settle(turn: Turn, asked: Ask, answer: "given" | "refused"): void {
  turn.closeDialog("thamgia");
  const { cells, consents } = turn.services;
  const link = cells.groupLink(asked.groupChatId);
  // Answered rather than refused, so that the question closes: a refusal would roll that back.
  if (!link?.active || link.cellId !== asked.cellId) return turn.reply("refuse-group-not-linked");
  const consent = {
    cellId: asked.cellId,
    personId: turn.person.id,
    textVersion: CONSENT_TEXT_VERSION,
    now: turn.now,
  };
  if (answer === "refused") {
    consents.record({ ...consent, answer });
    return answerPrivately(turn, "consent-refused", { name: asked.name });
  }
  const existing = turn.member;
  if (existing && isCurrentMembership(existing)) {
    const key = existing.cellId === link.cellId ? "thamgia-already" : "refuse-other-cell";
    return turn.reply(key, { name: existing.fullName });
  }
  if (isUnclaimedEntry(turn, link.cellId, asked.name)) {
    return pointToClaim(turn, link.cellId, asked.name);
  }
  const member = join(turn, link.cell, asked.name);
  consents.record({ ...consent, answer, memberId: member.id });
}

/** A refusal is the person's own business: a notice to them alone where the platform has one. */
function answerPrivately(turn: Turn, key: string, args: Text["args"]): void {
  if (turn.incoming.content.type === "choice") turn.answerChoice(key, args);
  else turn.reply(key, args);
}

/** The roster entry, pending or approved at once as the cell chose, and who is told. */
function join(turn: Turn, cell: Cell, fullName: string): Member {
  const roster = cell.autoApprove ? "active" : "pending";
  const member = turn.services.members.create({
    cellId: cell.id,
    fullName,
    role: "member",
    roster,
    personId: turn.person.id,
    displayName: turn.person.displayName,
    now: turn.now,
  });
  if (roster === "active") {
    turn.reply("thamgia-welcome", { name: fullName, cell: cell.name });
  } else {
    turn.reply("thamgia-pending", { name: fullName, cell: cell.name });
  }
  const namesake = warnOfNamesake(turn, member);
  if (roster === "pending") askManagers(turn, cell, member, namesake);
  return member;
}

/**
 * The same name is not a change, nor the same name typed without diacritics ("tran van hung"
 * must not overwrite "Trần Văn Hùng"); a corrected mark ("Hưng" for "Hùng") is.
 */
function renameOrRemind(turn: Turn, member: Member, fullName: string): void {
  const typedPlain = foldKey(fullName) === fullName.toLowerCase();
  if (member.fullName === fullName || (typedPlain && member.nameKey === foldKey(fullName))) {
    const key = member.roster === "pending" ? "thamgia-still-pending" : "thamgia-already";
    turn.fail(key, { name: member.fullName });
  }
  turn.services.members.rename(member.id, fullName, turn.now);
  turn.reply("thamgia-renamed", { old: member.fullName, name: fullName });
  const namesake = warnOfNamesake(turn, { ...member, fullName });
  // The roster is the secretary's: a change of name never goes unseen.
  const notice: Text[] = [
    { key: "thamgia-renamed-notice", args: { old: member.fullName, name: fullName } },
    ...(namesake ? [namesakeNotice(fullName)] : []),
  ];
  for (const manager of turn.services.members.managers(member.cellId)) {
    if (manager.id !== member.id) turn.tellMember(manager.id, notice);
  }
}

/**
 * Someone on the roster already has this name (another person, or the same one joining twice):
 * the person is told, and returns whether the secretary should be told too.
 */
function warnOfNamesake(turn: Turn, member: Pick<Member, "id" | "cellId" | "fullName">): boolean {
  const roster = turn.services.members.ofCell(member.cellId).filter(isCurrentMembership);
  if (namesakesOf(member, roster).length === 0) return false;
  turn.reply("thamgia-namesake", { name: member.fullName });
  return true;
}

const namesakeNotice = (name: string): Text => ({ key: "duyet-namesake", args: { name } });

/**
 * The secretary and deputy hear of the request in private. With buttons they can decide right
 * there; without, a numbered list arriving unasked could catch a digit meant for something
 * else, so they are pointed to /duyet.
 */
function askManagers(turn: Turn, cell: Cell, member: Member, namesake: boolean): void {
  const account = accountName(turn.person.displayName);
  const request: Text[] = [
    { key: "duyet-request", args: { name: member.fullName, account, cell: cell.name } },
    ...(namesake ? [namesakeNotice(member.fullName)] : []),
  ];
  const pending = { ...member, displayName: turn.person.displayName, namesake };
  for (const manager of turn.services.members.managers(cell.id)) {
    if (turn.platform.hasButtons) {
      turn.tellMember(manager.id, request, { choices: approvalChoices(pending) });
    } else {
      turn.tellMember(manager.id, [...request, { key: "duyet-hint" }]);
    }
  }
}

/** The code in "/thamgia 1234 5678" or "/thamgia mã 12345678"; undefined: no code, a name. */
function claimCodeIn(args: string): string | undefined {
  const [first, rest] = splitOnce(args.trim(), " ");
  const typed = (foldKey(first) === "ma" ? rest : args).replace(/\s+/g, "");
  // Codes have eight digits: six or more are a code mistyped; fewer, a name typed wrong.
  return /^\d{6,}$/.test(typed) ? typed : undefined;
}

/**
 * The entry a code stands for becomes this account's: a person waiting for approval drops the
 * request for it. A code for another cell counts as wrong, and stays for the right group.
 */
function claim(turn: Turn, group: GroupLink & { cell: Cell }, code: string): void {
  const { members, claimCodes, timeZone } = turn.services;
  const current = turn.member;
  // The code is looked at only if this account may take an entry: nothing is used up otherwise.
  if (current && isCurrentMembership(current) && current.roster !== "pending") {
    return turn.fail("thamgia-claim-already-member", { name: current.fullName });
  }
  const locked = claimCodes.attempts.lockedUntil(turn.person.id, turn.now);
  if (locked) return turn.fail("code-locked", { until: formatInstant(locked, timeZone) });
  const memberId = claimCodes.peek(code, turn.now);
  const member = memberId === undefined ? undefined : members.byId(memberId);
  if (
    !member ||
    member.cellId !== group.cellId ||
    !isCounted(member) ||
    members.personIds(member.id).length > 0
  ) {
    // Answered, not refused: a refusal would roll back the wrong try it has to count.
    claimCodes.attempts.noteWrong(turn.person.id, turn.now);
    return turn.reply("thamgia-bad-code");
  }
  claimCodes.redeem(code, turn.now);
  if (current?.roster === "pending") members.setRoster(current.id, "moved", turn.now);
  members.addIdentity(member.id, turn.person.id, turn.person.displayName, turn.now);
  turn.reply("thamgia-claimed", { name: member.fullName, cell: group.cell.name });
  showPaperConsent(turn, member);
  const notice: Text[] = [
    {
      key: "thamgia-claimed-notice",
      args: { name: member.fullName, account: accountName(turn.person.displayName) },
    },
  ];
  for (const manager of members.managers(group.cellId)) {
    if (manager.id !== member.id) turn.tellMember(manager.id, notice);
  }
}

/**
 * The entry was added by hand with a consent the secretary confirmed on paper: the person now
 * reads the text on screen (a message of its own, to stay on one screen), and the row says
 * this account was shown this version. Without a consent on paper standing, nothing is
 * recorded for them.
 */
function showPaperConsent(turn: Turn, member: Member): void {
  const { consents } = turn.services;
  turn.say(turn.chat.id, [consentTerms]);
  const paper = consents.ofMember(member.id).at(-1);
  if (paper?.answer !== "given") return;
  consents.record({
    cellId: member.cellId,
    personId: turn.person.id,
    memberId: member.id,
    textVersion: CONSENT_TEXT_VERSION,
    answer: "given",
    ...(paper.recordedBy === null ? {} : { recordedBy: paper.recordedBy }),
    now: turn.now,
  });
}

/** Whether the name is that of an entry added by hand that no chat account has claimed yet. */
function isUnclaimedEntry(turn: Turn, cellId: number, fullName: string): boolean {
  const { members } = turn.services;
  const roster = members.ofCell(cellId, "active").filter(isCounted);
  const withAccounts = members.withAccounts(cellId);
  return namesakesOf({ fullName }, roster).some((member) => !withAccounts.has(member.id));
}

/**
 * Rather than a second entry under the same name, the person is told how to claim the one the
 * secretary added, and the secretary and deputy are told who asks: nothing is saved.
 */
function pointToClaim(turn: Turn, cellId: number, fullName: string): void {
  turn.reply("thamgia-unclaimed", { name: fullName });
  const account = accountName(turn.person.displayName);
  const notice: Text[] = [{ key: "thamgia-unclaimed-notice", args: { name: fullName, account } }];
  for (const manager of turn.services.members.managers(cellId)) {
    turn.tellMember(manager.id, notice);
  }
}
