import { afterEach, describe, expect, it } from "vitest";
import { telegramHtml } from "../../src/platforms/telegram/telegram-html.js";
import { Harness, texts } from "../support/harness.js";

let harness: Harness;
afterEach(() => harness?.close());

/** `who` opens /thanhvien in private, then the entry of the member named `name`. */
async function memberScreen(who: string, name: string): Promise<void> {
  await harness.say(who, "private", "/thanhvien");
  await harness.press(who, "private", new RegExp(`^${name} — `));
}

describe("every command with missing, wrong, huge, empty, hostile and oddly encoded input", () => {
  it("/start with an unknown, huge or hostile payload greets instead", async () => {
    harness = new Harness();
    for (const payload of ["xyz", "<script>alert(1)</script>", "a".repeat(5000), "dang ky"]) {
      const said = await harness.say("Lan", "private", `/start ${payload}`);
      expect(said[0]?.text).toContain("Xin chào Lan");
    }
  });

  it("/start with a command payload runs that command's checks", async () => {
    harness = new Harness();
    const said = await harness.say("Lạ", "private", "/start baocao");
    expect(said[0]?.text).toContain("chưa có trong danh sách");
  });

  it("/khoitao: empty uses the group's title; huge, emoji-only or in private is refused", async () => {
    harness = new Harness();
    harness.admins.add("console:Lan");
    expect(texts(await harness.say("Lan", "private", "/khoitao Chi bộ"))).toContain("trong nhóm");
    const before = harness.snapshot();
    expect(texts(await harness.say("Lan", "group:1", `/khoitao ${"x".repeat(500)}`))).toContain(
      "chưa hợp lệ",
    );
    expect(texts(await harness.say("Lan", "group:1", "/khoitao 🎉🎉"))).toContain("chưa hợp lệ");
    expect(harness.snapshot()).toBe(before);
    const linked = await harness.say("Lan", "group:1", "/khoitao");
    expect(linked[0]?.text).toContain("Đã tạo Nhóm 1");
  });

  it("/khoitao keeps a cell name with <, > and & as typed, for display", async () => {
    harness = new Harness();
    harness.admins.add("console:Lan");
    const said = await harness.say("Lan", "group:1", "/khoitao Chi bộ <KP 3> & 4");
    expect(said[0]?.text).toContain("Đã tạo Chi bộ <KP 3> & 4");
    expect(
      telegramHtml(harness.app.translator.t("khoitao-done", { cell: "<b>", code: "x", name: "&" })),
    ).toContain("&lt;b&gt;");
  });

  it("/thamgia with whitespace only or invisible characters asks for the name", async () => {
    harness = new Harness();
    await harness.cellWith([]);
    const before = harness.snapshot();
    expect(texts(await harness.say("Hùng", "group:1", "/thamgia    "))).toContain("kèm họ và tên");
    expect(texts(await harness.join("Hùng", "\u200b\u200b", "group:1"))).toContain(
      "Chưa thấy họ tên",
    );
    expect(harness.snapshot()).toBe(before);
  });

  it("/chuyende and /help ignore whatever follows them", async () => {
    harness = new Harness();
    const topic = texts(await harness.say("Lan", "private", `/chuyende ${"<&>".repeat(2000)}`));
    expect(topic).toContain("Chuyên đề năm 2024");
    const help = texts(await harness.say("Lan", "private", "/help 😀"));
    expect(help).toContain("/chuyende");
  });

  it("/camket and /huy with no dialog and no plan say so", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng"]);
    expect(texts(await harness.say("Hùng", "private", "/camket"))).toContain("chưa đăng ký");
    expect(texts(await harness.say("Hùng", "private", "/huy"))).toContain("Không có việc gì");
    await harness.say("Hùng", "private", "/dangky");
    await harness.say("Hùng", "private", "Nháp");
    expect(texts(await harness.say("Hùng", "private", "/huy"))).toContain("Đã hủy");
    expect(texts(await harness.say("Hùng", "private", "/camket"))).toContain("chưa đăng ký");
  });

  it("choices that were tampered with or are stale change nothing", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng"]);
    harness.admins.add("console:Minh");
    await harness.say("Minh", "group:2", "/khoitao Chi bộ 2");
    await harness.join("Khách", "Khách Lạ", "group:2");
    const before = harness.snapshot();
    const tampered = [
      "duyet:ok:abc",
      "duyet:ok:999",
      "duyet:ok:4", // a person waiting in another cell
      "thanhvien:r:2:emperor",
      "thanhvien:s:999:exempt",
      "caidat:everything",
      "dangky:confirm", // no dialog open
      "nosuchcommand:x",
      "",
    ];
    // No button sends these: only a tampered client.
    for (const value of tampered) {
      const said = await harness.sendChoiceValue("Lan", "private", value);
      expect(said[0]?.text, value).toContain("đã cũ");
    }
    expect(harness.snapshot()).toBe(before);
    const notAllowed = await harness.sendChoiceValue("Hùng", "private", "thanhvien:r:1:member");
    expect(notAllowed[0]?.text).toContain("Chỉ bí thư");
    expect(harness.snapshot()).toBe(before);
  });

  it("keeps the leadership roles in the secretary's hands", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng", "Tư"]);
    await memberScreen("Lan", "Lan");
    const own = await harness.press("Lan", "private", "Vai trò: đảng viên");
    expect(own[0]?.text).toContain("không tự đổi vai trò");
    const ownStatus = await harness.press("Lan", "private", "Tình trạng: nghỉ hưu");
    expect(ownStatus[0]?.text).toContain("không tự đổi");

    await memberScreen("Lan", "Hùng");
    await harness.press("Lan", "private", "Vai trò: phó bí thư");
    await memberScreen("Hùng", "Lan");
    const coup = await harness.press("Hùng", "private", "Vai trò: đảng viên");
    expect(coup[0]?.text).toContain("Chỉ bí thư mới giao hoặc bỏ");
    const exempting = await harness.press("Hùng", "private", "Tình trạng: miễn sinh hoạt");
    expect(exempting[0]?.text).toContain("Chỉ bí thư mới giao hoặc bỏ");
    await memberScreen("Hùng", "Tư");
    const promote = await harness.press("Hùng", "private", "Vai trò: bí thư");
    expect(promote[0]?.text).toContain("Chỉ bí thư mới giao hoặc bỏ");
    const allowed = await harness.press("Hùng", "private", "Vai trò: chi ủy viên");
    expect(allowed[0]?.text).toContain("Tư nay là chi ủy viên");
    expect(harness.app.services.members.byId(1)).toMatchObject({
      role: "secretary",
      status: "full",
    });

    // Handing over asks first; once confirmed, Lan is no longer secretary, so Tư may mark her.
    await memberScreen("Lan", "Tư");
    const asked = await harness.press("Lan", "private", "Vai trò: bí thư");
    expect(asked[0]?.text).toContain("Đồng chí sẽ không còn là bí thư");
    await harness.press("Lan", "private", "Đồng ý");
    await memberScreen("Tư", "Lan");
    const leaving = await harness.press("Tư", "private", "Tình trạng: chuyển đi");
    expect(leaving[0]?.text).toContain("Tình trạng của Lan");
  });

  it("an exempt member need not register and is counted apart", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng", "Tư"]);
    await memberScreen("Lan", "Hùng");
    await harness.press("Lan", "private", "Tình trạng: miễn sinh hoạt");
    expect(texts(await harness.say("Hùng", "private", "/dangky"))).toContain("miễn");
    await harness.say("Lan", "private", "/caidat");
    await harness.press("Lan", "private", /nghỉ hưu/);
    await memberScreen("Lan", "Tư");
    await harness.press("Lan", "private", "Tình trạng: nghỉ hưu");
    const report = texts(await harness.say("Lan", "private", "/baocao"));
    expect(report).toContain("Đảng viên: 3. Đã đăng ký: 0. Chưa đăng ký: 1. Miễn: 2.");
    const missing = texts(await harness.press("Lan", "private", "📋 Chưa đăng ký (1)"));
    expect(missing).toContain("• Lan\n• Hùng (miễn đăng ký)\n• Tư (miễn đăng ký)");
  });
});
