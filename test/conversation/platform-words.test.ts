/**
 * Words that fit the platform, read where people read them: a cell is linked, joined, a plan
 * asked for in the group, a meeting scheduled (with a wrong answer on the way), announced,
 * reminded of and checked in, and a poll made, on Zalo and the console (no buttons) and on
 * Telegram (buttons, native polls). Every message the bot sent anywhere is then read for words
 * that name what is not there. The locale test renders every sentence in every variant; this
 * one shows the platforms really pick them.
 */
import type { User } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { buttonLabels, numberOf } from "../support/choices-shown.js";
import { startConsoleRig } from "../support/console-rig.js";
import type { SentMessage } from "../support/fake-bot-api.js";
import type { ZaloPerson } from "../support/fake-zalo-server.js";
import type { TestClock } from "../support/harness.js";
import { startTelegramRig } from "../support/telegram-rig.js";
import { wrongWords } from "../support/wrong-words.js";
import { startZaloRig } from "../support/zalo-rig.js";

type Who = "lan" | "hung";
type Where = "group" | "private";

interface Driver {
  clock: TestClock;
  say(who: Who, where: Where, text: string): Promise<void>;
  /** Types the number in front of the latest line in that chat that contains `label`. */
  choose(who: Who, where: Where, label: string): Promise<void>;
  /** What the bot said in that chat, oldest first. */
  texts(who: Who, where: Where): string[];
  /** Everything the bot said in every chat. */
  everything(): string[];
  beat(): Promise<void>;
  stop(): Promise<void>;
}

const NAMES: Record<Who, string> = { lan: "Nguyễn Thị Lan", hung: "Trần Văn Hùng" };
const CELL = "Chi bộ Khu phố 1";

async function zaloDriver(): Promise<Driver> {
  const GROUP = "5980213370512318825";
  const rig = await startZaloRig("2024-05-06T02:00:00Z");
  const people: Record<Who, ZaloPerson> = {
    lan: { id: "6452310948373629184", name: NAMES.lan },
    hung: { id: "7718203942213746541", name: NAMES.hung },
  };
  rig.zalo.addGroup(GROUP, CELL, people.lan);
  const thread = (who: Who, where: Where) => (where === "group" ? GROUP : people[who].id);
  const driver: Driver = {
    clock: rig.clock,
    async say(who, where, text) {
      await rig.say(people[who], text, where === "group" ? GROUP : undefined);
    },
    async choose(who, where, label) {
      await driver.say(who, where, numberOf(driver.texts(who, where), label));
    },
    texts: (who, where) =>
      rig.zalo.sent
        .filter((message) => message.threadId === thread(who, where))
        .map((message) => message.text)
        .filter(Boolean),
    everything: () => rig.zalo.sent.map((message) => message.text).filter(Boolean),
    beat: async () => {
      await rig.beat();
      await rig.settle();
    },
    stop: () => rig.stop(),
  };
  return driver;
}

async function consoleDriver(): Promise<Driver> {
  const rig = await startConsoleRig("2024-05-06T02:00:00Z");
  const heard = new Map<string, string[]>();
  let here = "";
  // A message for another chat is printed under "[chibo gửi tới <chat>]".
  const record = (lines: string[]) => {
    for (const block of lines.join("\n").split(/\n\n+/)) {
      const [first = "", ...rest] = block.split("\n");
      const elsewhere = /^\[chibo gửi tới (.+)\]$/.exec(first);
      const place = elsewhere ? (elsewhere[1] ?? "") : here;
      const text = (elsewhere ? rest : [first, ...rest]).join("\n").trim();
      if (text) heard.set(place, [...(heard.get(place) ?? []), text]);
    }
  };
  const placeOf = (who: Who, where: Where) =>
    where === "group" ? CELL : `chat riêng của ${NAMES[who]}`;
  const driver: Driver = {
    clock: rig.clock,
    async say(who, where, text) {
      await rig.type(`:la ${NAMES[who]}`);
      await rig.type(where === "group" ? ":nhom 1" : ":rieng");
      here = placeOf(who, where);
      record(await rig.type(text));
    },
    async choose(who, where, label) {
      await driver.say(who, where, numberOf(driver.texts(who, where), label));
    },
    texts: (who, where) => heard.get(placeOf(who, where)) ?? [],
    everything: () => [...heard.values()].flat(),
    beat: async () => record(await rig.beat()),
    stop: () => rig.stop(),
  };
  return driver;
}

/** A month of a cell where there are no buttons; returns nothing, the driver keeps what was said. */
async function month(d: Driver): Promise<void> {
  await d.say("lan", "group", `/khoitao ${CELL}`);
  await d.say("lan", "private", "/start");
  await d.say("hung", "group", `/thamgia ${NAMES.hung}`);
  await d.say("hung", "group", "đồng ý");
  await d.say("hung", "private", "/start");
  await d.say("lan", "private", "/duyet");
  await d.choose("lan", "private", `Duyệt ${NAMES.hung}`);
  await d.say("hung", "group", "/dangky");

  await d.say("lan", "private", "/hop");
  await d.say("lan", "private", "xem thử");
  await d.choose("lan", "private", "Sinh hoạt định kỳ");
  await d.say("lan", "private", "20/5 19h30");
  await d.say("lan", "private", "Nhà văn hóa khu phố");
  await d.choose("lan", "private", "Không có nội dung riêng");
  await d.choose("lan", "private", "Gửi thông báo vào nhóm");

  d.clock.set("2024-05-19T12:30:00Z");
  await d.beat();

  d.clock.set("2024-05-20T12:35:00Z");
  await d.say("lan", "group", "/diemdanh");
  await d.say("lan", "group", "/diemdanh");
  await d.say("lan", "private", "/diemdanh");

  await d.say("lan", "private", "/binhchon Chọn ngày sinh hoạt tháng 6? | Thứ Hai | Thứ Tư");
  await d.say("lan", "private", "xem thử");
  await d.choose("lan", "private", "công khai");
}

describe.each([
  ["Zalo", zaloDriver, "poll"],
  ["the console", consoleDriver, "typed"],
] as const)("on %s, where there are no buttons", (_name, start, pollWording) => {
  let d: Driver;
  afterEach(() => d.stop());

  it("no message names a button, pressing or Start; each says to choose or type a number", {
    timeout: 60_000,
  }, async () => {
    d = await start();
    await month(d);
    const all = (who: Who, where: Where) => d.texts(who, where).join("\n");

    // Each sentence that names buttons on Telegram was said, in its words for here.
    expect(all("lan", "group")).toContain("Yêu cầu tham gia sẽ được gửi tới chat riêng của bí thư");
    expect(all("hung", "group")).toContain("Việc này làm trong chat riêng với chibo");
    expect(all("lan", "private")).toContain("Xin trả lời bằng một số trong danh sách dưới đây.");
    expect(all("lan", "private")).toContain("hoặc chọn dòng dưới đây nếu không có nội dung riêng");
    expect(all("lan", "group")).toContain("Đồng chí chọn một dòng dưới đây để báo");
    expect(all("lan", "group")).toContain("đồng chí có mặt xin chọn «Có mặt» dưới đây");
    expect(all("lan", "group")).toContain("chibo gửi lại tin điểm danh");
    expect(all("lan", "private")).toContain("Trả lời bằng số trước tên một đồng chí");
    expect(all("lan", "private")).toContain("Trả lời bằng một số: 1, 2, 3.");

    expect(d.everything().length).toBeGreaterThan(20);
    expect(wrongWords(d.everything(), "typed")).toEqual([]);
    // Zalo's own poll carries its options: its introduction asks for no number either.
    const inGroup = d.texts("lan", "group");
    const pollIntro = inGroup.findLastIndex((text) => text.includes("Bình chọn công khai"));
    expect(pollIntro).toBeGreaterThan(0);
    expect(wrongWords(inGroup.slice(pollIntro), pollWording)).toEqual([]);
  });
});

describe("on Telegram, with buttons and native polls", () => {
  const GROUP = -100777;
  let stop: () => Promise<void> = async () => {};
  afterEach(() => stop());

  it("names the buttons it shows, and asks for no number beside them or under a poll", {
    timeout: 60_000,
  }, async () => {
    const rig = await startTelegramRig("2024-05-06T02:00:00Z");
    stop = () => rig.stop();
    const { fake } = rig;
    const group = fake.addGroup({ id: GROUP, title: CELL, type: "supergroup" });
    const lan = fake.addUser({ id: 11, first_name: "Thị Lan", last_name: "Nguyễn" });
    const hung = fake.addUser({ id: 12, first_name: "Văn Hùng", last_name: "Trần" });
    fake.setChatMember(GROUP, lan.id, "administrator");
    const say = async (from: User, text: string, inGroup = false) => {
      fake.sendText({ from, chat: inGroup ? group : undefined, text });
      await rig.lastTo(GROUP);
    };
    const press = async (from: User, chatId: number, label: string) => {
      const message = fake
        .messagesTo(chatId)
        .findLast((m: SentMessage) => buttonLabels(m).some((text) => text.includes(label)));
      const exact = message && buttonLabels(message).find((text) => text.includes(label));
      if (!message || !exact) throw new Error(`No button "${label}"`);
      fake.clickButton({ from, message, label: exact });
      await rig.lastTo(GROUP);
    };

    await say(lan, `/khoitao ${CELL}`, true);
    await say(lan, "/start");
    await say(hung, `/thamgia ${NAMES.hung}`, true);
    await press(hung, GROUP, "✅ Đồng ý");
    await say(hung, "/start");
    await say(lan, "/duyet");
    await press(lan, lan.id, `Duyệt ${NAMES.hung}`);
    await say(hung, "/dangky", true);
    await say(lan, "/binhchon Chọn ngày sinh hoạt tháng 6? | Thứ Hai | Thứ Tư");
    await say(lan, "xem thử");
    await press(lan, lan.id, "công khai");

    const texts = (chatId: number) => fake.messagesTo(chatId).map((m) => m.text ?? "");
    const inGroup = texts(GROUP).join("\n");
    expect(inGroup).toContain("Bí thư bấm nút dưới đây để mở chat riêng với chibo");
    expect(inGroup).toContain("Mời đồng chí bấm nút dưới đây, rồi bấm Bắt đầu (Start)");
    expect(texts(lan.id).join("\n")).toContain("Xin bấm một nút bên dưới.");
    const poll = fake.messagesTo(GROUP).findLast((m) => m.method === "sendPoll");
    expect(poll?.message.poll?.question).toBe("Chọn ngày sinh hoạt tháng 6?");
    expect(wrongWords([...texts(GROUP), ...texts(lan.id), ...texts(hung.id)], "buttons")).toEqual(
      [],
    );
  });
});
