import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Cell, CellSetting } from "../src/store/cell-store.js";

const SETTINGS: CellSetting[] = ["autoApprove", "retiredRegister"];

/** /caidat: the cell's settings (who joins without approval, whether retired members register). */
export const caidat: Command = {
  name: "caidat",
  where: "private",
  who: "manager",
  run(turn) {
    showSettings(turn, turn.knownMember.cell);
  },
  choose(turn, payload) {
    const setting = SETTINGS.find((s) => s === payload);
    if (!setting) return turn.fail("choice-expired");
    const { cells } = turn.services;
    const cell = turn.knownMember.cell;
    cells.setSetting(cell.id, setting, !cell[setting]);
    showSettings(turn, { ...cell, [setting]: !cell[setting] });
  },
};

function showSettings(turn: Turn, cell: Cell): void {
  turn.reply(
    "caidat-show",
    {
      cell: cell.name,
      autoApprove: { key: cell.autoApprove ? "setting-on" : "setting-off" },
      retiredRegister: { key: cell.retiredRegister ? "setting-on" : "setting-off" },
    },
    {
      choices: SETTINGS.map((setting) => ({
        label: { key: `caidat-toggle-${setting}` },
        value: `caidat:${setting}`,
      })),
    },
  );
}
