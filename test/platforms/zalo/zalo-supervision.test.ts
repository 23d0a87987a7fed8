/**
 * The Zalo session kept alive through the real zca-js client against the fake of Zalo's
 * servers: dropped connections, what was written meanwhile, a session taken or shared, dead
 * cookies, the secretaries told on Telegram, `zalo status`, the outbox, and what is logged.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Logger, pino } from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CloseReason, ThreadType, Zalo } from "zca-js";
import { type App, createApp } from "../../../src/app.js";
import { runCli } from "../../../src/cli/cli.js";
import { loadConfig } from "../../../src/config.js";
import { plainText } from "../../../src/domain/rich-text.js";
import { createLogger } from "../../../src/logger.js";
import { OutboxSender } from "../../../src/outbox/outbox-sender.js";
import { readCredentials } from "../../../src/platforms/zalo/credentials.js";
import { SendQueue } from "../../../src/platforms/zalo/send-queue.js";
import type { ZaloApi } from "../../../src/platforms/zalo/zalo-api.js";
import { type RunningZaloBot, startZaloBot } from "../../../src/platforms/zalo/zalo-bot.js";
import { isRateLimited } from "../../../src/platforms/zalo/zalo-errors.js";
import { zaloClientOptions } from "../../../src/platforms/zalo/zalo-server.js";
import type { ZaloSessionTimings } from "../../../src/platforms/zalo/zalo-session.js";
import type { OutboxMessage } from "../../../src/store/outbox-store.js";
import { FakeZaloServer, type ZaloPerson } from "../../support/fake-zalo-server.js";
import { TEST_DATABASE_KEY, TestClock } from "../../support/harness.js";
import { startZaloRig, type ZaloRig, type ZaloRigOptions } from "../../support/zalo-rig.js";

const NOW = "2024-03-10T02:00:00Z"; // 09:00 in Hà Nội: outside the quiet hours
const GROUP = "5550001";
const GROUP_CHAT = `zalo:g${GROUP}`;
const lan: ZaloPerson = { id: "101", name: "Lan" };
const hung: ZaloPerson = { id: "102", name: "Hùng" };
const ha: ZaloPerson = { id: "103", name: "Hà" };
/** Lan's and Hùng's other accounts, on Telegram. */
const LAN_TG = "tg:5001";
const HUNG_TG = "tg:5002";
const FAST: ZaloSessionTimings = { reconnectMs: [5, 5, 5], loginMs: [5, 5], kickRetryMs: 5 };
const DAY_MS = 24 * 60 * 60 * 1000;

/** `ms` after NOW, as the app's clock takes it. */
function at(ms: number): string {
  return new Date(Date.parse(NOW) + ms).toISOString();
}

/** What each test started, stopped after it, last first. */
const running: (() => unknown)[] = [];
afterEach(async () => {
  for (const stop of running.splice(0).reverse()) await stop();
});

async function start(options: ZaloRigOptions = {}): Promise<ZaloRig> {
  const rig = await startZaloRig(NOW, options);
  running.push(() => rig.stop());
  rig.zalo.addGroup(GROUP, "Chi bộ KP1", lan);
  return rig;
}

/** Several turns of the event loop: timers of a few ms and the client's reconnections. */
async function pause(ms = 60): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

function zaloStatus(app: App) {
  return app.services.platforms.get("zalo");
}

/**
 * A cell on Zalo whose secretary Lan also has a Telegram account with a private chat open,
 * and a member Hùng (not a manager) with one too: only Lan is to hear about the session.
 */
async function cellOnZalo(r: Pick<ZaloRig, "app" | "say" | "press" | "join">): Promise<void> {
  await r.say(lan, "/khoitao Chi bộ Khu phố 1", GROUP);
  await r.join(hung, "Trần Văn Hùng", GROUP);
  await r.say(lan, "/duyet");
  await r.press(lan, "✅ Duyệt Trần Văn Hùng");
  const { members, conversations, clock } = r.app.services;
  const secretary = members.byPerson(`zalo:${lan.id}`);
  const member = members.byPerson(`zalo:${hung.id}`);
  if (!secretary || !member) throw new Error("the cell was not set up");
  expect(secretary.role).toBe("secretary");
  expect(member.roster).toBe("active");
  members.addIdentity(secretary.id, LAN_TG, "Lan", clock.now());
  conversations.notePrivateChat(LAN_TG, clock.now());
  members.addIdentity(member.id, HUNG_TG, "Hùng", clock.now());
  conversations.notePrivateChat(HUNG_TG, clock.now());
}

/** The notices about the Zalo session in the outbox: to whom, saying what. */
function notices(app: App): { chatId: string; key: string }[] {
  return app.services.outbox
    .all()
    .flatMap((m: OutboxMessage) =>
      m.reply.parts
        .filter((part) => part.key.startsWith("zalo-session-"))
        .map((part) => ({ chatId: m.chatId, key: part.key })),
    );
}

/** `npm run cli -- zalo status` on the bot's database: what the operator reads. */
async function zaloStatusCli(app: App, clock: TestClock): Promise<string> {
  const out: string[] = [];
  const config = loadConfig({
    DATABASE_PATH: app.database.sqlite.name,
    DATABASE_KEY: TEST_DATABASE_KEY,
  });
  const code = await runCli(
    ["zalo", "status"],
    config,
    pino({ level: "silent" }),
    new TestClock(clock.now()),
    { out: (text) => out.push(text), err: (text) => out.push(text) },
  );
  expect(code).toBe(0);
  return out.join("\n");
}

/**
 * The record of `from` taking `msgId` back, as zca-js reads it (content.deleteMsg) and as the
 * fake's recall() pushes it; recall() keeps no such record in the history, Zalo's may.
 */
function recallOf(zalo: FakeZaloServer, from: ZaloPerson, msgId: string, groupId?: string) {
  const original = zalo.messages(groupId ? "group" : "user").find((m) => m.msgId === msgId);
  return {
    msgType: "chat.undo",
    content: {
      globalMsgId: Number(msgId),
      cliMsgId: Number(original?.cliMsgId ?? 0),
      deleteMsg: 1,
      srcId: from.id,
      destId: groupId ?? zalo.botId,
    },
  };
}

/** Whether chibo has handled the Zalo message (answered it, or taken it as said). */
function handled(app: App, msgId: string): boolean {
  const row = app.database.sqlite
    .prepare("select 1 from processed_updates where update_key = ?")
    .get(`zalo:${msgId}`);
  return row !== undefined;
}

/** Waits for every message received so far to be answered and what it posted to be sent. */
async function calm(bot: RunningZaloBot, queue: SendQueue): Promise<void> {
  await bot.idle();
  await queue.run(async () => undefined);
  await bot.idle();
}

// ---------------------------------------------------------------------------------------------
// chibo built as the rig builds it, with its logs kept, and restartable on the same database.

interface Chibo {
  bot: RunningZaloBot;
  queue: SendQueue;
  sender: OutboxSender;
  stop(): void;
}

/** chibo's Zalo side on `app`, logging in to `zalo` as `login` says (default: saved cookies). */
function startChibo(
  app: App,
  zalo: FakeZaloServer,
  log: Logger,
  login: () => Promise<ZaloApi> = () =>
    new Zalo(zaloClientOptions(zalo.url)).login(zalo.credentials()),
  timings: Partial<ZaloSessionTimings> = {},
): Chibo {
  const { services } = app;
  const queue = new SendQueue(0, isRateLimited, [10, 20]);
  const bot = startZaloBot({
    login,
    app,
    queue,
    log,
    timings: { ...FAST, ...timings },
    strangerCap: 80,
  });
  const sender = new OutboxSender(services, [bot.deliverer], log, app.outboxRules);
  const chibo = { bot, queue, sender, stop: () => bot.stop() };
  running.push(() => chibo.stop());
  return chibo;
}

interface LoggedChibo extends Chibo {
  zalo: FakeZaloServer;
  app: App;
  clock: TestClock;
  /** Every line logged, as pino writes it (JSON). */
  lines: string[];
  /** `from` writes; resolves once chibo has handled it and sent its answers. */
  say(from: ZaloPerson, text: string, groupId?: string): Promise<string>;
}

/** chibo with everything it logs, down to trace, kept in `lines`. */
async function chiboWithLogs(): Promise<LoggedChibo> {
  const lines: string[] = [];
  const log = createLogger("trace", { write: (line: string) => void lines.push(line) });
  const clock = new TestClock(new Date(NOW));
  const zalo = await FakeZaloServer.start({ now: () => clock.now().getTime() });
  running.push(() => zalo.close());
  const dir = mkdtempSync(join(tmpdir(), "chibo-zalo-log-"));
  running.push(() => rmSync(dir, { recursive: true, force: true }));
  const app = createApp(loadConfig({ DATABASE_PATH: join(dir, "chibo.sqlite") }), log, clock);
  running.push(() => app.close());
  zalo.addGroup(GROUP, "Chi bộ KP1", lan);
  const chibo = startChibo(app, zalo, log);
  await vi.waitFor(() => expect(chibo.bot.session.connected).toBe(true), { timeout: 10_000 });
  return {
    ...chibo,
    zalo,
    app,
    clock,
    lines,
    async say(from, text, groupId) {
      const id = zalo.say(from, text, groupId);
      await vi.waitFor(() => expect(handled(app, id)).toBe(true));
      await calm(chibo.bot, chibo.queue);
      return id;
    },
  };
}

/**
 * What the operator does after the session ended: `npm run cli -- zalo login` (the QR scanned
 * on the bot's phone, a new session saved), then chibo started again on the same database.
 */
async function loginAndRestart(r: ZaloRig): Promise<{ app: App; chibo: Chibo }> {
  const dir = mkdtempSync(join(tmpdir(), "chibo-zalo-relogin-"));
  running.push(() => rmSync(dir, { recursive: true, force: true }));
  const config = loadConfig({
    DATABASE_PATH: r.app.database.sqlite.name,
    DATABASE_KEY: TEST_DATABASE_KEY,
    ZALO_SERVER: r.zalo.url,
    ZALO_CREDENTIALS_PATH: join(dir, "zalo-credentials.json"),
  });
  const silent = pino({ level: "silent" });
  const io = { out: () => undefined, err: () => undefined };
  const qr = ["zalo", "login", "--qr", join(dir, "qr.png")];
  expect(await runCli(qr, config, silent, new TestClock(r.clock.now()), io)).toBe(0);
  const app = createApp(config, silent, r.clock);
  running.push(() => app.close());
  const login = () =>
    new Zalo(zaloClientOptions(r.zalo.url)).login(readCredentials(config.ZALO_CREDENTIALS_PATH));
  const chibo = startChibo(app, r.zalo, silent, login);
  await vi.waitFor(() => expect(chibo.bot.session.connected).toBe(true), { timeout: 10_000 });
  return { app, chibo };
}

// ---------------------------------------------------------------------------------------------

describe("a dropped Zalo connection", () => {
  it("is opened again, and what was written meanwhile is answered exactly once", async () => {
    const r = await start();
    await r.say(lan, "/khoitao Chi bộ Khu phố 1", GROUP);
    // The last message chibo saw in groups is its own answer, echoed by Zalo.
    const last = r.zalo.sent.at(-1)?.msgId;
    await vi.waitFor(() => expect(zaloStatus(r.app)?.cursor?.group).toBe(last));
    const connections = r.zalo.connections;
    const groupBefore = r.zalo.textsTo(GROUP).length;

    r.zalo.drop();
    const missed = r.zalo.sayWhileDown(hung, "/thamgia Trần Văn Hùng", GROUP);
    await vi.waitFor(() => expect(r.zalo.connections).toBe(connections + 1));
    await vi.waitFor(() => expect(r.zalo.textsTo(GROUP).length).toBeGreaterThan(groupBefore));
    await calm(r.bot, r.queue);
    // Zalo was asked for what came after the last message chibo had seen in groups.
    expect(r.zalo.oldRequests).toEqual([{ type: ThreadType.Group, lastId: last }]);

    // Zalo pushes the same message live as well (same id): it is not answered again.
    r.zalo.sayContent(hung, { msgType: "webchat", content: "/thamgia Trần Văn Hùng" }, GROUP, {
      msgId: missed,
    });
    await r.say(lan, "/help", GROUP);
    // Dropped once more: Zalo's history holds the message again, with Lan's /help written
    // meanwhile after it; once that is answered, the history before it has been read.
    const helps = r.zalo.textsTo(GROUP).length;
    r.zalo.drop();
    r.zalo.sayWhileDown(lan, "/help", GROUP);
    await vi.waitFor(() => expect(r.zalo.textsTo(GROUP)).toHaveLength(helps + 1));
    await calm(r.bot, r.queue);

    expect(r.zalo.textsTo(GROUP).slice(groupBefore)).toEqual([
      expect.stringContaining("Đồng chí Trần Văn Hùng, trước khi ghi tên vào danh sách"),
      expect.stringContaining("Các lệnh đồng chí hay dùng"),
      expect.stringContaining("Các lệnh đồng chí hay dùng"),
    ]);
    const cell = r.app.services.cells.all()[0];
    // Hùng was asked his consent once, and is not on the roster before he answers.
    expect(cell && r.app.services.members.ofCell(cell.id)).toHaveLength(1);
    expect(zaloStatus(r.app)?.state).toBe("ok");
  });

  it("answers from Zalo's history only what it has not seen: not its own, not a recall, not what came before the last one it handled", async () => {
    // Zalo does not always echo the account's own messages: its answers are then newer, in
    // the history, than anything chibo read.
    const r = await start({ server: { echoOwnMessages: false } });
    const first = await r.say(hung, "/tindau");
    // Zalo never pushed this one; Hùng's next message came through.
    r.zalo.sayWhileDown(hung, "/tincu");
    const last = await r.say(hung, "/tinsau");
    // Hùng takes his first message back: the history lists the recall as well.
    r.zalo.sayContent(hung, recallOf(r.zalo, hung, first));
    r.zalo.drop();
    r.zalo.sayWhileDown(hung, "/tinmoi");
    await vi.waitFor(() => expect(r.zalo.textsTo(hung.id)).toHaveLength(3));
    await calm(r.bot, r.queue);

    expect(r.zalo.oldRequests).toEqual([{ type: ThreadType.User, lastId: last }]);
    const history = r.zalo.messages("user").map((m) => (m.uidFrom === "0" ? "chibo" : m.content));
    expect(history).toEqual([
      "/tindau",
      "chibo",
      "/tincu",
      "/tinsau",
      "chibo",
      expect.objectContaining({ deleteMsg: 1 }),
      "/tinmoi",
      "chibo", // its answer to /tinmoi
    ]);
    expect(r.zalo.textsTo(hung.id)).toEqual([
      expect.stringContaining("Không có lệnh /tindau"),
      expect.stringContaining("Không có lệnh /tinsau"),
      expect.stringContaining("Không có lệnh /tinmoi"),
    ]);
  });

  it("does not answer from the history what was written more than a week before, by the app's clock", async () => {
    const r = await start();
    await r.say(hung, "/tindau");
    r.zalo.sayWhileDown(hung, "/tinxua");
    r.clock.set(at(2 * DAY_MS));
    r.zalo.sayWhileDown(hung, "/tinhaingay");
    // chibo reads the history a week and an hour after the first.
    r.clock.set(at(7 * DAY_MS + 60 * 60 * 1000));
    r.zalo.drop();
    await vi.waitFor(() => expect(r.zalo.textsTo(hung.id)).toHaveLength(2));
    await calm(r.bot, r.queue);
    expect(r.zalo.textsTo(hung.id)).toEqual([
      expect.stringContaining("Không có lệnh /tindau"),
      expect.stringContaining("Không có lệnh /tinhaingay"),
    ]);
  });

  it("moves its cursor only forward, comparing Zalo's ids as whole numbers past 2^53", async () => {
    const r = await start();
    const id = (n: bigint) => String(2n ** 53n + n);
    const text = (content: string) => ({ msgType: "webchat", content });
    r.zalo.sayContent(hung, text("/tinmot"), undefined, { msgId: id(0n) });
    await vi.waitFor(() => expect(handled(r.app, id(0n))).toBe(true));
    // Lan's message has a smaller id (as does chibo's answer to Hùng): answered, and the
    // cursor stays where it was.
    await r.say(lan, "/tinkhac");
    expect(zaloStatus(r.app)?.cursor?.user).toBe(id(0n));

    r.zalo.drop();
    // Said while the connection is cut (no socket is open to push them): only the history
    // has them. 2^53 - 1 comes before the last one handled; 2^53 + 1 is the same float as
    // 2^53; 10^19 comes after both, though as text "1…" sorts before "9…".
    r.zalo.sayContent(lan, text("/tintruoc"), undefined, { msgId: id(-1n) });
    r.zalo.sayContent(hung, text("/tinsat"), undefined, { msgId: id(1n) });
    r.zalo.sayContent(hung, text("/tinxa"), undefined, { msgId: "10000000000000000000" });
    await vi.waitFor(() => expect(r.zalo.textsTo(hung.id)).toHaveLength(3));
    await calm(r.bot, r.queue);

    expect(r.zalo.oldRequests).toEqual([{ type: ThreadType.User, lastId: id(0n) }]);
    expect(r.zalo.textsTo(hung.id)).toEqual([
      expect.stringContaining("Không có lệnh /tinmot"),
      expect.stringContaining("Không có lệnh /tinsat"),
      expect.stringContaining("Không có lệnh /tinxa"),
    ]);
    expect(r.zalo.textsTo(lan.id)).toEqual([expect.stringContaining("Không có lệnh /tinkhac")]);
    expect(zaloStatus(r.app)?.cursor?.user).toBe("10000000000000000000");
    // A live message with a smaller id does not move it back.
    await r.say(lan, "/tinsau");
    expect(zaloStatus(r.app)?.cursor?.user).toBe("10000000000000000000");
  });
});

describe("Zalo's drops and outages", () => {
  it("takes Zalo's routine drops quietly: no status changes, nobody is told", async () => {
    const r = await start();
    await cellOnZalo(r);
    // Any change of status from now on would be dated later.
    r.clock.set(at(60_000));
    const before = zaloStatus(r.app);
    const told = await zaloStatusCli(r.app, r.clock);
    expect(told).toBe("Zalo: đang hoạt động (từ 10/03/2024 09:00).");
    const states: string[] = [];
    const { platforms } = r.app.services;
    const record = platforms.set.bind(platforms);
    vi.spyOn(platforms, "set").mockImplementation((platform, state, ...rest) => {
      states.push(state);
      return record(platform, state, ...rest);
    });
    const connections = r.zalo.connections;
    const stop = r.zalo.dropEvery(40);
    await vi.waitFor(() => expect(r.zalo.connections).toBeGreaterThanOrEqual(connections + 4));
    stop();
    await vi.waitFor(() => expect(r.bot.session.connected).toBe(true), { timeout: 10_000 });

    expect(states.filter((state) => state !== "ok")).toEqual([]);
    expect(notices(r.app)).toEqual([]);
    // What the operator reads is what it was: working since 09:00, not since the last drop.
    expect(await zaloStatusCli(r.app, r.clock)).toBe(told);
    const { state, detail, updatedAt } = zaloStatus(r.app) ?? {};
    expect({ state, detail, updatedAt }).toEqual({
      state: "ok",
      detail: null,
      updatedAt: before?.updatedAt,
    });
    await r.say(hung, "/help", GROUP);
    expect(r.zalo.textsTo(GROUP).at(-1)).toContain("Các lệnh đồng chí hay dùng");
  });

  it("says in zalo status when it is reconnecting, from the third drop in a row, telling nobody", async () => {
    // The third pause is long: the status can be read meanwhile.
    const r = await start({ timings: { reconnectMs: [5, 5, 60_000] } });
    await cellOnZalo(r);
    r.zalo.offline = true;
    r.zalo.drop();
    await vi.waitFor(() => expect(zaloStatus(r.app)?.state).toBe("reconnecting"));
    expect(await zaloStatusCli(r.app, r.clock)).toBe(
      `Zalo: mất kết nối, đang kết nối lại (từ 10/03/2024 09:00, mã ${CloseReason.AbnormalClosure}).`,
    );
    expect(notices(r.app)).toEqual([]);
  });

  it("after a long outage counts Zalo unreachable, tells the secretary once (no new login asked), keeps trying, and says when it is back", async () => {
    const r = await start();
    await cellOnZalo(r);
    // The network is down: every connection and every login is refused.
    r.zalo.offline = true;
    r.zalo.drop();
    await vi.waitFor(() => expect(zaloStatus(r.app)?.state).toBe("unreachable"));
    expect(notices(r.app)).toEqual([{ chatId: LAN_TG, key: "zalo-session-unreachable" }]);
    expect(await zaloStatusCli(r.app, r.clock)).toContain("Zalo: không kết nối được từ");
    // More refused attempts tell nobody again.
    await pause();
    expect(zaloStatus(r.app)?.state).toBe("unreachable");
    expect(notices(r.app)).toHaveLength(1);

    r.zalo.offline = false;
    await vi.waitFor(() => expect(zaloStatus(r.app)?.state).toBe("ok"));
    await vi.waitFor(() => expect(r.bot.session.connected).toBe(true), { timeout: 10_000 });
    expect(notices(r.app)).toEqual([
      { chatId: LAN_TG, key: "zalo-session-unreachable" },
      { chatId: LAN_TG, key: "zalo-session-back" },
    ]);
    expect(await zaloStatusCli(r.app, r.clock)).toContain("Zalo: đang hoạt động");
    await r.say(hung, "/help", GROUP);
    expect(r.zalo.textsTo(GROUP).at(-1)).toContain("Các lệnh đồng chí hay dùng");
  });

  it("logs in again after three connections refused in a row before Zalo's key", async () => {
    const c = await chiboWithLogs();
    const logins = c.zalo.logins.length;
    c.zalo.offline = true;
    c.zalo.drop();
    await vi.waitFor(() =>
      expect(c.lines.join("\n")).toContain("zalo connection refused repeatedly; logging in again"),
    );
    c.zalo.offline = false;
    await vi.waitFor(() => expect(c.bot.session.connected).toBe(true));
    expect(c.zalo.logins.slice(logins)).toEqual([{ imei: expect.any(String), ok: true }]);
    expect(zaloStatus(c.app)?.state).toBe("ok");
    await c.say(lan, "/help");
    expect(c.zalo.textsTo(lan.id).at(-1)).toContain("Các lệnh đồng chí hay dùng");
  });

  it("tries a login that fails for the network again, telling nobody", async () => {
    const r = await start();
    await cellOnZalo(r);
    const logins = r.zalo.logins.length;
    r.zalo.fail("login", { network: true }, { status: 502 });
    // Taken by another login: chibo logs in afresh, and the network fails it twice (as many
    // times as it has pauses for: more would be a long outage, told as expired).
    r.zalo.kick();
    await vi.waitFor(() => expect(r.zalo.logins.length).toBeGreaterThan(logins));
    await vi.waitFor(() => expect(r.bot.session.connected).toBe(true), { timeout: 10_000 });
    expect(r.zalo.logins.slice(logins)).toEqual([{ imei: expect.any(String), ok: true }]);
    expect(zaloStatus(r.app)?.state).toBe("ok");
    expect(notices(r.app)).toEqual([]);
    await r.say(hung, "/help", GROUP);
    expect(r.zalo.textsTo(GROUP).at(-1)).toContain("Các lệnh đồng chí hay dùng");
  });
});

describe("a Zalo session taken or shared", () => {
  it("stops listening on a duplicate connection (3000), tells the secretary once, and says so in zalo status", async () => {
    const r = await start();
    await cellOnZalo(r);
    const connections = r.zalo.connections;
    r.zalo.duplicateConnection();
    await vi.waitFor(() => expect(zaloStatus(r.app)?.state).toBe("duplicate"));
    expect(zaloStatus(r.app)?.detail).toBe(String(CloseReason.DuplicateConnection));
    expect(notices(r.app)).toEqual([{ chatId: LAN_TG, key: "zalo-session-duplicate" }]);
    // The listener stays stopped: no new connection, and the cookies are not given up.
    await pause();
    expect(r.zalo.connections).toBe(connections);
    expect(r.zalo.connected()).toBe(false);
    expect(r.bot.session.connected).toBe(false);
    expect(notices(r.app)).toHaveLength(1);
    const status = await zaloStatusCli(r.app, r.clock);
    expect(status).toContain("Zalo: dừng lúc");
    expect(status).toContain(`mã ${CloseReason.DuplicateConnection}`);
    expect(status).not.toContain("zalo login");
    expect(plainText(r.app.translator.text({ key: "zalo-session-duplicate" }))).toContain(
      "Không cần quét lại mã QR",
    );
  });

  it("logs in afresh when the session is taken (3003), staying ok and telling nobody", async () => {
    const r = await start();
    await cellOnZalo(r);
    const logins = r.zalo.logins.length;
    const connections = r.zalo.connections;
    r.zalo.kick();
    await vi.waitFor(() => expect(r.zalo.logins.length).toBe(logins + 1));
    await vi.waitFor(() => expect(r.zalo.connections).toBe(connections + 1));
    await vi.waitFor(() => expect(r.bot.session.connected).toBe(true), { timeout: 10_000 });
    expect(r.zalo.logins.at(-1)?.ok).toBe(true);
    expect(zaloStatus(r.app)).toMatchObject({ state: "ok", detail: null });
    expect(notices(r.app)).toEqual([]);
    // Listening through the new login.
    await r.say(hung, "/help", GROUP);
    expect(r.zalo.textsTo(GROUP).at(-1)).toContain("Các lệnh đồng chí hay dùng");
    expect(await zaloStatusCli(r.app, r.clock)).toContain("Zalo: đang hoạt động");
  });

  it("is kicked when the session is taken and its cookies are dead: told once, zalo status says to log in", async () => {
    const r = await start();
    await cellOnZalo(r);
    await r.say(lan, "/help"); // Lan's private chat on Zalo: Zalo is down, never told there
    const connections = r.zalo.connections;
    r.zalo.expireSession();
    r.zalo.kick();
    await vi.waitFor(() => expect(zaloStatus(r.app)?.state).toBe("kicked"));
    expect(r.zalo.logins.at(-1)?.ok).toBe(false);
    expect(notices(r.app)).toEqual([{ chatId: LAN_TG, key: "zalo-session-kicked" }]);
    // Never reconnects, and tells nobody again.
    await pause();
    expect(r.zalo.connections).toBe(connections);
    expect(notices(r.app)).toHaveLength(1);
    const status = await zaloStatusCli(r.app, r.clock);
    expect(status).toBe(
      "Zalo: bị đăng xuất lúc 10/03/2024 09:00 vì tài khoản đăng nhập ở nơi khác " +
        `(mã ${CloseReason.KickConnection}). Chạy: npm run cli -- zalo login`,
    );
    // The secretaries read whom to ask; the command is for the operator only.
    const notice = plainText(r.app.translator.text({ key: "zalo-session-kicked" }));
    expect(notice).toContain("người quản trị máy chủ chibo đăng nhập lại Zalo");
    expect(notice).not.toContain("npm run");
  });

  it("counts the session expired when its cookies die and the connection is refused", async () => {
    const r = await start();
    await cellOnZalo(r);
    const logins = r.zalo.logins.length;
    r.zalo.expireSession();
    r.zalo.drop();
    await vi.waitFor(() => expect(zaloStatus(r.app)?.state).toBe("expired"));
    // Three refused handshakes, then a login from the cookies it has: refused too.
    expect(r.zalo.logins.slice(logins)).toEqual([{ imei: expect.any(String), ok: false }]);
    expect(notices(r.app)).toEqual([{ chatId: LAN_TG, key: "zalo-session-expired" }]);
    await pause();
    expect(notices(r.app)).toHaveLength(1);
    const status = await zaloStatusCli(r.app, r.clock);
    expect(status).toContain("(Zalo không nhận phiên đăng nhập đã lưu)");
    expect(status).toContain("npm run cli -- zalo login");
  });
});

describe("the outbox for Zalo", () => {
  /** A message for the group, due now: what the outbox would send after a /lienket. */
  function queueForGroup(app: App, clock: TestClock, name = "Hùng"): void {
    app.services.outbox.add(
      { chatId: GROUP_CHAT, parts: [{ key: "lienket-done", args: { name } }] },
      { notBefore: clock.now(), now: clock.now() },
    );
  }

  function forGroup(app: App) {
    return app.services.outbox.all().find((m) => m.chatId === GROUP_CHAT);
  }

  it("keeps its messages while the session is down, and sends them once it is back", async () => {
    const r = await start();
    await cellOnZalo(r);
    r.zalo.offline = true;
    r.zalo.drop();
    await vi.waitFor(() => expect(zaloStatus(r.app)?.state).toBe("unreachable"));
    const sent = r.zalo.sent.length;
    queueForGroup(r.app, r.clock);
    await r.beat();
    // Not even tried: a Zalo that cannot send keeps its messages untouched.
    expect(forGroup(r.app)).toMatchObject({ state: "pending", attempts: 0 });
    // Again later, still down: still kept.
    r.clock.set(at(5 * 60_000));
    await r.beat();
    expect(forGroup(r.app)).toMatchObject({ state: "pending", attempts: 0 });
    expect(r.zalo.sent).toHaveLength(sent);
    // The notices to Telegram are not the Zalo deliverer's: they wait for Telegram's.
    expect(r.app.services.outbox.all().find((m) => m.chatId === LAN_TG)?.state).toBe("pending");

    r.zalo.offline = false;
    await vi.waitFor(() => expect(zaloStatus(r.app)?.state).toBe("ok"));
    r.clock.set(at(10 * 60_000));
    await r.beat();
    expect(forGroup(r.app)?.state).toBe("sent");
    expect(r.zalo.textsTo(GROUP).at(-1)).toContain("Đã liên kết");
    expect(r.zalo.textsTo(GROUP).filter((text) => text.includes("Đã liên kết"))).toHaveLength(1);
  });

  it("keeps its messages while kicked, and sends them after `zalo login` and a restart", async () => {
    const r = await start();
    await cellOnZalo(r);
    r.zalo.expireSession();
    r.zalo.kick();
    await vi.waitFor(() => expect(zaloStatus(r.app)?.state).toBe("kicked"));
    queueForGroup(r.app, r.clock);
    await r.beat();
    expect(forGroup(r.app)).toMatchObject({ state: "pending", attempts: 0 });

    const restarted = await loginAndRestart(r);
    await vi.waitFor(() => expect(zaloStatus(restarted.app)?.state).toBe("ok"));
    expect(notices(restarted.app)).toEqual([
      { chatId: LAN_TG, key: "zalo-session-kicked" },
      { chatId: LAN_TG, key: "zalo-session-back" },
    ]);
    await restarted.chibo.sender.drain();
    expect(forGroup(restarted.app)?.state).toBe("sent");
    expect(r.zalo.textsTo(GROUP).at(-1)).toContain("Đã liên kết");
  });

  it("keeps what Zalo refuses because the session is gone (600), for when it is back", async () => {
    const r = await start();
    await cellOnZalo(r);
    // Zalo ended the session; the connection has not noticed yet.
    r.zalo.expireSession();
    queueForGroup(r.app, r.clock);
    await r.beat();
    const sent = r.zalo.sent.length;
    expect(forGroup(r.app)?.state).toBe("pending");
    // Hùng's question meanwhile: its answer cannot go either, and is kept too.
    await r.say(hung, "/help", GROUP);
    expect(r.zalo.sent).toHaveLength(sent);
    expect(
      r.app.services.outbox.all().filter((m) => m.chatId === GROUP_CHAT && m.state === "pending"),
    ).toHaveLength(2);

    const restarted = await loginAndRestart(r);
    r.clock.set(at(60 * 60_000));
    await restarted.chibo.sender.drain();
    const texts = r.zalo.textsTo(GROUP).slice(-2);
    expect(texts).toEqual([
      expect.stringContaining("Đã liên kết"),
      expect.stringContaining("Các lệnh đồng chí hay dùng"),
    ]);
  });
});

describe("the Zalo adapter's logs", () => {
  it("give the listener's errors in their own words", async () => {
    const c = await chiboWithLogs();
    // The cookies die: the websocket handshake is refused (an "error", then a close), three
    // times, and the login from the cookies it has is refused as well.
    c.zalo.expireSession();
    c.zalo.drop();
    await vi.waitFor(() => expect(zaloStatus(c.app)?.state).toBe("expired"));
    const errors = c.lines
      .map((line) => JSON.parse(line) as { msg: string; error?: unknown })
      .filter((entry) => entry.msg === "zalo listener error");
    expect(errors.length).toBeGreaterThanOrEqual(3);
    for (const entry of errors) expect(entry.error).toBe("Unexpected server response: 401");
    expect(c.lines.join("\n")).not.toContain("[object Object]");
  });

  it("never contain what people wrote or what the bot was sending", async () => {
    const c = await chiboWithLogs();
    const { services } = c.app;
    const SECRET = "Bí mật 4242 của Hà";
    await c.say(lan, "/khoitao Chi bộ Khu phố 1", GROUP);
    // Words in the group, in private, and a full name given to /thamgia.
    await c.say(ha, `/thamgia ${SECRET}`, GROUP);
    await c.say(ha, SECRET, GROUP);
    await c.say(ha, SECRET);
    // Zalo refuses a reply, with words of it in its error message.
    c.zalo.fail("send", { code: 114, message: `Không gửi được: ${SECRET}`, threadId: ha.id });
    await c.say(ha, `${SECRET} lần hai`);
    // The outbox fails to send a message naming it, with the same kind of error.
    services.outbox.add(
      { chatId: `zalo:${ha.id}`, parts: [{ key: "lienket-done", args: { name: SECRET } }] },
      { notBefore: c.clock.now(), now: c.clock.now() },
    );
    c.zalo.fail("send", { code: 500, message: `Lỗi khi gửi "${SECRET}"`, threadId: ha.id });
    await c.sender.drain();
    // Dropped, with a message written meanwhile, answered after.
    c.zalo.drop();
    const missed = c.zalo.sayWhileDown(ha, `/thamgia ${SECRET} khi mất kết nối`, GROUP);
    await vi.waitFor(() => expect(handled(c.app, missed)).toBe(true));
    await calm(c.bot, c.queue);
    // The cookies die, with an outbox message naming it waiting.
    c.zalo.expireSession();
    c.zalo.drop();
    await vi.waitFor(() => expect(zaloStatus(c.app)?.state).toBe("expired"));
    services.outbox.add(
      { chatId: GROUP_CHAT, parts: [{ key: "lienket-done", args: { name: SECRET } }] },
      { notBefore: c.clock.now(), now: c.clock.now() },
    );
    await c.sender.drain();

    const logged = c.lines.join("\n");
    // Something was logged at all: the capture works, and both refusals were met.
    const entries = c.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries).toContainEqual(
      expect.objectContaining({
        msg: "zalo reply not sent now",
        err: { name: "ZcaApiError", code: 114 },
      }),
    );
    expect(entries).toContainEqual(expect.objectContaining({ msg: "not delivered", code: "500" }));
    expect(logged).toContain("zalo connection dropped; reconnecting");
    expect(logged).toContain("zalo listener error");
    expect(logged).toContain("zalo session ended");
    for (const word of ["4242", "Bí mật", "Không gửi được", "Lỗi khi gửi", "Khu phố 1"]) {
      expect(logged).not.toContain(word);
    }
    expect(logged).not.toContain("[object Object]");
  });
});
