import type { TextArgs } from "../i18n.js";
import type { ReplyExtras } from "../messages/reply.js";

/** A person's mistake or a refusal: answered with a sentence, never logged as a fault. */
export class UserError extends Error {
  constructor(
    readonly key: string,
    readonly args: TextArgs = {},
    /** Choices offered with the refusal (go back to a draft, or leave it). */
    readonly extras: Pick<ReplyExtras, "choices"> = {},
  ) {
    super(key);
  }
}
