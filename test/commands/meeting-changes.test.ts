import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { plainText } from "../../src/domain/rich-text.js";
import { renderReply } from "../../src/platforms/render-reply.js";
import { loadRollup } from "../../src/reports/rollup.js";
import { Harness, texts } from "../support/harness.js";

/** The buttons of /hop's menu for the one meeting ahead. */
const EDIT = /^✏️ Sửa /;
const CANCEL = /^❌ Hủy buổi sinh hoạt/;

/** What the outbox holds for a chat, as text, oldest first. */
function queuedTo(h: Harness, chatId: string): string[] {
  return h.app.services.outbox
    .all()
    .filter((m) => m.chatId === chatId)
    .map((m) => renderReply(m.reply, h.app.translator, 4096, plainText).chunks.join("\n"));
}

describe("changing and cancelling a meeting", () => {
  let h: Harness;
  beforeEach(async () => {
    // Monday 06/05/2024, 09:00 in Vietnam.
    h = new Harness({ now: "2024-05-06T02:00:00Z" });
    await h.cellWith(["Hùng", "Mai"]);
    // Private news reaches those who have written to the bot in private.
    await h.say("Hùng", "private", "/start");
    await h.say("Lan", "private", "/hop");
    await h.press("Lan", "private", "Sinh hoạt chuyên đề");
    await h.say("Lan", "private", "20/5 19h30");
    await h.say("Lan", "private", "Hội trường khu phố");
    await h.press("Lan", "private", "Dùng chủ điểm quý");
    await h.press("Lan", "private", "✅ Gửi thông báo vào nhóm");
    await h.press("Hùng", "group:1", "✋ Tham dự");
    await h.press("Mai", "group:1", "📝 Vắng có lý do");
  });
  afterEach(() => h.close());

  it("proposes the quarter's topic for a thematic meeting and announces it once", () => {
    const announced = queuedTo(h, "console:group:1");
    expect(announced).toHaveLength(1);
    expect(announced[0]).toContain("Sinh hoạt chuyên đề");
    expect(announced[0]).toContain("19 giờ 30, thứ Hai, ngày 20/05/2024");
  });

  it("tells the group and those who will come when the time changes, not the excused", async () => {
    const menu = await h.say("Lan", "private", "/hop");
    expect(menu[0]?.choices.map((c) => c.value)).toEqual(["hop:new", "hop:edit-1", "hop:cancel-1"]);
    await h.press("Lan", "private", EDIT);
    await h.press("Lan", "private", "Sửa thời gian");
    const understood = texts(await h.say("Lan", "private", "thứ Ba 21/5 19h"));
    expect(understood).toContain("19 giờ, thứ Ba, ngày 21/05/2024");
    expect(texts(await h.press("Lan", "private", "✅ Lưu và báo lại cho nhóm"))).toContain(
      "Đã lưu thay đổi",
    );

    const group = queuedTo(h, "console:group:1");
    expect(group.at(-2)).toContain("Đã báo tham dự: 1. Vắng có lý do: 1.");
    expect(group.at(-1)).toContain("Lịch họp thay đổi");
    expect(group.at(-1)).toContain("ngày 21/05/2024");
    // What changed, said first: the day moved, so the time says the day too.
    expect(group.at(-1)).toContain(
      "Giờ: 19 giờ 30, thứ Hai, ngày 20/05/2024 → 19 giờ, thứ Ba, ngày 21/05/2024",
    );
    expect(group.at(-1)).not.toContain("Địa điểm:");
    expect(queuedTo(h, "console:Hùng").join("\n")).toContain("Lịch họp thay đổi");
    expect(queuedTo(h, "console:Mai")).toEqual([]);
    const meeting = h.app.services.meetings.byId(1);
    // A regular meeting's 90 minutes from the new start.
    expect(meeting?.endsAt.getTime()).toBe(new Date("2024-05-21T13:30:00Z").getTime());
  });

  it("says which hour and place changed on the same day; a save with no change tells nobody", async () => {
    await h.say("Lan", "private", "/hop");
    await h.press("Lan", "private", EDIT);
    await h.press("Lan", "private", "Sửa thời gian");
    await h.say("Lan", "private", "20/5 14h");
    await h.press("Lan", "private", "Sửa địa điểm");
    await h.say("Lan", "private", "Nhà văn hóa tổ 3");
    await h.press("Lan", "private", "✅ Lưu và báo lại cho nhóm");
    const notice = queuedTo(h, "console:group:1").at(-1) ?? "";
    expect(notice).toContain("Giờ: 19 giờ 30 → 14 giờ");
    expect(notice).toContain("Địa điểm: Hội trường khu phố → Nhà văn hóa tổ 3");

    const before = queuedTo(h, "console:group:1").length;
    await h.say("Lan", "private", "/hop");
    await h.press("Lan", "private", EDIT);
    const saved = texts(await h.press("Lan", "private", "✅ Lưu và báo lại cho nhóm"));
    expect(saved).toContain("Không có gì thay đổi");
    expect(queuedTo(h, "console:group:1")).toHaveLength(before);
  });

  it("cancels after a confirmation; the announcement loses its buttons and old ones refuse", async () => {
    await h.say("Lan", "private", "/hop");
    await h.press("Lan", "private", CANCEL);
    const kept = texts(await h.press("Lan", "private", "Không hủy"));
    expect(kept).toContain("vẫn giữ nguyên");
    expect(h.app.services.meetings.byId(1)?.state).toBe("scheduled");

    await h.press("Lan", "private", CANCEL);
    expect(texts(await h.press("Lan", "private", "❌ Hủy buổi họp"))).toContain("Đã hủy");
    const cancelled = h.app.services.outbox.all().filter((m) => m.chatId === "console:group:1");
    expect(cancelled.at(-2)?.reply.choices).toBeUndefined();
    expect(queuedTo(h, "console:group:1").at(-2)).toContain("ĐÃ HỦY");
    expect(queuedTo(h, "console:Hùng").join("\n")).toContain("đã bị hủy");

    const before = h.snapshot();
    // The edit took the buttons away; a client that missed it still sends the old one.
    const late = await h.sendChoiceValue("Hùng", "group:1", "lichhop:yes-1");
    expect(texts(late)).toContain("Buổi họp này đã bị hủy");
    expect(late[0]?.reply.ack).toBe(true);
    expect(h.snapshot()).toBe(before);
    expect(texts(await h.press("Lan", "private", "❌ Hủy buổi họp"))).toContain("đã bị hủy rồi");
  });

  it("asks the reason in private and lets the member change their mind until the start", async () => {
    const asked = texts(await h.say("Mai", "private", "Con ốm"));
    expect(asked).toContain("Đã ghi lý do vắng");
    await h.press("Mai", "group:1", "✋ Tham dự");
    expect(h.app.services.meetings.responseOf(1, 3)?.answer).toBe("attend");
    h.clock.set("2024-05-20T12:31:00Z");
    expect(texts(await h.press("Mai", "group:1", "📝 Vắng có lý do"))).toContain("đã bắt đầu");
  });

  it("/help points those who have not answered to /lichhop, and not those who have", async () => {
    expect(texts(await h.say("Lan", "private", "/help"))).toContain("Gõ /lichhop để báo");
    expect(texts(await h.say("Hùng", "private", "/help"))).not.toContain("Gõ /lichhop để báo");
  });

  it("takes a reason given late, after the start, for an absence announced in time", async () => {
    h.clock.set("2024-05-20T12:45:00Z");
    expect(texts(await h.say("Mai", "private", "Con ốm"))).toContain("Đã ghi lý do vắng");
    expect(h.app.services.meetings.responseOf(1, 3)?.reason).toBe("Con ốm");
    expect(texts(await h.say("Mai", "private", "chào chibo"))).not.toContain("lý do");
  });

  it("keeps reasons the secretary records out of the group", async () => {
    h.clock.set("2024-05-20T12:45:00Z");
    const before = h.snapshot();
    const said = await h.say("Lan", "group:1", "/diemdanh vắng Hùng: đi viện");
    expect(texts(said)).toContain("chỉ ghi trong chat riêng");
    expect(texts(said)).not.toContain("đi viện");
    expect(h.snapshot()).toBe(before);
    expect(texts(await h.say("Lan", "private", "/diemdanh vắng Hùng: đi viện"))).toContain(
      "Đã ghi Hùng vắng có lý do: đi viện",
    );
  });

  it("keeps the minutes as they were when a member later moves away or is exempted", async () => {
    h.clock.set("2024-05-20T12:40:00Z");
    await h.say("Lan", "group:1", "/diemdanh");
    await h.press("Hùng", "group:1", "✋ Có mặt");
    h.clock.set("2024-05-20T14:31:00Z");
    h.app.scheduler.runDue(h.clock.now());
    const hung = h.app.services.members.byPerson("console:Hùng");
    const mai = h.app.services.members.byPerson("console:Mai");
    if (!hung || !mai) throw new Error("no members");
    h.app.services.members.setStatus(hung.id, "transferred", h.clock.now());
    h.app.services.members.setStatus(mai.id, "exempt", h.clock.now());
    expect(texts(await h.say("Lan", "private", "/baocao"))).toContain("có mặt 1/3 lượt");
    await h.press("Lan", "private", "✅ Điểm danh (1 buổi)");
    const report = texts(await h.press("Lan", "private", /^buổi sinh hoạt chuyên đề .*: có mặt/));
    expect(report).toContain("Có mặt: Hùng.");
    expect(report).toContain("Vắng có lý do: Mai");
  });

  it("counts a correction after the close in the committee's roll-up", async () => {
    const [cell] = h.app.services.cells.all();
    if (!cell) throw new Error("no cell");
    h.app.services.cells.setCommittee(cell.id, "Đảng ủy Phường 1", h.clock.now());
    const committeeId = h.app.services.cells.byId(cell.id)?.committeeId;
    if (!committeeId) throw new Error("no committee");
    const rollupRow = () => loadRollup(h.app.services, committeeId, 2024).cells[0];
    h.clock.set("2024-05-20T12:40:00Z");
    await h.say("Lan", "group:1", "/diemdanh");
    await h.press("Hùng", "group:1", "✋ Có mặt");
    h.clock.set("2024-05-20T14:31:00Z");
    h.app.scheduler.runDue(h.clock.now());
    // Lan (the secretary), Hùng and Mai are counted; Hùng came.
    expect(rollupRow()).toMatchObject({ meetings: 1, attendanceRate: 1 / 3 });
    const mai = h.app.services.members.byPerson("console:Mai");
    if (!mai) throw new Error("no Mai");
    h.clock.set("2024-05-21T02:00:00Z");
    await h.say("Lan", "private", "/diemdanh");
    await h.press("Lan", "private", "⬜ Mai");
    expect(rollupRow()).toMatchObject({ meetings: 1, attendanceRate: 2 / 3 });
    // A meeting closed before its counts were kept is counted from its marks.
    h.app.database.sqlite
      .prepare("update meetings set present_count = null, counted_count = null")
      .run();
    expect(rollupRow()).toMatchObject({ meetings: 1, attendanceRate: 2 / 3 });
  });

  it("refuses to move or cancel a meeting once check-in has opened", async () => {
    h.clock.set("2024-05-20T12:10:00Z");
    await h.say("Lan", "group:1", "/diemdanh");
    await h.say("Lan", "private", "/hop");
    const before = h.snapshot();
    expect(texts(await h.press("Lan", "private", EDIT))).toContain("đã mở điểm danh");
    expect(texts(await h.press("Lan", "private", CANCEL))).toContain("đã mở điểm danh");
    expect(h.snapshot()).toBe(before);
  });

  it("does not push aside a /dangky draft to ask a reason; /lichhop asks it later", async () => {
    await h.say("Mai", "private", "Con ốm");
    await h.press("Mai", "group:1", "✋ Tham dự");
    await h.say("Mai", "private", "/dangky");
    const pressed = await h.press("Mai", "group:1", "📝 Vắng có lý do");
    expect(texts(pressed)).toContain("xin gõ /lichhop trong chat riêng");
    expect(h.app.services.conversations.dialog("console:Mai", "console:Mai")?.command).toBe(
      "dangky",
    );
    await h.say("Mai", "private", "/huy");
    expect(texts(await h.say("Mai", "private", "/lichhop"))).toContain("Xin gõ lý do");
  });
});

describe("secret votes typed as numbers", () => {
  it("are cast in private and keep nobody's choice once the poll is closed", async () => {
    const h = new Harness({ now: "2024-05-06T02:00:00Z", hasButtons: false });
    try {
      await h.cellWith(["Hùng"]);
      await h.say("Lan", "private", "/binhchon Họp vào tối thứ mấy? | Thứ Hai | Thứ Tư");
      await h.press("Lan", "private", "✅ Gửi, phiếu kín (không ghi tên người chọn)");
      const poll = h.app.services.polls.open(h.app.services.cells.all()[0]?.id ?? 0)[0];
      if (!poll) throw new Error("no poll");
      const [ballot] = await h.say("Hùng", "private", "/bophieu");
      expect(ballot?.text).toContain("Họp vào tối thứ mấy?");
      expect(ballot?.choices.map((choice) => choice.label)).toEqual(["Thứ Hai", "Thứ Tư"]);
      expect(texts(await h.say("Hùng", "private", "2"))).toContain("Đã ghi phiếu kín");
      // Voting again replaces the vote: one person, one vote.
      await h.say("Hùng", "private", "/bophieu");
      await h.say("Hùng", "private", "1");
      const votes = () => h.app.database.sqlite.prepare("select * from poll_votes").all();
      expect(votes()).toHaveLength(1);
      expect(JSON.stringify(votes())).not.toContain("Hùng");
      // In the group, where everyone reads it, a secret vote is refused whatever the choice.
      const before = h.snapshot();
      // The group is shown no options of a secret ballot: only a forged value sends one there.
      const inGroup = await h.sendChoiceValue("Hùng", "group:1", `bophieu:${poll.id}-1`);
      expect(texts(inGroup)).toContain("Phiếu kín chỉ bỏ trong tin nhắn riêng");
      expect(texts(inGroup)).not.toContain("Thứ Tư");
      expect(h.snapshot()).toBe(before);
      await h.say("Lan", "private", "/binhchon");
      await h.press("Lan", "private", "🏁 Kết thúc: Họp vào tối thứ mấy?");
      expect(h.app.services.polls.byId(poll.id)?.voteSalt).toBeNull();
      expect(votes()).toHaveLength(1);
    } finally {
      h.close();
    }
  });
});
