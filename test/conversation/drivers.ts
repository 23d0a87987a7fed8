import type { App } from "../../src/app.js";
import { startConsoleRig } from "../support/console-rig.js";
import type { ZaloPerson } from "../support/fake-zalo-server.js";
import { startZaloRig } from "../support/zalo-rig.js";

/** The people of the example cell, by the short name tests use. */
export type Who = "Lan" | "Hùng" | "Tuấn" | "Hà";
export type Where = "group" | "private";

/**
 * One platform as a person meets it: they type in the group or in private, and read what
 * chibo sent them (in that chat and in their private chat) in answer.
 */
export interface ChatDriver {
  app: App;
  /** The person id the platform gives `who`. */
  personId(who: Who): string;
  say(who: Who, where: Where, text: string): Promise<string>;
  stop(): Promise<void>;
}

const CONSOLE_NAMES: Record<Who, string> = { Lan: "Lan", Hùng: "Hùng", Tuấn: "Tuấn", Hà: "Hà" };
const CONSOLE_IDS: Record<Who, string> = {
  Lan: "console:lan",
  Hùng: "console:hung",
  Tuấn: "console:tuan",
  Hà: "console:ha",
};

/** The console chat as `npm start` runs it (no buttons: choices are numbered lists). */
export async function consoleDriver(now?: string): Promise<ChatDriver> {
  const rig = await startConsoleRig(now);
  let speaker: Who = "Lan";
  let place: Where = "group";
  return {
    app: rig.app,
    personId: (who) => CONSOLE_IDS[who],
    async say(who, where, text) {
      if (who !== speaker) await rig.type(`:la ${CONSOLE_NAMES[who]}`);
      if (where !== place) await rig.type(where === "group" ? ":nhom 1" : ":rieng");
      speaker = who;
      place = where;
      return (await rig.type(text)).join("\n").trim();
    },
    stop: () => rig.stop(),
  };
}

export const ZALO_GROUP = "5550001";
const ZALO_PEOPLE: Record<Who, ZaloPerson> = {
  Lan: { id: "101", name: "Nguyễn Thị Lan" },
  Hùng: { id: "102", name: "Trần Văn Hùng" },
  Tuấn: { id: "103", name: "Lê Minh Tuấn" },
  Hà: { id: "104", name: "Phạm Thu Hà" },
};

/** Zalo through the real zca-js client and the fake of Zalo's servers. */
export async function zaloDriver(now?: string): Promise<ChatDriver> {
  const rig = await startZaloRig(now);
  rig.zalo.addGroup(ZALO_GROUP, "Chi bộ Khu phố 1", ZALO_PEOPLE.Lan);
  return {
    app: rig.app,
    personId: (who) => `zalo:${ZALO_PEOPLE[who].id}`,
    async say(who, where, text) {
      const person = ZALO_PEOPLE[who];
      const chats = where === "group" ? [ZALO_GROUP, person.id] : [person.id];
      const before = chats.map((chat) => rig.zalo.textsTo(chat).length);
      await rig.say(person, text, where === "group" ? ZALO_GROUP : undefined);
      return chats
        .flatMap((chat, index) => rig.zalo.textsTo(chat).slice(before[index]))
        .join("\n")
        .trim();
    },
    stop: () => rig.stop(),
  };
}
