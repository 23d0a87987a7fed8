import type { Command } from "../src/engine/command.js";

/** /huy: leave the open dialog; nothing of its draft is saved. */
export const huy: Command = {
  name: "huy",
  where: "anywhere",
  who: "anyone",
  run(turn) {
    if (!turn.hasOpenDialog()) return turn.reply("huy-nothing");
    turn.closeDialog();
    turn.reply("huy-done");
  },
};
