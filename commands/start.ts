import { splitOnce } from "../src/domain/text.js";
import type { Command } from "../src/engine/command.js";
import { helpParts } from "./help.js";

/** /start, also from a deep link: "/start dangky" continues that command in private. */
export const start: Command = {
  name: "start",
  where: "anywhere",
  who: "anyone",
  hidden: true,
  run(turn) {
    // Deep links carry "command" or "command_argument" (Telegram allows letters, digits, _ and -).
    const [name, argument] = splitOnce(turn.args.trim().toLowerCase(), "_");
    if (name !== "start" && turn.dispatcher.isCommand(name)) {
      return turn.dispatcher.run(turn, name, argument);
    }
    const welcome = { key: "start-welcome", args: { name: turn.person.displayName } };
    turn.say(turn.chat.id, [welcome, ...helpParts(turn)]);
  },
};
