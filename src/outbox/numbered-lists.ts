import { choiceForLabel } from "../domain/phrases.js";
import type { Text } from "../i18n.js";
import type { ChatRef } from "../messages/incoming.js";
import type { Choice, Reply } from "../messages/reply.js";
import type { ConversationStore } from "../store/conversation-store.js";
import type { ChatCapabilities } from "./chat-adapter.js";

/** What decides whether choices are shown as a numbered list. */
export type NumberedPlatform = Pick<ChatCapabilities, "hasButtons"> &
  Partial<Pick<ChatCapabilities, "hasNativePolls">>;

/** The list a digit typed in a chat answers: the values, and the labels to show it again. */
export interface OfferedList {
  values: string[];
  labels: Text[];
}

/**
 * A chat's labels are kept beside its values, in a row of their own whose key no chat id can
 * have, so that the values stay what a digit reads.
 */
const LABELS = "#labels";

/** A number typed as the answer: "3", " 3 ", "03", "3.", "３". */
const ONE_NUMBER = /^\s*(\d{1,3})\s*[.)]?\s*$/;
/** Several numbers at once: "1,2", "1 2", "1; 3". Not "30/11": that is a day, typed as one. */
const SEVERAL_NUMBERS = /^\s*\d{1,3}(\s*[,;&\s]\s*\d{1,3})+\s*$/;

export type TypedNumber = { number: number } | "several" | undefined;

/** What a typed text says as a numbered answer: one number, several, or none. */
export function readNumber(text: string): TypedNumber {
  // Full-width digits (from a Vietnamese or Chinese keyboard) read as the ASCII ones.
  const plain = text.normalize("NFKC");
  const one = ONE_NUMBER.exec(plain);
  if (one) return { number: Number(one[1]) };
  return SEVERAL_NUMBERS.test(plain) ? "several" : undefined;
}

/** The list a chat was last offered, if it has one. */
export function offeredList(
  conversations: ConversationStore,
  chatId: string,
): OfferedList | undefined {
  const values = conversations.offeredList(chatId);
  if (values.length === 0) return undefined;
  const stored = conversations.offeredChoice(`${chatId}${LABELS}`, 1);
  const labels = stored === undefined ? [] : (JSON.parse(stored) as Text[]);
  return { values, labels: labels.length === values.length ? labels : [] };
}

/**
 * Where there are no buttons, a digit answers the numbered list its chat was shown last: the
 * one memory of lists, for a turn's answers and for the outbox's posts. Several lists one
 * answer shows a chat are numbered across (1-2 under the first, 3-4 under the second) and
 * answered as one; a list shown later replaces them. An answer that shows a chat no list ends
 * that chat's list, except in the group it answers: one member's answer must not take the
 * list from the others. A post leaves it be. A poll that goes out as the platform's own shows
 * no list. Returns the replies as they are to be shown, numbered as remembered.
 */
export function rememberNumbered(
  conversations: ConversationStore,
  platform: NumberedPlatform,
  shown: readonly Reply[],
  now: Date,
  answering?: ChatRef,
): Reply[] {
  if (platform.hasButtons) return [...shown];
  const lists = new Map<string, Choice[]>();
  const numbered = shown.map((reply) => {
    const choices = platform.hasNativePolls && reply.poll ? [] : (reply.choices ?? []);
    const before = lists.get(reply.chatId) ?? [];
    if (choices.length > 0) {
      lists.set(reply.chatId, [...before, ...choices]);
      return before.length > 0 ? numberedFrom(reply, choices, before.length + 1) : reply;
    }
    const ends =
      answering !== undefined && !(answering.kind === "group" && reply.chatId === answering.id);
    if (ends && !lists.has(reply.chatId)) lists.set(reply.chatId, []);
    return reply;
  });
  for (const [chatId, choices] of lists) {
    conversations.offerChoices(
      chatId,
      choices.map((choice) => choice.value),
      now,
    );
    const labels = choices.map((choice) => choice.label);
    conversations.offerChoices(`${chatId}${LABELS}`, [JSON.stringify(labels)], now);
  }
  return numbered;
}

/**
 * A list that follows another in the same chat: its lines numbered on from `first`, written
 * into the text, so that no two lists one answer shows are numbered alike.
 */
function numberedFrom(reply: Reply, choices: Choice[], first: number): Reply {
  const numbers = choices.map((_, index) => String(first + index));
  const lines: Text[] = choices.map((choice, index) => ({
    key: "numbered-choice",
    args: { number: numbers[index] ?? "", label: choice.label },
  }));
  const { choices: _shownAsText, ...rest } = reply;
  return {
    ...rest,
    parts: [
      ...reply.parts,
      ...lines,
      { key: "choices-hint", args: { numbers: numbers.join(", ") } },
    ],
  };
}

/** The value a choice's label typed as text picks in the chat's list ("Lưu", "tham dự"). */
export function labelledChoice(
  conversations: ConversationStore,
  chat: ChatRef,
  text: string,
): string | undefined {
  const list = offeredList(conversations, chat.id);
  return list && choiceForLabel(text, list.values, chat.kind);
}
