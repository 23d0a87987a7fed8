import type { User } from "grammy/types";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/cli.js";
import { loadConfig } from "../../../src/config.js";
import { addConsentingMember } from "../../support/consent-check.js";
import type { FakeBotApi, SentMessage } from "../../support/fake-bot-api.js";
import { TEST_DATABASE_KEY } from "../../support/harness.js";
import { startTelegramRig, type TelegramRig } from "../../support/telegram-rig.js";

const GROUP = -1005200;

/** "Hùng" → "hung": the test's handle for each person. */
const folded = (name: string) => name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * A month of one cell on Telegram, through the real grammY client and the fake Bot API: the
 * secretary schedules a meeting, members confirm or excuse themselves (one of them never
 * opened a private chat), reminders come, check-in runs, the meeting closes at night and its
 * secret ballot goes out in the morning, votes come in privately, and /baocao and the JSON
 * report show it all.
 */
describe("a month of meetings on Telegram", () => {
  let rig: TelegramRig;
  let fake: FakeBotApi;
  let dbPath: string;
  const people: Record<string, User> = {};
  let code = "";

  beforeAll(async () => {
    // Monday 06/05/2024, 09:00 in Vietnam.
    rig = await startTelegramRig("2024-05-06T02:00:00Z");
    fake = rig.fake;
    dbPath = rig.app.database.sqlite.name;
    const group = fake.addGroup({ id: GROUP, title: "Chi bộ KP1", type: "supergroup" });
    people.lan = fake.addUser({ id: 111, first_name: "Lan" });
    fake.setChatMember(GROUP, 111, "administrator");
    fake.sendText({ from: people.lan, chat: group, text: "/khoitao Chi bộ Khu phố 1" });
    fake.sendText({ from: people.lan, text: "/start" });
    await fake.waitForIdle();
    const { cells, members } = rig.app.services;
    const cell = cells.all()[0];
    if (!cell) throw new Error("no cell");
    code = cell.code;
    const roster = [
      [222, "Trần Văn Hùng", true],
      [333, "Lê Thị Mai", true],
      // Tú never opens a private chat with the bot; Bình has no phone; Cường does nothing.
      [444, "Phạm Văn Tú", false],
      [555, "Võ Văn Bình", false],
      [666, "Đỗ Văn Cường", false],
      [777, "Ngô Thị Dung", false],
    ] as const;
    for (const [id, fullName, started] of roster) {
      const user = fake.addUser({ id, first_name: fullName.split(" ").at(-1) ?? "" });
      people[folded(user.first_name)] = user;
      const member = addConsentingMember(rig.app, {
        cellId: cell.id,
        fullName,
        personId: `tg:${id}`,
        now: rig.clock.now(),
      });
      if (fullName === "Ngô Thị Dung") members.setStatus(member.id, "exempt", rig.clock.now());
      if (started) fake.sendText({ from: user, text: "/start" });
    }
    await fake.waitForIdle();
  });

  afterAll(() => rig.stop());

  const group = () => fake.chats.get(GROUP) as never;
  const last = async (chatId: number) => (await rig.lastTo(chatId))[0] as SentMessage | undefined;
  const press = async (who: User, message: SentMessage | undefined, label: string) => {
    if (!message) throw new Error("no message to press on");
    fake.clickButton({ from: who, message, label });
    await rig.lastTo(GROUP);
  };
  /** The secretary opens a view under /baocao, button after button (their labels); what it shows. */
  const reportView = async (...labels: (string | RegExp)[]) => {
    fake.sendText({ from: people.lan as User, text: "/baocao" });
    for (const label of labels) await rig.press(people.lan as User, 111, label);
    return (await last(111))?.text ?? "";
  };
  const POLLS = /^🗳 Bình chọn/;
  const MEETINGS = /^✅ Điểm danh/;
  const callbackAnswers = () =>
    fake.calls.filter((call) => call.method === "answerCallbackQuery").map((call) => call.params);
  const announcement = () =>
    fake.messagesTo(GROUP).find((m) => m.text.includes("THÔNG BÁO HỌP CHI BỘ"));

  it("schedules a meeting in a short private dialog and announces it in the group", async () => {
    fake.sendText({ from: people.lan as User, text: "/hop" });
    await press(people.lan as User, await last(111), "Sinh hoạt định kỳ");
    fake.sendText({ from: people.lan as User, text: "20/5 19h30" });
    expect((await rig.lastTo(111, 2))[0]?.text).toContain("19 giờ 30, thứ Hai, ngày 20/05/2024");
    fake.sendText({ from: people.lan as User, text: "Hội trường <KP1> & nhà văn hóa" });
    await press(people.lan as User, await last(111), "Không có nội dung riêng");
    const review = await last(111);
    expect(review?.text).toContain("Hội trường <KP1> & nhà văn hóa");
    await press(people.lan as User, review, "✅ Gửi thông báo vào nhóm");
    // The beat it starts also sends Monday's summary, due at 08:00.
    const answers = (await rig.lastTo(111, 2)).map((m) => m.text).join("\n");
    expect(answers).toContain("Đã lên lịch và gửi thông báo");

    const posted = announcement();
    expect(posted?.text).toContain("19 giờ 30, thứ Hai, ngày 20/05/2024");
    expect(posted?.text).toContain("Hội trường <KP1> & nhà văn hóa");
    expect(posted?.text).toContain("Đã báo tham dự: 0. Vắng có lý do: 0.");
    expect(JSON.stringify(posted?.replyMarkup)).toContain("lichhop:yes-1");
  });

  it("keeps a live count as members confirm or excuse themselves, reasons asked in private", async () => {
    await press(people.hung as User, announcement(), "✋ Tham dự");
    expect(announcement()?.text).toContain("Đã báo tham dự: 1. Vắng có lý do: 0.");
    expect(callbackAnswers().at(-1)?.text).toContain("Đã ghi: đồng chí tham dự");

    await press(people.mai as User, announcement(), "📝 Vắng có lý do");
    expect(announcement()?.text).toContain("Đã báo tham dự: 1. Vắng có lý do: 1.");
    expect((await last(333))?.text).toContain("Xin gõ lý do");
    fake.sendText({ from: people.mai as User, text: "Đi công tác Hà Nội" });
    expect((await last(333))?.text).toContain("Đã ghi lý do vắng");

    // Tú never opened a private chat: the button's answer opens it with a deep link.
    await press(people.tu as User, announcement(), "📝 Vắng có lý do");
    expect(callbackAnswers().at(-1)?.url).toBe("https://t.me/chibo_test_bot?start=lichhop_1");
    fake.sendText({ from: people.tu as User, text: "/start lichhop_1" });
    expect((await last(444))?.text).toContain("Xin gõ lý do");
    fake.sendText({ from: people.tu as User, text: "Ốm, nằm viện" });
    expect((await last(444))?.text).toContain("Ốm, nằm viện");

    // Nothing personal in the group: no reason was ever posted there.
    const groupTexts = fake
      .messagesTo(GROUP)
      .map((m) => m.text)
      .join("\n");
    expect(groupTexts).not.toContain("Hà Nội");
    expect(groupTexts).not.toContain("nằm viện");
    expect(fake.messagesTo(GROUP).filter((m) => m.text.includes("THÔNG BÁO"))).toHaveLength(1);
  });

  it("reminds the day before and an hour before: the group, the unanswered and the coming", async () => {
    rig.clock.set("2024-05-19T12:30:00Z");
    await rig.beat();
    const reminder = await last(GROUP);
    expect(reminder?.text).toContain("Còn khoảng 24 giờ nữa");
    expect(reminder?.text).toContain("Đã báo tham dự: 1. Vắng có lý do: 2.");
    expect((await last(222))?.text).toContain("Đồng chí đã báo tham dự");
    expect((await last(111))?.text).toContain("chưa báo có tham dự hay không");
    expect((await last(333))?.text).not.toContain("Còn khoảng");

    rig.clock.set("2024-05-20T11:30:00Z");
    await rig.beat();
    expect((await last(GROUP))?.text).toContain("Còn khoảng 1 giờ nữa");
    // A second beat in the same minute repeats nothing.
    const before = fake.sent.length;
    await rig.beat();
    expect(fake.sent.length).toBe(before);
  });

  it("checks in with one tap, once; the secretary marks the member without a phone", async () => {
    rig.clock.set("2024-05-20T12:35:00Z");
    fake.sendText({ from: people.lan as User, chat: group(), text: "/diemdanh" });
    const checkin = await last(GROUP);
    expect(checkin?.text).toContain("ĐIỂM DANH");
    await press(people.hung as User, checkin, "✋ Có mặt");
    expect(fake.messagesTo(GROUP).find((m) => m.text.includes("ĐIỂM DANH"))?.text).toContain(
      "Có mặt: 1/6. Báo vắng có lý do: 2. Chưa điểm danh: 3.",
    );
    await press(people.hung as User, checkin, "✋ Có mặt");
    expect(callbackAnswers().at(-1)?.text).toContain("đã điểm danh rồi");
    await press(people.lan as User, checkin, "✋ Có mặt");

    fake.sendText({ from: people.lan as User, text: "/diemdanh" });
    const sheet = await last(111);
    expect(sheet?.text).toContain("Có mặt: 2/6");
    await press(people.lan as User, sheet, "⬜ Võ Văn Bình");
    expect((await last(111))?.text).toContain("Có mặt: 3/6");
  });

  it("closes at the end, waits out the night, then posts the counts, the minutes and the poll", async () => {
    rig.clock.set("2024-05-20T14:31:00Z");
    const before = fake.sent.length;
    await rig.beat();
    expect(fake.sent.length).toBe(before);

    rig.clock.set("2024-05-21T00:00:00Z");
    await rig.beat();
    await fake.waitForIdle();
    const groupTexts = fake.messagesTo(GROUP).map((m) => m.text);
    expect(groupTexts.join("\n")).toContain("Có mặt 3/6. Vắng có lý do: 2. Vắng không lý do: 1.");
    expect(groupTexts.join("\n")).not.toContain("Cường");
    const minutes = fake
      .messagesTo(111)
      .map((m) => m.text)
      .join("\n");
    expect(minutes).toContain("Lê Thị Mai (Đi công tác Hà Nội)");
    expect(minutes).toContain("Phạm Văn Tú (Ốm, nằm viện)");
    expect(minutes).toContain("Vắng không lý do: Đỗ Văn Cường");
    expect(minutes).toContain("Miễn sinh hoạt (không tính): Ngô Thị Dung");

    // A secret ballot: no Telegram poll (an anonymous one counts anyone, a named one shows
    // every voter to the group), a link to vote in private instead.
    expect(fake.messagesTo(GROUP).some((m) => m.method === "sendPoll")).toBe(false);
    const ballot = fake.messagesTo(GROUP).find((m) => m.text.includes("Phiếu kín"));
    expect(ballot?.text).toContain("Đánh giá chất lượng buổi sinh hoạt");
    expect(JSON.stringify(ballot?.replyMarkup)).toContain(
      "https://t.me/chibo_test_bot?start=bophieu_1",
    );
  });

  it("takes secret votes in private, closes the poll a day later and posts the result", async () => {
    for (const [who, option] of [
      [people.hung, "Tốt"],
      [people.lan, "Tốt"],
      [people.mai, "Khá"],
    ] as const) {
      fake.sendText({ from: who as User, text: "/start bophieu_1" });
      const ballot = await last((who as User).id);
      expect(ballot?.text).toContain("Đánh giá chất lượng buổi sinh hoạt");
      fake.clickButton({ from: who as User, message: ballot as SentMessage, label: option });
      expect((await last((who as User).id))?.text).toContain(
        `Đã ghi phiếu kín của đồng chí: ${option}`,
      );
    }

    rig.clock.set("2024-05-22T00:01:00Z");
    await rig.beat();
    await fake.waitForIdle();
    const result = await last(GROUP);
    expect(result?.text).toContain(
      "Kết quả bình chọn «Đánh giá chất lượng buổi sinh hoạt» (3 phiếu)",
    );
    expect(result?.text).toContain("Tốt: 2 (67%)");
    expect(result?.text).toContain("Khá: 1 (33%)");
  });

  it("takes a named poll from the secretary; a vote that arrives after it closed is not counted", async () => {
    fake.sendText({
      from: people.lan as User,
      text: "/binhchon Chọn ngày sinh hoạt tháng 6? | Thứ Hai | Thứ Tư",
    });
    await press(people.lan as User, await last(111), "✅ Gửi, công khai (ghi tên người chọn)");
    const poll = fake
      .messagesTo(GROUP)
      .filter((m) => m.method === "sendPoll")
      .at(-1);
    expect(poll?.message.poll?.is_anonymous).toBe(false);
    if (!poll) throw new Error("no poll");
    fake.vote({ from: people.hung as User, message: poll, optionIds: [1] });
    fake.vote({ from: people.mai as User, message: poll, optionIds: [1] });
    fake.vote({ from: people.mai as User, message: poll, optionIds: [0] });
    await fake.waitForIdle();

    fake.sendText({ from: people.lan as User, text: "/binhchon" });
    await press(people.lan as User, await last(111), "🏁 Kết thúc: Chọn ngày sinh hoạt tháng 6?");
    expect((await last(GROUP))?.text).toContain("(2 phiếu)");
    expect(fake.calls.filter((c) => c.method === "stopPoll" && c.ok)).toHaveLength(1);

    // Telegram may still deliver a vote cast just before it stopped the poll.
    fake.pushUpdate({
      poll_answer: {
        poll_id: poll.message.poll?.id ?? "",
        user: people.tu as User,
        option_ids: [0],
        option_persistent_ids: ["0"],
      },
    } as never);
    await fake.waitForIdle();
    const report = await reportView(POLLS);
    expect(report).toContain("«Chọn ngày sinh hoạt tháng 6?» (2 phiếu)");
  });

  it("shows the attendance and the polls in /baocao and in the JSON report", async () => {
    fake.sendText({ from: people.lan as User, text: "/baocao" });
    const summary = (await rig.lastTo(111, 2)).map((m) => m.text).join("\n");
    expect(summary).toContain("Họp trong năm: 1 buổi đã kết thúc, có mặt 3/6 lượt.");
    const meetings = await reportView(MEETINGS);
    expect(meetings).toContain("có mặt 3/6");
    const names = await reportView(MEETINGS, /: có mặt 3\/6$/);
    expect(names).toContain("có mặt 3/6");
    expect(names).toContain("Lê Thị Mai (Đi công tác Hà Nội)");
    expect(await reportView(MEETINGS, "👥 Từng đảng viên qua các buổi họp")).toContain(
      "Đỗ Văn Cường: có mặt 0, vắng có lý do 0, vắng không lý do 1",
    );
    expect(await reportView(POLLS)).toContain("Tốt: 2 (67%)");

    fake.sendText({ from: people.lan as User, chat: group(), text: "/baocao" });
    const inGroup = (await last(GROUP))?.text ?? "";
    expect(inGroup).toContain("có mặt 3/6 lượt");
    expect(inGroup).not.toContain("Hà Nội");

    const out: string[] = [];
    const exit = await runCli(
      ["report", "--cell", code, "--year", "2024", "--format", "json"],
      loadConfig({ DATABASE_PATH: dbPath, DATABASE_KEY: TEST_DATABASE_KEY }),
      pino({ level: "silent" }),
      rig.clock,
      { out: (text) => out.push(text), err: (text) => out.push(text) },
    );
    expect(exit).toBe(0);
    const json = JSON.parse(out.join("\n"));
    const [meeting] = json.meetings;
    expect(meeting.attendance.present).toEqual(["Lan", "Trần Văn Hùng", "Võ Văn Bình"]);
    expect(meeting.attendance.absentWithReason).toEqual([
      { name: "Lê Thị Mai", reason: "Đi công tác Hà Nội" },
      { name: "Phạm Văn Tú", reason: "Ốm, nằm viện" },
    ]);
    expect(meeting.attendance.absentWithoutReason).toEqual(["Đỗ Văn Cường"]);
    expect(meeting.attendance.exempt).toEqual(["Ngô Thị Dung"]);
    expect(meeting.polls[0].options).toEqual([
      { option: "Tốt", votes: 2 },
      { option: "Khá", votes: 1 },
      { option: "Trung bình", votes: 0 },
      { option: "Chưa đạt", votes: 0 },
    ]);
    expect(json.polls).toHaveLength(2);
    expect(fake.refused).toEqual([]);
  });
});
