import { z } from "zod";
import { formatDay, localDay } from "../src/domain/calendar.js";
import { readConsentAnswer } from "../src/domain/consent-rules.js";
import { canManageRoster, isCounted } from "../src/domain/member-rules.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { type ChoiceOf, choice, choiceCodec } from "../src/messages/choice-codec.js";
import type { Consent, ConsentAnswer } from "../src/store/consent-store.js";
import type { Member, MemberWithCell } from "../src/store/member-store.js";
import { CONSENT_TEXT_VERSION, consentTerms } from "./consent-text.js";

const choices = choiceCodec("dongy", {
  yes: choice("yes"),
  no: choice("no"),
});

/** The question open in the private chat: whose entry it is about. */
const askSchema = z.object({ member: z.number().int() });

/**
 * /dongy: consent for a member already on the roster without one (an entry older than consent
 * at join, asked by the consent-ask job; or someone who refused or withdrew and now agrees).
 * The same text and version as /thamgia, answered by a choice where there are buttons, by
 * typing "đồng ý" / "không đồng ý" everywhere. A refusal leaves the entry as it is: the
 * secretary decides, and chibo sends the member no private reminder meanwhile. The secretary
 * and deputy also see here who has not answered.
 */
export const dongy: Command<ChoiceOf<typeof choices>> = {
  name: "dongy",
  where: "private",
  who: "member",
  // Only for those the job or the secretary points to it: the rest have answered at /thamgia.
  hidden: true,
  choices,
  run(turn) {
    const member = turn.knownMember;
    const last = turn.services.consents.ofMember(member.id).at(-1);
    if (last?.answer === "given") turn.reply("dongy-already-given", givenArgs(turn, last));
    if (canManageRoster(member)) {
      for (const message of overview(turn, member)) turn.say(turn.chat.id, message);
    }
    if (last?.answer !== "given") ask(turn, member);
  },
  choose(turn, chosen) {
    settle(turn, turn.knownMember, chosen.action === "yes" ? "given" : "refused");
  },
  answer(turn, text, state) {
    const asked = askSchema.safeParse(state).data;
    const member = turn.member;
    // Left the roster, or another account's entry, since the question: it no longer stands.
    if (!asked || !member || member.id !== asked.member || !isCounted(member)) {
      turn.closeDialog("dongy");
      return turn.reply("text-without-dialog");
    }
    const answer = readConsentAnswer(text, "private");
    if (!answer) return turn.reply("consent-typed-unclear");
    settle(turn, member, answer);
  },
  resume(turn) {
    const member = turn.member;
    if (member && isCounted(member) && !turn.services.consents.hasGiven(member.id)) {
      return ask(turn, member);
    }
    turn.closeDialog("dongy");
  },
};

/**
 * The consent text with its two answers: choices where there are buttons, typed words
 * everywhere (the dialog takes them). Where there are buttons a draft of another command stays
 * open, and the buttons answer; without, the question waits its turn (the dialog-busy choice).
 */
function ask(turn: Turn, member: MemberWithCell): void {
  const lead: Text = { key: "dongy-ask", args: { name: member.fullName, cell: member.cell.name } };
  const state = { member: member.id };
  if (!turn.platform.hasButtons) {
    turn.openDialog("dongy", state);
    return turn.say(turn.chat.id, [lead, consentTerms, { key: "dongy-ask-close-typed" }]);
  }
  if (!turn.otherDialog("dongy")) turn.openDialog("dongy", state);
  turn.say(turn.chat.id, [lead, consentTerms, { key: "dongy-ask-close" }], {
    choices: [
      { label: { key: "consent-choice-yes" }, value: choices.encode("yes") },
      { label: { key: "consent-choice-no" }, value: choices.encode("no") },
    ],
  });
}

/**
 * The answer, stored with its time and the text's version. A consent given is withdrawn only
 * by /dulieu (which asks again); a second "no" changes nothing; the only secretary hands the
 * role over first, as for a withdrawal, or nobody would be left to act on it.
 */
function settle(turn: Turn, member: MemberWithCell, answer: "given" | "refused"): void {
  turn.closeDialog("dongy");
  const { consents } = turn.services;
  const last = consents.ofMember(member.id).at(-1);
  if (last?.answer === "given") {
    const key = answer === "given" ? "dongy-already-given" : "dongy-given-use-dulieu";
    return turn.reply(key, givenArgs(turn, last));
  }
  if (answer === "refused" && last !== undefined) return turn.reply("dongy-no-already");
  if (answer === "refused" && isOnlySecretary(turn, member)) {
    return turn.reply("dongy-only-secretary");
  }
  consents.record({
    cellId: member.cellId,
    personId: turn.person.id,
    memberId: member.id,
    textVersion: CONSENT_TEXT_VERSION,
    answer,
    now: turn.now,
  });
  if (answer === "given") {
    turn.reply("dongy-given", { version: CONSENT_TEXT_VERSION });
    // After a "no" the secretary was asked to decide: that no longer stands.
    if (last !== undefined) tellManagers(turn, member, "dongy-given-notice");
    return;
  }
  const told = tellManagers(turn, member, "dongy-refused-notice");
  turn.reply(told ? "dongy-refused" : "dongy-refused-unreached");
}

/** The secretary and deputy, in private: the member's name and nothing else. */
function tellManagers(turn: Turn, member: MemberWithCell, key: string): boolean {
  const notice: Text[] = [{ key, args: { name: member.fullName } }];
  let told = false;
  for (const manager of turn.services.members.managers(member.cellId)) {
    if (manager.id !== member.id && turn.tellMember(manager.id, notice)) told = true;
  }
  return told;
}

function isOnlySecretary(turn: Turn, member: MemberWithCell): boolean {
  if (member.role !== "secretary") return false;
  return !turn.services.members
    .managers(member.cellId)
    .some((other) => other.id !== member.id && other.role === "secretary");
}

/** When a consent was given, and to which version of the text. */
function givenArgs(turn: Turn, given: Consent): Text["args"] {
  const day = formatDay(localDay(given.answeredAt, turn.services.timeZone));
  return { day, version: given.textVersion };
}

/**
 * For the secretary and deputy: who on the roster has not answered, those of them chibo cannot
 * write to in private (it could not ask them: the secretary reminds them), and who said no.
 * Names only; each group a message of its own, so that a whole cell's names fit one screen.
 */
function overview(turn: Turn, manager: MemberWithCell): Text[][] {
  const { consents, members, conversations } = turn.services;
  const answers = consents.latestAnswersIn(manager.cellId);
  const roster = members.ofCell(manager.cellId, "active").filter(isCounted);
  const having = (answer: ConsentAnswer | undefined) =>
    roster.filter((member) => answers.get(member.id) === answer);
  const reachable = (member: Member) =>
    members.personIds(member.id).some((id) => conversations.hasPrivateChat(id));
  const unanswered = having(undefined);
  const refused = having("refused");
  const withdrawn = having("withdrawn");
  const line = (key: string, list: readonly Member[]): Text[] =>
    list.length === 0
      ? []
      : [{ key, args: { count: list.length, names: list.map((m) => m.fullName).join(", ") } }];
  const head: Text = { key: "dongy-overview-head", args: { cell: manager.cell.name } };
  if (unanswered.length + refused.length + withdrawn.length === 0) {
    return [[head, { key: "dongy-overview-all-given" }]];
  }
  const saidNo = [
    ...line("dongy-overview-refused", refused),
    ...line("dongy-overview-withdrawn", withdrawn),
  ];
  const [first = [], ...rest] = [
    line("dongy-overview-unanswered", unanswered.filter(reachable)),
    line(
      "dongy-overview-unreachable",
      unanswered.filter((member) => !reachable(member)),
    ),
    saidNo.length === 0 ? [] : [...saidNo, { key: "dongy-overview-decide" }],
  ].filter((message) => message.length > 0);
  return [[head, ...first], ...rest];
}
