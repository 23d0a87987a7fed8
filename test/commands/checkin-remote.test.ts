import { afterEach, describe, expect, it } from "vitest";
import { plainText } from "../../src/domain/rich-text.js";
import { sheetOf } from "../../src/meetings/attendance.js";
import type { Reply } from "../../src/messages/reply.js";
import { numberedChoices, renderReply } from "../../src/platforms/render-reply.js";
import type { Meeting } from "../../src/store/meeting-store.js";
import { capturedLog } from "../support/captured-log.js";
import { Harness, type Said, texts } from "../support/harness.js";
import { startTelegramRig } from "../support/telegram-rig.js";

/**
 * Check-in where the meeting is (issue 18, part 4): in the group as before; in private only
 * for a meeting the secretary opened to remote attendance, and then shown as such to her.
 */
const GROUP = "group:1";
const PRIVATE = "private";

let h: Harness;
afterEach(() => h.close());

/** Monday 20/05/2024, 19:30 to 21:00 in Vietnam. */
function meeting(remoteAllowed: boolean): Meeting {
  const { cells, members, meetings } = h.app.services;
  const [cell] = cells.all();
  const lan = members.byPerson("console:Lan");
  if (!cell || !lan) throw new Error("no cell");
  return meetings.create(
    {
      cellId: cell.id,
      kind: "regular",
      startsAt: new Date("2024-05-20T12:30:00Z"),
      endsAt: new Date("2024-05-20T14:00:00Z"),
      place: "Hội trường khu phố",
      topic: "",
      createdBy: lan.id,
      remoteAllowed,
    },
    h.clock.now(),
  );
}

function memberId(name: string): number {
  const member = h.app.services.members.byPerson(`console:${name}`);
  if (!member) throw new Error(`no member ${name}`);
  return member.id;
}

/** What a message shows: its text, then its choices as buttons or numbered lines. */
function screen(said: Said[]): string {
  return said
    .map((s) =>
      [s.text, ...numberedChoices({ chunks: [], choices: s.choices }, h.app.translator)].join("\n"),
    )
    .join("\n---\n");
}

/** Everything chibo posted to a chat through its outbox so far, as it reads there. */
function posted(chatId: string): string {
  const rows = h.app.database.sqlite
    .prepare("select reply from outbox where chat_id = ? order by id")
    .all(chatId) as { reply: string }[];
  return rows
    .map((row) => renderReply(JSON.parse(row.reply) as Reply, h.app.translator, 4096, plainText))
    .flatMap((rendered) => rendered.chunks)
    .join("\n");
}

/** What a turn said in one chat. */
function inChat(said: Said[], chatId: string): string {
  return texts(said.filter((s) => s.chatId === chatId));
}

/** The meeting under way at 19:31, check-in opened by the secretary in the group. */
async function underWay(remoteAllowed: boolean): Promise<Meeting> {
  await h.cellWith(["Hùng", "Mai", "Tư"]);
  const opened = meeting(remoteAllowed);
  h.clock.set("2024-05-20T12:31:00Z");
  expect(texts(await h.say("Lan", GROUP, "/diemdanh"))).toContain("ĐIỂM DANH");
  return opened;
}

for (const hasButtons of [true, false]) {
  const platform = hasButtons ? "with buttons (Telegram)" : "without buttons (Zalo, console)";

  describe(`checking in from elsewhere, ${platform}`, () => {
    it("takes a private check-in where allowed, recorded as remote and shown so to the secretary only", async () => {
      h = new Harness({ now: "2024-05-10T02:00:00Z", hasButtons });
      const held = await underWay(true);
      const done = await h.say("Hùng", PRIVATE, "/diemdanh");
      expect(inChat(done, "console:Hùng")).toContain(
        "Đã điểm danh từ xa: đồng chí tham dự buổi sinh hoạt định kỳ 20/05",
      );
      expect(h.app.services.meetings.markOf(held.id, memberId("Hùng"))?.markedBy).toBe("remote");
      // The group's count follows; no name, no "from elsewhere" there.
      const group = inChat(done, "console:group:1");
      expect(group).toContain("Có mặt: 1/4");
      expect(group).not.toContain("Hùng");
      expect(group).not.toContain("từ xa");

      await h.press("Mai", GROUP, "✋ Có mặt");
      const sheet = screen(await h.say("Lan", PRIVATE, "/diemdanh"));
      expect(sheet).toContain("✅ Hùng (từ xa)");
      expect(sheet).toContain("✅ Mai");
      expect(sheet).not.toContain("Mai (từ xa)");
      const onSheet = sheetOf(h.app.services, held);
      expect(onSheet.remote.map((m) => m.fullName)).toEqual(["Hùng"]);
      expect(onSheet.present.map((m) => m.fullName).sort()).toEqual(["Hùng", "Mai"]);

      // The close: the secretary reads who checked in remotely; the group, counts.
      h.clock.set("2024-05-20T14:01:00Z");
      h.app.scheduler.runDue(h.clock.now());
      expect(posted("console:Lan")).toContain("Có mặt: Hùng, Mai.\nĐiểm danh từ xa: Hùng.");
      expect(posted("console:group:1")).toContain("Có mặt 2/4.");
      expect(posted("console:group:1")).not.toContain("từ xa");
    });

    it("refuses a private check-in where the meeting does not allow it, and the group still works", async () => {
      h = new Harness({ now: "2024-05-10T02:00:00Z", hasButtons });
      const held = await underWay(false);
      for (const typed of ["/diemdanh", "điểm danh", "Điểm Danh".normalize("NFD"), "diem danh"]) {
        const before = h.snapshot();
        expect(texts(await h.say("Hùng", PRIVATE, typed))).toContain(
          "buổi sinh hoạt định kỳ 20/05 không nhận điểm danh từ xa. Xin điểm danh trong nhóm chi bộ khi đến họp.",
        );
        expect(h.snapshot()).toBe(before);
      }
      // "Đã điểm danh" is read as a likely /diemdanh: asked first, then refused all the same.
      const before = h.snapshot();
      expect(texts(await h.say("Hùng", PRIVATE, "Đã điểm danh rồi"))).toContain(
        "Có phải đồng chí muốn dùng lệnh /diemdanh",
      );
      expect(texts(await h.press("Hùng", PRIVATE, /diemdanh/))).toContain(
        "không nhận điểm danh từ xa",
      );
      expect(h.snapshot()).toBe(before);
      expect(texts(await h.press("Hùng", GROUP, "✋ Có mặt"))).toContain("Đã điểm danh");
      expect(h.app.services.meetings.markOf(held.id, memberId("Hùng"))?.markedBy).toBe("self");
    });

    it("counts two check-ins at once (group and private) once, and says when the first was", async () => {
      h = new Harness({ now: "2024-05-10T02:00:00Z", hasButtons });
      const held = await underWay(true);
      const [inGroup, inPrivate] = await Promise.all([
        h.press("Hùng", GROUP, "✋ Có mặt"),
        h.say("Hùng", PRIVATE, "/diemdanh"),
      ]);
      const both = `${texts(inGroup)}\n${texts(inPrivate)}`;
      expect(both).toContain("Đã điểm danh: đồng chí có mặt");
      expect(both).toContain("Đồng chí đã điểm danh rồi (lúc 20/05/2024 19:31)");
      expect(both).not.toContain("từ xa");
      const marks = h.app.services.meetings.marks([held.id]);
      expect(marks).toHaveLength(1);
      expect(marks[0]?.markedBy).toBe("self");
      expect(sheetOf(h.app.services, held).present).toHaveLength(1);

      // The other way round: in private first, then the tap on arrival.
      h.clock.set("2024-05-20T12:40:00Z");
      expect(texts(await h.say("Mai", PRIVATE, "/diemdanh"))).toContain("Đã điểm danh từ xa");
      expect(texts(await h.press("Mai", GROUP, "✋ Có mặt"))).toContain(
        "Đồng chí đã điểm danh rồi (lúc 20/05/2024 19:40)",
      );
      expect(h.app.services.meetings.markOf(held.id, memberId("Mai"))?.markedBy).toBe("remote");
      expect(sheetOf(h.app.services, held).present).toHaveLength(2);
    });

    it("answers odd, hostile and late check-ins without recording them", async () => {
      h = new Harness({ now: "2024-05-10T02:00:00Z", hasButtons });
      const held = await underWay(true);
      let before = h.snapshot();
      // A member saying they are absent is not checked in.
      for (const typed of ["/diemdanh vắng", "/diemdanh VẮNG Hùng: ốm", "/diemdanh vang"]) {
        expect(texts(await h.say("Hùng", PRIVATE, typed))).toContain(
          "Điểm danh chỉ ghi người có mặt, nên chibo chưa ghi gì",
        );
      }
      // Not on the roster: nobody to check in.
      expect(texts(await h.say("Khách", PRIVATE, "/diemdanh"))).toContain(
        "chưa có trong danh sách chi bộ",
      );
      // A forged value for another cell's meeting, or none.
      for (const value of [`diemdanh:here-${held.id + 99}`, "diemdanh:here-", "diemdanh:here-x"]) {
        await h.sendChoiceValue("Hùng", PRIVATE, value);
      }
      expect(h.snapshot()).toBe(before);

      // Words after the command are not read as anything: the check-in is the member's own.
      const hostile = `/diemdanh <b>Mai</b> ${"ƣ".repeat(5000)}`;
      expect(texts(await h.say("Tư", PRIVATE, hostile))).toContain("Đã điểm danh từ xa");
      expect(h.app.services.meetings.markOf(held.id, memberId("Mai"))).toBeUndefined();

      // After the end: over, with who to ask.
      h.clock.set("2024-05-20T14:05:00Z");
      before = h.snapshot();
      expect(texts(await h.say("Hùng", PRIVATE, "/diemdanh"))).toContain(
        "Điểm danh đã kết thúc. Đồng chí có mặt mà chưa kịp điểm danh, xin báo bí thư ghi lại (trong 7 ngày sau buổi họp).",
      );
      expect(h.snapshot()).toBe(before);
    });
  });
}

describe("a correction after the window", () => {
  it("names the meeting and says its attendance is final, for a reason and for the sheet", async () => {
    h = new Harness({ now: "2024-05-10T02:00:00Z" });
    await underWay(false);
    h.clock.set("2024-05-20T14:01:00Z");
    h.app.scheduler.runDue(h.clock.now());
    // The sheet the secretary opened within the week, its button pressed on the 8th day.
    h.clock.set("2024-05-27T02:00:00Z");
    await h.say("Lan", PRIVATE, "/diemdanh");
    h.clock.set("2024-05-28T14:02:00Z");
    const before = h.snapshot();
    expect(texts(await h.press("Lan", PRIVATE, "⬜ Mai"))).toContain(
      "Không sửa điểm danh buổi này được nữa (chỉ sửa trong 7 ngày sau buổi họp)",
    );
    const final =
      "Buổi gần nhất, buổi sinh hoạt định kỳ 20/05, đã qua hơn 7 ngày nên điểm danh đã chốt, không sửa được nữa.";
    expect(texts(await h.say("Lan", PRIVATE, "/diemdanh vắng Mai: ốm"))).toContain(final);
    expect(texts(await h.say("Lan", PRIVATE, "/diemdanh"))).toContain(final);
    expect(h.snapshot()).toBe(before);
  });

  it("says only that there is no meeting where the cell never held one", async () => {
    h = new Harness({ now: "2024-05-10T02:00:00Z" });
    await h.cellWith(["Hùng"]);
    const said = texts(await h.say("Lan", PRIVATE, "/diemdanh"));
    expect(said).toContain("Không có buổi họp nào đang diễn ra hay vừa kết thúc.");
    expect(said).not.toContain("Buổi gần nhất");
  });
});

describe("a member transferred mid-year", () => {
  it("stays on the sheets of meetings before the move and is on none after", async () => {
    h = new Harness({ now: "2024-05-10T02:00:00Z" });
    const before = await underWay(true);
    await h.press("Hùng", GROUP, "✋ Có mặt");
    h.clock.set("2024-05-20T14:01:00Z");
    h.app.scheduler.runDue(h.clock.now());

    await h.say("Lan", PRIVATE, "/thanhvien");
    await h.press("Lan", PRIVATE, /^Tư — /);
    await h.press("Lan", PRIVATE, "Tình trạng: chuyển đi");

    const { meetings, members, cells } = h.app.services;
    const [cell] = cells.all();
    const lan = members.byPerson("console:Lan");
    if (!cell || !lan) throw new Error("no cell");
    const after = meetings.create(
      {
        cellId: cell.id,
        kind: "regular",
        startsAt: new Date("2024-06-20T12:30:00Z"),
        endsAt: new Date("2024-06-20T14:00:00Z"),
        place: "Hội trường khu phố",
        topic: "",
        createdBy: lan.id,
        remoteAllowed: true,
      },
      h.clock.now(),
    );
    const names = (held: Meeting) => {
      const sheet = sheetOf(h.app.services, meetings.byId(held.id) ?? held);
      return [
        ...sheet.present,
        ...sheet.absentWithReason.map((a) => a.member),
        ...sheet.absentWithoutReason,
        ...sheet.exempt,
      ]
        .map((m) => m.fullName)
        .sort();
    };
    expect(names(before)).toEqual(["Hùng", "Lan", "Mai", "Tư"]);
    expect(names(after)).toEqual(["Hùng", "Lan", "Mai"]);

    // Nor can Tư check in to it from elsewhere, nor does the secretary's sheet offer him.
    h.clock.set("2024-06-20T12:31:00Z");
    await h.say("Lan", GROUP, "/diemdanh");
    const snapshot = h.snapshot();
    expect(texts(await h.say("Tư", PRIVATE, "/diemdanh"))).toContain(
      "Đồng chí chưa có trong danh sách chi bộ nào",
    );
    expect(h.snapshot()).toBe(snapshot);
    expect(screen(await h.say("Lan", PRIVATE, "/diemdanh"))).not.toContain("Tư");
    h.clock.set("2024-06-20T14:01:00Z");
    h.app.scheduler.runDue(h.clock.now());
    expect(names(after)).toEqual(["Hùng", "Lan", "Mai"]);
  });
});

describe("two check-ins at once on Telegram", () => {
  const GROUP_ID = -1001234;
  const LAN = 111;
  const HUNG = 222;

  it("counts a tap in the group and a /diemdanh in private, delivered together, once", async () => {
    const logged = capturedLog();
    const rig = await startTelegramRig("2024-05-20T11:00:00Z", { log: logged.log });
    try {
      const { fake, app, clock } = rig;
      const lan = fake.addUser({ id: LAN, first_name: "Lan" });
      const hung = fake.addUser({ id: HUNG, first_name: "Hùng" });
      const group = fake.addGroup({ id: GROUP_ID, title: "Chi bộ KP1", type: "supergroup" });
      fake.setChatMember(GROUP_ID, LAN, "administrator");
      fake.sendText({ from: lan, chat: group, text: "/khoitao Chi bộ Khu phố 1" });
      fake.sendText({ from: lan, text: "/start" });
      await rig.lastTo(LAN);
      await rig.join(hung, group, "Trần Văn Hùng");
      const [request] = await rig.lastTo(LAN);
      fake.clickButton({ from: lan, message: request as never, label: "✅ Duyệt Trần Văn Hùng" });
      await rig.lastTo(LAN);
      fake.sendText({ from: hung, text: "/start" });
      await rig.lastTo(HUNG);

      const secretary = app.services.members.byPerson(`tg:${LAN}`);
      const member = app.services.members.byPerson(`tg:${HUNG}`);
      if (!secretary || !member) throw new Error("no members");
      const held = app.services.meetings.create(
        {
          cellId: secretary.cellId,
          kind: "regular",
          startsAt: new Date("2024-05-20T12:30:00Z"),
          endsAt: new Date("2024-05-20T14:00:00Z"),
          place: "Hội trường khu phố",
          topic: "",
          createdBy: secretary.id,
          remoteAllowed: true,
        },
        clock.now(),
      );
      clock.set("2024-05-20T12:31:00Z");
      fake.sendText({ from: lan, chat: group, text: "/diemdanh" });
      const checkin = (await rig.lastTo(GROUP_ID)).find((m) => m.text.includes("ĐIỂM DANH"));
      if (!checkin) throw new Error("no check-in message");

      fake.together(() => {
        fake.clickButton({ from: hung, message: checkin as never, label: "✋ Có mặt" });
        fake.sendText({ from: hung, text: "/diemdanh" });
      });
      await rig.lastTo(HUNG);
      const marks = app.services.meetings.marks([held.id]);
      expect(marks).toHaveLength(1);
      expect(marks[0]?.markedBy).toBe("self");
      const toHung = fake.messagesTo(HUNG).map((m) => m.text);
      expect(toHung.filter((text) => text.includes("Đã điểm danh từ xa"))).toHaveLength(0);
      expect(toHung.some((text) => text.includes("đã điểm danh rồi (lúc 20/05/2024 19:31)"))).toBe(
        true,
      );
      const group1 = fake.messagesTo(GROUP_ID).map((m) => m.text);
      expect(group1.some((text) => text.includes("Có mặt: 1/2"))).toBe(true);
      expect(group1.join("\n")).not.toContain("từ xa");

      // The secretary's sheet: a button by name, marked as in the group (not "từ xa").
      fake.sendText({ from: lan, text: "/diemdanh" });
      const [sheet] = await rig.lastTo(LAN);
      expect(JSON.stringify(sheet?.replyMarkup)).toContain("✅ Trần Văn Hùng");
      expect(JSON.stringify(sheet?.replyMarkup)).not.toContain("(từ xa)");
      expect(logged.text()).not.toContain("Trần Văn Hùng");
    } finally {
      await rig.stop();
    }
  });
});
