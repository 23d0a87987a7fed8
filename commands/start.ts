import { type Command, startCall } from "../src/engine/command.js";
import { helpParts } from "./help.js";

/** /start, also from a private link: "/start dangky" continues that command in private. */
export const start: Command = {
  name: "start",
  where: "anywhere",
  who: "anyone",
  hidden: true,
  run(turn) {
    const { command, argument } = startCall(turn.args);
    if (command !== "start" && turn.dispatcher.isCommand(command)) {
      return turn.dispatcher.run(turn, command, argument);
    }
    const welcome = { key: "start-welcome", args: { name: turn.person.displayName } };
    turn.say(turn.chat.id, [welcome, ...helpParts(turn)]);
  },
};
