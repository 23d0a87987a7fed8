import { GrammyError, HttpError } from "grammy";
import type { DeliveryFailure } from "../../outbox/retry-policy.js";

/** What a failed call means for sending it again; undefined for what is no Telegram answer. */
export function telegramFailure(error: unknown): DeliveryFailure | undefined {
  if (error instanceof HttpError) return { kind: "temporary" };
  if (!(error instanceof GrammyError)) return undefined;
  const movedTo = error.parameters.migrate_to_chat_id;
  if (movedTo !== undefined) return { kind: "moved", newChatId: `tg:${movedTo}` };
  if (error.error_code === 429) {
    // Most 429s are a chat's own limit (20 a minute in a group): only that chat waits.
    const retryAfterSeconds = error.parameters.retry_after ?? 5;
    return { kind: "rate-limited", retryAfterSeconds, chatOnly: true };
  }
  if (error.error_code === 403 || /chat not found/i.test(error.description)) {
    return { kind: "unreachable" };
  }
  if (error.error_code >= 500) return { kind: "temporary" };
  return { kind: "rejected" };
}

/** The error's code, for the record: never its description, which may quote the message. */
export function failureCode(error: unknown): string {
  return error instanceof GrammyError ? String(error.error_code) : "network";
}
