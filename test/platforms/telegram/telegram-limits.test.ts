import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { InlineKeyboardMarkup, User } from "grammy/types";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../../src/app.js";
import { loadConfig } from "../../../src/config.js";
import { OutboxSender } from "../../../src/outbox/outbox-sender.js";
import { type RunningTelegram, runTelegram } from "../../../src/platforms/telegram/run-telegram.js";
import { FakeBotApi, type SentMessage } from "../../support/fake-bot-api.js";
import { TestClock } from "../../support/harness.js";

const GROUP = -1007700;
const LAN = 771;
const HUNG = 772;
const MAI = 773;
const MEMBERS = 24;

/**
 * Telegram's limits, kept by chibo as `npm start` wires it (runTelegram): a fake Bot API that
 * refuses with 429 what Telegram refuses (one message a second in a private chat, 20 a minute
 * in a group, 30 a second in all), answers and the outbox sharing one throttle, and answers
 * that cannot go now handed to the outbox.
 */
describe("Telegram's limits", () => {
  let fake: FakeBotApi;
  let app: App;
  // A Wednesday, 09:00 in Vietnam: no quiet hours.
  const clock = new TestClock(new Date("2024-04-10T02:00:00Z"));
  let telegram: RunningTelegram;
  let sender: OutboxSender;
  let dir: string;
  let lan: User;
  let hung: User;
  let mai: User;
  /** What the secretary read for /baocao, message by message. */
  let report: string[] = [];

  beforeAll(async () => {
    fake = await FakeBotApi.start({ rateLimits: true, globalLimit: { count: 30, windowMs: 1000 } });
    dir = mkdtempSync(join(tmpdir(), "chibo-limits-"));
    const config = loadConfig({
      DATABASE_PATH: join(dir, "chibo.sqlite"),
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
    });
    const log = pino({ level: "silent" });
    app = createApp(config, log, clock);
    telegram = await runTelegram(app, { token: fake.token, apiRoot: fake.apiRoot, log });
    sender = new OutboxSender(app.services, [telegram.deliverer], log, app.outboxRules);

    const group = fake.addGroup({ id: GROUP, title: "Chi bộ KP7", type: "supergroup" });
    lan = fake.addUser({ id: LAN, first_name: "Lan", last_name: "Nguyễn Thị" });
    hung = fake.addUser({ id: HUNG, first_name: "Hùng", last_name: "Trần Văn" });
    mai = fake.addUser({ id: MAI, first_name: "Mai", last_name: "Lê Thị" });
    fake.setChatMember(GROUP, LAN, "creator");
    fake.sendText({ from: lan, chat: group, text: "/khoitao Chi bộ Khu phố 7" });
    for (const person of [lan, hung, mai]) fake.sendText({ from: person, text: "/start" });
    await fake.waitForIdle(300, 20_000);
    // A cell whose report runs over several messages: two dozen plans of some length.
    const { cells, members, commitments } = app.services;
    const cellId = cells.all()[0]?.id ?? 0;
    for (let index = 0; index < MEMBERS; index++) {
      const [personId, name] =
        index === 0
          ? [`tg:${HUNG}`, "Trần Văn Hùng"]
          : index === 1
            ? [`tg:${MAI}`, "Lê Thị Mai"]
            : [`tg:${7800 + index}`, `Đảng viên Số ${index}`];
      const member = members.create({
        cellId,
        fullName: name,
        role: "member",
        roster: "active",
        personId,
        displayName: name,
        now: clock.now(),
      });
      const plan = (part: string) =>
        `${part} của đồng chí ${name}: ${"học và làm theo Bác, ".repeat(12)}`;
      commitments.save(
        member.id,
        2024,
        { study: plan("Học tập"), follow: plan("Làm theo"), example: plan("Nêu gương") },
        clock.now(),
      );
    }
  }, 60_000);

  afterAll(async () => {
    await telegram?.stop();
    await fake?.stop();
    app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const press = (from: User, message: SentMessage, label: RegExp) => {
    const markup = message.replyMarkup as InlineKeyboardMarkup | undefined;
    const button = markup?.inline_keyboard.flat().find((b) => label.test(b.text));
    if (!button) throw new Error(`No button ${label}`);
    return fake.clickButton({ from, message: message as never, label: button.text });
  };
  const tooMany = (from: number) =>
    fake.calls.slice(from).filter((call) => call.error_code === 429);

  it("answers /baocao and every file in private with no 429, alongside the outbox", async () => {
    const start = fake.calls.length;
    // The outbox writes to the same person meanwhile: one throttle paces both.
    const { outbox } = app.services;
    for (const text of ["Nhắc 1", "Nhắc 2", "Nhắc 3"]) {
      const reply = { chatId: `tg:${LAN}`, parts: [{ key: "verbatim", args: { text } }] };
      outbox.add(reply, { notBefore: clock.now(), now: clock.now() });
    }
    const before = fake.messagesTo(LAN).length;
    fake.sendText({ from: lan, text: "/baocao" });
    const drained = sender.drain();
    await fake.waitForIdle(300, 60_000);
    expect(await drained).toBe(3);
    const texts = fake
      .messagesTo(LAN)
      .slice(before)
      .map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(["Nhắc 1", "Nhắc 2", "Nhắc 3"]));
    report = texts.filter((text) => !text.startsWith("Nhắc"));
    // The summary and its menu, then the registration chart: its caption and the picture.
    expect(report).toHaveLength(3);
    expect(report[0]).toContain("Đã đăng ký:");

    fake.sendText({ from: lan, text: "/xuatbaocao" });
    await fake.waitForIdle(300, 20_000);
    const menu = fake.messagesTo(LAN).at(-1);
    if (!menu) throw new Error("no menu");
    press(lan, menu, /Tất cả/);
    await fake.waitForIdle(300, 90_000);
    const files = fake.calls
      .slice(start)
      .filter((call) => /^send(Document|Photo)$/.test(call.method) && call.ok);
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(tooMany(start)).toEqual([]);
  }, 180_000);

  it("hands an answer Telegram will not take now to the outbox; the next chat is answered meanwhile", async () => {
    const start = fake.calls.length;
    // Longer than the 60 s an answer once waited in place, holding every other chat.
    fake.failNext({ method: "sendMessage", chatId: HUNG, errorCode: 429, retryAfter: 90 });
    fake.failNext({ method: "sendMessage", chatId: LAN, errorCode: 502 });
    fake.sendText({ from: hung, text: "/help" });
    fake.sendText({ from: lan, text: "/help" });
    fake.sendText({ from: mai, text: "/help" });
    await fake.waitForIdle(300, 20_000);
    const answered = (chatId: number) =>
      fake.calls
        .slice(start)
        .filter(
          (call) => call.ok && call.method === "sendMessage" && call.params.chat_id === chatId,
        )
        .map((call) => String(call.params.text));
    expect(answered(MAI)).not.toEqual([]);
    expect(answered(HUNG)).toEqual([]);
    expect(answered(LAN)).toEqual([]);

    // The outbox sends them, once each, as they would have gone; Hùng's after the pause asked.
    await sender.drain();
    await fake.waitForIdle(300, 20_000);
    expect(answered(LAN)).not.toEqual([]);
    expect(new Set(answered(LAN)).size).toBe(answered(LAN).length);
    expect(answered(HUNG)).toEqual([]);
    clock.set("2024-04-10T02:01:30Z");
    await sender.drain();
    await fake.waitForIdle(300, 20_000);
    expect(answered(HUNG)).toEqual(answered(MAI));
  }, 60_000);

  it("sends only the rest of a long answer cut off half-way", async () => {
    const sentBefore = fake.messagesTo(LAN).length;
    fake.sendText({ from: lan, text: "/baocao" });
    // The summary and the chart's caption have arrived; the chart fails for the network's sake.
    fake.failNext({ method: "sendPhoto", chatId: LAN, errorCode: 502 });
    await fake.waitForIdle(300, 30_000);
    expect(fake.messagesTo(LAN).length).toBe(sentBefore + 2);
    await sender.drain();
    await fake.waitForIdle(300, 30_000);
    // Nothing twice, nothing missing, in order.
    expect(
      fake
        .messagesTo(LAN)
        .slice(sentBefore)
        .map((m) => m.text),
    ).toEqual(report);
  }, 90_000);

  it("does not post in the group a notice Telegram no longer shows to the one who pressed", async () => {
    const { meetings, members, clock } = app.services;
    const secretary = members.byPerson(`tg:${LAN}`);
    const member = members.byPerson(`tg:${HUNG}`);
    if (!secretary || !member) throw new Error("no members");
    const now = clock.now().getTime();
    const meeting = meetings.create(
      {
        cellId: secretary.cellId,
        kind: "regular",
        startsAt: new Date(now - 10 * 60_000),
        endsAt: new Date(now + 110 * 60_000),
        place: "Hội trường",
        topic: "",
        createdBy: secretary.id,
      },
      clock.now(),
    );
    fake.sendText({ from: lan, chat: fake.chats.get(GROUP), text: "/diemdanh" });
    await fake.waitForIdle(300, 20_000);
    const sheet = fake.messagesTo(GROUP).at(-1);
    if (!sheet) throw new Error("no check-in");
    const before = fake.messagesTo(GROUP).length;
    // Answered after Telegram stopped waiting (the bot was down): the notice cannot be shown.
    const update = press(hung, sheet, /Có mặt/);
    if (update.callback_query) update.callback_query.id = "expired-press";
    await fake.waitForIdle(300, 20_000);
    expect(meetings.markOf(meeting.id, member.id)).toBeDefined();
    expect(fake.messagesTo(GROUP).length).toBe(before);
    expect(
      fake
        .messagesTo(GROUP)
        .map((m) => m.text)
        .join("\n"),
    ).not.toContain("Đã điểm danh");
  }, 60_000);

  it("counts a poll's question and answers as Telegram does, and refuses them when typed", async () => {
    const start = fake.calls.length;
    const ask = async (text: string) => {
      fake.sendText({ from: lan, text });
      await fake.waitForIdle(300, 20_000);
      return fake.messagesTo(LAN).at(-1);
    };
    // 164 characters to the eye; an emoji is two of Telegram's.
    const question = `Đồng chí thấy buổi họp thế nào ${"🙂".repeat(135)}`;
    expect((await ask(`/binhchon ${question} | Tốt | Chưa tốt`))?.text).toBe(
      "Câu hỏi dài quá: 301 ký tự, tối đa 300 (biểu tượng cảm xúc và một số ký tự đặc biệt tính từ 2 ký tự trở lên). Xin viết ngắn lại.",
    );
    // A letter with two marks no Vietnamese letter has: three of Telegram's characters.
    const stacked = "q\u0303\u0300".repeat(34);
    expect((await ask(`/binhchon Chọn một? | Tốt | ${stacked}`))?.text).toMatch(
      /^Phương án «q.+» dài quá: 102 ký tự, tối đa 100/,
    );
    // A paragraph typed as an answer is said back short.
    expect((await ask(`/binhchon Chọn một? | Tốt | ${"Rất tốt ".repeat(25)}`))?.text).toMatch(
      /^Phương án «(Rất tốt ){5}…» dài quá: 199 ký tự/,
    );
    expect(
      app.services.polls.open(app.services.members.byPerson(`tg:${LAN}`)?.cellId ?? 0),
    ).toEqual([]);

    // Exactly at Telegram's limit: accepted, and Telegram takes it.
    const atLimit = `${question.slice(0, -2)}?`;
    const review = await ask(`/binhchon ${atLimit} | Tốt | ${stacked.slice(0, 99)}a`);
    if (!review) throw new Error("no review");
    // A named poll: the one that goes out as Telegram's own.
    press(lan, review, /công khai/);
    await fake.waitForIdle(300, 20_000);
    await sender.drain();
    await fake.waitForIdle(300, 20_000);
    const polls = fake.calls.slice(start).filter((call) => call.method === "sendPoll");
    expect(polls.map((call) => [call.ok, String(call.params.question).length])).toEqual([
      [true, 300],
    ]);
    expect(fake.messagesTo(LAN).at(-1)?.text).toMatch(/^Bình chọn đang được gửi vào nhóm/);
  }, 60_000);

  it("tells the secretary when Telegram refuses a poll for a reason chibo could not foresee", async () => {
    const cellId = app.services.members.byPerson(`tg:${LAN}`)?.cellId ?? 0;
    const before = app.services.polls.open(cellId).length;
    fake.failNext({ method: "sendPoll", errorCode: 400 });
    fake.sendText({
      from: lan,
      text: "/binhchon Họp chi bộ tháng sau vào tối nào? | Thứ Ba | Thứ Năm",
    });
    await fake.waitForIdle(300, 20_000);
    const review = fake.messagesTo(LAN).at(-1);
    if (!review) throw new Error("no review");
    press(lan, review, /công khai/);
    await fake.waitForIdle(300, 20_000);
    await sender.drain();
    await fake.waitForIdle(300, 20_000);
    await sender.drain();
    await fake.waitForIdle(300, 20_000);
    const told = fake
      .messagesTo(LAN)
      .slice(-2)
      .map((m) => m.text);
    expect(told[0]).toMatch(/^Bình chọn đang được gửi vào nhóm/);
    expect(told[1]).toBe(
      "Nhóm không nhận bình chọn «Họp chi bộ tháng sau vào tối nào?»: nền tảng chat đã từ chối (thường vì câu hỏi hoặc lựa chọn quá dài).\nBình chọn này đã hủy. Xin gõ /binhchon để tạo lại, với câu ngắn hơn.",
    );
    expect(app.services.polls.open(cellId)).toHaveLength(before);
  }, 60_000);
});
