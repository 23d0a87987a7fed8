import { afterEach, describe, expect, it } from "vitest";
import { Harness, texts } from "../support/harness.js";

/**
 * The roster (issue 15, item 5): a full name to join; a name already on the roster is told to
 * the person and marked in /duyet beside the account's own name; a given name, or a name
 * without marks, finds the one member it means in /diemdanh; the secretary's reason stays.
 */
let h: Harness;
afterEach(() => h?.close());

/** A linked group whose secretary is Nguyễn Thị Lan, approving newcomers by hand. */
async function cellApprovingByHand(): Promise<void> {
  h = new Harness();
  h.admins.add("console:Lan");
  await h.say("Lan", "group:1", "/khoitao Chi bộ Khu phố 1");
  await h.say("Lan", "private", "/start");
  await h.join("Lan", "Nguyễn Thị Lan", "group:1");
}

const roster = () =>
  h.app.services.members.ofCell(1).map((m) => ({ name: m.fullName, roster: m.roster }));

describe("joining with a full name", () => {
  it("refuses one word, whatever marks, invisible or bidi characters come with it", async () => {
    await cellApprovingByHand();
    const before = h.snapshot();
    for (const typed of [
      "Bình",
      "  bình  ",
      "Bi\u0300nh",
      "\u202eBình\u202c",
      "Bình \u200f.",
      "Hƣng",
    ]) {
      const said = texts(await h.join("Bình", `${typed}`, "group:1"));
      expect(said).toContain("Xin gõ đủ họ và tên (ít nhất hai chữ)");
      expect(said).toContain("/thamgia Nguyễn Văn An");
    }
    expect(h.snapshot()).toBe(before);
  });

  it("takes two words or more, tidied: NFC, «ư» restored, marks and bidi characters gone", async () => {
    await cellApprovingByHand();
    const said = texts(await h.join("Bình", "\u202eTrƣơng Văn Bi\u0300nh\u200f", "group:1"));
    expect(said).toContain("Đã nhận yêu cầu của đồng chí Trương Văn Bình");
    expect(roster()).toContainEqual({ name: "Trương Văn Bình", roster: "pending" });
  });

  it("refuses a 4,000-character name and changes nothing", async () => {
    await cellApprovingByHand();
    const before = h.snapshot();
    const said = texts(await h.say("Bình", "group:1", `/thamgia ${"Nguyễn Văn ".repeat(400)}`));
    expect(said).toContain("Họ tên dài quá 80 ký tự");
    expect(h.snapshot()).toBe(before);
  });

  it("a renamed one-word name is refused too, and the old name kept", async () => {
    await cellApprovingByHand();
    expect(texts(await h.join("Lan", "Lan", "group:1"))).toContain("ít nhất hai chữ");
    expect(roster()).toEqual([{ name: "Nguyễn Thị Lan", roster: "active" }]);
  });
});

describe("a name already on the roster", () => {
  it("is told to the newcomer, and /duyet shows the account's own name and a mark", async () => {
    await cellApprovingByHand();
    const asked = await h.join("Lan Bé", "nguyen thi lan", "group:1");
    const toGroup = texts(asked.filter((s) => s.chatId === "console:group:1"));
    expect(toGroup).toContain("Đã nhận yêu cầu của đồng chí Nguyen Thi Lan");
    expect(toGroup).toContain("Trong danh sách chi bộ đã có một đồng chí tên Nguyen Thi Lan");
    const toSecretary = asked.filter((s) => s.chatId === "console:Lan");
    expect(texts(toSecretary)).toContain(
      "Đồng chí Nguyen Thi Lan xin vào danh sách Chi bộ Khu phố 1 (tài khoản: Lan Bé).",
    );
    expect(texts(toSecretary)).toContain("⚠️ Trong danh sách chi bộ đã có người tên Nguyen Thi Lan");

    // Someone else, with a name of their own: no mark.
    await h.join("Hùng", "Trần Văn Hùng", "group:1");
    const list = await h.say("Lan", "private", "/duyet");
    const labels = list.flatMap((s) => s.choices.map((c) => c.label));
    expect(labels).toContain("✅ Duyệt Nguyen Thi Lan (tài khoản: Lan Bé) ⚠️ trùng tên");
    expect(labels).toContain("❌ Từ chối Nguyen Thi Lan (tài khoản: Lan Bé)");
    expect(labels).toContain("✅ Duyệt Trần Văn Hùng");
  });

  it("a member renaming themselves to another's name is warned, and the secretary told", async () => {
    await cellApprovingByHand();
    await h.say("Lan", "private", "/caidat");
    await h.press("Lan", "private", /tự động duyệt/);
    await h.join("Hùng", "Trần Văn Hùng", "group:1");
    const said = await h.join("Hùng", "Nguyễn Thị Lan", "group:1");
    expect(texts(said)).toContain("đã có một đồng chí tên Nguyễn Thị Lan");
    const notice = texts(said.filter((s) => s.chatId === "console:Lan"));
    expect(notice).toContain("Trần Văn Hùng đã tự sửa họ tên thành Nguyễn Thị Lan");
    expect(notice).toContain("⚠️ Trong danh sách chi bộ đã có người tên Nguyễn Thị Lan");
  });

  it("shows a hostile account name without its bidi marks, and a long one cut short", async () => {
    await cellApprovingByHand();
    await h.join("\u202eKẻ\u200f Lạ", "Nguyễn Thị Lan", "group:1");
    await h.join("X".repeat(4000), "Nguyễn Thị Lan", "group:1");
    const labels = (await h.say("Lan", "private", "/duyet")).flatMap((s) =>
      s.choices.map((c) => c.label),
    );
    expect(labels).toContain("✅ Duyệt Nguyễn Thị Lan (tài khoản: Kẻ Lạ) ⚠️ trùng tên");
    expect(labels).toContain(`✅ Duyệt Nguyễn Thị Lan (tài khoản: ${"X".repeat(30)}…) ⚠️ trùng tên`);
  });
});

/** A closed meeting of the cell, held yesterday: attendance may still be corrected. */
async function cellWithClosedMeeting(names: string[]): Promise<void> {
  h = new Harness({ now: "2024-05-06T02:00:00Z" });
  await h.cellWith(names);
  const lan = h.app.services.members.byPerson("console:Lan");
  if (!lan) throw new Error("no secretary");
  h.app.services.meetings.create(
    {
      cellId: lan.cellId,
      kind: "regular",
      startsAt: new Date("2024-05-20T12:30:00Z"),
      endsAt: new Date("2024-05-20T14:30:00Z"),
      place: "Hội trường khu phố",
      topic: "",
      createdBy: lan.id,
    },
    h.clock.now(),
  );
  h.clock.set("2024-05-20T14:31:00Z");
  h.app.scheduler.runDue(h.clock.now());
  h.clock.set("2024-05-21T02:00:00Z");
}

/** The marks of the meeting as stored, by name. */
const reasons = () =>
  h.app.services.meetings
    .marks([1])
    .map((mark) => {
      const member = h.app.services.members.byId(mark.memberId);
      return { name: member?.fullName ?? "", present: mark.present, reason: mark.reason };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "vi"));

describe("/diemdanh vắng: the name a secretary types", () => {
  const cell = ["Lê Minh Tuấn", "Phạm Thị Tuân", "Trần Văn Hùng", "Nguyễn Văn Hùng", "Đỗ Thị Mai"];

  it("finds the one member a given name or a name without marks means", async () => {
    await cellWithClosedMeeting(cell);
    const cases: [string, string][] = [
      ["/diemdanh vắng Tuấn: ốm", "Đã ghi Lê Minh Tuấn vắng có lý do: ốm."],
      [`/diemdanh vắng ${"Tuân".normalize("NFD")}: về quê`, "Đã ghi Phạm Thị Tuân vắng"],
      ["/diemdanh vắng mai: đi công tác", "Đã ghi Đỗ Thị Mai vắng có lý do: đi công tác."],
      ["/diemdanh vắng tran van hung: đi viện", "Đã ghi Trần Văn Hùng vắng có lý do: đi viện."],
      ["/diemdanh vắng Văn Hùng Nguyễn: x", "Không có đảng viên tên Văn Hùng Nguyễn"],
    ];
    for (const [typed, expected] of cases) {
      expect(texts(await h.say("Lan", "private", typed))).toContain(expected);
    }
    expect(reasons()).toEqual([
      { name: "Đỗ Thị Mai", present: false, reason: "đi công tác" },
      { name: "Lê Minh Tuấn", present: false, reason: "ốm" },
      { name: "Phạm Thị Tuân", present: false, reason: "về quê" },
      { name: "Trần Văn Hùng", present: false, reason: "đi viện" },
    ]);
  });

  it("lists the candidates when a name means several, and saves nothing", async () => {
    await cellWithClosedMeeting(cell);
    const before = h.snapshot();
    expect(texts(await h.say("Lan", "private", "/diemdanh vắng Hùng: ốm"))).toContain(
      "Có 2 đảng viên tên Hùng: Nguyễn Văn Hùng, Trần Văn Hùng. Xin ghi đủ họ tên, ví dụ: /diemdanh vắng Nguyễn Văn Hùng: lý do.",
    );
    expect(texts(await h.say("Lan", "private", "/diemdanh vắng tuan: ốm"))).toContain(
      "Có 2 đảng viên tên tuan: Lê Minh Tuấn, Phạm Thị Tuân.",
    );
    expect(h.snapshot()).toBe(before);
  });

  it("shows the ': lý do' form when the name is unknown, cut short when it is huge", async () => {
    await cellWithClosedMeeting(cell);
    const unknown = texts(await h.say("Lan", "private", "/diemdanh vắng Khách: ốm"));
    expect(unknown).toContain("Không có đảng viên tên Khách trong chi bộ.");
    expect(unknown).toContain("Cách ghi: /diemdanh vắng Họ Tên: lý do");
    const huge = texts(await h.say("Lan", "private", `/diemdanh vắng ${"Tuấn ".repeat(800)}: ốm`));
    expect(huge).toContain("Không có đảng viên tên Tuấn Tuấn");
    expect(huge.length).toBeLessThan(400);
    const rtl = texts(await h.say("Lan", "private", "/diemdanh vắng \u202eTuấn\u202c: ốm"));
    expect(rtl).toContain("Đã ghi Lê Minh Tuấn vắng");
    expect(reasons()).toEqual([{ name: "Lê Minh Tuấn", present: false, reason: "ốm" }]);
  });

  it("help for the secretary shows the form", async () => {
    await cellWithClosedMeeting(cell);
    expect(texts(await h.say("Lan", "private", "/help"))).toContain(
      "bí thư ghi lý do vắng: /diemdanh vắng Tên: lý do",
    );
  });
});

describe("the secretary's reason for an absence", () => {
  it("stays when the member checks in and is toggled back, over the member's own reason", async () => {
    h = new Harness({ now: "2024-05-06T02:00:00Z" });
    await h.cellWith(["Trần Văn Hùng", "Đỗ Thị Mai"]);
    const { members, meetings } = h.app.services;
    const lan = members.byPerson("console:Lan");
    const hung = members.byPerson("console:Trần Văn Hùng");
    if (!lan || !hung) throw new Error("no members");
    const meeting = meetings.create(
      {
        cellId: lan.cellId,
        kind: "regular",
        startsAt: new Date("2024-05-20T12:30:00Z"),
        endsAt: new Date("2024-05-20T14:30:00Z"),
        place: "Hội trường khu phố",
        topic: "",
        createdBy: lan.id,
      },
      h.clock.now(),
    );
    // Hùng said beforehand he would be away, for a reason of his own.
    meetings.respond(meeting.id, hung.id, "excused", "bận việc nhà", h.clock.now());
    h.clock.set("2024-05-20T12:40:00Z");
    await h.say("Lan", "group:1", "/diemdanh");
    await h.say("Lan", "private", "/diemdanh vắng Hùng: đi viện");
    await h.say("Trần Văn Hùng", "group:1", "/diemdanh");
    expect(reasons()).toEqual([{ name: "Trần Văn Hùng", present: true, reason: "đi viện" }]);

    await h.say("Lan", "private", "/diemdanh");
    const toggled = texts(await h.press("Lan", "private", "✅ Trần Văn Hùng"));
    expect(toggled).toContain("Vắng có lý do: Trần Văn Hùng (đi viện).");
    expect(toggled).not.toContain("bận việc nhà");
    expect(reasons()).toEqual([{ name: "Trần Văn Hùng", present: false, reason: "đi viện" }]);

    // The minutes, once the meeting closes, say the same.
    h.clock.set("2024-05-20T14:31:00Z");
    h.app.scheduler.runDue(h.clock.now());
    expect(reasons()).toEqual([{ name: "Trần Văn Hùng", present: false, reason: "đi viện" }]);
  });
});
