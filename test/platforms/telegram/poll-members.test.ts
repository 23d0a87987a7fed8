import type { User } from "grammy/types";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UploadedFile } from "../../support/bot-api-spec.js";
import type { FakeBotApi, SentMessage } from "../../support/fake-bot-api.js";
import { startTelegramRig, type TelegramRig } from "../../support/telegram-rig.js";

const GROUP = -1005300;
const OTHER_GROUP = -1005400;

/**
 * On Telegram, through the real grammY client and the fake Bot API, only the cell's members
 * count in its polls: an outsider, an applicant, a member of another cell and a group admin
 * who is not a member vote too, and the result in the group, /baocao and the minutes count
 * the members alone. The meeting's poll is a secret ballot cast in private; a named poll is
 * Telegram's own, whose votes come with the voter.
 */
describe("who counts in a poll on Telegram", () => {
  let rig: TelegramRig;
  let fake: FakeBotApi;
  const people: Record<string, User> = {};
  let meetingPollId = 0;

  beforeAll(async () => {
    // Monday 06/05/2024, 09:00 in Vietnam.
    rig = await startTelegramRig("2024-05-06T02:00:00Z");
    fake = rig.fake;
    const group = fake.addGroup({ id: GROUP, title: "Chi bộ KP1", type: "supergroup" });
    const other = fake.addGroup({ id: OTHER_GROUP, title: "Chi bộ KP2", type: "supergroup" });
    const user = (key: string, id: number, name: string) => {
      people[key] = fake.addUser({ id, first_name: name });
    };
    user("lan", 111, "Lan");
    user("hung", 222, "Hùng");
    user("mai", 333, "Mai");
    user("khach", 444, "Khách");
    user("tan", 555, "Tân");
    user("bay", 666, "Bảy");
    user("quan", 777, "Quản");
    fake.setChatMember(GROUP, 111, "administrator");
    fake.setChatMember(GROUP, 777, "administrator");
    fake.setChatMember(OTHER_GROUP, 666, "administrator");
    fake.sendText({ from: who("lan"), chat: group, text: "/khoitao Chi bộ Khu phố 1" });
    // Bảy is the secretary of another cell, in another group.
    fake.sendText({ from: who("bay"), chat: other, text: "/khoitao Chi bộ Khu phố 2" });
    // Tân asks to join and waits for the secretary.
    await rig.join(who("tan"), group, "Phạm Văn Tân");
    await fake.waitForIdle();
    const { cells, members } = rig.app.services;
    const cell = cells.all().find((c) => c.name === "Chi bộ Khu phố 1");
    if (!cell) throw new Error("no cell");
    for (const [key, fullName] of [
      ["hung", "Trần Văn Hùng"],
      ["mai", "Lê Thị Mai"],
    ] as const) {
      members.create({
        cellId: cell.id,
        fullName,
        role: "member",
        roster: "active",
        personId: `tg:${who(key).id}`,
        displayName: fullName,
        now: rig.clock.now(),
      });
    }
    for (const key of Object.keys(people)) fake.sendText({ from: who(key), text: "/start" });
    await fake.waitForIdle();
    expect(members.byPerson("tg:555")?.roster).toBe("pending");

    // A meeting that has just ended: it closes, and its poll goes out.
    const lan = members.byPerson("tg:111");
    if (!lan) throw new Error("no secretary");
    const meeting = rig.app.services.meetings.create(
      {
        cellId: cell.id,
        kind: "regular",
        startsAt: new Date("2024-05-06T02:30:00Z"),
        endsAt: new Date("2024-05-06T04:00:00Z"),
        place: "Hội trường",
        topic: "",
        createdBy: lan.id,
      },
      rig.clock.now(),
    );
    rig.clock.set("2024-05-06T04:01:00Z");
    await rig.beat();
    await fake.waitForIdle();
    const poll = rig.app.services.polls.open(cell.id).find((p) => p.meetingId === meeting.id);
    meetingPollId = poll?.id ?? 0;
  });

  afterAll(() => rig.stop());

  const who = (key: string): User => {
    const person = people[key];
    if (!person) throw new Error(`no ${key}`);
    return person;
  };
  const last = async (chatId: number) => (await rig.lastTo(chatId))[0] as SentMessage;
  /** The polls under the secretary's /baocao, opened from its menu. */
  const pollsReport = async () => {
    fake.sendText({ from: who("lan"), text: "/baocao" });
    await rig.press(who("lan"), 111, /^🗳 Bình chọn/);
    return (await last(111)).text;
  };
  const groupTexts = () =>
    fake
      .messagesTo(GROUP)
      .map((m) => m.text)
      .join("\n");

  it("posts the meeting's poll as a secret ballot: a link to vote in private, no Telegram poll", async () => {
    const ballot = fake.messagesTo(GROUP).find((m) => m.text.includes("Phiếu kín"));
    expect(ballot?.text).toContain("Đánh giá chất lượng buổi sinh hoạt");
    expect(ballot?.text).toContain("chỉ đếm đảng viên chi bộ");
    expect(JSON.stringify(ballot?.replyMarkup)).toContain(`start=bophieu_${meetingPollId}`);
    expect(fake.messagesTo(GROUP).some((m) => m.method === "sendPoll")).toBe(false);
  });

  it("takes the members' secret votes in private and refuses everyone else there", async () => {
    for (const [key, option] of [
      ["hung", "Tốt"],
      ["mai", "Khá"],
      ["lan", "Tốt"],
    ] as const) {
      fake.sendText({ from: who(key), text: `/start bophieu_${meetingPollId}` });
      const ballot = await last(who(key).id);
      expect(ballot.text).toContain("Đánh giá chất lượng buổi sinh hoạt");
      fake.clickButton({ from: who(key), message: ballot, label: option });
      expect((await last(who(key).id)).text).toContain(`Đã ghi phiếu kín của đồng chí: ${option}`);
    }
    for (const [key, refusal] of [
      ["khach", "chưa có trong danh sách chi bộ nào"],
      ["tan", "đang chờ bí thư duyệt"],
      ["bay", "không có cuộc bỏ phiếu kín này"],
      ["quan", "chưa có trong danh sách chi bộ nào"],
    ] as const) {
      fake.sendText({ from: who(key), text: `/start bophieu_${meetingPollId}` });
      const answer = await last(who(key).id);
      expect(answer.text, key).toContain(refusal);
      expect(answer.replyMarkup, key).toBeUndefined();
    }
    expect(groupTexts()).not.toContain("Đã ghi phiếu");
  });

  it("records only members' votes in a named Telegram poll, whatever its own count says", async () => {
    fake.sendText({
      from: who("lan"),
      text: "/binhchon Chọn ngày họp tháng 6? | Thứ Hai | Thứ Tư",
    });
    const review = await last(111);
    fake.clickButton({
      from: who("lan"),
      message: review,
      label: "✅ Gửi, công khai (ghi tên người chọn)",
    });
    await rig.lastTo(GROUP);
    const poll = fake.messagesTo(GROUP).findLast((m) => m.method === "sendPoll");
    if (!poll) throw new Error("no poll");
    expect(poll.message.poll?.is_anonymous).toBe(false);
    expect(groupTexts()).toContain("mọi người trong nhóm thấy ai chọn gì");
    fake.vote({ from: who("hung"), message: poll, optionIds: [0] });
    fake.vote({ from: who("mai"), message: poll, optionIds: [1] });
    for (const key of ["khach", "tan", "bay", "quan"]) {
      fake.vote({ from: who(key), message: poll, optionIds: [1] });
    }
    await fake.waitForIdle();
    // Telegram's poll shows six votes; chibo counts two.
    const native = fake.messagesTo(GROUP).findLast((m) => m.method === "sendPoll");
    expect(native?.message.poll?.total_voter_count).toBe(6);

    const report = await pollsReport();
    expect(report).toContain("«Chọn ngày họp tháng 6?» (đang bình chọn, 2 phiếu)");
    expect(report).toContain("«Đánh giá chất lượng buổi sinh hoạt» (đang bình chọn, 3 phiếu)");

    fake.sendText({ from: who("lan"), text: "/binhchon" });
    const open = await last(111);
    fake.clickButton({
      from: who("lan"),
      message: open,
      label: "🏁 Kết thúc: Chọn ngày họp tháng 6?",
    });
    const result = (await last(GROUP)).text;
    expect(result).toContain("«Chọn ngày họp tháng 6?» (2 phiếu)");
    expect(result).toContain("Thứ Hai: 1 (50%)");
    expect(result).toContain("Thứ Tư: 1 (50%)");
  });

  it("posts the secret ballot's result a day later, counts members alone, and so do /baocao and the minutes", async () => {
    rig.clock.set("2024-05-07T04:02:00Z");
    await rig.beat();
    const result = (await last(GROUP)).text;
    expect(result).toContain("«Đánh giá chất lượng buổi sinh hoạt» (3 phiếu)");
    expect(result).toContain("Tốt: 2 (67%)");
    expect(result).toContain("Khá: 1 (33%)");

    const report = await pollsReport();
    expect(report).toContain("«Đánh giá chất lượng buổi sinh hoạt» (3 phiếu)");
    expect(report).toContain("«Chọn ngày họp tháng 6?» (2 phiếu)");

    fake.sendText({ from: who("lan"), text: "/xuatbaocao" });
    const menu = await last(111);
    fake.clickButton({
      from: who("lan"),
      message: menu,
      label: "📄 Biên bản buổi họp gần nhất (Word)",
    });
    await fake.waitFor((call) => call.method === "sendDocument" && call.ok, 20_000);
    const file = fake.calls
      .filter((call) => call.method === "sendDocument" && call.ok)
      .map((call) => Object.values(call.params).find((v) => v instanceof UploadedFile))
      .find((v): v is UploadedFile => v instanceof UploadedFile);
    const xml =
      (await (
        await JSZip.loadAsync(file?.content ?? Buffer.alloc(0))
      )
        .file("word/document.xml")
        ?.async("string")) ?? "";
    const text = xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
    expect(text).toContain("Hình thức: bỏ phiếu kín.");
    expect(text).toContain("Tổng số phiếu: 3.");
    expect(fake.refused).toEqual([]);
  });
});
