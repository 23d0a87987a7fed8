/**
 * Presses over HTTP must be on a message the fake server knows the bot sent: the
 * announcements are posted first, unmeasured, and chibo told where they are, as if it had
 * posted them itself.
 */
import type { Api } from "grammy";
import type { Message, Update } from "grammy/types";
import type { FakeBotApi } from "../test/support/fake-bot-api.js";
import type { BenchContext } from "./context.js";

/** Posts an announcement with one button as the bot. */
export function announce(fake: FakeBotApi, api: Api, chatId: number, data: string) {
  fake.addGroup({ id: chatId, title: `Nhóm ${chatId}` });
  return api.sendMessage(chatId, "Thông báo sinh hoạt chi bộ", {
    reply_markup: { inline_keyboard: [[{ text: "Tham dự", callback_data: data }]] },
  });
}

/** One announcement in each group the presses are in, recorded under its meeting's anchor. */
export async function postAnnouncements(
  context: BenchContext,
  fake: FakeBotApi,
  api: Api,
  presses: Update[],
): Promise<Map<number, Message>> {
  const posted = new Map<number, Message>();
  for (const update of presses) {
    const query = update.callback_query;
    const chat = query?.message?.chat;
    if (!query?.data || !chat || posted.has(chat.id)) continue;
    const message = await announce(fake, api, chat.id, query.data);
    posted.set(chat.id, message);
    context.app.services.posted.save({
      chatId: `tg:${chat.id}`,
      anchor: `meeting:${query.data.slice("lichhop:yes-".length)}`,
      messageId: String(message.message_id),
      platformPollId: null,
      postedAt: context.clock.now(),
    });
  }
  return posted;
}

/** Pushes the presses on those announcements; returns how many went. */
export function pressAll(
  context: BenchContext,
  fake: FakeBotApi,
  presses: Update[],
  posted: Map<number, Message>,
): number {
  let count = 0;
  for (const update of presses) {
    const query = update.callback_query;
    const message = query?.message && posted.get(query.message.chat.id);
    if (!query || !message) continue;
    const pushed = fake.clickButton({ from: query.from, message, data: query.data });
    // The fake numbers a press after the last update it saw: the bench's own numbering must
    // go on after it, or chibo would take a later update for this one delivered again.
    context.updates.updateId = Math.max(context.updates.updateId, pushed.update_id + 1);
    count += 1;
  }
  return count;
}
