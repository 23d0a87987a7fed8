import type { Turn } from "./turn.js";

/** Who may use a command: anyone; an admin of the group chat; or by place in the cell. */
export type Audience = "anyone" | "groupAdmin" | "member" | "committee" | "manager";

/**
 * A chat command, written once for every platform. The registry of these drives routing,
 * /help and the Telegram command menu; the description is the locale key `help-<name>`.
 * Handlers are synchronous so that the router can run each turn in one transaction.
 */
export interface Command {
  name: string;
  /** "private" commands typed in a group answer with a link to continue in private. */
  where: "private" | "group" | "anywhere";
  who: Audience;
  /** Hidden commands work but are not offered in /help or the menu. */
  hidden?: boolean;
  run(turn: Turn): void;
  /** A button press or numbered answer whose value is "<name>:<payload>". */
  choose?(turn: Turn, payload: string): void;
  /**
   * The choices that may be answered in a group chat, by their action (the payload up to its
   * first "-"), or "all". Any other is refused there whatever the button says, since it shows
   * or changes what belongs in a private chat (a check-in sheet, someone else's record).
   */
  groupChoices?: "all" | readonly string[];
  /** The next message of an open dialog of this command, in the chat where it was opened. */
  answer?(turn: Turn, text: string, state: unknown): void;
  /** Asks the open dialog's question again: the person came back to it from another command. */
  resume?(turn: Turn, state: unknown): void;
  /** A member left a linked group chat, or was removed from it (`personId` is theirs). */
  memberLeft?(turn: Turn, personId: string): void;
}

/**
 * What a deep link asks for: "/start dangky" or "/start lichhop_12" (Telegram allows letters,
 * digits, _ and -) gives the command's name and its argument.
 */
export function deepLink(args: string): { name: string; argument: string } {
  const text = args.trim().toLowerCase();
  const at = text.indexOf("_");
  return at < 0
    ? { name: text, argument: "" }
    : { name: text.slice(0, at), argument: text.slice(at + 1) };
}
