import type { User } from "grammy/types";
import type { App } from "../../src/app.js";
import type { TelegramLimits } from "../../src/platforms/telegram/telegram-throttle.js";
import { UploadedFile } from "../support/bot-api-spec.js";
import { buttonLabels, numberOf, pressable } from "../support/choices-shown.js";
import type { ZaloPerson } from "../support/fake-zalo-server.js";
import { startTelegramRig } from "../support/telegram-rig.js";
import { startZaloRig } from "../support/zalo-rig.js";

export type Where = "group" | "private";

/** A file chibo sent to someone, as their phone received it. */
export interface ReceivedFile {
  name: string;
  data: Buffer;
}

/**
 * A cell's chat as its people meet it, on one platform: they type or press in the group or in
 * private, and read what chibo sent them. The same journey runs on every platform through this.
 */
export interface CellChat {
  platform: "telegram" | "zalo";
  app: App;
  /** People by full name; the first is the group's admin, who starts the cell. */
  join(names: readonly string[]): void;
  /** The id chibo knows `name` by ("tg:1001", "zalo:101"). */
  personId(name: string): string;
  /** What `who` read in answer: new messages in the chat they wrote in (and in private). */
  say(who: string, where: Where, text: string): Promise<string>;
  /**
   * `who` takes the choice whose label contains `label`: presses its button on Telegram, types
   * its number on Zalo. Returns what they read in answer.
   */
  choose(who: string, where: Where, label: string): Promise<string>;
  /** Whether the latest choices shown to `who` there include one whose label contains `label`. */
  offers(who: string, where: Where, label: string): boolean;
  /** The clock moves to `iso`, and the heartbeat runs the jobs due and sends what they queued. */
  at(iso: string): Promise<void>;
  groupTexts(): string[];
  privateTexts(name: string): string[];
  /** Files sent to `name` in private, and to the group. */
  filesTo(name: string): ReceivedFile[];
  groupFiles(): ReceivedFile[];
  stop(): Promise<void>;
}

const TG_GROUP = -1007700;
const QUIET_MS = 30;
const ZALO_GROUP = "7700001";

/**
 * Telegram's limits a twentieth as long: a journey posts to its group hundreds of times, a
 * second apart under the real ones. The pacing itself is tested with its own short limits
 * (test/platforms/telegram/telegram-throttle.test.ts).
 */
const JOURNEY_LIMITS: TelegramLimits = {
  globalGapMs: 2,
  privateGapMs: 53,
  groupGapMs: 50,
  groupPerMinute: 20,
  minuteMs: 3_000,
};

export async function telegramCell(now: string): Promise<CellChat> {
  const rig = await startTelegramRig(now, { limits: JOURNEY_LIMITS });
  const { fake } = rig;
  const group = fake.addGroup({ id: TG_GROUP, title: "Chi bộ Khu phố 3", type: "supergroup" });
  const users = new Map<string, User>();
  const user = (name: string) => {
    const found = users.get(name);
    if (!found) throw new Error(`${name} has not joined`);
    return found;
  };
  const chatOf = (who: string, where: Where) => (where === "group" ? TG_GROUP : user(who).id);
  /**
   * Every update handled and what it posted sent. A shorter quiet than the rig's: the journey
   * takes some four hundred steps, and a handled update is already confirmed by then.
   */
  const settle = async () => {
    await fake.waitForIdle(QUIET_MS);
    await rig.heartbeat.settled();
    await fake.waitForIdle(QUIET_MS);
  };
  /** What `who` reads after `act`: new messages, and (`edits`) the last one before, a press's. */
  const read = async (who: string, where: Where, act: () => unknown, edits = false) => {
    const chats = [...new Set([chatOf(who, where), user(who).id])];
    await settle();
    const before = chats.map((chat) => fake.messagesTo(chat).length);
    await act();
    await settle();
    return chats
      .flatMap((chat, i) =>
        fake.messagesTo(chat).slice(Math.max(0, (before[i] ?? 0) - (edits ? 1 : 0))),
      )
      .map((m) => [m.text, ...buttonLabels(m).map((label) => `[${label}]`)].join("\n"))
      .join("\n")
      .trim();
  };
  const uploads = (chatId: number): ReceivedFile[] =>
    fake.calls
      .filter((call) => call.ok && call.method === "sendDocument")
      .filter((call) => Number(call.params.chat_id) === chatId)
      .flatMap((call) => Object.values(call.params))
      .filter((value): value is UploadedFile => value instanceof UploadedFile)
      .map((file) => ({ name: file.filename, data: file.content }));
  return {
    platform: "telegram",
    app: rig.app,
    join(names) {
      for (const name of names) {
        const words = name.split(" ");
        const added = fake.addUser({
          id: 1001 + users.size,
          first_name: words.slice(0, -1).join(" "),
          last_name: words.at(-1),
        });
        users.set(name, added);
        fake.startedBot(added.id);
        if (users.size === 1) fake.setChatMember(TG_GROUP, added.id, "administrator");
      }
    },
    personId: (name) => `tg:${user(name).id}`,
    say: (who, where, text) =>
      read(who, where, () => {
        const from = user(who);
        fake.sendText({ from, chat: where === "group" ? group : fake.privateChat(from), text });
      }),
    choose: (who, where, label) =>
      read(
        who,
        where,
        () => {
          const shown = fake.messagesTo(chatOf(who, where));
          // A whole label is taken as it is: "Sinh hoạt định kỳ" is also in a longer one.
          const whole = shown.some((m) => buttonLabels(m).includes(label));
          const { message, text } = pressable(
            shown,
            whole ? label : new RegExp(escapeRegExp(label)),
          );
          fake.clickButton({ from: user(who), message: message as never, label: text });
        },
        true,
      ),
    offers(who, where, label) {
      const shown = fake.messagesTo(chatOf(who, where)).map(buttonLabels);
      const latest = shown.reverse().find((labels) => labels.length > 0) ?? [];
      return latest.some((text) => text.includes(label));
    },
    async at(iso) {
      rig.clock.set(iso);
      await rig.beat();
      await settle();
    },
    groupTexts: () => fake.messagesTo(TG_GROUP).map((m) => m.text),
    privateTexts: (name) => fake.messagesTo(user(name).id).map((m) => m.text),
    filesTo: (name) => uploads(user(name).id),
    groupFiles: () => uploads(TG_GROUP),
    stop: () => rig.stop(),
  };
}

export async function zaloCell(now: string): Promise<CellChat> {
  const rig = await startZaloRig(now);
  const people = new Map<string, ZaloPerson>();
  const person = (name: string) => {
    const found = people.get(name);
    if (!found) throw new Error(`${name} has not joined`);
    return found;
  };
  const threadOf = (who: string, where: Where) => (where === "group" ? ZALO_GROUP : person(who).id);
  const read = async (who: string, where: Where, act: () => Promise<unknown>) => {
    const threads = [...new Set([threadOf(who, where), person(who).id])];
    const before = threads.map((thread) => rig.zalo.textsTo(thread).length);
    await act();
    return threads
      .flatMap((thread, i) => rig.zalo.textsTo(thread).slice(before[i]))
      .join("\n")
      .trim();
  };
  const files = (thread: string): ReceivedFile[] =>
    rig.zalo.sent
      .filter((m) => m.threadId === thread)
      .flatMap((m) => m.files)
      .map((file) => ({ name: file.filename, data: file.data }));
  return {
    platform: "zalo",
    app: rig.app,
    join(names) {
      for (const name of names) {
        const joined: ZaloPerson = { id: String(101 + people.size), name };
        people.set(name, joined);
        if (people.size === 1) rig.zalo.addGroup(ZALO_GROUP, "Chi bộ Khu phố 3", joined);
      }
    },
    personId: (name) => `zalo:${person(name).id}`,
    say: (who, where, text) =>
      read(who, where, () =>
        rig.say(person(who), text, where === "group" ? ZALO_GROUP : undefined),
      ),
    choose(who, where, label) {
      const number = numberOf(rig.zalo.textsTo(threadOf(who, where)), label);
      return read(who, where, () =>
        rig.say(person(who), number, where === "group" ? ZALO_GROUP : undefined),
      );
    },
    offers(who, where, label) {
      const numbered = (text: string) => text.split("\n").filter((l) => /^\s*\d+\. /.test(l));
      const lists = rig.zalo.textsTo(threadOf(who, where)).map(numbered);
      const latest = lists.reverse().find((lines) => lines.length > 0) ?? [];
      return latest.some((line) => line.includes(label));
    },
    async at(iso) {
      rig.clock.set(iso);
      await rig.beat();
      await rig.settle();
    },
    groupTexts: () => rig.zalo.textsTo(ZALO_GROUP),
    privateTexts: (name) => rig.zalo.textsTo(person(name).id),
    filesTo: (name) => files(person(name).id),
    groupFiles: () => files(ZALO_GROUP),
    stop: () => rig.stop(),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
