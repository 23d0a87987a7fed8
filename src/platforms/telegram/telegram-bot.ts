import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, type Context, type Transformer } from "grammy";
import type { BotCommand, Document, UserFromGetMe } from "grammy/types";
import type { Logger } from "pino";
import type { Clock } from "../../clock.js";
import { plainText } from "../../domain/rich-text.js";
import type { Command } from "../../engine/command.js";
import type { Router } from "../../engine/router.js";
import type { Translator } from "../../i18n.js";
import type { DocumentMaker } from "../../messages/document-request.js";
import type { Incoming } from "../../messages/incoming.js";
import type { Reply } from "../../messages/reply.js";
import type { Unsent } from "../../outbox/hand-over.js";
import type { DeliveryFailure } from "../../outbox/retry-policy.js";
import type { PostedMessageStore } from "../../store/posted-message-store.js";
import { renderReply } from "../render-reply.js";
import { ReplySender } from "../send-reply.js";
import { type ApiSignal, reachTelegram } from "./reach-telegram.js";
import { RefreshCoalescer } from "./refresh-coalescer.js";
import { startLink } from "./start-link.js";
import { telegramAdapter } from "./telegram-adapter.js";
import { telegramFailure } from "./telegram-failure.js";
import { telegramFile } from "./telegram-file.js";
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
  /** False once the bot stops: the updates fetched with the one under way are left to Telegram. */
  accepting?: () => boolean;
  /**
   * Telegram's flood limits, shared with the outbox's client (telegramThrottle): without it
   * answers go out unpaced (the benchmark answers every call in process).
   */
  throttle?: Transformer;
  /**
   * An answer that could not go out now (a 429, a 5xx, the network): the outbox takes the rest
   * of it, and returns true, or declines it (then the update fails as a whole). With it, an
   * answer never waits long for Telegram; without it, a failed one is retried in place.
   */
  onUnsent?: (reply: Reply, unsent: Unsent) => boolean;
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
    // A request that hangs ends in time (a long poll takes 30 s) and the answer is handed over.
    client: { apiRoot: options.apiRoot, timeoutSeconds: 60 },
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });
  if (options.throttle) bot.api.config.use(options.throttle);
  bot.api.config.use(retries(options.onUnsent !== undefined));

  // After a stop grammY would go on through the rest of a fetched batch: left unanswered and
  // unconfirmed, Telegram delivers it again at the next start.
  bot.use(async (_ctx, next) => {
    if (options.accepting?.() !== false) await next();
  });

  // Made at the first update: the bot's name is known once it has started.
  let sender: ReplySender | undefined;
  const answers = () => {
    sender ??= new ReplySender(telegramAdapter(bot.api, bot.botInfo.username), {
      translator,
      posted: options.posted,
      clock: options.clock,
      documents: options.documents,
    });
    return sender;
  };

  // A document's bytes are fetched only if a command takes it (a roster sent in private).
  const fileOf = (document: Document) => telegramFile(bot.api, options, document);

  bot.use(async (ctx) => {
    const pollEvent = toPollEvent(ctx.update);
    if (pollEvent) return router.handlePollEvent(pollEvent);
    const incoming = toIncoming(ctx.update, ctx.me.username, fileOf);
    if (!incoming) return;
    const replies = await router.handle(incoming, answers().adapter);
    const ack = ctx.callbackQuery && replies.find((r) => r.ack && r.chatId === incoming.chat.id);
    const answered = ctx.callbackQuery ? await answerPress(ctx, ack) : true;
    const handedOver = new Map<string, Unsent>();
    for (const reply of replies) {
      if (reply.refresh) refreshes.schedule(reply);
      else if (reply === ack && answered) continue;
      else if (reply.ack && incoming.chat.kind === "group") {
        // A notice for the one who pressed, and Telegram no longer shows it (a press answered
        // late): it is not posted for the whole group to read.
        log.debug({ chat: reply.chatId }, "notice not shown: the press was answered too late");
      } else await send(reply, incoming, handedOver);
    }
    router.repliesDelivered(incoming.updateKey);
  });

  const refreshes = new RefreshCoalescer(
    options.refreshEveryMs ?? REFRESH_EVERY_MS,
    (reply) => answers().send(reply),
    log,
  );

  /**
   * The answer to a button press: a notice over the chat, and the way to the private chat.
   * False when Telegram no longer takes it (a press answered after downtime is "too old").
   */
  async function answerPress(ctx: Context, ack: Reply | undefined): Promise<boolean> {
    const rendered = ack && renderReply(ack, translator, MAX_ACK, plainText);
    const text = rendered?.chunks.join(" ").slice(0, MAX_ACK);
    const link = rendered?.privateLink && startLink(ctx.me.username, rendered.privateLink);
    try {
      await ctx.answerCallbackQuery({ text, url: link });
      return true;
    } catch (error) {
      log.debug({ err: error }, "late answer");
      return false;
    }
  }

  bot.catch((error) => {
    log.error({ err: error.error, update: error.ctx.update.update_id }, "update failed");
  });

  /**
   * A reply to the chat spoken in must arrive; a private note to someone else may not. One that
   * cannot go now is handed to the outbox, and so are the turn's next replies to that chat,
   * which must not overtake it.
   */
  async function send(reply: Reply, incoming: Incoming, handedOver: Map<string, Unsent>) {
    const before = handedOver.get(reply.chatId);
    if (before && options.onUnsent?.(reply, { ...before, sentParts: 0 })) return;
    const progress = { sentParts: 0 };
    try {
      await answers().send(reply, progress);
    } catch (error) {
      const failure = telegramFailure(error);
      if (failure?.kind === "unreachable" && reply.chatId !== incoming.chat.id) {
        log.warn({ chat: reply.chatId }, "private message refused: the person blocked the bot");
        return;
      }
      const unsent = unsentAfter(failure, progress.sentParts);
      if (!options.onUnsent?.(reply, unsent)) throw error;
      handedOver.set(reply.chatId, unsent);
      log.warn({ chat: reply.chatId, err: error }, "reply not sent now; outbox has it");
    }
  }

  return bot;
}

/** What is left of an answer that failed, and whether and when the outbox should send it. */
function unsentAfter(failure: DeliveryFailure | undefined, sentParts: number): Unsent {
  const kind = failure?.kind;
  return {
    sentParts,
    // The outbox also follows a group that became a supergroup.
    worthRetrying: kind === "rate-limited" || kind === "temporary" || kind === "moved",
    retryAfterSeconds: failure?.kind === "rate-limited" ? failure.retryAfterSeconds : 0,
  };
}

/** Calls with a way out when they fail: the outbox for a message, nothing for a late notice. */
const ANSWERING = /^(send|edit|stopPoll$|answerCallbackQuery$)/;

/**
 * How long a call waits for Telegram. Starting and polling wait as long as it takes. An answer,
 * when the outbox can take it, waits at most a few seconds, once: the updates after it (other
 * chats, other people) are not held up while Telegram is busy or down.
 */
function retries(toOutbox: boolean): Transformer {
  const patient = autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 });
  if (!toOutbox) return patient;
  const brief = autoRetry({
    maxRetryAttempts: 1,
    maxDelaySeconds: 3,
    rethrowHttpErrors: true,
    rethrowInternalServerErrors: true,
  });
  return (prev, method, payload, signal) =>
    (ANSWERING.test(method) ? brief : patient)(prev, method, payload, signal);
}

export interface RunningTelegramBot {
  bot: Bot;
  /**
   * Settles when polling stops: after `stop()`, or rejected when Telegram ends it (401 for a
   * revoked token, 409 when another process polls the bot).
   */
  polling: Promise<void>;
  /** Takes no more updates; resolves once the update under way has been answered. */
  stop(): Promise<void>;
}

/**
 * Creates the bot, reaches Telegram (waiting while it cannot be reached, until `signal`),
 * checks the token, publishes the command menu and starts long polling.
 */
export async function launchTelegramBot(
  options: TelegramOptions & { commands: readonly Command[]; signal?: AbortSignal },
): Promise<RunningTelegramBot> {
  const { signal } = options;
  const botInfo = options.botInfo ?? (await reachTelegram(options));
  let stopping = false;
  const bot = createTelegramBot({ ...options, botInfo, accepting: () => !stopping });
  // bot.stop() confirms the updates handled with one last getUpdates. It is not sent: it would
  // end the long poll of a process that has taken over (409 to that one), and hang while
  // Telegram cannot be reached. The router drops the updates Telegram then delivers again.
  bot.api.config.use((prev, method, payload, abort) =>
    stopping && method === "getUpdates"
      ? Promise.resolve({ ok: true as const, result: [] as never })
      : prev(method, payload, abort),
  );
  await publishCommandMenu(bot, options.commands, options.translator, signal);
  const polling = bot.start({
    allowed_updates: [
      "message",
      "edited_message",
      "callback_query",
      "my_chat_member",
      "poll_answer",
    ],
  });
  return {
    bot,
    polling,
    async stop() {
      stopping = true;
      const stopped = bot.stop();
      // The turn under way ends before polling does.
      await polling.catch(() => {});
      await stopped;
    },
  };
}

/** The menu Telegram shows when someone types "/": private and group commands apart. */
async function publishCommandMenu(
  bot: Bot,
  commands: readonly Command[],
  translator: Translator,
  signal?: AbortSignal,
): Promise<void> {
  // In groups, members' private commands are listed too: typed there, they offer the way over.
  const shown = (c: Command, where: "private" | "group") =>
    c.where === "anywhere" ||
    c.where === where ||
    (where === "group" && c.where === "private" && c.who === "member");
  const menu = (where: "private" | "group"): BotCommand[] =>
    commands
      .filter((c) => !c.hidden && shown(c, where))
      .map((c) => ({ command: c.name, description: plainText(translator.t(`help-${c.name}`)) }));
  const scope = (type: "all_private_chats" | "all_group_chats") => ({ scope: { type } });
  const abort = signal as ApiSignal;
  await bot.api.setMyCommands(menu("private"), scope("all_private_chats"), abort);
  await bot.api.setMyCommands(menu("group"), scope("all_group_chats"), abort);
}
