import { formatInstant } from "../src/domain/calendar.js";
import { splitTrailingCode } from "../src/domain/code-rules.js";
import { isCurrentMembership } from "../src/domain/member-rules.js";
import { checkCellName, nameFromProfile } from "../src/domain/names.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { CONSENT_TEXT_VERSION, consentTerms } from "./consent-text.js";

/**
 * /khoitao [tên chi bộ] [mã]: a group admin links the group to a new cell and becomes its
 * secretary; with the code one of a committee's officers gave (/tonghop), the cell is under
 * that committee from the start. Their consent to what chibo keeps is recorded with it, and
 * the text is shown.
 */
export const khoitao: Command = {
  name: "khoitao",
  where: "group",
  who: "groupAdmin",
  run(turn) {
    const { cells, members } = turn.services;
    const linked = turn.group;
    const typed = splitTrailingCode(turn.args);
    // An existing cell changes committee only where its secretary is asked to confirm it.
    if (linked && typed.code !== undefined) {
      return turn.fail("khoitao-code-use-caidat", { cell: linked.cell.name });
    }
    if (linked?.active) {
      return turn.fail("khoitao-already", { cell: linked.cell.name, code: linked.cell.code });
    }
    if (linked) {
      // The bot was removed and added back: the cell and everything in it are still there.
      cells.setGroupActive(turn.chat.id, true);
      return turn.reply("khoitao-relinked", { cell: linked.cell.name, code: linked.cell.code });
    }
    if (turn.member && isCurrentMembership(turn.member)) {
      return turn.fail("khoitao-member-elsewhere");
    }
    const name = checkCellName(typed.rest || turn.chat.title);
    if (!name.ok) return turn.fail("khoitao-bad-name");
    const committee = typed.code === undefined ? undefined : committeeFor(turn, typed.code);
    if (committee === null) return;
    const cell = cells.createWithGroup(
      name.name,
      { chatId: turn.chat.id, title: turn.chat.title },
      turn.now,
    );
    const secretary = members.create({
      cellId: cell.id,
      fullName: nameFromProfile(turn.person.displayName),
      role: "secretary",
      roster: "active",
      personId: turn.person.id,
      displayName: turn.person.displayName,
      now: turn.now,
    });
    // Setting the cell up is the secretary's own request to chibo: asking again would only
    // stand between them and their cell, so the consent is recorded with the text shown below.
    turn.services.consents.record({
      cellId: cell.id,
      personId: turn.person.id,
      memberId: secretary.id,
      textVersion: CONSENT_TEXT_VERSION,
      answer: "given",
      now: turn.now,
    });
    if (committee) cells.setCommitteeId(cell.id, committee.id);
    const linkedTo: Text[] = committee
      ? [{ key: "khoitao-committee", args: { committee: committee.name } }]
      : [];
    // Join requests reach the secretary in private: on Telegram only once she opens that chat.
    turn.say(
      turn.chat.id,
      [
        {
          key: "khoitao-done",
          args: { cell: cell.name, code: cell.code, name: secretary.fullName },
        },
        ...linkedTo,
        { key: "consent-khoitao" },
      ],
      { privateLink: { label: { key: "open-private-button" }, command: "duyet" } },
    );
    // A message of its own: with the committee's line the whole is longer than one screen.
    turn.say(turn.chat.id, [consentTerms]);
  },
};

/**
 * The committee a code typed after the name stands for, used up; null when it was answered
 * as wrong (nothing is created: the cell is set up again with the right code, or without one).
 */
function committeeFor(turn: Turn, code: string): { id: number; name: string } | null {
  const { cells, committeeCodes, timeZone } = turn.services;
  const tried = committeeCodes.tryCode(turn.person.id, code, turn.now, "redeem");
  if ("locked" in tried) {
    return turn.fail("code-locked", { until: formatInstant(tried.locked, timeZone) });
  }
  const committee = "target" in tried ? cells.committeeById(tried.target) : undefined;
  if (committee) return committee;
  // Answered, not refused: a refusal would roll back the wrong try it has to count.
  turn.reply("khoitao-bad-code");
  return null;
}
