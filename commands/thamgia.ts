import { checkFullName } from "../src/domain/names.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Cell } from "../src/store/cell-store.js";
import type { Member } from "../src/store/member-store.js";
import { approvalChoices } from "./duyet.js";

/** /thamgia Họ và tên: join the roster of the cell this group belongs to. */
export const thamgia: Command = {
  name: "thamgia",
  where: "group",
  who: "anyone",
  run(turn) {
    const group = turn.group;
    if (!group?.active) return turn.fail("refuse-group-not-linked");
    if (!turn.args.trim()) return turn.fail("thamgia-usage");
    const name = checkFullName(turn.args);
    if (!name.ok) return turn.fail(`thamgia-name-${name.problem}`);

    const existing = turn.member;
    if (existing && existing.cellId !== group.cellId && existing.roster !== "rejected") {
      return turn.fail("refuse-other-cell", { cell: existing.cell.name });
    }
    if (existing && existing.cellId === group.cellId && existing.roster !== "rejected") {
      return renameOrRemind(turn, existing, name.name);
    }
    const roster = group.cell.autoApprove ? "active" : "pending";
    const { members } = turn.services;
    let member: Member;
    if (existing) {
      members.reapply(existing.id, name.name, roster, turn.now);
      member = { ...existing, fullName: name.name, roster };
    } else {
      member = members.create({
        cellId: group.cellId,
        fullName: name.name,
        role: "member",
        roster,
        personId: turn.person.id,
        displayName: turn.person.displayName,
        now: turn.now,
      });
    }
    if (roster === "active")
      return turn.reply("thamgia-welcome", { name: name.name, cell: group.cell.name });
    turn.reply("thamgia-pending", { name: name.name, cell: group.cell.name });
    askManagers(turn, group.cell, member);
  },
};

function renameOrRemind(turn: Turn, member: Member, fullName: string): void {
  if (member.fullName === fullName) {
    turn.fail(member.roster === "pending" ? "thamgia-still-pending" : "thamgia-already", {
      name: fullName,
    });
  }
  turn.services.members.rename(member.id, fullName, turn.now);
  turn.reply("thamgia-renamed", { old: member.fullName, name: fullName });
}

/** The secretary and deputy get the request in private, with buttons to approve or refuse. */
function askManagers(turn: Turn, cell: Cell, member: Member): void {
  for (const manager of turn.services.members.managers(cell.id)) {
    turn.tellMember(
      manager.id,
      [{ key: "duyet-request", args: { name: member.fullName, cell: cell.name } }],
      {
        choices: approvalChoices(member.id),
      },
    );
  }
}
