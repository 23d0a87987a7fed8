import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CloseReason, type GroupMessage, ThreadType, ZaloApiError } from "zca-js";
import { createApp } from "../../../src/app.js";
import { runCli } from "../../../src/cli/cli.js";
import { loadConfig } from "../../../src/config.js";
import { OutboxSender } from "../../../src/outbox/outbox-sender.js";
import { SendQueue } from "../../../src/platforms/zalo/send-queue.js";
import { isRateLimited } from "../../../src/platforms/zalo/send-reply.js";
import { startZaloBot } from "../../../src/platforms/zalo/zalo-bot.js";
import { zaloDeliverer } from "../../../src/platforms/zalo/zalo-deliverer.js";
import type { OutboxMessage } from "../../../src/store/outbox-store.js";
import { FakeZalo, type ZaloPerson } from "../../support/fake-zalo.js";
import { TestClock } from "../../support/harness.js";
import { startZaloRig, type ZaloRig } from "../../support/zalo-rig.js";

const NOW = "2024-03-10T02:00:00Z"; // 09:00 in Hà Nội: outside the quiet hours
const GROUP = "5550001";
const GROUP_CHAT = `zalo:g${GROUP}`;
const lan: ZaloPerson = { id: "101", name: "Lan" };
const hung: ZaloPerson = { id: "102", name: "Hùng" };
const ha: ZaloPerson = { id: "103", name: "Hà" };
/** Lan's and Hùng's other accounts, on Telegram. */
const LAN_TG = "tg:5001";
const HUNG_TG = "tg:5002";

let rig: ZaloRig | undefined;
afterEach(() => {
  rig?.stop();
  rig = undefined;
});

function start(reconnectDelaysMs = [5, 5, 5]): ZaloRig {
  rig = startZaloRig(NOW, { reconnectDelaysMs });
  rig.zalo.addGroup(GROUP, "Chi bộ KP1", lan);
  return rig;
}

async function say(r: ZaloRig, who: ZaloPerson, text: string, group?: string) {
  const message = r.zalo.say(who, text, group);
  await r.settle();
  return message;
}

/** Several turns of the event loop: timers of a few ms and the fake's setImmediate hops. */
async function pause(ms = 40): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * A cell on Zalo whose secretary Lan also has a Telegram account with a private chat open,
 * and a member Hùng (not a manager) with one too: only Lan is to hear about the session.
 */
async function cellOnZalo(r: ZaloRig): Promise<void> {
  await say(r, lan, "/khoitao Chi bộ Khu phố 1", GROUP);
  await say(r, hung, "/thamgia Trần Văn Hùng", GROUP);
  await say(r, lan, "/duyet");
  await say(r, lan, "1");
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

function notices(r: ZaloRig): OutboxMessage[] {
  return r.app.services.outbox
    .all()
    .filter((m) => m.reply.parts.some((part) => part.key.startsWith("zalo-session-")));
}

async function zaloStatusCli(r: ZaloRig): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const config = loadConfig({ DATABASE_PATH: r.app.database.sqlite.name });
  const code = await runCli(
    ["zalo", "status"],
    config,
    pino({ level: "silent" }),
    new TestClock(r.clock.now()),
    { out: (text) => out.push(text), err: (text) => out.push(text) },
  );
  return { code, out: out.join("\n") };
}

describe("the Zalo listener is supervised", () => {
  it("reconnects after a dropped connection and answers what was missed exactly once", async () => {
    const r = start();
    await say(r, lan, "/khoitao Chi bộ Khu phố 1", GROUP);
    expect(r.zalo.listener.starts).toBe(1);
    const groupBefore = r.zalo.textsTo(GROUP).length;

    r.zalo.drop();
    expect(r.app.services.platforms.get("zalo")).toMatchObject({
      state: "reconnecting",
      detail: String(CloseReason.AbnormalClosure),
    });
    r.zalo.sayWhileDown(hung, "/thamgia Trần Văn Hùng", GROUP);
    const missed = r.zalo.listener.missed.at(-1);
    if (!missed) throw new Error("no missed message");
    // Not started again before the pause.
    expect(r.zalo.listener.starts).toBe(1);

    await vi.waitFor(() => expect(r.zalo.listener.starts).toBe(2));
    await vi.waitFor(() => expect(r.zalo.textsTo(GROUP).length).toBeGreaterThan(groupBefore));
    await r.settle();
    // Zalo also pushes the same message live (same msgId): it is not answered again.
    r.zalo.listener.emit("message", missed);
    await r.settle();
    await pause();
    await r.settle();

    const answers = r.zalo.textsTo(GROUP).slice(groupBefore);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toContain("Trần Văn Hùng");
    const cell = r.app.services.cells.all()[0];
    expect(cell && r.app.services.members.ofCell(cell.id)).toHaveLength(2);
    expect(r.app.services.platforms.get("zalo")?.state).toBe("ok");
    expect(r.zalo.listener.stops).toBe(0);
  });

  it("answers once a message seen live that the old-messages fetch returns again", async () => {
    const r = start();
    await say(r, lan, "/khoitao Chi bộ Khu phố 1", GROUP);
    const live = await say(r, hung, "/thamgia Trần Văn Hùng", GROUP);
    const groupBefore = r.zalo.textsTo(GROUP).length;
    // Zalo's history may overlap what was already read.
    r.zalo.listener.missed.push(live as GroupMessage);
    r.zalo.drop();
    await vi.waitFor(() => expect(r.zalo.listener.starts).toBe(2));
    await vi.waitFor(() => expect(r.zalo.listener.missed).toHaveLength(0));
    await pause();
    await r.settle();
    expect(r.zalo.textsTo(GROUP).slice(groupBefore)).toEqual([]);
  });

  it("asks for old messages from the last message id it saw, per kind of thread", async () => {
    const r = start();
    await r.settle();
    // A first start has nothing to catch up on: old commands are not answered as if new.
    expect(r.zalo.listener.oldRequests).toEqual([]);
    await say(r, lan, "/khoitao Chi bộ Khu phố 1", GROUP);
    const lastPrivate = await say(r, lan, "/help");
    const lastGroup = await say(r, hung, "/help", GROUP);
    expect(Number(lastGroup.data.msgId)).toBeGreaterThan(Number(lastPrivate.data.msgId));

    r.zalo.drop();
    await vi.waitFor(() => expect(r.zalo.listener.oldRequests).toHaveLength(2));
    expect(r.zalo.listener.oldRequests).toEqual([
      { type: ThreadType.Group, after: lastGroup.data.msgId },
      { type: ThreadType.User, after: lastPrivate.data.msgId },
    ]);
    expect(r.app.services.platforms.get("zalo")?.cursor).toEqual({
      group: lastGroup.data.msgId,
      user: lastPrivate.data.msgId,
    });
  });

  it("stops for good when kicked (3003), says so in zalo status and tells the secretary once", async () => {
    const r = start();
    await cellOnZalo(r);
    await say(r, lan, "/help"); // Lan's Zalo private chat: Zalo is down, never told there
    expect(notices(r)).toEqual([]);

    r.zalo.kick();
    expect(r.zalo.listener.stops).toBe(1);
    expect(r.app.services.platforms.get("zalo")).toMatchObject({
      state: "kicked",
      detail: String(CloseReason.KickConnection),
    });
    const told = notices(r);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ chatId: LAN_TG, state: "pending" });
    expect(told[0]?.reply.parts).toEqual([{ key: "zalo-session-kicked" }]);

    // Never reconnects, and a second close event tells nobody again.
    await pause();
    expect(r.zalo.listener.starts).toBe(1);
    r.zalo.kick();
    r.zalo.listener.emit("closed", CloseReason.DuplicateConnection, "again");
    await pause();
    expect(r.zalo.listener.starts).toBe(1);
    expect(notices(r)).toHaveLength(1);

    const status = await zaloStatusCli(r);
    expect(status.code).toBe(0);
    expect(status.out).toContain("Zalo: bị đăng xuất lúc");
    expect(status.out).toContain(`mã ${CloseReason.KickConnection}`);
    expect(status.out).toContain("zalo login");

    // The notice reads as the operator needs it.
    const text = r.app.translator.text({ key: "zalo-session-kicked" });
    expect(text).toContain("npm run cli -- zalo login");
  });

  it("treats a duplicate connection (3000) as kicked", async () => {
    const r = start();
    await cellOnZalo(r);
    r.zalo.listener.emit("closed", CloseReason.DuplicateConnection, "duplicate");
    expect(r.zalo.listener.stops).toBe(1);
    expect(r.app.services.platforms.get("zalo")).toMatchObject({
      state: "kicked",
      detail: String(CloseReason.DuplicateConnection),
    });
    await pause();
    expect(r.zalo.listener.starts).toBe(1);
    expect(notices(r).map((m) => m.chatId)).toEqual([LAN_TG]);
    expect((await zaloStatusCli(r)).out).toContain(`mã ${CloseReason.DuplicateConnection}`);
  });

  it("after the last planned attempt: expired, the secretary told once, and it keeps trying", async () => {
    const r = start([5, 5, 5]);
    await cellOnZalo(r);
    const { listener } = r.zalo;
    // From now on every new connection closes at once.
    listener.start = () => {
      listener.starts += 1;
      setImmediate(() => listener.emit("closed", CloseReason.AbnormalClosure, "offline"));
    };
    r.zalo.drop();
    await vi.waitFor(() => expect(r.app.services.platforms.get("zalo")?.state).toBe("expired"));
    // Perhaps it was only the network: attempts go on at the last pause, told about once.
    await vi.waitFor(() => expect(listener.starts).toBeGreaterThan(6));
    expect(listener.stops).toBe(0);
    const told = notices(r);
    expect(told.map((m) => m.chatId)).toEqual([LAN_TG]);
    expect(told[0]?.reply.parts).toEqual([{ key: "zalo-session-expired" }]);
    const status = await zaloStatusCli(r);
    expect(status.out).toContain("Zalo: phiên hết hạn hoặc không đăng nhập được lúc");
  });

  it("a connection that comes back resets the count of attempts", async () => {
    const r = start([5, 5]);
    await say(r, lan, "/khoitao Chi bộ Khu phố 1", GROUP);
    for (let drop = 1; drop <= 4; drop += 1) {
      r.zalo.drop();
      await vi.waitFor(() => expect(r.zalo.listener.starts).toBe(1 + drop));
      await vi.waitFor(() => expect(r.app.services.platforms.get("zalo")?.state).toBe("ok"));
    }
    expect(notices(r)).toEqual([]);
  });

  it("keeps outbox messages for Zalo while kicked, and sends them after a new login", async () => {
    const r = start();
    await cellOnZalo(r);
    const { outbox } = r.app.services;
    const { clock } = r;
    r.zalo.kick();
    const sentBefore = r.zalo.sent.length;
    outbox.add(
      { chatId: GROUP_CHAT, parts: [{ key: "lienket-done", args: { name: "Hùng" } }] },
      { notBefore: clock.now(), now: clock.now() },
    );
    await r.beat();
    // Not even tried: a Zalo that cannot send keeps its messages untouched.
    const waiting = outbox.all().find((m) => m.chatId === GROUP_CHAT);
    expect(waiting).toMatchObject({ state: "pending", attempts: 0 });
    expect(r.zalo.sent).toHaveLength(sentBefore);
    // The notice to Telegram is not the Zalo deliverer's: it waits for Telegram's.
    expect(notices(r)[0]?.state).toBe("pending");

    // Again later, still kicked: still kept.
    clock.set("2024-03-10T02:05:00Z");
    await r.beat();
    expect(outbox.all().find((m) => m.chatId === GROUP_CHAT)).toMatchObject({
      state: "pending",
      attempts: 0,
    });

    // After `zalo login` and a restart the session is ok again: the message goes out.
    r.app.services.platforms.set("zalo", "ok", null, clock.now());
    clock.set("2024-03-10T02:30:00Z");
    await r.beat();
    expect(outbox.all().find((m) => m.chatId === GROUP_CHAT)?.state).toBe("sent");
    expect(r.zalo.textsTo(GROUP).at(-1)).toContain("Đã liên kết");
  });
});

describe("the Zalo adapter's logs", () => {
  it("never contain what members wrote or what the bot was sending", async () => {
    const lines: string[] = [];
    const log = pino({ level: "trace" }, { write: (line: string) => void lines.push(line) });
    const dir = mkdtempSync(join(tmpdir(), "chibo-zalo-log-"));
    const clock = new TestClock(new Date(NOW));
    const app = createApp(loadConfig({ DATABASE_PATH: join(dir, "chibo.sqlite") }), log, clock);
    const zalo = new FakeZalo();
    zalo.addGroup(GROUP, "Chi bộ KP1", lan);
    const queue = new SendQueue(0, isRateLimited, [1]);
    const { services, router, translator } = app;
    const bot = startZaloBot({
      api: zalo,
      router,
      services,
      translator,
      queue,
      documents: app.documents,
      log,
      reconnectDelaysMs: [5],
    });
    const sender = new OutboxSender(
      services,
      [zaloDeliverer({ api: zalo, queue, translator, services, documents: app.documents })],
      log,
    );
    const settle = async () => {
      await pause(10);
      await bot.idle();
    };
    const SECRET = "Bí mật 4242 của Hà";
    try {
      await settle();
      zalo.say(lan, "/khoitao Chi bộ Khu phố 1", GROUP);
      await settle();
      // Words in the group, in private, and a full name given to /thamgia.
      zalo.say(ha, `/thamgia ${SECRET}`, GROUP);
      zalo.say(ha, SECRET, GROUP);
      zalo.say(ha, SECRET);
      await settle();
      // Zalo refuses a reply, with words of it in its error message.
      zalo.failures.push(new ZaloApiError(`Không gửi được: ${SECRET}`, 114));
      zalo.say(ha, `${SECRET} lần hai`);
      await settle();
      // The outbox fails to send a message naming it, with the same kind of error.
      services.outbox.add(
        { chatId: `zalo:${ha.id}`, parts: [{ key: "lienket-done", args: { name: SECRET } }] },
        { notBefore: clock.now(), now: clock.now() },
      );
      zalo.failures.push(new ZaloApiError(`Lỗi khi gửi "${SECRET}"`, 500));
      await sender.drain();
      // Dropped, a message missed meanwhile, then kicked with an outbox message waiting.
      zalo.drop();
      zalo.sayWhileDown(ha, `${SECRET} khi mất kết nối`, GROUP);
      await vi.waitFor(() => expect(zalo.listener.starts).toBe(2));
      await pause();
      await settle();
      zalo.kick();
      services.outbox.add(
        { chatId: GROUP_CHAT, parts: [{ key: "lienket-done", args: { name: SECRET } }] },
        { notBefore: clock.now(), now: clock.now() },
      );
      await sender.drain();

      const logged = lines.join("\n");
      // Something was logged at all: the capture works.
      expect(logged).toContain("zalo connection lost");
      expect(logged).toContain("zalo reply not sent");
      expect(logged).toContain("zalo session ended");
      expect(logged).toContain("not delivered");
      for (const word of ["4242", "Bí mật", "Không gửi được", "Lỗi khi gửi", "Khu phố 1"]) {
        expect(logged).not.toContain(word);
      }
    } finally {
      bot.stop();
      app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
