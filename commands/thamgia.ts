import { isCurrentMembership } from "../src/domain/member-rules.js";
import { checkJoiningName, namesakesOf } from "../src/domain/names.js";
import { foldKey } from "../src/domain/text.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import type { Cell } from "../src/store/cell-store.js";
import type { Member } from "../src/store/member-store.js";
import { accountName, approvalChoices } from "./duyet.js";

/** /thamgia Họ và tên: join the roster of the cell this group belongs to, or correct one's name. */
export const thamgia: Command = {
  name: "thamgia",
  where: "group",
  who: "anyone",
  run(turn) {
    const group = turn.group;
    if (!group?.active) return turn.fail("refuse-group-not-linked");
    if (!turn.args.trim()) return turn.fail("thamgia-usage");
    const name = checkJoiningName(turn.args);
    if (!name.ok) return turn.fail(`thamgia-name-${name.problem}`);

    const existing = turn.member;
    if (existing && isCurrentMembership(existing)) {
      if (existing.cellId !== group.cellId) {
        return turn.fail("refuse-other-cell");
      }
      return renameOrRemind(turn, existing, name.name);
    }
    const roster = group.cell.autoApprove ? "active" : "pending";
    const member = turn.services.members.create({
      cellId: group.cellId,
      fullName: name.name,
      role: "member",
      roster,
      personId: turn.person.id,
      displayName: turn.person.displayName,
      now: turn.now,
    });
    if (roster === "active") {
      turn.reply("thamgia-welcome", { name: name.name, cell: group.cell.name });
    } else {
      turn.reply("thamgia-pending", { name: name.name, cell: group.cell.name });
    }
    const namesake = warnOfNamesake(turn, member);
    if (roster === "pending") askManagers(turn, group.cell, member, namesake);
  },
};

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
