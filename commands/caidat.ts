import { z } from "zod";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import { type ChoiceOf, choice, choiceCodec } from "../src/messages/choice-codec.js";
import type { Cell, CellSetting } from "../src/store/cell-store.js";

const SETTINGS = ["autoApprove", "retiredRegister"] as const satisfies readonly CellSetting[];

/** A setting to turn on or off. */
const choices = choiceCodec("caidat", {
  toggle: choice("{setting}", { setting: z.enum(SETTINGS) }),
});

/** /caidat: the cell's settings (who joins without approval, whether retired members register). */
export const caidat: Command<ChoiceOf<typeof choices>> = {
  name: "caidat",
  where: "private",
  who: "manager",
  choices,
  run(turn) {
    showSettings(turn, turn.knownMember.cell);
  },
  choose(turn, { setting }) {
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
        value: choices.encode("toggle", { setting }),
      })),
    },
  );
}
