import type { ChatMember, Message, Update, User } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toIncoming } from "../../../src/platforms/telegram/to-incoming.js";
import { GROUP_ANONYMOUS_BOT, type SentMessage } from "../../support/fake-bot-api.js";
import { startTelegramRig, type TelegramRig } from "../../support/telegram-rig.js";

const GROUP = -1006161;
const LAN = 611;
const HUNG = 622;
const MAI = 633;

/** What the attack did through a real Telegram client, against the real grammY bot. */
describe("Telegram: forged presses, service messages, forwards, leaving and coming back", () => {
  let rig: TelegramRig;
  // What the bot first said to the secretary, in the group and in private.
  let linked: string | undefined;
  let welcome: SentMessage | undefined;

  // Telegram asks for "Tên" (first name) and "Họ" (last name); a bidi override and a
  // zero-width space ride along in the profile.
  const lan = () =>
    rig.fake.addUser({ id: LAN, first_name: "Lan\u200b", last_name: "\u202eNguyễn Thị" });
  const hung = () => rig.fake.addUser({ id: HUNG, first_name: "Hùng", last_name: "Trần Văn" });
  const mai = () => rig.fake.addUser({ id: MAI, first_name: "Mai", last_name: "Lê Thị" });
  const group = () => rig.fake.addGroup({ id: GROUP, title: "Chi bộ 6", type: "supergroup" });
  const member = (userId: number) => rig.app.services.members.byPerson(`tg:${userId}`);
  const now = () => Math.floor(Date.now() / 1000);
  const count = async (chatId: number) => {
    await rig.lastTo(chatId);
    return rig.fake.messagesTo(chatId).length;
  };

  /** Lan links the group; Hùng and Mai join it (approved at once) and open a private chat. */
  beforeAll(async () => {
    rig = await startTelegramRig("2024-03-10T02:00:00Z");
    rig.fake.setChatMember(GROUP, LAN, "creator");
    rig.fake.sendText({ from: lan(), chat: group(), text: "/khoitao" });
    // The consent text follows in a message of its own.
    linked = (await rig.lastTo(GROUP, 2))[0]?.text;
    rig.fake.sendText({ from: lan(), text: "/start" });
    [welcome] = await rig.lastTo(LAN);
    rig.fake.sendText({ from: lan(), text: "/caidat" });
    const [settings] = await rig.lastTo(LAN);
    rig.fake.clickButton({
      from: lan(),
      message: settings as never,
      label: "Bật/tắt tự động duyệt",
    });
    for (const [who, name] of [
      [hung(), "Trần Văn Hùng"],
      [mai(), "Lê Thị Mai"],
    ] as const) {
      await rig.join(who, group(), `${name}`);
      rig.fake.sendText({ from: who, text: "/start" });
    }
    await rig.lastTo(GROUP);
  });
  afterAll(() => rig.stop());

  it("names the secretary from the profile in Vietnamese order, without hidden characters", () => {
    expect(linked).toContain("Đồng chí Nguyễn Thị Lan là bí thư");
    expect(welcome?.text).toContain("Xin chào Nguyễn Thị Lan!");
    expect(welcome?.html).not.toMatch(/[\u200b\u202e]/);
  });

  it("does not take a forwarded message as one's own part of a plan", async () => {
    rig.fake.sendText({ from: hung(), text: "/dangky" });
    expect((await rig.lastTo(HUNG))[0]?.text).toContain("Phần 1/3");
    rig.fake.pushUpdate({
      message: {
        message_id: 7001,
        date: now(),
        chat: rig.fake.privateChat(hung()),
        from: hung(),
        forward_origin: { type: "user", date: now() - 60, sender_user: lan() },
        text: "Học tập chuyên đề năm, ghi chép đầy đủ",
      } as Message as never,
    });
    expect((await rig.lastTo(HUNG))[0]?.text).toContain("không nhận tin nhắn chuyển tiếp");
    const dialog = rig.app.services.conversations.dialog(`tg:${HUNG}`, `tg:${HUNG}`);
    expect(dialog?.state).toMatchObject({ step: "study", draft: {} });
    rig.fake.sendText({ from: hung(), text: "/huy" });
    await rig.lastTo(HUNG);
  });

  it("a press forged in the group for the check-in sheet is refused to the presser alone", async () => {
    const { meetings } = rig.app.services;
    const meeting = meetings.create(
      {
        cellId: member(LAN)?.cellId ?? 0,
        kind: "regular",
        startsAt: new Date("2024-03-20T12:30:00Z"),
        endsAt: new Date("2024-03-20T14:30:00Z"),
        place: "Hội trường",
        topic: "",
        createdBy: member(LAN)?.id ?? 0,
      },
      rig.clock.now(),
    );
    meetings.respond(
      meeting.id,
      member(MAI)?.id ?? 0,
      "excused",
      "Con ốm nằm viện",
      rig.clock.now(),
    );
    rig.clock.set("2024-03-20T12:40:00Z");
    rig.fake.sendText({ from: lan(), chat: group(), text: "/diemdanh" });
    const [checkin] = await rig.lastTo(GROUP);
    expect(checkin?.text).toContain("ĐIỂM DANH");
    const before = await count(GROUP);

    // A modified client sends other data under the check-in's real button.
    const start = rig.fake.calls.length;
    const press = rig.fake.clickButton({
      from: lan(),
      message: checkin as never,
      label: "✋ Có mặt",
    });
    if (!press.callback_query) throw new Error("no press");
    press.callback_query.data = `diemdanh:m-${meeting.id}-${member(HUNG)?.id}`;
    const answer = await rig.fake.waitFor(
      (call, index) => index >= start && call.method === "answerCallbackQuery",
    );
    expect(await count(GROUP)).toBe(before);
    expect(String(answer?.params.text)).toContain("chỉ dùng trong chat riêng");
    expect(
      rig.fake
        .messagesTo(GROUP)
        .map((m) => m.text)
        .join("\n"),
    ).not.toContain("Con ốm");
    expect(meetings.markOf(meeting.id, member(HUNG)?.id ?? 0)).toBeUndefined();
  });

  it("ignores Telegram's notices in the group, an anonymous admin's included", async () => {
    const before = await count(GROUP);
    const anonymous = { from: GROUP_ANONYMOUS_BOT, sender_chat: group() };
    const notices = [
      { ...anonymous, pinned_message: { message_id: 1, date: now(), chat: group() } },
      { ...anonymous, new_chat_title: "Chi bộ 6 (mới)" },
      { ...anonymous, video_chat_started: {} },
      { from: lan(), video_chat_scheduled: { start_date: now() + 3600 } },
      { ...anonymous, migrate_from_chat_id: -6161 },
      { ...anonymous, message_auto_delete_timer_changed: { message_auto_delete_time: 86400 } },
    ];
    for (const [index, notice] of notices.entries()) {
      rig.fake.pushUpdate({
        message: { message_id: 8000 + index, date: now(), chat: group(), ...notice } as never,
      });
    }
    await rig.fake.waitForIdle();
    expect(await count(GROUP)).toBe(before);
  });

  it("tells the secretary privately when a member leaves, and asks what it means", async () => {
    const before = await count(GROUP);
    rig.fake.pushUpdate({
      message: {
        message_id: 8100,
        date: now(),
        chat: group(),
        from: hung(),
        left_chat_member: hung(),
      } as Message as never,
    });
    // Scheduled news (the week's summary) may go out in the same beat: find this one.
    const news = (await rig.lastTo(LAN, 3)).find((m) => m.text.includes("đã rời nhóm"));
    expect(news?.text ?? "(nothing)").toContain('Trần Văn Hùng đã rời nhóm "Chi bộ 6"');
    expect(JSON.stringify(news?.replyMarkup)).toContain("Vẫn ở chi bộ (chỉ rời nhóm)");
    expect(await count(GROUP)).toBe(before);
    expect(member(HUNG)?.status).toBe("full");

    rig.fake.clickButton({
      from: lan(),
      message: news as never,
      label: "Vẫn ở chi bộ (chỉ rời nhóm)",
    });
    expect((await rig.lastTo(LAN))[0]?.text).toContain("Trần Văn Hùng vẫn ở chi bộ");
  });

  it("works in the group again as soon as the bot is added back", async () => {
    rig.fake.botRemoved(group(), lan());
    await rig.fake.waitForIdle();
    rig.fake.botAdded(group(), lan());
    expect((await rig.lastTo(GROUP))[0]?.text).toContain("chibo đã trở lại nhóm");
    rig.fake.sendText({ from: mai(), chat: group(), text: "/lichhop" });
    const [answer] = await rig.lastTo(GROUP);
    expect(answer?.text).not.toContain("chưa gắn");
  });

  it("/start khoitao in a group links it for its real admin", async () => {
    const other = -1006262;
    const tam = rig.fake.addUser({ id: 644, first_name: "Tâm", last_name: "Đỗ Thanh" });
    const chat = rig.fake.addGroup({ id: other, title: "Chi bộ 7", type: "supergroup" });
    rig.fake.setChatMember(other, 644, "administrator");
    rig.fake.sendText({ from: tam, chat, text: "/start khoitao" });
    expect((await rig.lastTo(other, 2))[0]?.text).toContain("Đồng chí Đỗ Thanh Tâm là bí thư");
  });

  it("echoes only the start of a 10,000-letter unknown command, in one message", async () => {
    const before = await count(MAI);
    rig.fake.sendText({ from: mai(), text: `/${"a".repeat(10_000)}` });
    const [answer] = await rig.lastTo(MAI);
    expect(await count(MAI)).toBe(before + 1);
    expect(answer?.text).toContain(`Không có lệnh /${"a".repeat(30)}…`);
    expect(answer?.text.length).toBeLessThan(200);
  });

  it("locks out a stranger guessing /lienket and /tonghop codes after five wrong ones", async () => {
    const guesser = rig.fake.addUser({ id: 655, first_name: "Khách" });
    rig.fake.sendText({ from: mai(), text: "/lienket" });
    const code = /\/lienket (\d+)/.exec((await rig.lastTo(MAI))[0]?.text ?? "")?.[1] ?? "";
    expect(code).toMatch(/^\d+$/);
    for (const command of ["lienket", "tonghop"]) {
      for (let i = 0; i < 5; i++) {
        const wrong = String((Number(code) + 1 + i) % 10 ** code.length).padStart(code.length, "0");
        rig.fake.sendText({ from: guesser, text: `/${command} ${wrong}` });
        expect((await rig.lastTo(655))[0]?.text, command).toContain("Mã không đúng");
      }
      // The right code is refused too: guesses are counted, not the luck of the sixth.
      rig.fake.sendText({ from: guesser, text: `/${command} ${code}` });
      expect((await rig.lastTo(655))[0]?.text, command).toContain("nhập sai mã nhiều lần");
    }
    expect(rig.app.services.members.byPerson("tg:655")).toBeUndefined();
  });

  it("a handover asks first, then leaves one secretary: the new one is told", async () => {
    const open = async (text: string) => {
      rig.fake.sendText({ from: lan(), text });
      return (await rig.lastTo(LAN))[0];
    };
    const press = async (message: SentMessage | undefined, label: string) => {
      rig.fake.clickButton({ from: lan(), message: message as never, label });
      return (await rig.lastTo(LAN))[0];
    };
    const roster = await open("/thanhvien");
    const card = await press(roster, "Lê Thị Mai — đảng viên, chính thức");
    const asked = await press(card, "Vai trò: bí thư");
    expect(asked?.text).toContain("Đồng chí sẽ không còn là bí thư");
    expect(member(LAN)?.role).toBe("secretary");
    const done = await press(asked, "Đồng ý");
    expect(done?.text).toContain("Đã giao vai trò bí thư cho Lê Thị Mai");
    expect([member(LAN)?.role, member(MAI)?.role]).toEqual(["member", "secretary"]);
    const told = (await rig.lastTo(MAI, 2)).map((m) => m.text).join("\n");
    expect(told).toContain("được giao vai trò bí thư");
    // The old secretary manages nothing now, and cannot mark the new one away.
    expect((await open("/thanhvien"))?.text).toContain("Chỉ bí thư và phó bí thư");
  });
});

describe("Telegram updates read as who left", () => {
  const group = { id: -100, type: "supergroup", title: "Chi bộ" } as const;
  const user = (id: number, isBot = false): User => ({ id, is_bot: isBot, first_name: "X" });
  const changed = (status: "left" | "kicked", who: User): Update => ({
    update_id: 1,
    chat_member: {
      chat: group,
      from: user(1),
      date: 0,
      old_chat_member: { status: "member", user: who } as ChatMember,
      new_chat_member: { status, user: who } as ChatMember,
    },
  });

  it("reads a chat_member update (for a bot that administers the group) the same way", () => {
    expect(toIncoming(changed("left", user(7)), "bot")?.content).toEqual({
      type: "member-left",
      personId: "tg:7",
    });
    expect(toIncoming(changed("kicked", user(8)), "bot")?.content).toEqual({
      type: "member-left",
      personId: "tg:8",
    });
    expect(toIncoming(changed("left", user(9, true)), "bot")).toBeNull();
  });
});
