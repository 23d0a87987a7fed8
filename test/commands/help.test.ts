import { afterEach, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { fitsOneScreen } from "../../src/domain/one-screen.js";
import { Harness, type Said, texts } from "../support/harness.js";
import { parseTelegramHtml } from "../support/telegram-html.js";
import { startTelegramRig, type TelegramRig } from "../support/telegram-rig.js";

/** The commands a /help text lists, in order ("/dangky — …" lines). */
function listed(said: Said[]): string[] {
  return [...texts(said).matchAll(/^\/(\w+) — /gm)].map((match) => match[1] ?? "");
}

/** Every page of "/help tatca", following "Xem tiếp" until it offers the first page again. */
async function allPages(h: Harness, who: string, where: string): Promise<Said[][]> {
  const pages = [await h.say(who, where, "/help tatca")];
  for (;;) {
    const next = pages.at(-1)?.[0]?.choices.find((c) => c.label.includes("Xem tiếp"));
    if (!next || pages.length > 5) return pages;
    pages.push(await h.press(who, where, next.label));
  }
}

describe("/help", () => {
  let h: Harness;
  afterEach(() => h?.close());

  it("shows a member the few commands they use most, and the way to every command", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const said = await h.say("Hùng", "private", "/help");
    expect(listed(said)).toEqual(["lichhop", "dangky", "camket", "diemdanh"]);
    expect(texts(said)).toContain("Các lệnh đồng chí hay dùng:");
    expect(texts(said)).toContain("Gõ /help tatca để xem mọi lệnh.");
    expect(said[0]?.choices).toEqual([]);
  });

  it("shows the secretary what she runs the cell with", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    expect(listed(await h.say("Lan", "private", "/help"))).toEqual([
      "hop",
      "diemdanh",
      "duyet",
      "baocao",
      "dangky",
    ]);
  });

  it("'/help tatca' pages through every command this person may use, and no hidden one", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const pages = await allPages(h, "Lan", "private");
    expect(pages.length).toBe(3);
    expect(texts(pages[0] ?? [])).toContain("Mọi lệnh dùng được ở đây (trang 1/3)");
    expect(pages[0]?.[0]?.choices.map((c) => c.label)).toEqual(["➡️ Xem tiếp (trang 2/3)"]);
    expect(pages[2]?.[0]?.choices.map((c) => c.label)).toEqual(["⏮ Về trang đầu"]);
    const all = pages.flatMap(listed);
    const hidden = commands.filter((c) => c.hidden).map((c) => c.name);
    expect(all).toEqual(
      commands
        .map((c) => c.name)
        .filter((n) => !hidden.includes(n) && n !== "khoitao" && n !== "thamgia"),
    );
    expect(listed(await h.say("Lan", "private", "/help Tất cả"))).toEqual(listed(pages[0] ?? []));
  });

  it("fits one screen for every person, in the group and in private, every page", async () => {
    h = new Harness({ hasButtons: false });
    await h.cellWith(["Hùng"]);
    await h.say("Mai", "group:2", "/help");
    for (const who of ["Lan", "Hùng", "Mai"]) {
      for (const where of ["private", "group:1", "group:2"]) {
        const said = [await h.say(who, where, "/help"), ...(await allPages(h, who, where))];
        for (const s of said.flat()) {
          const shown = [s.text, ...s.choices.map((c, i) => `  ${i + 1}. ${c.label}`)].join("\n");
          expect(fitsOneScreen(shown), `${who} in ${where}:\n${shown}`).toBe(true);
        }
      }
    }
  });
});

describe("/help on Telegram", () => {
  let rig: TelegramRig | undefined;
  afterEach(async () => {
    await rig?.stop();
    rig = undefined;
  });

  it("fits one screen in the group, with what privacy mode hides, for secretary, member and stranger", async () => {
    rig = await startTelegramRig();
    const { fake, app } = rig;
    const group = fake.addGroup({ id: -1001234, title: "Chi bộ KP1", type: "supergroup" });
    const lan = fake.addUser({ id: 111, first_name: "Lan" });
    const hung = fake.addUser({ id: 222, first_name: "Hùng" });
    const mai = fake.addUser({ id: 333, first_name: "Mai" });
    fake.setChatMember(group.id, lan.id, "administrator");
    fake.sendText({ from: lan, chat: group, text: "/khoitao Chi bộ Khu phố 1" });
    await rig.lastTo(group.id);
    const cell = app.services.cells.all()[0];
    if (!cell) throw new Error("the cell was not linked");
    app.services.members.create({
      cellId: cell.id,
      fullName: "Trần Văn Hùng",
      role: "member",
      roster: "active",
      personId: "tg:222",
      displayName: "Trần Văn Hùng",
      now: app.services.clock.now(),
    });
    for (const from of [lan, hung, mai]) {
      for (const chat of [group, undefined]) {
        fake.sendText({ from, chat, text: "/help" });
        const [message] = await rig.lastTo(chat?.id ?? from.id);
        const text = parseTelegramHtml(message?.text ?? "");
        expect(text).toContain("/help tatca");
        if (chat) expect(text).toContain("chữ gõ thường");
        expect(fitsOneScreen(text), `${from.first_name}:\n${text}`).toBe(true);
      }
    }
  }, 60_000);
});
