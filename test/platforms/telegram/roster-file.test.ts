import { afterEach, describe, expect, it } from "vitest";
import { capturedLog } from "../../support/captured-log.js";
import { buttonLabels } from "../../support/choices-shown.js";
import { rosterXlsx, XLSX_TYPE } from "../../support/roster-workbook.js";
import { startTelegramRig, type TelegramRig } from "../../support/telegram-rig.js";

const GROUP = -1007777;
const LAN = 111;
const HUNG = 222;

describe("Telegram: the secretary sends the roster as a file, through grammY", () => {
  let rig: TelegramRig | undefined;
  afterEach(async () => {
    await rig?.stop();
    rig = undefined;
  });

  async function secretary(log = capturedLog()) {
    rig = await startTelegramRig("2024-03-10T02:00:00Z", { log: log.log });
    const { fake } = rig;
    const lan = fake.addUser({ id: LAN, first_name: "Lan", last_name: "Nguyễn Thị" });
    const group = fake.addGroup({ id: GROUP, title: "Chi bộ KP1", type: "supergroup" });
    fake.setChatMember(GROUP, LAN, "administrator");
    fake.sendText({ from: lan, chat: group, text: "/khoitao Chi bộ Khu phố 1" });
    await rig.lastTo(GROUP);
    fake.sendText({ from: lan, text: "/start" });
    await rig.lastTo(LAN);
    return { rig, fake, lan, group, log };
  }

  it("downloads it from the Bot API's file address, previews it, and saves it at the button", async () => {
    const { rig, fake, lan, log } = await secretary();
    fake.sendDocument({
      from: lan,
      name: "ds-chi-bo.xlsx",
      content: await rosterXlsx(),
      mimeType: XLSX_TYPE,
    });
    const [preview] = await rig.lastTo(LAN);
    expect(fake.calls.filter((call) => call.method === "getFile")).toHaveLength(1);
    expect(fake.downloads).toEqual(["documents/file_1.xlsx"]);
    // Her roster name is her Telegram name in Vietnamese order: her row is hers.
    expect(preview?.text).toContain("Đã có trong danh sách, không thêm lại (1): dòng 6");
    expect(preview?.text).toContain(
      "➕ Thêm 27 người (23 chính thức, 2 dự bị, 1 miễn sinh hoạt, 1 nghỉ hưu)",
    );
    expect(preview?.html).toContain("<b>Xem trước</b>");
    expect(buttonLabels(preview as never)).toEqual([
      "✅ Đã đồng ý trên giấy, lưu",
      "📄 Xem từng dòng",
      "Hủy, không lưu",
    ]);
    const cellId = rig.app.services.cells.all()[0]?.id ?? 0;
    expect(rig.app.services.members.ofCell(cellId, "active")).toHaveLength(1);

    fake.clickButton({
      from: lan,
      message: preview as never,
      label: "✅ Đã đồng ý trên giấy, lưu",
    });
    const [saved] = await rig.lastTo(LAN);
    expect(saved?.text).toContain("Đã thêm 27 người vào danh sách Chi bộ Khu phố 1");
    expect(rig.app.services.members.ofCell(cellId, "active")).toHaveLength(28);
    expect(fake.refused).toEqual([]);
    // Neither the file's name nor its address (it holds the token) reaches the log.
    expect(log.text()).not.toContain("ds-chi-bo");
    expect(log.text()).not.toContain(fake.token);
    expect(log.text()).not.toContain("Ngô Văn Dũng");
  });

  it("reads her roster while her /tiendo round is open, and keeps a picture as its evidence", async () => {
    const { rig, fake, lan } = await secretary();
    fake.sendText({ from: lan, text: "/dangky" });
    for (const part of ["Học chuyên đề năm", "Giải quyết hồ sơ đúng hạn", "Giữ gìn nếp nhà"]) {
      await rig.lastTo(LAN);
      fake.sendText({ from: lan, text: part });
    }
    await rig.press(lan, LAN, "✅ Lưu");
    expect((await rig.lastTo(LAN))[0]?.text).toContain("Đã lưu bản đăng ký");
    fake.sendText({ from: lan, text: "/tiendo" });
    expect((await rig.lastTo(LAN))[0]?.text).toContain("Tiến độ 1/3");

    // A photo sent as a file is the round's evidence, kept by reference and never fetched.
    fake.sendDocument({ from: lan, name: "so-tay.jpg", content: new Uint8Array([0xff, 0xd8]) });
    expect((await rig.lastTo(LAN))[0]?.text).toContain("Đã nhận ảnh minh chứng");
    expect(fake.calls.filter((call) => call.method === "getFile")).toEqual([]);

    // Her roster is read as a roster, not refused as a picture; her round is not dropped unasked.
    const roster = await rosterXlsx();
    fake.sendDocument({ from: lan, name: "ds-chi-bo.xlsx", content: roster, mimeType: XLSX_TYPE });
    const [busy] = await rig.lastTo(LAN);
    expect(busy?.text).toBe(
      "Đồng chí đang làm dở /tiendo. Làm tiếp việc đó, hay hủy nó để bắt đầu /nhapdanhsach?",
    );
    expect(fake.downloads).toEqual(["documents/file_2.xlsx"]);
    await rig.press(lan, LAN, "Hủy /tiendo, sang /nhapdanhsach");
    expect((await rig.lastTo(LAN))[0]?.text).toContain("Gửi vào chat này tệp danh sách");
    fake.sendDocument({ from: lan, name: "ds-chi-bo.xlsx", content: roster, mimeType: XLSX_TYPE });
    const [preview] = await rig.lastTo(LAN);
    expect(preview?.text).toContain('Xem trước "ds-chi-bo.xlsx"');
    fake.clickButton({
      from: lan,
      message: preview as never,
      label: "✅ Đã đồng ý trên giấy, lưu",
    });
    expect((await rig.lastTo(LAN))[0]?.text).toContain("Đã thêm 27 người");
  });

  it("refuses a 50 MB file without asking for it, and reads no file in the group or from a member", async () => {
    const { rig, fake, lan, group } = await secretary();
    const hung = fake.addUser({ id: HUNG, first_name: "Hùng", last_name: "Trần Văn" });
    const content = await rosterXlsx();
    fake.sendDocument({ from: lan, name: "to.xlsx", content, statedSize: 50 * 2 ** 20 });
    const [refused] = await rig.lastTo(LAN);
    expect(refused?.text).toBe("Tệp lớn quá: chibo chỉ đọc tệp đến 2 MB. Chưa lưu gì.");

    const before = fake.sent.length;
    fake.sendDocument({ from: lan, chat: group, name: "ds.xlsx", content });
    fake.sendDocument({ from: hung, name: "ds.xlsx", content });
    const [toHung] = await rig.lastTo(HUNG);
    expect(toHung?.text).toContain("chibo chỉ đọc được tin nhắn chữ");
    expect(fake.sent.slice(before).map((m) => m.chatId)).toEqual([HUNG]);
    expect(fake.calls.filter((call) => call.method === "getFile")).toEqual([]);
    expect(fake.downloads).toEqual([]);
  });
});
