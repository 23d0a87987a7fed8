import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { ChoiceOf } from "../src/messages/choice-codec.js";
import { huyChoices } from "../src/messages/choice-values.js";

/**
 * /huy: leave the open dialog; nothing of its draft is saved. Its choices answer a command
 * refused because another's draft was open: go back to that draft, or leave it for the new one.
 */
export const huy: Command<ChoiceOf<typeof huyChoices>> = {
  name: "huy",
  where: "anywhere",
  who: "anyone",
  choices: huyChoices,
  run(turn) {
    if (turn.hasOpenDialog()) {
      turn.closeDialog();
      return turn.reply("huy-done");
    }
    if (closeMenu(turn)) return turn.reply("huy-menu-closed");
    turn.reply("huy-nothing");
  },
  choose(turn, chosen) {
    if (chosen.action === "resume") {
      if (!turn.dispatcher.resume(turn)) turn.fail("choice-expired");
      return;
    }
    const wanted = chosen.command;
    if (!turn.dispatcher.isCommand(wanted)) return turn.fail("choice-expired");
    const open = turn.dialog();
    if (open && open.command !== wanted) {
      turn.closeDialog();
      turn.reply("dialog-left", { open: open.command });
    }
    turn.dispatcher.run(turn, wanted, "");
  },
};

/**
 * A numbered list open in a private chat (where digits answer it) is closed: a digit typed
 * next is not taken as a choice. In a group the list is everyone's, so it stays.
 */
function closeMenu(turn: Turn): boolean {
  const { conversations } = turn.services;
  if (turn.inGroup || conversations.offeredChoice(turn.chat.id, 1) === undefined) return false;
  conversations.offerChoices(turn.chat.id, [], turn.now);
  return true;
}
