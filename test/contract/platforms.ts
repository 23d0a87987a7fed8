/**
 * The three chat platforms behind one driver for the adapter contract: the production adapter
 * of each (real grammY over the fake Bot API, real zca-js over the fake Zalo server, the
 * console chat), its outbox drained by the production heartbeat, and what a person reads there.
 */
import { basename } from "node:path";
import type { User } from "grammy/types";
import { ThreadType } from "zca-js";
import type { App } from "../../src/app.js";
import type { Reply } from "../../src/messages/reply.js";
import { TELEGRAM_MAX_TEXT } from "../../src/platforms/telegram/telegram-adapter.js";
import { ZALO_MAX_TEXT } from "../../src/platforms/zalo/zalo-adapter.js";
import type { Heartbeat } from "../../src/schedule/heartbeat.js";
import { capturedLog } from "../support/captured-log.js";
import { buttonLabels, numberOf } from "../support/choices-shown.js";
import { startConsoleRig } from "../support/console-rig.js";
import type { SentMessage } from "../support/fake-bot-api.js";
import type { ZaloPerson } from "../support/fake-zalo-server.js";
import type { TestClock } from "../support/harness.js";
import { startTelegramRig } from "../support/telegram-rig.js";
import { startZaloRig } from "../support/zalo-rig.js";

/** The secretary, who linked the group, and a member. */
export type Who = "lan" | "hung";
/** The cell's group, or a person's private chat with the bot. */
export type Where = "group" | Who;

/** One message as a person reads it on the platform. */
export interface Shown {
  text: string;
  /** The labels of the buttons under it. */
  buttons: string[];
  /** The name of the file it carries. */
  file?: string;
  /** A poll of the platform's own. */
  poll?: { question: string; options: string[]; closed: boolean };
}

export interface ContractPlatform {
  name: "Telegram" | "Zalo" | "the console";
  /** The platform's prefix of chat and person ids. */
  prefix: string;
  /** The longest text one message may have there. */
  maxText: number;
  app: App;
  clock: TestClock;
  heartbeat: Heartbeat;
  /** Everything chibo logged, at debug level. */
  logged(): string;
  /** `who` writes in `where`; resolves once it is answered and what it posted was sent. */
  say(who: Who, where: Where, text: string): Promise<void>;
  /** `who` takes the choice labelled so under the latest message in `where` that offers it. */
  press(who: Who, where: Where, label: string): Promise<void>;
  /** Everything chibo has shown in `where` so far, in order, as it reads now. */
  read(where: Where): Shown[];
  /** A message queued in the outbox to `where`, sent by the heartbeat's drain. */
  post(where: Where, reply: Omit<Reply, "chatId">): Promise<void>;
  /** The next message to `where` fails on the platform's side, once. */
  failNextSend(where: Where): void;
  /** Whether any call to the platform carried this. */
  asked(text: string): boolean;
  stop(): Promise<void>;
}

/** Where this cell's chats are, as chibo knows them: the linked group and the people's ids. */
export function chatIdOf(platform: ContractPlatform, where: Where): string {
  const { cells, members } = platform.app.services;
  if (where === "group") {
    const cell = cells.all()[0];
    const group = cell && cells.activeGroups(cell.id)[0];
    if (!group) throw new Error("no linked group");
    return group.chatId;
  }
  const cell = cells.all()[0];
  // Lan linked the group: its secretary. Hùng joined it.
  const member =
    cell && members.ofCell(cell.id).find((m) => (m.role === "member") === (where === "hung"));
  const personId = member && members.personIds(member.id)[0];
  if (!personId) throw new Error(`${where} is no member`);
  return personId;
}

/**
 * The same start on every platform: Lan, a group admin, links the group and becomes its
 * secretary; both open a private chat with the bot; Hùng asks to join and Lan approves him.
 */
async function linkCell(platform: ContractPlatform): Promise<void> {
  await platform.say("lan", "group", "/khoitao Chi bộ <Khu phố 1> & Co");
  await platform.say("lan", "lan", "/start");
  await platform.say("hung", "hung", "/start");
  await platform.say("hung", "group", "/thamgia Trần Văn Hùng");
  // Asked in private, where chibo can write to him, and answered there.
  await platform.say("hung", "hung", "đồng ý");
  await platform.say("lan", "lan", "/duyet");
  await platform.press("lan", "lan", "✅ Duyệt Trần Văn Hùng");
}

/** A message as read, without what it does not have. */
function shownAs(
  text: string,
  extras: { buttons?: string[]; file?: string; poll?: Shown["poll"] } = {},
): Shown {
  const { buttons = [], file, poll } = extras;
  return { text, buttons, ...(file ? { file } : {}), ...(poll ? { poll } : {}) };
}

const NOW = "2024-03-11T02:00:00Z";

export async function telegramPlatform(): Promise<ContractPlatform> {
  const captured = capturedLog();
  const rig = await startTelegramRig(NOW, { log: captured.log });
  const { fake } = rig;
  const GROUP = -1001234;
  const users: Record<Who, User> = {
    lan: fake.addUser({ id: 111, first_name: "Lan", last_name: "Nguyễn Thị" }),
    hung: fake.addUser({ id: 222, first_name: "Hùng", last_name: "Trần Văn" }),
  };
  const group = fake.addGroup({ id: GROUP, title: "Chi bộ KP1", type: "supergroup" });
  fake.setChatMember(GROUP, 111, "administrator");
  const chatOf = (where: Where) => (where === "group" ? GROUP : users[where].id);
  const settle = async () => {
    await fake.waitForIdle();
    await rig.heartbeat.settled();
    await fake.waitForIdle();
  };
  const shown = (message: SentMessage): Shown => {
    const { poll, document } = message.message;
    return shownAs(poll ? "" : message.text, {
      buttons: buttonLabels(message),
      file: message.method === "sendPhoto" ? "photo" : document?.file_name,
      poll: poll && {
        question: poll.question,
        options: poll.options.map((option) => option.text),
        closed: poll.is_closed,
      },
    });
  };
  const platform: ContractPlatform = {
    name: "Telegram",
    prefix: "tg:",
    maxText: TELEGRAM_MAX_TEXT,
    app: rig.app,
    clock: rig.clock,
    heartbeat: rig.heartbeat,
    logged: captured.text,
    async say(who, where, text) {
      fake.sendText({ from: users[who], ...(where === "group" ? { chat: group } : {}), text });
      await settle();
    },
    async press(who, where, label) {
      const message = fake
        .messagesTo(chatOf(where))
        .findLast((m) => shown(m).buttons.includes(label));
      if (!message) throw new Error(`No button "${label}" in ${where}`);
      fake.clickButton({ from: users[who], message: message as never, label });
      await settle();
    },
    read: (where) => fake.messagesTo(chatOf(where)).map(shown),
    async post(where, reply) {
      postToOutbox(platform, where, reply);
      await rig.heartbeat.drain();
      await settle();
    },
    failNextSend(where) {
      fake.failNext({ method: "sendMessage", chatId: chatOf(where), errorCode: 400 });
    },
    asked: (text) => fake.calls.some((call) => JSON.stringify(call.params).includes(text)),
    stop: () => rig.stop(),
  };
  await linkCell(platform);
  return platform;
}

export async function zaloPlatform(): Promise<ContractPlatform> {
  const captured = capturedLog();
  const rig = await startZaloRig(NOW, { log: captured.log });
  const GROUP = "5550001";
  const people: Record<Who, ZaloPerson> = {
    lan: { id: "101", name: "Lan" },
    hung: { id: "102", name: "Hùng" },
  };
  rig.zalo.addGroup(GROUP, "Chi bộ KP1", people.lan, [], [people.hung]);
  const thread = (where: Where) =>
    where === "group"
      ? { threadId: GROUP, type: ThreadType.Group }
      : { threadId: people[where].id, type: ThreadType.User };
  const read = (where: Where): Shown[] => {
    const { threadId, type } = thread(where);
    return rig.zalo.sent
      .filter((m) => m.threadId === threadId && m.type === type)
      .map((m) => {
        const poll = m.pollId === undefined ? undefined : rig.zalo.polls.get(m.pollId);
        return shownAs(m.text, {
          file: m.files[0]?.filename,
          poll: poll && {
            question: poll.question,
            options: poll.options.map((option) => option.content),
            closed: poll.closed,
          },
        });
      });
  };
  const texts = (where: Where) => read(where).map((message) => message.text);
  const platform: ContractPlatform = {
    name: "Zalo",
    prefix: "zalo:",
    maxText: ZALO_MAX_TEXT,
    app: rig.app,
    clock: rig.clock,
    heartbeat: rig.heartbeat,
    logged: captured.text,
    async say(who, where, text) {
      await rig.say(people[who], text, where === "group" ? GROUP : undefined);
    },
    async press(who, where, label) {
      await platform.say(who, where, numberOf(texts(where), label));
    },
    read,
    async post(where, reply) {
      postToOutbox(platform, where, reply);
      await rig.heartbeat.drain();
      await rig.settle();
    },
    failNextSend(where) {
      rig.zalo.fail("send", { status: 502, threadId: thread(where).threadId });
    },
    asked: (text) => JSON.stringify(rig.zalo.calls).includes(text),
    stop: () => rig.stop(),
  };
  await linkCell(platform);
  return platform;
}

export async function consolePlatform(): Promise<ContractPlatform> {
  const captured = capturedLog();
  const rig = await startConsoleRig(NOW, { log: captured.log });
  const names: Record<Who, string> = { lan: "Nguyễn Thị Lan", hung: "Trần Văn Hùng" };
  const places: Record<Where, string> = {
    group: "Chi bộ Khu phố 1",
    lan: `chat riêng của ${names.lan}`,
    hung: `chat riêng của ${names.hung}`,
  };
  const heard: { place: string; shown: Shown }[] = [];
  const printed: string[] = [];
  /** Printed entries: a message's lines, an empty one after each; "[chibo gửi tới …]" first elsewhere. */
  const hear = (entries: string[], here: string) => {
    printed.push(...entries);
    let message: string[] = [];
    for (const entry of entries) {
      if (entry !== "") {
        message.push(entry);
        continue;
      }
      const elsewhere = /^\[chibo gửi tới (.+)\]$/.exec(message[0] ?? "");
      const lines = elsewhere ? message.slice(1) : message;
      const saved = /^📎 Tệp đã lưu ở: (.+)$/.exec(lines.at(-1) ?? "");
      heard.push({
        place: elsewhere?.[1] ?? here,
        shown: shownAs((saved ? lines.slice(0, -1) : lines).join("\n"), {
          file: saved?.[1] && basename(saved[1]),
        }),
      });
      message = [];
    }
  };
  const read = (where: Where) => heard.filter((h) => h.place === places[where]).map((h) => h.shown);
  const texts = (where: Where) => read(where).map((message) => message.text);
  const platform: ContractPlatform = {
    name: "the console",
    prefix: "console:",
    maxText: Number.POSITIVE_INFINITY,
    app: rig.app,
    clock: rig.clock,
    heartbeat: rig.heartbeat,
    logged: captured.text,
    async say(who, where, text) {
      await rig.type(`:la ${names[who]}`);
      await rig.type(where === "group" ? ":nhom 1" : ":rieng");
      hear(await rig.type(text), places[where === "group" ? "group" : who]);
    },
    async press(who, where, label) {
      await platform.say(who, where, numberOf(texts(where), label));
    },
    read,
    async post(where, reply) {
      postToOutbox(platform, where, reply);
      hear(await rig.drain(), "");
    },
    failNextSend() {
      throw new Error("Nothing the console prints can fail.");
    },
    asked: (text) => printed.some((line) => line.includes(text)),
    stop: () => rig.stop(),
  };
  await linkCell(platform);
  return platform;
}

function postToOutbox(platform: ContractPlatform, where: Where, reply: Omit<Reply, "chatId">) {
  const now = platform.clock.now();
  const chatId = chatIdOf(platform, where);
  platform.app.services.outbox.add({ ...reply, chatId }, { notBefore: now, now });
}
