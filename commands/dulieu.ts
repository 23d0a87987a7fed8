import { z } from "zod";
import { formatDay, localDay } from "../src/domain/calendar.js";
import type { Level } from "../src/domain/grading-rules.js";
import { hasWords, normalizeText, visibleLength } from "../src/domain/text.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { type ChoiceOf, choice, choiceCodec, choiceId } from "../src/messages/choice-codec.js";
import type { Choice, ReplyExtras } from "../src/messages/reply.js";
import type { Consent } from "../src/store/consent-store.js";
import type { MemberWithCell } from "../src/store/member-store.js";
import { CONSENT_TEXT_VERSION } from "./consent-text.js";
import { replyWithDocument } from "./document-reply.js";
import { askErasure, eraseMember, waitingErasures } from "./dulieu-erase.js";
import { whoLooked } from "./dulieu-reads.js";

const choices = choiceCodec("dulieu", {
  export: choice("export"),
  withdraw: choice("withdraw"),
  withdrawYes: choice("withdraw-yes"),
  correct: choice("correct"),
  erase: choice("erase"),
  eraseYes: choice("erase-yes"),
  // The secretary's: a member's request, then its confirmation.
  eraseMember: choice("x-{member}", { member: choiceId }),
  eraseMemberYes: choice("xok-{member}", { member: choiceId }),
});

/** The one question /dulieu asks by typing: what to correct. */
const stateSchema = z.object({ step: z.literal("correct") });

/** A correction is a few sentences to the secretary, not a document. */
const MAX_CORRECTION = 1000;

/**
 * /dulieu: a member's own data (Law 91/2025/QH15): what chibo holds about them, who opened it
 * this year, a copy as a JSON file, withdrawal of their consent, a request to correct or to
 * delete. In private only: nothing of it is shown in a group. Nothing is corrected or deleted
 * by the member: the secretary is asked, and carries out a deletion from the request's notice,
 * keeping what the cell's minutes must keep (dulieu-erase.ts).
 */
export const dulieu: Command<ChoiceOf<typeof choices>> = {
  name: "dulieu",
  where: "private",
  who: "member",
  choices,
  run(turn) {
    const member = turn.knownMember;
    turn.say(turn.chat.id, summary(turn, member));
    // Two messages, each within one screen; the choices under the last.
    const waiting = waitingErasures(turn, (id) => choices.encode("eraseMember", { member: id }));
    const pending: Text[] =
      waiting.names.length > 0
        ? [{ key: "dulieu-erase-waiting", args: { names: waiting.names.join(", ") } }]
        : [];
    turn.say(turn.chat.id, [...whoLooked(turn, member.id), ...pending], {
      choices: [...mainChoices(), ...waiting.choices],
    });
  },
  choose(turn, chosen) {
    const member = turn.knownMember;
    switch (chosen.action) {
      case "export":
        // A reply carries one file: the copy to read or print, then everything as stored.
        replyWithDocument(turn, "dulieu-export-docx", undefined, {
          kind: "member-data-docx",
          memberId: member.id,
        });
        return replyWithDocument(turn, "dulieu-export", undefined, {
          kind: "member-data-json",
          memberId: member.id,
        });
      case "withdraw":
        return askWithdrawal(turn, member);
      case "withdrawYes":
        return withdraw(turn, member);
      case "correct":
        turn.openDialog("dulieu", { step: "correct" });
        return turn.reply("dulieu-correct-ask", { max: MAX_CORRECTION });
      case "erase":
        if (isOnlySecretary(turn, member)) return turn.reply("dulieu-erase-only-secretary");
        return turn.reply("dulieu-erase-ask", undefined, {
          choices: [
            { label: { key: "dulieu-choice-erase-yes" }, value: choices.encode("eraseYes") },
          ],
        });
      case "eraseYes":
        return askToErase(turn, member);
      case "eraseMember":
        return askErasure(
          turn,
          chosen.member,
          choices.encode("eraseMemberYes", { member: chosen.member }),
        );
      case "eraseMemberYes":
        return eraseMember(turn, chosen.member);
    }
  },
  answer(turn, text, state) {
    if (!stateSchema.safeParse(state).success) return turn.closeDialog("dulieu");
    const typed = normalizeText(text);
    if (!hasWords(typed)) return turn.reply("dulieu-correct-empty");
    if (visibleLength(typed) > MAX_CORRECTION) {
      return turn.reply("dulieu-correct-too-long", { max: MAX_CORRECTION });
    }
    turn.closeDialog("dulieu");
    const member = turn.knownMember;
    const told = tellSecretary(turn, member, [
      { key: "dulieu-correct-notice", args: { name: member.fullName, text: typed } },
    ]);
    turn.reply(told ? "dulieu-correct-sent" : "dulieu-no-secretary");
  },
};

function mainChoices(): Choice[] {
  const item = (key: string, value: string): Choice => ({ label: { key }, value });
  return [
    item("dulieu-choice-export", choices.encode("export")),
    item("dulieu-choice-withdraw", choices.encode("withdraw")),
    item("dulieu-choice-correct", choices.encode("correct")),
    item("dulieu-choice-erase", choices.encode("erase")),
  ];
}

/** What chibo holds about the member, counted from the rows their JSON copy holds. */
function summary(turn: Turn, member: MemberWithCell): Text[] {
  const { consents, members, timeZone } = turn.services;
  const rows = consents.dataOf(member.id, members.personIds(member.id));
  const count = (table: string) => rows[table]?.length ?? 0;
  const marks = (rows.attendance ?? []) as { present: boolean; reason: string | null }[];
  const answers = (rows.meeting_responses ?? []) as { reason: string | null }[];
  const reasons = [...marks, ...answers].filter((row) => row.reason).length;
  const day = (at: Date) => formatDay(localDay(at, timeZone));
  const parts: Text[] = [
    {
      key: "dulieu-summary-head",
      args: {
        name: member.fullName,
        cell: member.cell.name,
        role: { key: `role-${member.role}` },
        status: { key: `status-${member.status}` },
      },
    },
    { key: "dulieu-summary-accounts", args: { count: count("identities") } },
    consentLine(consents.ofMember(member.id).at(-1), day),
    {
      key: "dulieu-summary-plans",
      args: { plans: count("commitments"), revisions: count("commitment_revisions") },
    },
    { key: "dulieu-summary-progress", args: { count: count("progress_notes") } },
    {
      key: "dulieu-summary-attendance",
      args: {
        marks: marks.length,
        absent: marks.filter((mark) => !mark.present).length,
        reasons,
      },
    },
    { key: "dulieu-summary-polls", args: { count: count("poll_votes") } },
    { key: "dulieu-summary-results", args: { count: count("year_results") } },
  ];
  for (const result of (rows.year_results ?? []) as YearResultRow[]) {
    const level = result.agreedLevel ?? result.proposedLevel;
    if (!level) continue;
    const name = turn.plan(result.year).grading.levels[level];
    const key = result.agreedLevel
      ? "dulieu-summary-level-agreed"
      : "dulieu-summary-level-proposed";
    parts.push({ key, args: { year: String(result.year), level: name } });
  }
  parts.push({ key: "dulieu-summary-close" });
  return parts;
}

type YearResultRow = { year: number; proposedLevel: Level | null; agreedLevel: Level | null };

function consentLine(last: Consent | undefined, day: (at: Date) => string): Text {
  if (!last) return { key: "dulieu-summary-consent-none" };
  const at = day(last.answeredAt);
  if (last.answer === "given") {
    return { key: "dulieu-summary-consent-given", args: { day: at, version: last.textVersion } };
  }
  return { key: `dulieu-summary-consent-${last.answer}`, args: { day: at } };
}

/**
 * Withdrawal is asked once more, with what follows: a press by mistake must not take a member
 * off reminders. The only secretary cannot withdraw: the roster would have nobody to act on it.
 */
/** The answer to a withdrawal asked of someone who already said no: withdrew, or refused. */
function saidNoAlready(turn: Turn, member: MemberWithCell): string | undefined {
  const last = turn.services.consents.latestAnswer(member.id);
  if (last === "withdrawn") return "dulieu-withdrawn-already";
  if (last === "refused") return "dulieu-refused-already";
  return undefined;
}

function askWithdrawal(turn: Turn, member: MemberWithCell): void {
  const already = saidNoAlready(turn, member);
  if (already) return turn.reply(already);
  if (isOnlySecretary(turn, member)) return turn.reply("dulieu-withdraw-only-secretary");
  turn.reply("dulieu-withdraw-ask", undefined, {
    choices: [
      { label: { key: "dulieu-choice-withdraw-yes" }, value: choices.encode("withdrawYes") },
    ],
  });
}

/**
 * Records the withdrawal (every answer is a row: the consent given stays as proof of what was
 * agreed then), and asks the secretary and deputies to transfer or remove the member. The
 * notice names the member only: the reason is the member's own.
 */
function withdraw(turn: Turn, member: MemberWithCell): void {
  const { consents } = turn.services;
  const already = saidNoAlready(turn, member);
  if (already) return turn.reply(already);
  // Checked again: another secretary may have left since the question.
  if (isOnlySecretary(turn, member)) return turn.reply("dulieu-withdraw-only-secretary");
  consents.record({
    cellId: member.cellId,
    personId: turn.person.id,
    memberId: member.id,
    textVersion: CONSENT_TEXT_VERSION,
    answer: "withdrawn",
    now: turn.now,
  });
  const notice: Text[] = [{ key: "dulieu-withdrawn-notice", args: { name: member.fullName } }];
  let told = false;
  for (const manager of turn.services.members.managers(member.cellId)) {
    if (manager.id !== member.id && turn.tellMember(manager.id, notice)) told = true;
  }
  turn.reply(told ? "dulieu-withdrawn" : "dulieu-withdrawn-unreached");
}

function isOnlySecretary(turn: Turn, member: MemberWithCell): boolean {
  if (member.role !== "secretary") return false;
  return !turn.services.members
    .managers(member.cellId)
    .some((other) => other.id !== member.id && other.role === "secretary");
}

/**
 * The request goes to the secretary, with the choice that carries it out. Asking to delete is
 * withdrawing consent too: chibo stops writing to the member in private, and the secretary's
 * choice is good only while this request is the member's latest answer, so that a value for
 * someone who never asked (or answered again since, even with a plain withdrawal) erases nothing. The only secretary is
 * refused, as for a withdrawal: nobody would be left to carry it out.
 */
function askToErase(turn: Turn, member: MemberWithCell): void {
  if (isOnlySecretary(turn, member)) return turn.reply("dulieu-erase-only-secretary");
  // Recorded each time, as a withdrawal that asks for deletion: the request the secretary's
  // choice carries out, whatever the member answered before.
  turn.services.consents.record({
    cellId: member.cellId,
    personId: turn.person.id,
    memberId: member.id,
    textVersion: CONSENT_TEXT_VERSION,
    answer: "withdrawn",
    erasureAsked: true,
    now: turn.now,
  });
  const name = member.fullName;
  const told = tellSecretary(turn, member, [{ key: "dulieu-erase-notice", args: { name } }], {
    choices: [
      {
        label: { key: "dulieu-choice-erase-member", args: { name } },
        value: choices.encode("eraseMember", { member: member.id }),
      },
    ],
  });
  turn.reply(told ? "dulieu-erase-sent" : "dulieu-erase-unreached");
}

/** The secretary, or the deputies where there is none, in private; whether any was reached. */
function tellSecretary(
  turn: Turn,
  member: MemberWithCell,
  parts: Text[],
  extras?: ReplyExtras,
): boolean {
  let told = false;
  for (const manager of turn.services.members.secretaryOrDeputies(member.cellId)) {
    if (manager.id !== member.id && turn.tellMember(manager.id, parts, extras)) told = true;
  }
  return told;
}
