import type { TextArgs } from "../i18n.js";
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
  /** The next message of an open dialog of this command, in the chat where it was opened. */
  answer?(turn: Turn, text: string, state: unknown): void;
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
