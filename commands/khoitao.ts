import { isCurrentMembership } from "../src/domain/member-rules.js";
import { checkCellName, nameFromProfile } from "../src/domain/names.js";
import type { Command } from "../src/engine/command.js";

/** /khoitao [tên chi bộ]: a group admin links the group to a new cell and becomes its secretary. */
export const khoitao: Command = {
  name: "khoitao",
  where: "group",
  who: "groupAdmin",
  run(turn) {
    const { cells, members } = turn.services;
    const linked = turn.group;
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
    const name = checkCellName(turn.args || turn.chat.title);
    if (!name.ok) return turn.fail("khoitao-bad-name");
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
    // Join requests reach the secretary in private: on Telegram only once she opens that chat.
    turn.reply(
      "khoitao-done",
      { cell: cell.name, code: cell.code, name: secretary.fullName },
      { privateLink: { label: { key: "open-private-button" }, command: "duyet" } },
    );
  },
};
