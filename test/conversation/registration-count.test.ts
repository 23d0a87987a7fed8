import { afterEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import type { SentMessage } from "../support/fake-bot-api.js";
import { startTelegramRig, type TelegramRig } from "../support/telegram-rig.js";
import { type ChatDriver, zaloDriver } from "./drivers.js";

const PARTS = [
  "Học chuyên đề năm, mỗi tuần đọc một bài và ghi chép",
  "Giải quyết hồ sơ của dân đúng hạn, không để tồn đọng",
  "Giữ gia đình văn hóa, gương mẫu nơi cư trú",
];

/** A member on the roster of the one cell, as /thamgia and /duyet would have put them. */
function addMember(app: App, personId: string, fullName: string): void {
  const cell = app.services.cells.all()[0];
  if (!cell) throw new Error("the cell was not linked");
  app.services.members.create({
    cellId: cell.id,
    fullName,
    role: "member",
    roster: "active",
    personId,
    displayName: fullName,
    now: app.services.clock.now(),
  });
}

function savedPlan(app: App, personId: string) {
  const member = app.services.members.byPerson(personId);
  return app.services.commitments.of(member?.id ?? 0, 2024);
}

describe("registering a full plan, counted from the group", () => {
  let zalo: ChatDriver | undefined;
  let telegram: TelegramRig | undefined;
  afterEach(async () => {
    await zalo?.stop();
    await telegram?.stop();
    zalo = undefined;
    telegram = undefined;
  });

  it("takes at most 6 messages on Zalo", async () => {
    zalo = await zaloDriver();
    await zalo.say("Lan", "group", "/khoitao Chi bộ Khu phố 1");
    addMember(zalo.app, zalo.personId("Hùng"), "Trần Văn Hùng");
    let messages = 0;
    const say = (where: "group" | "private", text: string) => {
      messages += 1;
      return zalo?.say("Hùng", where, text) ?? Promise.resolve("");
    };

    expect(await say("group", "/dangky")).toContain("gõ /dangky");
    expect(await say("private", "/dangky")).toContain("Phần 1/3");
    for (const part of PARTS) await say("private", part);
    expect(await say("private", "1")).toContain("Đã lưu bản đăng ký năm 2024");

    expect(savedPlan(zalo.app, zalo.personId("Hùng"))).toMatchObject({
      study: PARTS[0],
      follow: PARTS[1],
      example: PARTS[2],
    });
    expect(messages).toBeLessThanOrEqual(6);
  }, 60_000);

  it("takes at most 7 actions on Telegram (messages, link taps, button presses)", async () => {
    telegram = await startTelegramRig();
    const { fake, app } = telegram;
    const group = fake.addGroup({ id: -1001234, title: "Chi bộ KP1", type: "supergroup" });
    const lan = fake.addUser({ id: 111, first_name: "Lan" });
    const hung = fake.addUser({ id: 222, first_name: "Hùng" });
    fake.setChatMember(group.id, lan.id, "administrator");
    fake.sendText({ from: lan, chat: group, text: "/khoitao Chi bộ Khu phố 1" });
    await telegram.lastTo(group.id);
    addMember(app, "tg:222", "Trần Văn Hùng");
    // With privacy mode Telegram gives the bot no plain text from the group: /help says so.
    fake.sendText({ from: hung, chat: group, text: "/help" });
    expect((await telegram.lastTo(group.id))[0]?.text).toContain("chữ gõ thường");

    let actions = 0;
    const rig = telegram;
    const last = async (chatId: number): Promise<SentMessage> => {
      const [message] = await rig.lastTo(chatId);
      if (!message) throw new Error(`nothing sent to ${chatId}`);
      return message;
    };
    const type = async (text: string, inGroup = false) => {
      actions += 1;
      fake.sendText({ from: hung, chat: inGroup ? group : undefined, text });
      return last(inGroup ? group.id : hung.id);
    };

    const invite = await type("/dangky", true);
    expect(JSON.stringify(invite.replyMarkup)).toContain("t.me/chibo_test_bot?start=dangky");
    // The link opens the private chat (one tap), where Start sends "/start dangky" (another).
    actions += 1;
    const first = await type("/start dangky");
    expect(first.text).toContain("Phần 1/3");
    let review = first;
    for (const part of PARTS) review = await type(part);
    expect(review.text).toContain("Xem lại bản đăng ký");
    actions += 1;
    fake.clickButton({ from: hung, message: review as never, label: "✅ Lưu" });
    expect((await last(hung.id)).text).toContain("Đã lưu bản đăng ký năm 2024");

    expect(savedPlan(app, "tg:222")).toMatchObject({
      study: PARTS[0],
      follow: PARTS[1],
      example: PARTS[2],
    });
    expect(actions).toBeLessThanOrEqual(7);
  }, 60_000);
});
