import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { type App, createApp } from "../../../src/app.js";
import { type Clock, systemClock } from "../../../src/clock.js";
import { loadConfig } from "../../../src/config.js";
import { jobRuns, outbox, schedulerLease } from "../../../src/db/schema.js";
import { registrationReminder } from "../../../src/schedule/jobs/registration-reminder.js";
import { EXIT } from "../../../src/shutdown.js";
import { startChibo, waitUntil } from "../../support/chibo-process.js";
import { FakeBotApi } from "../../support/fake-bot-api.js";
import { TestClock } from "../../support/harness.js";

const GROUP = -1004343;
const PEOPLE = [601, 602, 603, 604, 605, 606];

let fake: FakeBotApi | undefined;
let dir: string;
afterEach(async () => {
  await fake?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function setUp(): Promise<FakeBotApi> {
  fake = await FakeBotApi.start();
  dir = mkdtempSync(join(tmpdir(), "chibo-stop-"));
  fake.addGroup({ id: GROUP, title: "Chi bộ 7" });
  return fake;
}

function env(api: FakeBotApi): Record<string, string> {
  return {
    DATABASE_PATH: join(dir, "chibo.sqlite"),
    TELEGRAM_BOT_TOKEN: api.token,
    TELEGRAM_API_ROOT: api.apiRoot,
    BOT_QUIET_HOURS: "off",
    LOG_LEVEL: "info",
  };
}

function openApp(api: FakeBotApi, clock: Clock = systemClock): App {
  return createApp(loadConfig(env(api)), pino({ level: "silent" }), clock);
}

/** A Telegram cell of six members who never registered, each reachable in private. */
function cellOfSix(app: App, api: FakeBotApi, now: Date) {
  const { cells, members, conversations } = app.services;
  const cell = cells.createWithGroup("Chi bộ 7", { chatId: `tg:${GROUP}`, title: "Chi bộ 7" }, now);
  PEOPLE.forEach((id, index) => {
    members.create({
      cellId: cell.id,
      fullName: `Đảng Viên ${index + 1}`,
      role: index === 0 ? "secretary" : "member",
      roster: "active",
      personId: `tg:${id}`,
      displayName: `Người ${id}`,
      now,
    });
    conversations.notePrivateChat(`tg:${id}`, now);
    api.addUser({ id, first_name: `Người ${id}` });
    api.startedBot(id);
  });
  return cell;
}

function reminders(api: FakeBotApi, chatId: number) {
  return api.messagesTo(chatId).filter((m) => m.text.includes("hạn đăng ký"));
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe("npm start stops when told", () => {
  it("exits at SIGTERM although Telegram would refuse the last getUpdates (409), and runs no job after it", async () => {
    const api = await setUp();
    // 07:59:30 on the first working day of Q3: the quarter's topic falls due at 08:00.
    const start = new Date("2024-07-01T00:59:30Z");
    const app = openApp(api, new TestClock(new Date("2024-06-20T03:00:00Z")));
    cellOfSix(app, api, new Date("2024-06-20T03:00:00Z"));
    app.close();

    const chibo = startChibo(env(api), { now: start });
    await waitUntil(() => api.waitingPolls > 0, "polling");
    // Another poller is about: the next getUpdates would be answered 409.
    api.failNext({ method: "getUpdates", errorCode: 409 });
    chibo.child.kill("SIGTERM");
    // Long enough for a process that went on to post the 08:00 topic.
    const code = await chibo.exitCode(40_000).catch((error: Error) => error.message);

    expect(api.messagesTo(GROUP).map((m) => m.text)).toEqual([]);
    expect(code).toBe(EXIT.stopped);
    // No last getUpdates went out that could have ended another process's polling.
    expect(api.refused).toEqual([]);
    const after = openApp(api);
    const runs = after.database.db.select().from(jobRuns).all();
    expect(runs.filter((run) => run.job === "quarter-topic")).toEqual([]);
    expect(after.database.db.select().from(schedulerLease).all()).toEqual([]);
    after.close();
  }, 60_000);

  it("at SIGTERM in the middle of a batch, ends the message in flight, sends no other, and the rest go at the next start", async () => {
    const api = await setUp();
    const app = openApp(api);
    const now = systemClock.now();
    const cell = cellOfSix(app, api, now);
    // As of a day after the 14-days-before reminder: the group and each of the six in private.
    app.scheduler.runAt(registrationReminder, cell, new Date(now.getTime() + 17 * 86_400_000));
    app.close();

    const slowNetwork = deferred();
    const fourth = api.holdCall("sendMessage", 3, { until: slowNetwork.promise });
    const first = startChibo(env(api));
    await fourth;
    first.child.kill("SIGTERM");
    await first.waitForLog('"msg":"stopping"');
    slowNetwork.resolve();
    expect(await first.exitCode()).toBe(EXIT.stopped);

    const chats = [GROUP, ...PEOPLE];
    const sent = chats.reduce((n, chat) => n + reminders(api, chat).length, 0);
    expect(sent).toBe(4);
    const stored = openApp(api);
    const states = stored.database.db.select({ state: outbox.state }).from(outbox).all();
    expect(states.filter((row) => row.state === "sent")).toHaveLength(4);
    expect(states.filter((row) => row.state === "pending")).toHaveLength(3);
    expect(stored.database.db.select().from(schedulerLease).all()).toEqual([]);
    stored.close();

    const second = startChibo(env(api));
    await waitUntil(() => chats.every((chat) => reminders(api, chat).length > 0), "all sent");
    await api.waitForIdle(500);
    second.child.kill("SIGTERM");
    expect(await second.exitCode()).toBe(EXIT.stopped);
    for (const chat of chats) expect(reminders(api, chat), String(chat)).toHaveLength(1);
  }, 90_000);

  it("killed after a turn was stored but before its answer reached Telegram, sends that answer when the update comes again", async () => {
    const api = await setUp();
    const app = openApp(api);
    cellOfSix(app, api, systemClock.now());
    const lan = api.users.get(PEOPLE[0] ?? 0);
    if (!lan) throw new Error("no user");
    app.close();

    const first = startChibo(env(api));
    const before = api.messagesTo(lan.id).length;
    api.sendText({ from: lan, text: "/dangky" });
    await waitUntil(() => api.messagesTo(lan.id).length > before, "asked the first part");
    // Her answer is stored; the next question is on its way when the process dies.
    const asking = api.holdCall("sendMessage", 0);
    api.sendText({ from: lan, text: "Học chuyên đề năm, mỗi tháng một buổi." });
    await asking;
    first.child.kill("SIGKILL");
    await first.exitCode();
    expect(api.messagesTo(lan.id).at(-1)?.text).toContain("Phần 1/3");

    // Telegram delivers the update again: the question she was owed is sent, once.
    const second = startChibo(env(api));
    await waitUntil(
      () => api.messagesTo(lan.id).some((m) => m.text.includes("Phần 2/3")),
      "asked the second part",
    );
    await api.waitForIdle(300);
    second.child.kill("SIGTERM");
    expect(await second.exitCode()).toBe(EXIT.stopped);
    const asked = api.messagesTo(lan.id).filter((m) => m.text.includes("Phần 2/3"));
    expect(asked).toHaveLength(1);
  }, 90_000);

  it("at SIGTERM while a /dangky turn is answered, saves the plan, answers that turn only, and the next start takes the rest", async () => {
    const api = await setUp();
    const app = openApp(api);
    cellOfSix(app, api, systemClock.now());
    const lan = api.users.get(PEOPLE[0] ?? 0);
    const hung = api.users.get(PEOPLE[1] ?? 0);
    if (!lan || !hung) throw new Error("no users");
    const memberId = app.services.members.byPerson(`tg:${lan.id}`)?.id ?? 0;
    app.close();

    const first = startChibo(env(api));
    const answered = async (text: string) => {
      const before = api.messagesTo(lan.id).length;
      api.sendText({ from: lan, text });
      await waitUntil(() => api.messagesTo(lan.id).length > before, `answered "${text}"`);
    };
    await answered("/dangky");
    await answered("Học chuyên đề năm, mỗi tháng một buổi.");
    await answered("Giữ đường làm sạch mỗi sáng thứ Bảy.");
    await answered("Đi họp đúng giờ, nói trước làm gương.");
    const review = api.messagesTo(lan.id).at(-1);
    if (!review) throw new Error("no review");

    // Lan saves while Hùng asks for the topics: Telegram hands the bot both at once.
    const slowNetwork = deferred();
    const saved = api.holdCall("sendMessage", 0, { until: slowNetwork.promise });
    api.together(() => {
      api.clickButton({ from: lan, message: review, label: "✅ Lưu" });
      api.sendText({ from: hung, text: "/chuyende" });
    });
    await saved;
    first.child.kill("SIGTERM");
    await first.waitForLog('"msg":"stopping"');
    slowNetwork.resolve();
    expect(await first.exitCode()).toBe(EXIT.stopped);

    expect(api.messagesTo(lan.id).at(-1)?.text).toContain("Đã lưu bản đăng ký");
    expect(api.messagesTo(hung.id)).toEqual([]);
    const stored = openApp(api);
    const plan = stored.services.commitments.of(
      memberId,
      stored.services.clock.now().getFullYear(),
    );
    expect(plan?.follow).toBe("Giữ đường làm sạch mỗi sáng thứ Bảy.");
    expect(stored.services.conversations.dialog(`tg:${lan.id}`, `tg:${lan.id}`)).toBeUndefined();
    stored.close();

    // Hùng's update was not confirmed: Telegram delivers it again, and it is answered then.
    const second = startChibo(env(api));
    await waitUntil(() => api.messagesTo(hung.id).length > 0, "Hùng answered");
    await api.waitForIdle(300);
    second.child.kill("SIGTERM");
    expect(await second.exitCode()).toBe(EXIT.stopped);
    expect(api.messagesTo(hung.id).map((m) => m.text)).toEqual([
      expect.stringContaining("Chuyên đề năm"),
    ]);
    expect(api.messagesTo(lan.id).filter((m) => m.text.includes("Đã lưu"))).toHaveLength(1);
  }, 90_000);
});
