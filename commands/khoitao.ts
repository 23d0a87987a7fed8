import { checkCellName } from "../src/domain/names.js";
import { normalizeLine } from "../src/domain/text.js";
import type { Command } from "../src/engine/command.js";

/** /khoitao [tên chi bộ]: a group admin links the group to a new cell and becomes its secretary. */
export const khoitao: Command = {
  name: "khoitao",
  where: "group",
  who: "anyone",
  async run(turn) {
    const { cells, members } = turn.services;
    if (turn.group?.active) {
      return turn.fail("khoitao-already", {
        cell: turn.group.cell.name,
        code: turn.group.cell.code,
      });
    }
    if (!(await turn.isChatAdmin())) return turn.fail("khoitao-admin-only");
    if (turn.group) {
      // The bot was removed and added back: the cell and everything in it are still there.
      cells.setGroupActive(turn.chat.id, true);
      return turn.reply("khoitao-relinked", {
        cell: turn.group.cell.name,
        code: turn.group.cell.code,
      });
    }
    if (turn.member && turn.member.roster !== "rejected") {
      return turn.fail("khoitao-member-elsewhere", { cell: turn.member.cell.name });
    }
    const name = checkCellName(turn.args || turn.chat.title);
    if (!name.ok) return turn.fail("khoitao-bad-name");
    const cell = cells.createWithGroup(
      name.name,
      { chatId: turn.chat.id, title: turn.chat.title },
      turn.now,
    );
    members.create({
      cellId: cell.id,
      fullName: normalizeLine(turn.person.displayName),
      role: "secretary",
      roster: "active",
      personId: turn.person.id,
      displayName: turn.person.displayName,
      now: turn.now,
    });
    turn.reply("khoitao-done", {
      cell: cell.name,
      code: cell.code,
      name: turn.person.displayName,
    });
  },
};
