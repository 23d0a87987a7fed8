import type { Command } from "../src/engine/command.js";
import type { Choice } from "../src/messages/reply.js";
import type { Member } from "../src/store/member-store.js";

export function approvalChoices(member: Pick<Member, "id" | "fullName">): Choice[] {
  const name = member.fullName;
  return [
    { label: { key: "duyet-approve", args: { name } }, value: `duyet:ok:${member.id}` },
    { label: { key: "duyet-reject", args: { name } }, value: `duyet:no:${member.id}` },
  ];
}

/** /duyet: the secretary or deputy approves or refuses people waiting to join the cell. */
export const duyet: Command = {
  name: "duyet",
  where: "private",
  who: "manager",
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
  choose(turn, payload) {
    const [decision, id] = payload.split(":");
    const { members, cells } = turn.services;
    const candidate = members.byId(Number(id));
    const cell = turn.knownMember.cell;
    if (!candidate || candidate.cellId !== cell.id || (decision !== "ok" && decision !== "no")) {
      return turn.fail("choice-expired");
    }
    if (candidate.roster !== "pending") {
      return turn.fail("duyet-already-decided", { name: candidate.fullName });
    }
    const approved = decision === "ok";
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
