import { splitOnce } from "../src/domain/text.js";
import type { Command } from "../src/engine/command.js";

/**
 * /huy: leave the open dialog; nothing of its draft is saved. Its choices answer a command
 * refused because another's draft was open: go back to that draft, or leave it for the new one.
 */
export const huy: Command = {
  name: "huy",
  where: "anywhere",
  who: "anyone",
  run(turn) {
    if (!turn.hasOpenDialog()) return turn.reply("huy-nothing");
    turn.closeDialog();
    turn.reply("huy-done");
  },
  choose(turn, payload) {
    if (payload === "resume") {
      if (!turn.dispatcher.resume(turn)) turn.fail("choice-expired");
      return;
    }
    const [action, wanted] = splitOnce(payload, "-");
    if (action !== "switch" || !turn.dispatcher.isCommand(wanted))
      return turn.fail("choice-expired");
    const open = turn.services.conversations.dialog(turn.chat.id, turn.person.id);
    if (open && open.command !== wanted) {
      turn.closeDialog();
      turn.reply("dialog-left", { open: open.command });
    }
    turn.dispatcher.run(turn, wanted, "");
  },
};
