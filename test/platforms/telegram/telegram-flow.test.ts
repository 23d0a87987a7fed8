import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../../src/app.js";
import type { FakeBotApi } from "../../support/fake-bot-api.js";
import { startTelegramRig, type TelegramRig } from "../../support/telegram-rig.js";

const GROUP = -1001234;

describe("Telegram end to end through grammY and a fake Bot API server", () => {
  let rig: TelegramRig;
  let fake: FakeBotApi;
  let app: App;

  beforeAll(async () => {
    rig = await startTelegramRig();
    ({ fake, app } = rig);
  });

  afterAll(() => rig.stop());

  const lan = () => fake.addUser({ id: 111, first_name: "Lan", last_name: "<Nguyễn> & Co" });
  const hung = () => fake.addUser({ id: 222, first_name: "Hùng" });
  const group = () => fake.addGroup({ id: GROUP, title: "Chi bộ <KP1>", type: "supergroup" });

  const lastTo = (chatId: number, count?: number) => rig.lastTo(chatId, count);

  it("links, joins, registers and reports with no refused call", async () => {
    fake.setChatMember(GROUP, 111, "administrator");
    fake.sendText({ from: lan(), chat: group(), text: "/khoitao Chi bộ <Khu phố 1> & Co" });
    // The consent text follows in a message of its own.
    const [linked] = await lastTo(GROUP, 2);
    expect(linked?.text).toContain("Đã tạo Chi bộ <Khu phố 1> & Co");
    expect(linked?.text).toContain("Đồng chí Nguyễn Co Lan là bí thư"); // family name first

    fake.sendText({ from: lan(), text: "/start" });
    expect((await lastTo(111))[0]?.text).toContain("Xin chào <Nguyễn> & Co Lan");

    await rig.join(hung(), group(), "Trần Văn Hùng");
    const [request] = await lastTo(111);
    expect(request?.text).toContain("Trần Văn Hùng xin vào danh sách");
    fake.clickButton({ from: lan(), message: request as never, label: "✅ Duyệt Trần Văn Hùng" });
    expect((await lastTo(111))[0]?.text).toContain("Đã duyệt Trần Văn Hùng");
    expect((await lastTo(GROUP))[0]?.text).toContain("Chào mừng đồng chí Trần Văn Hùng");

    fake.sendText({ from: hung(), chat: group(), text: "/dangky" });
    const [invite] = await lastTo(GROUP);
    expect(JSON.stringify(invite?.replyMarkup)).toContain(
      "https://t.me/chibo_test_bot?start=dangky",
    );

    fake.sendText({ from: hung(), text: "/start dangky" });
    expect((await lastTo(222))[0]?.text).toContain("Phần 1/3");
    fake.sendText({ from: hung(), text: "Học chuyên đề <năm> & ghi chép" });
    fake.sendText({ from: hung(), text: "Giải quyết hồ sơ đúng hạn" });
    await fake.waitForIdle();
    fake.sendText({ from: hung(), text: "Giữ gia đình văn hóa" });
    const [review] = await lastTo(222);
    expect(review?.text).toContain("Học chuyên đề <năm> & ghi chép");
    fake.clickButton({ from: hung(), message: review as never, label: "✅ Lưu" });
    expect((await lastTo(222))[0]?.text).toContain("Đã lưu bản đăng ký năm 2024");

    fake.sendText({ from: lan(), chat: group(), text: "/baocao" });
    const groupReport = (await lastTo(GROUP))[0]?.text ?? "";
    expect(groupReport).toContain("Đã đăng ký: 1. Chưa đăng ký: 1");
    expect(groupReport).not.toContain("Giải quyết hồ sơ");

    fake.sendText({ from: lan(), text: "/baocao" });
    // The summary and its menu, then the registration chart while members are still registering.
    const [report, caption, chart] = await lastTo(111, 3);
    expect(report?.text).toContain("Đã đăng ký: 1. Chưa đăng ký: 1");
    expect(report?.text).not.toContain("Giải quyết hồ sơ");
    expect(caption?.text).toContain("Tiến độ đăng ký");
    expect(chart?.method).toBe("sendPhoto");
    fake.clickButton({ from: lan(), message: report as never, label: "📝 Nội dung đăng ký (1)" });
    const [plans] = await lastTo(111);
    fake.clickButton({ from: lan(), message: plans as never, label: "Trần Văn Hùng" });
    expect((await lastTo(111))[0]?.text).toContain("Giải quyết hồ sơ đúng hạn");

    expect(fake.refused).toEqual([]);
  });

  it("shows a long plan in /baocao a page at a time, each a screen Telegram accepts", async () => {
    const { members, commitments, cells } = app.services;
    const cell = cells.byCode(cells.list()[0]?.code ?? "");
    const now = new Date("2024-03-10T02:00:00Z");
    for (let i = 0; i < 12; i++) {
      const member = members.create({
        cellId: cell?.id ?? 0,
        fullName: `Đảng Viên Số ${i}`,
        role: "member",
        roster: "active",
        personId: `tg:${9000 + i}`,
        displayName: `Số ${i}`,
        now,
      });
      const long = `<${"ư".repeat(790)}&>`;
      commitments.save(member.id, 2024, { study: long, follow: long, example: long }, now);
    }
    fake.sendText({ from: lan(), text: "/baocao" });
    await rig.press(lan(), 111, /^📝 Nội dung đăng ký/);
    const [plans] = await lastTo(111);
    // Eight names a page: the ninth on the next.
    fake.clickButton({ from: lan(), message: plans as never, label: "➡️ Xem tiếp (trang 2/2)" });
    const [more] = await lastTo(111);
    fake.clickButton({ from: lan(), message: more as never, label: "Đảng Viên Số 9" });
    const pages = [(await lastTo(111))[0]];
    for (const page of [2, 3]) {
      const label = `➡️ Xem tiếp (trang ${page}/3)`;
      fake.clickButton({ from: lan(), message: pages.at(-1) as never, label });
      pages.push((await lastTo(111))[0]);
    }
    expect(pages.map((m) => m?.text.length ?? 0).every((length) => length <= 1000)).toBe(true);
    expect(pages.map((m) => m?.text).join("\n")).toContain(`<${"ư".repeat(790)}&>`);
    expect(fake.refused).toEqual([]);
  });

  it("publishes the command menu for private chats and groups", () => {
    const menus = fake.calls.filter((c) => c.method === "setMyCommands" && c.ok);
    expect(menus).toHaveLength(2);
    const names = JSON.stringify(menus.map((m) => m.params));
    expect(names).toContain('"dangky"');
    expect(names).toContain('"baocao"');
  });

  it("drops the same update delivered twice and commands meant for another bot", async () => {
    const before = fake.messagesTo(GROUP).length;
    const update = fake.sendText({ from: hung(), chat: group(), text: "/chuyende" });
    await fake.waitForIdle();
    fake.pushUpdate({ ...update });
    fake.sendText({ from: hung(), chat: group(), text: "/chuyende@some_other_bot" });
    await fake.waitForIdle();
    expect(fake.messagesTo(GROUP).length).toBe(before + 1);
  });

  it("answers messages sent as the group or a channel without acting on them", async () => {
    fake.sendText({ chat: group(), senderChat: group(), text: "/baocao" });
    expect((await lastTo(GROUP))[0]?.text).toContain("ẩn danh");
  });

  it("marks the group inactive when the bot is removed, and keeps the cell", async () => {
    fake.botRemoved(group(), lan());
    await fake.waitForIdle();
    expect(app.services.cells.list()[0]?.groups[0]?.active).toBe(false);
    expect(app.services.cells.list()[0]?.members).toBe(14);
  });
});
