import type { Command } from "../src/engine/command.js";
import { type ChoiceOf, choice, choiceCodec, choiceId } from "../src/messages/choice-codec.js";
import type { Choice } from "../src/messages/reply.js";
import type { Member } from "../src/store/member-store.js";

const choices = choiceCodec("duyet", {
  approve: choice("ok:{member}", { member: choiceId }),
  reject: choice("no:{member}", { member: choiceId }),
});

export function approvalChoices(member: Pick<Member, "id" | "fullName">): Choice[] {
  const name = member.fullName;
  return [
    {
      label: { key: "duyet-approve", args: { name } },
      value: choices.encode("approve", { member: member.id }),
    },
    {
      label: { key: "duyet-reject", args: { name } },
      value: choices.encode("reject", { member: member.id }),
    },
  ];
}

/** /duyet: the secretary or deputy approves or refuses people waiting to join the cell. */
export const duyet: Command<ChoiceOf<typeof choices>> = {
  name: "duyet",
  where: "private",
  who: "manager",
  choices,
  run(turn) {
    const cell = turn.knownMember.cell;
    const pending = turn.services.members.ofCell(cell.id, "pending");
    if (pending.length === 0) return turn.reply("duyet-none", { cell: cell.name });
    // One list for everyone waiting, so that each number means one decision.
    turn.reply(
      "duyet-list",
      { cell: cell.name, count: pending.length },
      { choices: pending.flatMap(approvalChoices) },
    );
  },
  choose(turn, chosen) {
    const { members, cells } = turn.services;
    const candidate = members.byId(chosen.member);
    const cell = turn.knownMember.cell;
    if (!candidate || candidate.cellId !== cell.id) return turn.fail("choice-expired");
    if (candidate.roster !== "pending") {
      return turn.fail("duyet-already-decided", { name: candidate.fullName });
    }
    const approved = chosen.action === "approve";
    members.setRoster(candidate.id, approved ? "active" : "rejected", turn.now);
    turn.reply(approved ? "duyet-approved" : "duyet-rejected", { name: candidate.fullName });
    turn.tellMember(candidate.id, [
      { key: approved ? "duyet-you-approved" : "duyet-you-rejected", args: { cell: cell.name } },
    ]);
    if (!approved) return;
    // The group hears of a new member; that is also how one who cannot be reached learns it.
    for (const group of cells.activeGroups(cell.id)) {
      if (group.chatId.startsWith(`${turn.incoming.platform}:`)) {
        const args = { name: candidate.fullName, cell: cell.name };
        turn.say(group.chatId, [{ key: "thamgia-welcome", args }]);
      }
    }
  },
};
