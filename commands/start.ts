import type { Command } from "../src/engine/command.js";
import { helpParts } from "./help.js";

/** /start, also from a deep link: "/start dangky" continues that command in private. */
export const start: Command = {
  name: "start",
  where: "anywhere",
  who: "anyone",
  hidden: true,
  run(turn) {
    const payload = turn.args.trim().toLowerCase();
    if (payload !== "start" && turn.dispatcher.isCommand(payload)) {
      return turn.dispatcher.run(turn, payload, "");
    }
    const welcome = { key: "start-welcome", args: { name: turn.person.displayName } };
    turn.say(turn.chat.id, [welcome, ...helpParts(turn)]);
  },
};
