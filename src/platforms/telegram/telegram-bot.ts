import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, type Context, GrammyError } from "grammy";
import type { BotCommand, UserFromGetMe } from "grammy/types";
import type { Logger } from "pino";
import type { Clock } from "../../clock.js";
import type { DocumentMaker } from "../../documents/document-request.js";
import { htmlToPlain } from "../../domain/html.js";
import type { Command } from "../../engine/command.js";
import type { Reply } from "../../engine/reply.js";
import type { Router, RouterPlatform } from "../../engine/router.js";
import type { Translator } from "../../i18n.js";
import type { PostedMessageStore } from "../../store/posted-message-store.js";
import { renderReply } from "../render-reply.js";
import { RefreshCoalescer } from "./refresh-coalescer.js";
import { sendReply, startLink, type TelegramOutput, telegramId } from "./send-reply.js";
import { toIncoming, toPollEvent } from "./to-incoming.js";

/** A live count (an announcement's, the check-in's) is edited at most this often. */
export const REFRESH_EVERY_MS = 3000;

export interface TelegramOptions {
  token: string;
  apiRoot: string;
  router: Router;
  translator: Translator;
  posted: PostedMessageStore;
  clock: Clock;
  documents: DocumentMaker;
  log: Logger;
  /** How often a live count may be edited, at most; tests make it short. */
  refreshEveryMs?: number;
  /** The bot's getMe, when known: then no call is made for it (the benchmark, tests). */
  botInfo?: UserFromGetMe;
}

/** Telegram shows a button's answer over the chat in at most 200 characters. */
const MAX_ACK = 200;

/**
 * The Telegram adapter: grammY in, the router's replies out as HTML with inline buttons.
 * Nothing is fetched or polled here: `launchTelegramBot` does that; the benchmark feeds the bot
 * updates with `bot.handleUpdate` instead.
 */
export function createTelegramBot(options: TelegramOptions): Bot {
  const { router, translator, log } = options;
  const bot = new Bot(options.token, {
    client: { apiRoot: options.apiRoot },
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));

  const platform: RouterPlatform = {
    hasButtons: true,
    canWriteFirst: false,
    async isChatAdmin(chatId, personId) {
      const member = await bot.api.getChatMember(telegramId(chatId), telegramId(personId));
      return member.status === "creator" || member.status === "administrator";
    },
  };

  bot.use(async (ctx) => {
    const pollEvent = toPollEvent(ctx.update);
    if (pollEvent) return router.handlePollEvent(pollEvent);
    const incoming = toIncoming(ctx.update, ctx.me.username);
    if (!incoming) return;
    const replies = await router.handle(incoming, platform);
    const ack = ctx.callbackQuery && replies.find((r) => r.ack && r.chatId === incoming.chat.id);
    const answered = ctx.callbackQuery ? await answerPress(ctx, ack) : true;
    for (const reply of replies) {
      if (reply.refresh) refreshes.schedule(reply);
      else if (reply !== ack || !answered) await send(bot, reply, incoming.chat.id);
    }
  });

  const refreshes = new RefreshCoalescer(
    options.refreshEveryMs ?? REFRESH_EVERY_MS,
    (reply) => sendReply(output(bot), reply),
    log,
  );

  /**
   * The answer to a button press: a notice over the chat, and the way to the private chat.
   * False when Telegram no longer takes it (a press answered after downtime is "too old").
   */
  async function answerPress(ctx: Context, ack: Reply | undefined): Promise<boolean> {
    const rendered = ack && renderReply(ack, translator, MAX_ACK);
    const text = rendered && htmlToPlain(rendered.chunks.join(" ")).slice(0, MAX_ACK);
    const link = rendered?.privateLink && startLink(ctx.me.username, rendered.privateLink.payload);
    try {
      await ctx.answerCallbackQuery({ text, url: link });
      return true;
    } catch (error) {
      log.debug(describe(error), "late answer");
      return false;
    }
  }

  bot.catch((error) => {
    log.error({ ...describe(error.error), update: error.ctx.update.update_id }, "update failed");
  });

  /** A reply to the chat spoken in must arrive; a private note to someone else may not. */
  async function send(target: Bot, reply: Reply, currentChat: string): Promise<void> {
    try {
      await sendReply(output(target), reply);
    } catch (error) {
      const blocked = error instanceof GrammyError && error.error_code === 403;
      if (!blocked || reply.chatId === currentChat) throw error;
      log.warn({ chat: reply.chatId }, "private message refused: the person blocked the bot");
    }
  }

  const output = (target: Bot): TelegramOutput => ({
    api: target.api,
    botUsername: target.botInfo.username,
    translator,
    posted: options.posted,
    clock: options.clock,
    documents: options.documents,
  });

  return bot;
}

export interface RunningTelegramBot {
  bot: Bot;
  /** Settles when polling stops (after `bot.stop()`). */
  polling: Promise<void>;
}

/** Creates the bot, checks the token, publishes the command menu and starts long polling. */
export async function launchTelegramBot(
  options: TelegramOptions & { commands: readonly Command[] },
): Promise<RunningTelegramBot> {
  const bot = createTelegramBot(options);
  await bot.init();
  await publishCommandMenu(bot, options.commands, options.translator);
  const polling = bot.start({
    allowed_updates: [
      "message",
      "edited_message",
      "callback_query",
      "my_chat_member",
      "poll",
      "poll_answer",
    ],
  });
  return { bot, polling };
}

/** The menu Telegram shows when someone types "/": private and group commands apart. */
async function publishCommandMenu(
  bot: Bot,
  commands: readonly Command[],
  translator: Translator,
): Promise<void> {
  // In groups, members' private commands are listed too: typed there, they offer the way over.
  const shown = (c: Command, where: "private" | "group") =>
    c.where === "anywhere" ||
    c.where === where ||
    (where === "group" && c.where === "private" && c.who === "member");
  const menu = (where: "private" | "group"): BotCommand[] =>
    commands
      .filter((c) => !c.hidden && shown(c, where))
      .map((c) => ({ command: c.name, description: htmlToPlain(translator.t(`help-${c.name}`)) }));
  await bot.api.setMyCommands(menu("private"), { scope: { type: "all_private_chats" } });
  await bot.api.setMyCommands(menu("group"), { scope: { type: "all_group_chats" } });
}

/**
 * What may be logged of a failed call: a GrammyError carries the whole request, and a
 * private message's text is someone's personal plan.
 */
function describe(error: unknown): Record<string, unknown> {
  if (error instanceof GrammyError) {
    return { method: error.method, code: error.error_code, description: error.description };
  }
  return { err: error };
}
