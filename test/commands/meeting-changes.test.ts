import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderReply } from "../../src/platforms/render-reply.js";
import { Harness, texts } from "../support/harness.js";

/** What the outbox holds for a chat, as text, oldest first. */
function queuedTo(h: Harness, chatId: string): string[] {
  return h.app.services.outbox
    .all()
    .filter((m) => m.chatId === chatId)
    .map((m) => renderReply(m.reply, h.app.translator, 4096).chunks.join("\n"));
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
    await h.choose("Lan", "private", "hop:kind-thematic");
    await h.say("Lan", "private", "20/5 19h30");
    await h.say("Lan", "private", "Hội trường khu phố");
    await h.choose("Lan", "private", "hop:topic");
    await h.choose("Lan", "private", "hop:confirm");
    await h.choose("Hùng", "group:1", "lichhop:yes-1");
    await h.choose("Mai", "group:1", "lichhop:no-1");
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
    await h.choose("Lan", "private", "hop:edit-1");
    await h.choose("Lan", "private", "hop:change-time");
    const understood = texts(await h.say("Lan", "private", "thứ Ba 21/5 19h"));
    expect(understood).toContain("19 giờ, thứ Ba, ngày 21/05/2024");
    expect(texts(await h.choose("Lan", "private", "hop:confirm"))).toContain("Đã lưu thay đổi");

    const group = queuedTo(h, "console:group:1");
    expect(group.at(-2)).toContain("Đã báo tham dự: 1. Vắng có lý do: 1.");
    expect(group.at(-1)).toContain("Lịch họp thay đổi");
    expect(group.at(-1)).toContain("ngày 21/05/2024");
    expect(queuedTo(h, "console:Hùng").join("\n")).toContain("Lịch họp thay đổi");
    expect(queuedTo(h, "console:Mai")).toEqual([]);
    const meeting = h.app.services.meetings.byId(1);
    expect(meeting?.endsAt.getTime()).toBe(new Date("2024-05-21T14:00:00Z").getTime());
  });

  it("cancels after a confirmation; the announcement loses its buttons and old ones refuse", async () => {
    await h.choose("Lan", "private", "hop:cancel-1");
    const kept = texts(await h.choose("Lan", "private", "hop:keep"));
    expect(kept).toContain("vẫn giữ nguyên");
    expect(h.app.services.meetings.byId(1)?.state).toBe("scheduled");

    await h.choose("Lan", "private", "hop:cancel-1");
    expect(texts(await h.choose("Lan", "private", "hop:cancelyes-1"))).toContain("Đã hủy");
    const cancelled = h.app.services.outbox.all().filter((m) => m.chatId === "console:group:1");
    expect(cancelled.at(-2)?.reply.choices).toBeUndefined();
    expect(queuedTo(h, "console:group:1").at(-2)).toContain("ĐÃ HỦY");
    expect(queuedTo(h, "console:Hùng").join("\n")).toContain("đã bị hủy");

    const before = h.snapshot();
    const late = await h.choose("Hùng", "group:1", "lichhop:yes-1");
    expect(texts(late)).toContain("Buổi họp này đã bị hủy");
    expect(late[0]?.reply.ack).toBe(true);
    expect(h.snapshot()).toBe(before);
    expect(texts(await h.choose("Lan", "private", "hop:cancelyes-1"))).toContain("đã bị hủy rồi");
  });

  it("asks the reason in private and lets the member change their mind until the start", async () => {
    const asked = texts(await h.say("Mai", "private", "Con ốm"));
    expect(asked).toContain("Đã ghi lý do vắng");
    await h.choose("Mai", "group:1", "lichhop:yes-1");
    expect(h.app.services.meetings.responseOf(1, 3)?.answer).toBe("attend");
    h.clock.set("2024-05-20T12:31:00Z");
    expect(texts(await h.choose("Mai", "group:1", "lichhop:no-1"))).toContain("đã bắt đầu");
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
});
