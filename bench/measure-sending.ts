/**
 * 4. Sending: a reminder to many groups through the outbox, the real OutboxSender and the real
 *    Telegram deliverer (its own throttled API client), against the fake Bot API server
 *    enforcing Telegram's limits: 30 messages a second in all, 20 a minute in a group.
 */
import { OutboxSender } from "../src/outbox/outbox-sender.js";
import { telegramDeliverer } from "../src/platforms/telegram/telegram-deliverer.js";
import { studyReminder } from "../src/schedule/jobs/study-reminder.js";
import { FakeBotApi } from "../test/support/fake-bot-api.js";
import type { BenchContext } from "./context.js";
import { nowMs, round, sleep } from "./stats.js";
import { BOT_INFO, BOT_TOKEN } from "./telegram-fixture.js";

/** Telegram's limit for messages to many chats at once. */
export const MESSAGES_PER_SECOND = 30;

export interface SendingFigures {
  groups: number;
  sent: number;
  /** From the start of the drain to the answer to the last message. */
  lastMessageMs: number;
  /** What the limit allows at best: groups / 30 seconds (10 s for 300). */
  minimumMs: number;
  /** lastMessageMs / minimumMs. */
  ratio: number;
  status429: number;
  /** Drains it took; more than one means a 429 stopped a drain and the rest waited. */
  drains: number;
}

export async function measureSending(
  context: BenchContext,
  groupCount: number,
): Promise<SendingFigures> {
  const { app, province, log } = context;
  const groups = Math.min(groupCount, province.size.cells);
  const fake = await FakeBotApi.start({
    token: BOT_TOKEN,
    botUsername: BOT_INFO.username,
    rateLimits: true,
    globalLimit: { count: MESSAGES_PER_SECOND, windowMs: 1000 },
  });
  try {
    // The study reminder of a week before 15/04, as the scheduler runs it: one post per group.
    const queued = app.services.transaction(() => {
      let count = 0;
      for (let cell = 0; cell < groups; cell++) {
        const row = app.services.cells.byId(province.cellId(cell));
        if (!row) throw new Error(`No cell ${cell}`);
        fake.addGroup({ id: province.groupChatId(cell), title: province.cellName(cell) });
        count += app.scheduler.runAt(studyReminder, row, context.clock.now())?.messages ?? 0;
      }
      return count;
    });
    if (queued !== groups) throw new Error(`The reminder queued ${queued} posts for ${groups}.`);
    const deliverer = telegramDeliverer({
      token: fake.token,
      apiRoot: fake.apiRoot,
      botUsername: BOT_INFO.username,
      translator: app.translator,
      posted: app.services.posted,
      clock: app.services.clock,
      documents: app.documents,
    });
    const sender = new OutboxSender(app.services, [deliverer], log, app.outboxRules);
    const start = nowMs();
    let sent = 0;
    let drains = 0;
    while (sent < groups && drains < 20) {
      drains += 1;
      sent += await sender.drain();
      if (sent < groups) {
        // Stopped by a 429: production waits for the next beat (a minute); here only for the
        // pause Telegram asked for, so that the figure shows the cost of the 429 itself.
        await sleep(untilDue(context));
      }
    }
    const lastMessageMs = nowMs() - start;
    const minimumMs = (groups / MESSAGES_PER_SECOND) * 1000;
    return {
      groups,
      sent,
      lastMessageMs: round(lastMessageMs, 0),
      minimumMs,
      ratio: round(lastMessageMs / minimumMs, 3),
      status429: fake.calls.filter((call) => call.error_code === 429).length,
      drains,
    };
  } finally {
    await fake.stop();
  }
}

/** How long until the earliest message put back for later is due again. */
function untilDue(context: BenchContext): number {
  const row = context.app.database.sqlite
    .prepare("select min(not_before) as due from outbox where state = 'pending'")
    .get() as { due: number | null };
  return Math.max(10, (row.due ?? 0) - context.clock.now().getTime());
}
