import type { ChatRef } from "../messages/incoming.js";
import type { Reply } from "../messages/reply.js";
import type { ConversationStore } from "../store/conversation-store.js";
import type { ChatCapabilities } from "./chat-adapter.js";

/** What decides whether choices are shown as a numbered list. */
export type NumberedPlatform = Pick<ChatCapabilities, "hasButtons"> &
  Partial<Pick<ChatCapabilities, "hasNativePolls">>;

/**
 * Where there are no buttons, a digit answers the latest numbered list its chat was shown: the
 * one memory of lists, for a turn's answers and for the outbox's posts. A list replaces the one
 * before it. An answer that shows a chat no list ends that chat's list, except in the group it
 * answers: one member's answer must not take the list from the others. A post leaves it be.
 * A poll that goes out as the platform's own shows no list.
 */
export function rememberNumbered(
  conversations: ConversationStore,
  platform: NumberedPlatform,
  shown: readonly Reply[],
  now: Date,
  answering?: ChatRef,
): void {
  if (platform.hasButtons) return;
  const latest = new Map<string, string[]>();
  for (const reply of shown) {
    const numbered = !(platform.hasNativePolls && reply.poll);
    const values = numbered ? (reply.choices ?? []).map((choice) => choice.value) : [];
    const ends =
      answering !== undefined && !(answering.kind === "group" && reply.chatId === answering.id);
    if (values.length > 0 || (ends && !latest.has(reply.chatId))) latest.set(reply.chatId, values);
  }
  for (const [chatId, values] of latest) conversations.offerChoices(chatId, values, now);
}
