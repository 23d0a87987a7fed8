/**
 * 1. Update handling in process: the real grammY bot (chibo's factory) fed updates with
 *    `handleUpdate`, every API call answered by a transformer; the same on a bare grammY bot
 *    that only says "ok".
 * 2. Over the wire: the same bots polling a fake Bot API server on 127.0.0.1 over HTTP.
 */
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { commands } from "../commands/index.js";
import {
  createTelegramBot,
  launchTelegramBot,
  REFRESH_EVERY_MS,
} from "../src/platforms/telegram/telegram-bot.js";
import { FakeBotApi } from "../test/support/fake-bot-api.js";
import { announce, postAnnouncements, pressAll } from "./announcements.js";
import type { BenchContext } from "./context.js";
import { KINDS, type Kind, Members, People, workload } from "./scenarios.js";
import { latency, nowMs, percentile, round, sleep, timeEach } from "./stats.js";
import { BOT_INFO, BOT_TOKEN, InstantBotApi, UpdateFactory } from "./telegram-fixture.js";

export interface Throughput {
  perSecond: number;
  p50Ms: number;
  p99Ms: number | null;
  maxMs: number;
  count: number;
}

export interface KindFigures {
  chibo: Throughput;
  bare: Throughput;
  /** chibo's time per update over the bare bot's (p50s): the figure that matters. */
  ratio: number;
}

export type InProcessFigures = Record<Kind, KindFigures>;
export type WireFigures = Record<Kind, { chiboPerSecond: number; barePerSecond: number }>;

/** chibo's Telegram bot, built as production builds it, its API answered in process. */
export function inProcessBot(context: BenchContext) {
  const { app, log } = context;
  const api = new InstantBotApi();
  const bot = createTelegramBot({
    token: BOT_TOKEN,
    // Never reached: the transformer answers every call.
    apiRoot: "http://127.0.0.1:9",
    router: app.router,
    translator: app.translator,
    posted: app.services.posted,
    clock: app.services.clock,
    documents: app.documents,
    log,
    botInfo: BOT_INFO,
  });
  bot.api.config.use(api.transformer);
  return { bot, api };
}

/** The least a grammY bot can do: answer every message and every button with "ok". */
function bareBot(botInfo?: typeof BOT_INFO, apiRoot?: string): Bot {
  const bot = new Bot(BOT_TOKEN, {
    ...(botInfo ? { botInfo } : {}),
    ...(apiRoot ? { client: { apiRoot } } : {}),
  });
  bot.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: "ok" }));
  bot.on("message", (ctx) => ctx.reply("ok"));
  return bot;
}

interface Fed {
  samples: number[];
  elapsedMs: number;
}

/** Feeds the updates one after the other: each one's time, and the whole run's. */
async function feed(bot: Bot, updates: Update[]): Promise<Fed> {
  const start = nowMs();
  const samples = await timeEach(updates.length, async (index) => {
    const update = updates[index];
    if (update) await bot.handleUpdate(update);
  });
  return { samples, elapsedMs: nowMs() - start };
}

/** To a tenth of a microsecond: the bare bot's update takes a few. */
function throughput({ samples, elapsedMs }: Fed): Throughput {
  return { perSecond: round((samples.length / elapsedMs) * 1000, 1), ...latency(samples, 4) };
}

/** Every update must have been answered as intended, or the figures measure something else. */
function expectAnswered(api: InstantBotApi, method: string, before: number, count: number): void {
  const answered = (api.calls.get(method) ?? 0) - before;
  if (answered < count) {
    throw new Error(`Only ${answered} of ${count} updates were answered with ${method}.`);
  }
}

/** `count` updates of a kind through chibo's bot, each checked answered (and written). */
export async function chiboRun(
  context: BenchContext,
  chibo: ReturnType<typeof inProcessBot>,
  kind: Kind,
  count: number,
): Promise<Fed> {
  const work = workload(kind, count, context.members, context.people, context.updates);
  for (const update of work.setup) await chibo.bot.handleUpdate(update);
  const before = chibo.api.calls.get(work.answeredBy) ?? 0;
  const result = await feed(chibo.bot, work.updates);
  expectAnswered(chibo.api, work.answeredBy, before, work.updates.length);
  checkWrites(context, kind, work.updates);
  return result;
}

export async function measureInProcess(
  context: BenchContext,
  iterations: number,
): Promise<InProcessFigures> {
  const chibo = inProcessBot(context);
  const bareApi = new InstantBotApi();
  const bare = bareBot(BOT_INFO);
  bare.api.config.use(bareApi.transformer);
  // The bare bot's updates need no seeded people: its own pools, so chibo's stay untouched.
  const bareUpdates = new UpdateFactory(900_000_000);
  const barePeople = new People(context.province, bareUpdates);
  const bareMembers = new Members(context.province);
  const warmup = Math.max(5, Math.min(200, Math.floor(iterations / 5)));

  const figures = {} as InProcessFigures;
  for (const kind of KINDS) {
    const run = (count: number) => chiboRun(context, chibo, kind, count);
    const runBare = (count: number) =>
      feed(bare, workload(kind, count, bareMembers, barePeople, bareUpdates).updates);
    await run(warmup);
    await runBare(warmup);
    const chiboFed = await run(iterations);
    const bareFed = await runBare(iterations);
    figures[kind] = {
      chibo: throughput(chiboFed),
      bare: throughput(bareFed),
      // From the unrounded medians: rounding the bare bot's few microseconds would move it.
      ratio: round(percentile(chiboFed.samples, 50) / percentile(bareFed.samples, 50), 1),
    };
  }
  return figures;
}

/** The writes really happened: the drafts moved on, the answers are recorded. */
function checkWrites(context: BenchContext, kind: Kind, updates: Update[]): void {
  const { sqlite } = context.app.database;
  if (kind === "write") {
    const people = [...new Set(updates.map((u) => `tg:${u.message?.from?.id}`))];
    const moved = sqlite
      .prepare(
        `select count(*) as n from dialogs where command = 'dangky' and json_extract(state, '$.step') != 'study' and person_id in (${people.map(() => "?").join(",")})`,
      )
      .get(...people) as { n: number };
    if (moved.n !== people.length) {
      throw new Error(`Only ${moved.n} of ${people.length} /dangky drafts moved on.`);
    }
  }
  if (kind === "button") {
    // The pressers had not answered before: each press must have left its answer.
    const answer = sqlite.prepare(
      "select count(*) as n from meeting_responses r join identities i on i.member_id = r.member_id where r.meeting_id = ? and i.person_id = ? and r.answer = 'attend'",
    );
    for (const update of updates) {
      const query = update.callback_query;
      const [, meeting] = /yes-(\d+)$/.exec(query?.data ?? "") ?? [];
      const { n } = answer.get(Number(meeting), `tg:${query?.from.id}`) as { n: number };
      if (n !== 1) throw new Error("A press on the announcement was not recorded.");
    }
  }
}

/** Waits until `count` calls of `method` have succeeded since the call numbered `from`. */
async function answered(fake: FakeBotApi, method: string, from: number, count: number) {
  let seen = 0;
  let index = from;
  const deadline = Date.now() + 120_000;
  while (seen < count) {
    for (; index < fake.calls.length; index++) {
      const call = fake.calls[index];
      if (call?.ok && call.method === method) seen += 1;
    }
    if (seen >= count) break;
    if (Date.now() > deadline) {
      throw new Error(`Only ${seen} of ${count} ${method} calls after 2 minutes.`);
    }
    await sleep(1);
  }
}

/**
 * Pushes all the updates at once and times until every one was answered: updates per second
 * end to end, long polling and HTTP included.
 */
async function pushAndWait(
  fake: FakeBotApi,
  push: () => void,
  method: string,
  count: number,
): Promise<number> {
  const from = fake.calls.length;
  const start = nowMs();
  push();
  await answered(fake, method, from, count);
  return round((count / (nowMs() - start)) * 1000, 1);
}

export async function measureWire(context: BenchContext, iterations: number): Promise<WireFigures> {
  const { app, log, updates, province } = context;
  const fake = await FakeBotApi.start({
    token: BOT_TOKEN,
    botUsername: BOT_INFO.username,
    firstUpdateId: updates.updateId,
  });
  const bareFake = await FakeBotApi.start({ token: BOT_TOKEN, botUsername: BOT_INFO.username });
  const { bot, polling } = await launchTelegramBot({
    token: fake.token,
    apiRoot: fake.apiRoot,
    router: app.router,
    translator: app.translator,
    posted: app.services.posted,
    clock: app.services.clock,
    documents: app.documents,
    commands,
    log,
  });
  const bare = bareBot(undefined, bareFake.apiRoot);
  const barePolling = bare.start();
  // Awaited once stopped; a failure before then must not end the process unhandled.
  for (const loop of [polling, barePolling]) loop.catch(() => {});
  const bareUpdates = new UpdateFactory(1);
  const barePeople = new People(province, bareUpdates);
  const bareMembers = new Members(province);
  // What the bare bot's buttons hang under.
  const bareGroup = barePeople.group(0);
  const bareAnnouncement = await announce(bareFake, bare.api, bareGroup.id, "ok");

  const figures = {} as WireFigures;
  try {
    for (const kind of KINDS) {
      const work = workload(kind, iterations, context.members, context.people, updates);
      if (work.setup.length > 0) {
        await pushAndWait(
          fake,
          () => {
            for (const update of work.setup) fake.pushUpdate(update);
          },
          "sendMessage",
          work.setup.length,
        );
      }
      // The bare bot first: chibo's live counts are edited up to 3 s after the presses, and
      // must not fall into the bare bot's time.
      const bareWork = workload(kind, iterations, bareMembers, barePeople, bareUpdates);
      const barePush =
        kind === "button"
          ? () => {
              for (const update of bareWork.updates) {
                const from = update.callback_query?.from;
                if (from) bareFake.clickButton({ from, message: bareAnnouncement, data: "ok" });
              }
            }
          : () => {
              for (const update of bareWork.updates) bareFake.pushUpdate(update);
            };
      const barePerSecond = await pushAndWait(
        bareFake,
        barePush,
        bareWork.answeredBy,
        bareWork.updates.length,
      );
      const chiboPerSecond = await pushAndWait(
        fake,
        await pressesOrUpdates(context, fake, bot, work.updates),
        work.answeredBy,
        work.updates.length,
      );
      figures[kind] = { chiboPerSecond, barePerSecond };
    }
    // The last live counts, edited after the presses, before the next measurement starts.
    await fake.waitForIdle(REFRESH_EVERY_MS + 500, 30_000);
  } finally {
    await bot.stop();
    await bare.stop();
    await Promise.all([polling, barePolling]);
    await fake.stop();
    await bareFake.stop();
  }
  return figures;
}

/** Text updates are pushed as they are; presses on announcements posted first (unmeasured). */
async function pressesOrUpdates(
  context: BenchContext,
  fake: FakeBotApi,
  bot: Bot,
  updates: Update[],
): Promise<() => void> {
  const presses = updates.filter((update) => update.callback_query);
  if (presses.length === 0) {
    return () => {
      for (const update of updates) fake.pushUpdate(update);
    };
  }
  const posted = await postAnnouncements(context, fake, bot.api, presses);
  return () => pressAll(context, fake, presses, posted);
}
