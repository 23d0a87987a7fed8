import type { TextArgs } from "../i18n.js";
import type { Turn } from "./turn.js";

/** Who may use a command; each level includes the ones after it. */
export type Audience = "anyone" | "member" | "committee" | "manager";

/**
 * A chat command, written once for every platform. The registry of these drives routing,
 * /help and the Telegram command menu; the description is the locale key `help-<name>`.
 */
export interface Command {
  name: string;
  /** "private" commands typed in a group answer with a link to continue in private. */
  where: "private" | "group" | "anywhere";
  who: Audience;
  /** Hidden commands work but are not offered in /help or the menu. */
  hidden?: boolean;
  run(turn: Turn): void | Promise<void>;
  /** A button press or numbered answer whose value is "<name>:<payload>". */
  choose?(turn: Turn, payload: string): void | Promise<void>;
  /** The next message of an open dialog of this command, in the chat where it was opened. */
  answer?(turn: Turn, text: string, state: unknown): void | Promise<void>;
}

/** A person's mistake or a refusal: answered with a sentence, never logged as a fault. */
export class UserError extends Error {
  constructor(
    readonly key: string,
    readonly args: TextArgs = {},
  ) {
    super(key);
  }
}
