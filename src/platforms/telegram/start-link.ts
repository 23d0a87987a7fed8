import type { Content } from "../../messages/incoming.js";
import type { CommandCall } from "../../messages/reply.js";
import { parseCommand } from "../parse-command.js";

// What Telegram takes as a start parameter: 1 to 64 of A-Z, a-z, 0-9, "_" and "-".
const START_PARAMETER = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * A link that opens the private chat with the bot and sends it "/start <parameter>", the
 * command and its argument joined by "_" ("lichhop_12"): command names have none.
 */
export function startLink(botUsername: string, call: CommandCall): string {
  const parameter = call.argument ? `${call.command}_${call.argument}` : call.command;
  if (!START_PARAMETER.test(parameter)) {
    throw new Error(`Not a Telegram start parameter: ${parameter}`);
  }
  return `https://t.me/${botUsername}?start=${parameter}`;
}

/**
 * The command a message gives; a "/start lichhop_12" from a link is read as every chat says
 * it, "/start lichhop 12".
 */
export function telegramCommand(
  text: string,
  botUsername: string,
): Extract<Content, { type: "command" }> | null {
  const command = parseCommand(text, botUsername);
  if (command?.name !== "start" || !START_PARAMETER.test(command.args)) return command;
  return { ...command, args: command.args.replace("_", " ") };
}
