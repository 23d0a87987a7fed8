import { afterEach, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { plainText } from "../../src/domain/rich-text.js";
import { renderReply } from "../../src/platforms/render-reply.js";
import { Harness, texts } from "../support/harness.js";

let h: Harness;
afterEach(() => h?.close());

function memberId(name: string): number {
  const member = h.app.services.members.byPerson(`console:${name}`);
  if (!member) throw new Error(`no member ${name}`);
  return member.id;
}

/** `who` opens /thanhvien in private, then the entry of the member named `name`. */
async function memberScreen(who: string, name: string): Promise<void> {
  await h.say(who, "private", "/thanhvien");
  await h.press(who, "private", new RegExp(`^${name} — `));
}

/** What the outbox holds for a chat, as text, oldest first. */
function queuedTo(chatId: string): { text: string; choices: string[] }[] {
  return h.app.services.outbox
    .all()
    .filter((m) => m.chatId === chatId)
    .map((m) => {
      const rendered = renderReply(m.reply, h.app.translator, 4096, plainText);
      return { text: rendered.chunks.join("\n"), choices: rendered.choices.map((c) => c.value) };
    });
}

/**
 * Lan's cell with Hùng, Mai and Tư (exempt); a meeting under way whose check-in Lan opened in
 * the group; Mai gave her reason for being absent. Monday 20/05/2024, 19:40 in Vietnam.
 */
async function meetingUnderWay(): Promise<number> {
  h = new Harness({ now: "2024-05-06T02:00:00Z" });
  await h.cellWith(["Hùng", "Mai", "Tư"]);
  await memberScreen("Lan", "Tư");
  await h.press("Lan", "private", "Tình trạng: miễn sinh hoạt");
  const meeting = h.app.services.meetings.create(
    {
      cellId: h.app.services.members.byPerson("console:Lan")?.cellId ?? 0,
      kind: "regular",
      startsAt: new Date("2024-05-20T12:30:00Z"),
      endsAt: new Date("2024-05-20T14:30:00Z"),
      place: "Hội trường",
      topic: "",
      createdBy: memberId("Lan"),
    },
    h.clock.now(),
  );
  await h.say("Mai", "group:1", "/lichhop");
  await h.press("Mai", "group:1", "📝 Vắng có lý do");
  await h.say("Mai", "private", "Con ốm nằm viện");
  h.clock.set("2024-05-20T12:40:00Z");
  await h.say("Lan", "group:1", "/diemdanh");
  return meeting.id;
}

describe("a choice that shows or changes what is private, pressed in a group", () => {
  it("refuses the check-in sheet's button to the one who pressed it, and marks nobody", async () => {
    const meeting = await meetingUnderWay();
    const before = h.snapshot();
    for (const value of [
      `diemdanh:m-${meeting}-${memberId("Hùng")}`,
      `diemdanh:close-${meeting}`,
    ]) {
      // Buttons only the private sheet shows: sent to the group by a tampered client.
      const said = await h.sendChoiceValue("Lan", "group:1", value);
      expect(said, value).toHaveLength(1);
      expect(said[0]?.reply.ack, value).toBe(true);
      expect(said[0]?.text, value).toContain("chỉ dùng trong chat riêng");
      expect(texts(said)).not.toContain("Con ốm");
      expect(texts(said)).not.toContain("Tư");
    }
    expect(h.snapshot()).toBe(before);
    // The same button in private does what it says, reasons included.
    await h.say("Lan", "private", "/diemdanh");
    const sheet = await h.press("Lan", "private", "⬜ Hùng");
    expect(texts(sheet)).toContain("Con ốm nằm viện");
  });

  it("refuses every private command's choice in a group, whatever its payload", async () => {
    await meetingUnderWay();
    const privateOnly = commands.filter((c) => c.choose && c.groupChoices === undefined);
    expect(privateOnly.map((c) => c.name)).toEqual(
      expect.arrayContaining(["thanhvien", "duyet", "xuatbaocao", "hop", "huy", "dangky"]),
    );
    const values = [
      ...privateOnly.map((c) => `${c.name}:x`),
      `thanhvien:s:${memberId("Hùng")}:transferred`,
      `thanhvien:gone:${memberId("Hùng")}:moved`,
      "xuatbaocao:all",
      "caidat:autoApprove",
      "huy:switch-dangky",
    ];
    const before = h.snapshot();
    // No group shows these buttons: sent there by a tampered client.
    for (const value of values) {
      const said = await h.sendChoiceValue("Lan", "group:1", value);
      expect(said, value).toHaveLength(1);
      expect(said[0]?.reply.ack, value).toBe(true);
      expect(said[0]?.text, value).toContain("chỉ dùng trong chat riêng");
    }
    expect(h.snapshot()).toBe(before);
  });

  it("still takes the check-in's own button in the group", async () => {
    const meeting = await meetingUnderWay();
    const here = await h.press("Hùng", "group:1", "✋ Có mặt");
    expect(texts(here)).toContain("Đã điểm danh");
    expect(h.app.services.meetings.markOf(meeting, memberId("Hùng"))?.present).toBe(true);
  });
});

describe("handing over the secretary's role", () => {
  it("asks first; on yes the giver is no longer secretary and the new one is told", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    await h.say("Hùng", "private", "/start");
    await memberScreen("Lan", "Hùng");
    const before = h.snapshot();
    const asked = await h.press("Lan", "private", "Vai trò: bí thư");
    expect(texts(asked)).toContain("Đồng chí sẽ không còn là bí thư");
    expect(asked[0]?.choices.map((c) => c.label)).toEqual(["Đồng ý", "Không"]);
    expect(h.snapshot()).toBe(before);
    expect(texts(await h.press("Lan", "private", "Không"))).toContain("Không đổi");
    expect(h.snapshot()).toBe(before);

    const done = await h.press("Lan", "private", "Đồng ý");
    expect(texts(done)).toContain("Đã giao vai trò bí thư cho Hùng");
    const roles = h.app.services.members.ofCell(1, "active").map((m) => [m.fullName, m.role]);
    expect(roles).toEqual([
      ["Hùng", "secretary"],
      ["Lan", "member"],
    ]);
    expect(queuedTo("console:Hùng").map((m) => m.text)).toEqual([
      expect.stringContaining("được giao vai trò bí thư"),
    ]);
    // The old secretary manages nothing now; a replayed "yes" changes nothing.
    expect(texts(await h.say("Lan", "private", "/thanhvien"))).toContain(
      "Chỉ bí thư và phó bí thư",
    );
    const after = h.snapshot();
    await h.press("Lan", "private", "Đồng ý");
    expect(h.snapshot()).toBe(after);
  });

  it("a deputy cannot press the handover's yes", async () => {
    h = new Harness();
    await h.cellWith(["Hùng", "Tư"]);
    await memberScreen("Lan", "Hùng");
    await h.press("Lan", "private", "Vai trò: phó bí thư");
    const before = h.snapshot();
    // Only the secretary is asked to confirm a handover: a deputy is never shown its yes.
    const coup = await h.sendChoiceValue("Hùng", "private", `thanhvien:h:${memberId("Tư")}`);
    expect(texts(coup)).toContain("Chỉ bí thư mới giao");
    expect(h.snapshot()).toBe(before);
  });
});

describe("a member who leaves the group", () => {
  async function cell() {
    h = new Harness();
    await h.cellWith(["Hùng", "Mai"]);
    await memberScreen("Lan", "Mai");
    await h.press("Lan", "private", "Vai trò: phó bí thư");
    await h.say("Mai", "private", "/start");
  }
  const left = (who: string, personId = `console:${who}`) =>
    h.deliver(who, "group:1", { type: "member-left", personId });

  it("is news for the secretary and deputy in private; the roster counts them until they say", async () => {
    await cell();
    expect(await left("Hùng")).toEqual([]);
    const toLan = queuedTo("console:Lan");
    expect(toLan).toHaveLength(1);
    expect(toLan[0]?.text).toContain("Hùng đã rời nhóm");
    expect(toLan[0]?.choices).toEqual([
      `thanhvien:gone:${memberId("Hùng")}:moved`,
      `thanhvien:gone:${memberId("Hùng")}:stays`,
    ]);
    expect(queuedTo("console:Mai")).toHaveLength(1);
    expect(queuedTo("console:group:1")).toEqual([]);
    // The same leaving seen twice (Telegram's service message and its chat_member update).
    await left("Hùng");
    expect(queuedTo("console:Lan")).toHaveLength(1);
    expect(h.app.services.members.byPerson("console:Hùng")?.status).toBe("full");
    const roster = async () =>
      (await h.say("Lan", "private", "/thanhvien"))[0]?.choices.map((c) => c.label);
    expect(await roster()).toContain("Hùng — đảng viên, chính thức (đã rời nhóm)");

    const stays = await h.press("Lan", "private", "Vẫn ở chi bộ (chỉ rời nhóm)");
    expect(texts(stays)).toContain("Hùng vẫn ở chi bộ");
    expect(await roster()).toContain("Hùng — đảng viên, chính thức");
    expect(h.app.services.members.byPerson("console:Hùng")?.status).toBe("full");
  });

  it("moves a member away when the secretary says so", async () => {
    await cell();
    await left("Hùng");
    const { members } = h.app.services;
    const hung = members.byPerson("console:Hùng");
    const moved = await h.press("Lan", "private", "Chuyển đi");
    expect(texts(moved)).toContain("Tình trạng của Hùng: chuyển đi");
    expect(members.byId(hung?.id ?? 0)?.status).toBe("transferred");
    // His chat account went with the move (issue 19): chibo no longer knows it.
    expect(members.byPerson("console:Hùng")).toBeUndefined();
    const again = await h.press("Lan", "private", "Vẫn ở chi bộ (chỉ rời nhóm)");
    expect(texts(again)).toContain("đã cũ");
  });

  it("says nothing for strangers, people of other cells, or a group not linked", async () => {
    await cell();
    h.admins.add("console:Minh");
    await h.say("Minh", "group:2", "/khoitao Chi bộ 2");
    const before = h.app.services.outbox.all().length;
    await left("Lạ");
    await h.deliver("Minh", "group:1", { type: "member-left", personId: "console:Minh" });
    await h.deliver("Hùng", "group:9", { type: "member-left", personId: "console:Hùng" });
    expect(h.app.services.outbox.all()).toHaveLength(before);
  });
});

describe("a draft open when another command starts one", () => {
  async function hopDraft(options: { hasButtons?: boolean } = {}) {
    h = new Harness({ now: "2024-03-10T02:00:00Z", ...options });
    await h.cellWith(["Hùng"]);
    await h.say("Lan", "private", "/hop");
    expect(h.app.services.conversations.dialog("console:Lan", "console:Lan")?.command).toBe("hop");
  }

  it("is kept: the person is asked whether to go back to it or leave it", async () => {
    await hopDraft();
    const before = h.snapshot();
    const busy = await h.say("Lan", "private", "/dangky");
    expect(texts(busy)).toContain("Đồng chí đang làm dở /hop");
    expect(busy[0]?.choices.map((c) => c.value)).toEqual(["huy:resume", "huy:switch-dangky"]);
    expect(h.snapshot()).toBe(before);

    const back = await h.press("Lan", "private", "Làm tiếp /hop");
    expect(texts(back)).toContain("Buổi họp loại nào?");
    await h.say("Lan", "private", "/dangky");
    const switched = await h.press("Lan", "private", "Hủy /hop, sang /dangky");
    expect(texts(switched)).toContain("Đã hủy phần đang làm dở của /hop");
    expect(h.app.services.conversations.dialog("console:Lan", "console:Lan")?.command).toBe(
      "dangky",
    );
  });

  it("works by numbers where there are no buttons", async () => {
    await hopDraft({ hasButtons: false });
    const busy = await h.say("Lan", "private", "/dangky");
    expect(busy[0]?.choices.map((c) => c.label)).toEqual([
      "Làm tiếp /hop",
      "Hủy /hop, sang /dangky",
    ]);
    await h.say("Lan", "private", "2");
    expect(h.app.services.conversations.dialog("console:Lan", "console:Lan")?.command).toBe(
      "dangky",
    );
  });

  it("a reason still owed for a meeting is not dropped by /dangky", async () => {
    h = new Harness({ now: "2024-03-10T02:00:00Z" });
    await h.cellWith(["Hùng"]);
    h.app.services.meetings.create(
      {
        cellId: 1,
        kind: "regular",
        startsAt: new Date("2024-03-20T12:00:00Z"),
        endsAt: new Date("2024-03-20T14:00:00Z"),
        place: "Hội trường",
        topic: "",
        createdBy: 1,
      },
      h.clock.now(),
    );
    await h.say("Hùng", "private", "/start");
    await h.say("Hùng", "group:1", "/lichhop");
    await h.press("Hùng", "group:1", "📝 Vắng có lý do");
    const busy = await h.say("Hùng", "private", "/dangky");
    expect(texts(busy)).toContain("Đồng chí đang làm dở /lichhop");
    const back = await h.press("Hùng", "private", "Làm tiếp /lichhop");
    expect(texts(back)).toContain("Xin gõ lý do");
  });
});

describe("one-time codes cannot be guessed", () => {
  it("/lienket: after 5 wrong codes in an hour even the right one is refused, then allowed", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const issue = async () => {
      const said = texts(await h.say("Hùng", "private", "/lienket"));
      return /Mã liên kết của đồng chí: (\d+)/.exec(said)?.[1] ?? "";
    };
    const code = await issue();
    for (let i = 0; i < 5; i++) {
      const wrong = await h.say("Khách", "private", `/lienket ${String(i).repeat(8)}`);
      expect(texts(wrong)).toContain("Mã không đúng");
    }
    const before = h.snapshot();
    const locked = await h.say("Khách", "private", `/lienket ${code}`);
    expect(texts(locked)).toContain("nhập sai mã nhiều lần");
    expect(texts(locked)).toContain("10/03/2024 10:00");
    expect(h.snapshot()).toBe(before);
    expect(h.app.services.members.byPerson("console:Khách")).toBeUndefined();
    // Someone else is not held back by the guesser.
    expect(texts(await h.say("Lạ", "private", "/lienket 12345678"))).toContain("Mã không đúng");

    // An hour later the code is read again (here, on the platform it was made on).
    h.clock.set("2024-03-10T03:01:00Z");
    const fresh = await issue();
    expect(texts(await h.say("Khách", "private", `/lienket ${fresh}`))).toContain(
      "không phải nền tảng đồng chí đã dùng",
    );
  });

  it("/tonghop: the same limit for a committee officer's code", async () => {
    h = new Harness();
    const { services } = h.app;
    await h.cellWith([]);
    services.cells.setCommittee(1, "Đảng ủy phường 1", h.clock.now());
    const committee = services.cells.committeeByName("Đảng ủy phường 1")?.id ?? 0;
    const code = services.officerCodes.issue(committee, new Date("2024-03-17T00:00:00Z"));
    for (let i = 0; i < 5; i++) {
      expect(texts(await h.say("Khách", "private", `/tonghop 1111111${i}`))).toContain(
        "Mã không đúng",
      );
    }
    expect(texts(await h.say("Khách", "private", `/tonghop ${code}`))).toContain(
      "nhập sai mã nhiều lần",
    );
    expect(services.officers.committeeOf("console:Khách")).toBeUndefined();
  });
});

describe("what is said back, and names from profiles", () => {
  it("echoes only the start of an unknown command", async () => {
    h = new Harness();
    const said = await h.say("Hùng", "private", `/${"a".repeat(10_000)}`);
    expect(said).toHaveLength(1);
    expect(said[0]?.text).toContain(`/${"a".repeat(30)}…`);
    expect(said[0]?.text.length).toBeLessThan(200);
  });

  it("drops bidi overrides and invisible characters from a profile name", async () => {
    h = new Harness();
    h.admins.add("console:x");
    const person = { id: "console:x", displayName: "\u202eNguyễn\u200b Thị\u2066 Lan\u2069" };
    const say = (chat: { id: string; kind: "private" | "group"; title: string }, name: string) =>
      h.app.router.handle(
        {
          platform: "console",
          updateKey: `names:${name}`,
          chat,
          person,
          content: { type: "command", name, args: "", mention: "none" },
        },
        { hasButtons: true, canWriteFirst: true, isChatAdmin: async () => true },
      );
    const [welcome] = await say({ id: person.id, kind: "private", title: "x" }, "start");
    const shown = welcome ? plainText(h.app.translator.text(welcome.parts[0] ?? { key: "" })) : "";
    expect(shown).toContain("Xin chào Nguyễn Thị Lan!");
    expect(shown).not.toMatch(/[\u200b\u202e\u2066\u2069]/);
    await say({ id: "console:group:1", kind: "group", title: "Chi bộ 1" }, "khoitao");
    expect(h.app.services.members.byPerson("console:x")?.fullName).toBe("Nguyễn Thị Lan");
  });

  it("/start khoitao in a group links it for a real admin", async () => {
    h = new Harness();
    h.admins.add("console:Lan");
    const linked = await h.say("Lan", "group:1", "/start khoitao");
    expect(texts(linked)).toContain("Nhóm 1");
    expect(h.app.services.cells.list()).toHaveLength(1);
    expect(texts(await h.say("Hùng", "group:2", "/start khoitao"))).toContain("Chỉ quản trị viên");
  });

  it("does not take a forwarded message as the answer of a dialog", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    await h.say("Hùng", "private", "/dangky");
    const before = h.snapshot();
    const said = await h.deliver("Hùng", "private", { type: "forwarded" });
    expect(texts(said)).toContain("không nhận tin nhắn chuyển tiếp");
    expect(h.snapshot()).toBe(before);
  });

  it("works in a group again as soon as the bot is added back", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    await h.deliver("Lan", "group:1", { type: "bot-removed" });
    const back = await h.deliver("Lan", "group:1", { type: "bot-added" });
    expect(texts(back)).toContain("chibo đã trở lại nhóm");
    expect(texts(await h.say("Hùng", "group:1", "/chuyende"))).not.toContain("chưa gắn");
    expect(texts(await h.say("Hùng", "group:1", "/lichhop"))).toContain("Chưa có buổi họp");
    // Added to a group it never knew: nothing to say.
    expect(await h.deliver("Lan", "group:7", { type: "bot-added" })).toEqual([]);
  });
});
