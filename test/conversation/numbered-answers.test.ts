/**
 * Numbered answers that hold, where there are no buttons (the console chat, Zalo through the
 * real zca-js client): a wrong number or word keeps the list and shows it again, one answer
 * never shows two lists numbered alike, the rest of a list comes back after an action, and an
 * out-of-range number in a group is told to the one who typed it, in private.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { startConsoleRig } from "../support/console-rig.js";
import type { ZaloPerson } from "../support/fake-zalo-server.js";
import type { TestClock } from "../support/harness.js";
import { startZaloRig } from "../support/zalo-rig.js";

type Who = "lan" | "hung" | "tuan" | "ha";
type Where = "group" | "private";

/** What a person reads after writing: in the chat they wrote in, and in their private chat. */
interface Read {
  here: string;
  private: string;
}

interface Driver {
  app: App;
  clock: TestClock;
  say(who: Who, where: Where, text: string): Promise<Read>;
  stop(): Promise<void>;
}

const NAMES: Record<Who, string> = {
  lan: "Nguyễn Thị Lan",
  hung: "Trần Văn Hùng",
  tuan: "Lê Minh Tuấn",
  ha: "Phạm Thu Hà",
};

async function consoleDriver(now: string): Promise<Driver> {
  const rig = await startConsoleRig(now);
  const elsewhere = "[chibo gửi tới ";
  return {
    app: rig.app,
    clock: rig.clock,
    async say(who, where, text) {
      await rig.type(`:la ${NAMES[who]}`);
      await rig.type(where === "group" ? ":nhom 1" : ":rieng");
      const lines = await rig.type(text);
      // Each message printed ends with an empty line; one for another chat starts by saying where.
      const messages = lines
        .join("\n")
        .split("\n\n")
        .filter((m) => m.trim() !== "");
      const mine = `${elsewhere}chat riêng của ${NAMES[who]}]\n`;
      return {
        here: messages.filter((m) => !m.startsWith(elsewhere)).join("\n"),
        private:
          where === "private"
            ? messages.filter((m) => !m.startsWith(elsewhere)).join("\n")
            : messages
                .filter((m) => m.startsWith(mine))
                .map((m) => m.slice(mine.length))
                .join("\n"),
      };
    },
    stop: () => rig.stop(),
  };
}

async function zaloDriver(now: string): Promise<Driver> {
  const rig = await startZaloRig(now);
  const GROUP = "5550001";
  const people: Record<Who, ZaloPerson> = {
    lan: { id: "101", name: NAMES.lan },
    hung: { id: "102", name: NAMES.hung },
    tuan: { id: "103", name: NAMES.tuan },
    ha: { id: "104", name: NAMES.ha },
  };
  rig.zalo.addGroup(
    GROUP,
    "Chi bộ Khu phố 1",
    people.lan,
    [],
    [people.hung, people.tuan, people.ha],
  );
  return {
    app: rig.app,
    clock: rig.clock,
    async say(who, where, text) {
      const person = people[who];
      const before = rig.zalo.sent.length;
      await rig.say(person, text, where === "group" ? GROUP : undefined);
      const sent = rig.zalo.sent.slice(before);
      const to = (thread: string) =>
        sent
          .filter((m) => m.threadId === thread)
          .map((m) => m.text)
          .join("\n");
      return { here: to(where === "group" ? GROUP : person.id), private: to(person.id) };
    },
    stop: () => rig.stop(),
  };
}

/** The number a numbered list gives to the line that contains `label`. */
function numberOf(text: string, label: string): string {
  const line = text.split("\n").find((l) => /^\s*\d+\. /.test(l) && l.includes(label));
  const number = line && /^\s*(\d+)\. /.exec(line)?.[1];
  if (!number) throw new Error(`no numbered "${label}" in:\n${text}`);
  return number;
}

/** The numbered lines of a text, as "1. label". */
function numbered(text: string): string[] {
  return text
    .split("\n")
    .filter((l) => /^\s*\d+\. /.test(l))
    .map((l) => l.trim());
}

const DRIVERS = [
  ["the console", consoleDriver],
  ["Zalo", zaloDriver],
] as const;

describe.each(DRIVERS)("numbered answers on %s", (_name, start) => {
  let chat: Driver;

  afterEach(() => chat?.stop());

  /** A cell linked to the group by Lan, its secretary; the others asked to join. */
  async function cellWithRequests(now = "2024-05-06T02:00:00Z"): Promise<void> {
    chat = await start(now);
    await chat.say("lan", "group", "/khoitao Chi bộ Khu phố 1");
    await chat.say("lan", "private", "/start");
    for (const who of ["hung", "tuan", "ha"] as const) {
      await chat.say(who, "private", "/start");
      await chat.say(who, "group", `/thamgia ${NAMES[who]}`);
      await chat.say(who, "private", "đồng ý");
    }
  }

  function approveEveryone(): void {
    const { members } = chat.app.services;
    const cell = chat.app.services.cells.all()[0];
    if (!cell) throw new Error("no cell");
    for (const member of members.ofCell(cell.id, "pending")) {
      members.setRoster(member.id, "active", chat.clock.now());
    }
  }

  it("keeps the list after a wrong number or word, shows it again, and takes the right one", {
    timeout: 30_000,
  }, async () => {
    await cellWithRequests();
    const list = (await chat.say("lan", "private", "/duyet")).here;
    expect(numbered(list)).toHaveLength(7);
    expect(numberOf(list, "Duyệt tất cả (3 người)")).toBe("7");

    for (const wrong of ["9", "0", "xyz"]) {
      const again = (await chat.say("lan", "private", wrong)).here;
      expect(again).toContain("Chỉ có số 1 đến 7");
      expect(numbered(again)).toEqual(numbered(list));
    }
    const several = (await chat.say("lan", "private", "1,2")).here;
    expect(several).toContain("Xin trả lời mỗi lần một số. Chỉ có số 1 đến 7");
    expect(numbered(several)).toEqual(numbered(list));
    expect(chat.app.services.members.ofCell(1, "pending")).toHaveLength(3);

    // "01", " 3 " and a full-width "３" are numbers all the same.
    const hung = numberOf(list, `Duyệt ${NAMES.hung}`);
    const approved = (await chat.say("lan", "private", `0${hung}`)).here;
    expect(approved).toContain(`Đã duyệt ${NAMES.hung} vào chi bộ.`);
    // The rest of the list, numbered afresh, with "approve all" while more than one waits.
    expect(approved).toContain("Còn 2 người đang chờ duyệt");
    expect(approved).not.toContain(`Duyệt ${NAMES.hung}`);
    expect(numbered(approved)).toHaveLength(5);

    const tuan = numberOf(approved, `Từ chối ${NAMES.tuan}`);
    const rejected = (await chat.say("lan", "private", ` ${tuan} `)).here;
    expect(rejected).toContain(`Đã từ chối yêu cầu của ${NAMES.tuan}.`);
    expect(rejected).toContain("Còn 1 người đang chờ duyệt");
    expect(rejected).not.toContain("Duyệt tất cả");

    const ha = numberOf(rejected, `Duyệt ${NAMES.ha}`);
    const fullWidth = String.fromCodePoint(0xff10 + Number(ha));
    const last = (await chat.say("lan", "private", fullWidth)).here;
    expect(last).toContain(`Đã duyệt ${NAMES.ha} vào chi bộ.`);
    expect(last).not.toContain("đang chờ duyệt");
    expect(chat.app.services.members.ofCell(1, "pending")).toHaveLength(0);

    // The list is done with: a number now answers nothing, and says so.
    const none = (await chat.say("lan", "private", "1")).here;
    expect(none).toContain("Ở đây không có danh sách nào đang chờ trả lời bằng số");
  });

  it("approves everyone waiting after one confirmation", { timeout: 30_000 }, async () => {
    await cellWithRequests();
    const list = (await chat.say("lan", "private", "/duyet")).here;
    const asked = (await chat.say("lan", "private", numberOf(list, "Duyệt tất cả"))).here;
    expect(asked).toContain(
      `Duyệt cả 3 người vào chi bộ: ${NAMES.tuan}, ${NAMES.ha}, ${NAMES.hung}?`,
    );
    expect(chat.app.services.members.ofCell(1, "pending")).toHaveLength(3);
    // "No" goes back to the list; nobody is approved.
    const back = (await chat.say("lan", "private", numberOf(asked, "quay lại"))).here;
    expect(numbered(back)).toEqual(numbered(list));
    const again = (await chat.say("lan", "private", numberOf(back, "Duyệt tất cả"))).here;
    const done = await chat.say("lan", "private", numberOf(again, "Đúng, duyệt tất cả"));
    expect(done.here).toContain(
      `Đã duyệt 3 người vào chi bộ: ${NAMES.tuan}, ${NAMES.ha}, ${NAMES.hung}.`,
    );
    expect(chat.app.services.members.ofCell(1, "pending")).toHaveLength(0);
    expect(chat.app.services.members.ofCell(1, "active")).toHaveLength(4);
  });

  it("numbers two meetings' lists across, and each number answers its own meeting", {
    timeout: 30_000,
  }, async () => {
    await cellWithRequests();
    approveEveryone();
    const { meetings, members } = chat.app.services;
    const createdBy = members.ofCell(1, "active")[0]?.id ?? 0;
    for (const [day, place] of [
      ["2024-05-20", "Hội trường"],
      ["2024-05-27", "Nhà văn hóa"],
    ] as const) {
      meetings.create(
        {
          cellId: 1,
          kind: "regular",
          startsAt: new Date(`${day}T12:30:00Z`),
          endsAt: new Date(`${day}T14:30:00Z`),
          place,
          topic: "",
          createdBy,
        },
        chat.clock.now(),
      );
    }
    const shown = (await chat.say("hung", "private", "/lichhop")).here;
    expect(numbered(shown)).toEqual([
      "1. ✋ Tham dự",
      "2. 📝 Vắng có lý do",
      "3. ✋ Tham dự",
      "4. 📝 Vắng có lý do",
    ]);
    // The second list follows the second meeting: after the first meeting's place.
    expect(shown.indexOf("3. ✋ Tham dự")).toBeGreaterThan(shown.indexOf("Nhà văn hóa"));
    expect(shown).toContain("Trả lời bằng một số: 3, 4.");

    const hung = members.ofCell(1, "active").find((m) => m.fullName === NAMES.hung);
    await chat.say("hung", "private", "3");
    const [first, second] = meetings.upcoming(1, chat.clock.now());
    expect(meetings.responseOf(second?.id ?? 0, hung?.id ?? 0)?.answer).toBe("attend");
    expect(meetings.responseOf(first?.id ?? 0, hung?.id ?? 0)).toBeUndefined();

    // In the group, the announcement's list is everyone's: a number it does not have is told
    // to the one who typed it, in private, and the list still takes the others' answers.
    const group = await chat.say("tuan", "group", "/lichhop");
    expect(numbered(group.here)).toHaveLength(4);
    const wrong = await chat.say("ha", "group", "7");
    expect(wrong.here).toBe("");
    expect(wrong.private).toContain("Trong nhóm Chi bộ Khu phố 1, chỉ có số 1 đến 4.");
    await chat.say("ha", "group", "1");
    const ha = members.ofCell(1, "active").find((m) => m.fullName === NAMES.ha);
    expect(meetings.responseOf(first?.id ?? 0, ha?.id ?? 0)?.answer).toBe("attend");

    // A number typed in private answers no list shown in the group.
    const elsewhere = await chat.say("tuan", "private", "1");
    expect(elsewhere.here).toContain("Ở đây không có danh sách nào đang chờ trả lời bằng số");

    // Once answers are closed, the number that would have answered says so.
    chat.clock.set("2024-05-20T12:40:00Z");
    const late = (await chat.say("tuan", "group", "2")).here;
    expect(late).toContain("Buổi họp đã bắt đầu; không đổi câu trả lời được nữa.");
    const tuan = members.ofCell(1, "active").find((m) => m.fullName === NAMES.tuan);
    expect(meetings.responseOf(first?.id ?? 0, tuan?.id ?? 0)).toBeUndefined();
  });

  it("after a mark by hand, shows only who is still absent, not the whole sheet", {
    timeout: 30_000,
  }, async () => {
    await cellWithRequests("2024-05-20T12:00:00Z");
    approveEveryone();
    const { meetings, members } = chat.app.services;
    meetings.create(
      {
        cellId: 1,
        kind: "regular",
        startsAt: new Date("2024-05-20T12:30:00Z"),
        endsAt: new Date("2024-05-20T14:30:00Z"),
        place: "Hội trường",
        topic: "",
        createdBy: members.ofCell(1, "active")[0]?.id ?? 0,
      },
      chat.clock.now(),
    );
    chat.clock.set("2024-05-20T12:35:00Z");
    const sheet = (await chat.say("lan", "private", "/diemdanh")).here;
    expect(numbered(sheet)).toHaveLength(5);
    const marked = (await chat.say("lan", "private", numberOf(sheet, `⬜ ${NAMES.hung}`))).here;
    expect(marked).toContain(`✅ ${NAMES.hung}: đã ghi có mặt.`);
    expect(marked).toContain("Có mặt: 1/4. Báo vắng có lý do: 0. Chưa điểm danh: 3.");
    expect(numbered(marked)).toEqual([
      `1. ⬜ ${NAMES.tuan}`,
      `2. ⬜ ${NAMES.lan}`,
      `3. ⬜ ${NAMES.ha}`,
      "4. 🏁 Kết thúc buổi họp",
    ]);
    expect(marked).not.toContain("Điểm danh");
    const next = (await chat.say("lan", "private", numberOf(marked, NAMES.ha))).here;
    expect(next).toContain("Có mặt: 2/4.");
    expect(numbered(next)).toHaveLength(3);
  });
});
