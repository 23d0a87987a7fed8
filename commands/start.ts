import { type Command, deepLink } from "../src/engine/command.js";
import { helpParts } from "./help.js";

/** /start, also from a deep link: "/start dangky" continues that command in private. */
export const start: Command = {
  name: "start",
  where: "anywhere",
  who: "anyone",
  hidden: true,
  run(turn) {
    const { name, argument } = deepLink(turn.args);
    if (name !== "start" && turn.dispatcher.isCommand(name)) {
      return turn.dispatcher.run(turn, name, argument);
    }
    const welcome = { key: "start-welcome", args: { name: turn.person.displayName } };
    turn.say(turn.chat.id, [welcome, ...helpParts(turn)]);
  },
};
