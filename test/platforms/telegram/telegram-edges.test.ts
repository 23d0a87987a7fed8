import type { Message } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegramRig, type TelegramRig } from "../../support/telegram-rig.js";

const GROUP = -1005555;

/** What Telegram sends that is not a plain command, and what chibo makes of it. */
describe("Telegram: edits, channels, voice notes, blocked people, migrated groups", () => {
  let rig: TelegramRig;
  beforeAll(async () => {
    rig = await startTelegramRig();
  });
  afterAll(() => rig.stop());

  const lan = () => rig.fake.addUser({ id: 311, first_name: "Nguyễn Thị Lan" });
  const hung = () => rig.fake.addUser({ id: 322, first_name: "Hùng" });
  const group = () => rig.fake.addGroup({ id: GROUP, title: "Chi bộ 5", type: "group" });

  it("refuses /khoitao from a member who is not a group admin, asking Telegram who is", async () => {
    rig.fake.sendText({ from: hung(), chat: group(), text: "/khoitao" });
    expect((await rig.lastTo(GROUP))[0]?.text).toContain("Chỉ quản trị viên");
    expect(rig.fake.calls.some((c) => c.method === "getChatMember")).toBe(true);
    expect(rig.app.services.cells.list()).toEqual([]);
  });

  it("links the group for its admin, and ignores the edit of a command", async () => {
    rig.fake.setChatMember(GROUP, 311, "creator");
    const sent = rig.fake.sendText({ from: lan(), chat: group(), text: "/khoitao Chi bộ 5" });
    await rig.lastTo(GROUP);
    const before = rig.fake.messagesTo(GROUP).length;
    rig.fake.editText({ message: sent.message as Message, text: "/khoitao Chi bộ khác" });
    await rig.fake.waitForIdle();
    expect(rig.fake.messagesTo(GROUP).length).toBe(before);
    expect(rig.app.services.cells.list().map((c) => c.name)).toEqual(["Chi bộ 5"]);
  });

  it("says in private that an edited answer was not read", async () => {
    const sent = rig.fake.sendText({ from: lan(), text: "/start" });
    await rig.fake.waitForIdle();
    rig.fake.editText({ message: sent.message as Message, text: "/baocao" });
    expect((await rig.lastTo(311))[0]?.text).toContain("không đọc tin nhắn đã sửa");
  });

  it("answers a post made on behalf of a channel without acting on it", async () => {
    const channel = { id: -1009999, type: "channel" as const, title: "Kênh tin" };
    rig.fake.sendText({ chat: group(), senderChat: channel, text: "/thamgia Kênh Tin" });
    expect((await rig.lastTo(GROUP))[0]?.text).toContain("ẩn danh");
    expect(rig.app.services.cells.list()[0]?.members).toBe(1);
  });

  it("tells a person in private that voice notes and photos are not read", async () => {
    rig.fake.pushUpdate({
      message: {
        message_id: 900,
        date: Math.floor(Date.now() / 1000),
        chat: rig.fake.privateChat(hung()),
        from: hung(),
        voice: { file_id: "v1", file_unique_id: "v1", duration: 3 },
      } as Message as never,
    });
    expect((await rig.lastTo(322))[0]?.text).toContain("chỉ đọc được tin nhắn chữ");
  });

  it("approves someone who blocked the bot: the group is told, the refusal is only logged", async () => {
    await rig.join(hung(), group(), "Trần Văn Hùng");
    await rig.fake.waitForIdle();
    rig.fake.block(322);
    rig.fake.sendText({ from: lan(), text: "/duyet" });
    const [list] = await rig.lastTo(311);
    rig.fake.clickButton({ from: lan(), message: list as never, label: "✅ Duyệt Trần Văn Hùng" });
    expect((await rig.lastTo(311))[0]?.text).toContain("Đã duyệt Trần Văn Hùng");
    expect((await rig.lastTo(GROUP))[0]?.text).toContain("Chào mừng đồng chí Trần Văn Hùng");
    expect(rig.fake.refused.map((c) => c.error_code)).toEqual([403]);
  });

  it("keeps a member who leaves the Telegram group on the roster, and says nothing in the group", async () => {
    const before = rig.fake.messagesTo(GROUP).length;
    rig.fake.pushUpdate({
      message: {
        message_id: 902,
        date: Math.floor(Date.now() / 1000),
        chat: group(),
        from: hung(),
        left_chat_member: hung(),
      } as Message as never,
    });
    await rig.fake.waitForIdle();
    expect(rig.fake.messagesTo(GROUP)).toHaveLength(before);
    expect(rig.app.services.members.byPerson("tg:322")?.roster).toBe("active");
  });

  it("follows the group to its new id when it becomes a supergroup", async () => {
    const supergroup = -1007777;
    rig.fake.pushUpdate({
      message: {
        message_id: 901,
        date: Math.floor(Date.now() / 1000),
        chat: group(),
        from: lan(),
        migrate_to_chat_id: supergroup,
      } as Message as never,
    });
    await rig.fake.waitForIdle();
    const moved = rig.fake.addGroup({ id: supergroup, title: "Chi bộ 5", type: "supergroup" });
    rig.fake.sendText({ from: lan(), chat: moved, text: "/baocao" });
    expect((await rig.lastTo(supergroup))[0]?.text).toContain(
      "Báo cáo đăng ký năm 2024 — Chi bộ 5",
    );
  });
});
