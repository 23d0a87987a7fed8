import type { Command } from "../src/engine/command.js";
import type { Choice } from "../src/engine/reply.js";

export function approvalChoices(memberId: number): Choice[] {
  return [
    { label: { key: "duyet-approve" }, value: `duyet:ok:${memberId}` },
    { label: { key: "duyet-reject" }, value: `duyet:no:${memberId}` },
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
    for (const member of pending) {
      turn.reply(
        "duyet-request",
        { name: member.fullName, cell: cell.name },
        {
          choices: approvalChoices(member.id),
        },
      );
    }
  },
  choose(turn, payload) {
    const [decision, id] = payload.split(":");
    const { members } = turn.services;
    const candidate = members.byId(Number(id));
    if (!candidate || candidate.cellId !== turn.knownMember.cellId)
      return turn.fail("choice-expired");
    if (candidate.roster !== "pending") {
      return turn.fail("duyet-already-decided", { name: candidate.fullName });
    }
    const approved = decision === "ok";
    members.setRoster(candidate.id, approved ? "active" : "rejected", turn.now);
    const cell = turn.knownMember.cell;
    turn.reply(approved ? "duyet-approved" : "duyet-rejected", { name: candidate.fullName });
    turn.tellMember(candidate.id, [
      { key: approved ? "duyet-you-approved" : "duyet-you-rejected", args: { cell: cell.name } },
    ]);
    for (const group of turn.services.cells.activeGroups(cell.id)) {
      if (approved && group.chatId.startsWith(`${turn.incoming.platform}:`)) {
        turn.say(group.chatId, [
          { key: "thamgia-welcome", args: { name: candidate.fullName, cell: cell.name } },
        ]);
      }
    }
  },
};
