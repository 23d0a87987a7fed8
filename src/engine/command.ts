import type { ChoiceReader, Chosen } from "../messages/choice-codec.js";
import type { IncomingPhoto } from "../messages/incoming.js";
import type { CommandCall } from "../messages/reply.js";
import type { FileTaker } from "./file-taker.js";
import type { Turn } from "./turn.js";

/** Who may use a command: anyone; an admin of the group chat; or by place in the cell. */
export type Audience = "anyone" | "groupAdmin" | "member" | "committee" | "manager";

/**
 * A chat command, written once for every platform. The registry of these drives routing,
 * /help and the Telegram command menu; the description is the locale key `help-<name>`.
 * Handlers are synchronous so that the router can run each turn in one transaction.
 * A command that offers choices reads their values back with its own codec.
 */
export type Command<C extends Chosen = Chosen> = CommandBase &
  (Choosing<C> | { choices?: never; choose?: never; groupChoices?: never });

interface CommandBase {
  name: string;
  /** "private" commands typed in a group answer with a link to continue in private. */
  where: "private" | "group" | "anywhere";
  who: Audience;
  /** Hidden commands work but are not offered in /help or the menu. */
  hidden?: boolean;
  run(turn: Turn): void;
  /** The next message of an open dialog of this command, in the chat where it was opened. */
  answer?(turn: Turn, text: string, state: unknown): void;
  /**
   * A photo, or a file with a lasting reference, sent in the private chat while this command's
   * dialog is open there: offered as evidence. Elsewhere a photo is not read.
   */
  photo?(turn: Turn, photo: IncomingPhoto, state: unknown): void;
  /** Asks the open dialog's question again: the person came back to it from another command. */
  resume?(turn: Turn, state: unknown): void;
  /** A member left a linked group chat, or was removed from it (`personId` is theirs). */
  memberLeft?(turn: Turn, personId: string): void;
  /** Files sent to the bot in a private chat by someone who may run this command. */
  files?: FileTaker;
}

interface Choosing<C extends Chosen> {
  /** How the values of this command's choices ("<name>:…") are read back (a ChoiceCodec). */
  choices: ChoiceReader<C>;
  /** A button press or numbered answer, as `choices` read it. */
  choose(turn: Turn, choice: C): void;
  /**
   * The choices that may be answered in a group chat, by their action, or "all". Any other is
   * refused there whatever the button says, since it shows or changes what belongs in a
   * private chat (a check-in sheet, someone else's record).
   */
  groupChoices?: "all" | readonly C["action"][];
}

/**
 * What /start is asked to continue with, as a private link says it: "/start dangky" or
 * "/start lichhop 12" (a platform whose links say it otherwise decodes them first).
 */
export function startCall(args: string): Required<CommandCall> {
  const [, command = "", argument = ""] = /^(\S*)\s*([\s\S]*)$/.exec(args.trim()) ?? [];
  return { command: command.toLowerCase(), argument };
}
