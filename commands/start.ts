import type { Command } from "../src/engine/command.js";
import { help } from "./help.js";

/** /start, also from a deep link: "/start dangky" continues that command in private. */
export const start: Command = {
  name: "start",
  where: "anywhere",
  who: "anyone",
  hidden: true,
  async run(turn) {
    const payload = turn.args.trim().toLowerCase();
    if (payload && /^[a-z]+$/.test(payload) && payload !== "start") {
      return turn.dispatcher.run(turn, payload, "");
    }
    turn.reply("start-welcome", { name: turn.person.displayName });
    await help.run(turn);
  },
};
