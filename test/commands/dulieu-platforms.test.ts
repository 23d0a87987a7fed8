import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CellChat, telegramCell, zaloCell } from "../journeys/cell-chat.js";

const LAN = "Nguyễn Thị Lan";
const HUNG = "Trần Văn Hùng";
const PLAN = [
  "Học đủ chuyên đề năm, ghi sổ tay",
  "Mỗi quý giúp 2 hộ dân làm hồ sơ <b>khó</b>",
  "Đi họp tổ dân phố đủ",
];

/** /dulieu on a platform with buttons and on one with numbered lists, as a member uses it. */
describe.each([
  ["Telegram", telegramCell],
  ["Zalo", zaloCell],
])("/dulieu on %s", (_platform, start) => {
  let chat: CellChat;

  beforeAll(async () => {
    chat = await start("2024-04-02T02:00:00Z");
    chat.join([LAN, HUNG]);
    await chat.say(LAN, "group", "/khoitao Chi bộ Khu phố 3");
    await chat.say(HUNG, "group", `/thamgia ${HUNG}`);
    await chat.say(HUNG, "group", "đồng ý");
    await chat.say(LAN, "private", "/duyet");
    await chat.choose(LAN, "private", `Duyệt ${HUNG}`);
    await chat.say(HUNG, "private", "/dangky");
    for (const part of PLAN) await chat.say(HUNG, "private", part);
    await chat.choose(HUNG, "private", "Lưu");
  }, 60_000);
  afterAll(() => chat?.stop());

  it("sums up what chibo holds and sends the Word copy and the JSON, in private only", async () => {
    const summary = await chat.say(HUNG, "private", "du lieu");
    expect(summary).toContain("Dữ liệu chibo đang giữ về đồng chí");
    expect(summary).toContain("Bản đăng ký kế hoạch cá nhân: 1");
    expect(summary).toContain("Chưa ai mở dữ liệu của đồng chí năm nay.");

    await chat.choose(HUNG, "private", "Tải dữ liệu về (tệp Word)");
    const files = chat.filesTo(HUNG);
    const word = files.find((file) => file.name.endsWith(".docx"));
    const json = files.find((file) => file.name.endsWith(".json"));
    const document = await JSZip.loadAsync(word?.data ?? Buffer.alloc(0));
    const text = (await document.file("word/document.xml")?.async("string")) ?? "";
    expect(text).toContain("Học đủ chuyên đề năm, ghi sổ tay");
    // What he typed stays his text, escaped as Word needs it.
    expect(text).toContain("hồ sơ &lt;b&gt;khó&lt;/b&gt;");
    expect(JSON.parse(json?.data.toString("utf8") ?? "{}").member.fullName).toBe(HUNG);

    const group = chat.groupTexts().join("\n");
    expect(group).not.toContain("Dữ liệu chibo đang giữ");
    expect(chat.groupFiles()).toEqual([]);
  }, 60_000);

  it("shows the secretary's read of his plan to him, by name and day", async () => {
    await chat.say(LAN, "private", "/baocao");
    await chat.choose(LAN, "private", "📝 Nội dung đăng ký (1)");
    await chat.choose(LAN, "private", HUNG);
    const reads = await chat.say(HUNG, "private", "/dulieu");
    expect(reads).toContain(`Bí thư ${LAN} — kế hoạch cá nhân, 1 lần, ngày 02/04/2024`);
  }, 60_000);
});
