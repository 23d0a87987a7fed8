import { afterEach, describe, expect, it } from "vitest";
import { Harness, type Said, texts } from "../support/harness.js";

/**
 * The small ones (issue 15, item 6): retired is not exempt; a late /dangky names whom to ask
 * and tells the secretary once; /huy closes a menu; an interruption is followed by the step;
 * a past time says so; a date next year says so.
 */
let h: Harness;
afterEach(() => h?.close());

const to = (said: Said[], chatId: string) => texts(said.filter((s) => s.chatId === chatId));

describe("retired is not exempt", () => {
  it("a retired member the cell does not ask to register is not told they are exempt", async () => {
    h = new Harness();
    await h.cellWith(["Hùng", "Tư"]);
    const { members } = h.app.services;
    const [hung, tu] = ["console:Hùng", "console:Tư"].map((id) => members.byPerson(id));
    if (!hung || !tu) throw new Error("no members");
    members.setStatus(hung.id, "retired", h.clock.now());
    members.setStatus(tu.id, "exempt", h.clock.now());
    await h.say("Lan", "private", "/caidat");
    await h.press("Lan", "private", /nghỉ hưu/);
    const retired = texts(await h.say("Hùng", "private", "/dangky"));
    expect(retired).toContain("Chi bộ không yêu cầu đảng viên nghỉ hưu đăng ký kế hoạch");
    expect(retired).not.toContain("miễn");
    const exempt = texts(await h.say("Tư", "private", "/dangky"));
    expect(exempt).toContain("Đồng chí đang được miễn sinh hoạt đảng");
  });
});

describe("a /dangky after the deadline", () => {
  it("names the secretary, tells her once, and answers the parts typed next", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    h.clock.set("2024-05-10T02:00:00Z");
    const first = await h.say("Hùng", "private", "/dangky");
    expect(to(first, "console:Hùng")).toContain(
      "Đã hết hạn đăng ký (30/04/2024) mà đồng chí chưa đăng ký. Xin liên hệ đồng chí Lan, bí thư chi bộ.",
    );
    expect(to(first, "console:Lan")).toContain(
      "Đồng chí Hùng muốn đăng ký kế hoạch năm 2024 nhưng đã hết hạn (30/04/2024).",
    );
    for (const part of ["Học chuyên đề năm", "Giải quyết hồ sơ đúng hạn", "Giữ gia đình văn hóa"]) {
      const said = texts(await h.say("Hùng", "private", part));
      expect(said).toContain("Đã hết hạn đăng ký nên chibo không lưu nội dung này");
      expect(said).not.toContain("chưa hiểu");
    }
    // The matter is closed: a stray message after that is a stray message.
    expect(texts(await h.say("Hùng", "private", "Xin cảm ơn"))).not.toContain("không lưu");
    const again = await h.say("Hùng", "private", "/dangky");
    expect(to(again, "console:Hùng")).toContain("Xin liên hệ đồng chí Lan");
    expect(again.filter((s) => s.chatId === "console:Lan")).toEqual([]);
    expect(h.app.services.commitments.of(2, 2024)).toBeUndefined();
  });

  it("leaves a draft of another command alone", async () => {
    h = new Harness({ now: "2024-05-10T02:00:00Z" });
    await h.cellWith(["Hùng"]);
    await h.say("Lan", "private", "/hop");
    await h.say("Lan", "private", "/dangky");
    expect(h.app.services.conversations.dialog("console:Lan", "console:Lan")?.command).toBe("hop");
  });
});

describe("/huy", () => {
  it("closes an open numbered menu, so that a digit typed next changes nothing", async () => {
    h = new Harness({ hasButtons: false });
    await h.cellWith([]);
    const menu = texts(await h.say("Lan", "private", "/caidat"));
    expect(menu).toContain("Tự động duyệt người tham gia: Bật");
    expect(texts(await h.say("Lan", "private", "/huy"))).toContain("Đã đóng danh sách lựa chọn");
    const before = h.snapshot();
    await h.say("Lan", "private", "1");
    expect(h.snapshot()).toBe(before);
    expect(texts(await h.say("Lan", "private", "/huy"))).toContain("Không có việc gì đang làm dở");
  });
});

describe("coming back to a dialog after another command", () => {
  it("says which step it is on", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    await h.say("Hùng", "private", "/dangky");
    await h.say("Hùng", "private", "Học chuyên đề năm, ghi sổ tay đầy đủ");
    const between = texts(await h.say("Hùng", "private", "/chuyende"));
    expect(between).toContain("Chuyên đề năm");
    expect(between).toContain("Tiếp tục phần đang làm dở");
    expect(between).toContain("Phần 2/3 — Làm theo");
    // Not when the command is the dialog's own, nor after /huy.
    const own = texts(await h.say("Hùng", "private", "/dangky"));
    expect(own.match(/Tiếp tục phần đang làm dở/g)).toHaveLength(1);
    expect(texts(await h.say("Hùng", "private", "/huy"))).not.toContain("Phần 2/3");
  });
});

/** Lan opens /hop in private and picks a regular meeting: the dialog asks for the time. */
async function askTime(): Promise<void> {
  await h.say("Lan", "private", "/hop");
  await h.press("Lan", "private", "Sinh hoạt định kỳ");
}

describe("the time of a meeting", () => {
  it("a time in the past says it has passed", async () => {
    h = new Harness({ now: "2024-05-15T02:00:00Z" });
    await h.cellWith([]);
    await askTime();
    for (const typed of ["hôm qua 8h", "hom qua 8h", "tối qua 19h", "thứ Hai tuần trước 14h"]) {
      expect(texts(await h.say("Lan", "private", typed))).toContain("Thời gian này đã qua");
    }
  });

  it("a date that falls next year says so", async () => {
    h = new Harness({ now: "2026-12-10T02:00:00Z" });
    await h.cellWith([]);
    await askTime();
    expect(texts(await h.say("Lan", "private", "20/5 19h30"))).toContain(
      "chibo hiểu là: 19 giờ 30, thứ Năm, ngày 20/05/2027 (năm sau).",
    );
  });

  it("a date this year does not", async () => {
    h = new Harness({ now: "2026-12-10T02:00:00Z" });
    await h.cellWith([]);
    await askTime();
    const said = texts(await h.say("Lan", "private", "20/12 19h30"));
    expect(said).toContain("ngày 20/12/2026");
    expect(said).not.toContain("năm sau");
  });
});
