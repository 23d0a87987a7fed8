import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  type FakeZaloServer,
  ZALO_CONTENT,
  type ZaloPerson,
  type ZaloSent,
} from "../../support/fake-zalo-server.js";
import { startZaloRig, type ZaloRig } from "../../support/zalo-rig.js";

/** A poll as the fake Zalo server keeps it: its options as created, with who voted. */
type ZaloPoll = NonNullable<ReturnType<FakeZaloServer["polls"]["get"]>>;

const GROUP = "5550001";

const lan: ZaloPerson = { id: "101", name: "Lan" };
const hung: ZaloPerson = { id: "102", name: "Trần Văn Hùng" };
const mai: ZaloPerson = { id: "103", name: "Lê Thị Mai" };
const tu: ZaloPerson = { id: "104", name: "Phạm Văn Tú" };
const binh: ZaloPerson = { id: "105", name: "Võ Văn Bình" };
const cuong: ZaloPerson = { id: "106", name: "Đỗ Văn Cường" };
const dung: ZaloPerson = { id: "107", name: "Ngô Thị Dung" };

/**
 * A month of one cell in a Zalo group, through the real zca-js client and the fake of Zalo's
 * servers: the secretary schedules a meeting by numbered answers, members answer with a digit
 * in the group (reasons in private), reminders come at their hour, check-in runs by number,
 * the meeting closes at night and its secret ballot goes out in the morning, cast in private;
 * a named poll is Zalo's own, read back every 12 minutes at most and once more before it
 * closes, locked at its close, and records who chose what; registration reminders tag the
 * members who have not registered.
 */
describe("a month of meetings on Zalo", () => {
  let rig: ZaloRig;
  let cellId = 0;

  beforeAll(async () => {
    // Monday 06/05/2024, 09:00 in Vietnam.
    rig = await startZaloRig("2024-05-06T02:00:00Z");
    rig.zalo.addGroup(GROUP, "Chi bộ KP1", lan);
    await say(lan, "/khoitao Chi bộ Khu phố 1", GROUP);
    await say(lan, "/start");
    const { cells, members } = rig.app.services;
    const cell = cells.all()[0];
    if (!cell) throw new Error("no cell");
    cellId = cell.id;
    // Tú never writes to the bot in private; Bình has no phone; Cường does nothing; Dung is exempt.
    for (const [person, started] of [
      [hung, true],
      [mai, true],
      [tu, false],
      [binh, false],
      [cuong, false],
      [dung, false],
    ] as const) {
      const member = members.create({
        cellId: cell.id,
        fullName: person.name,
        role: "member",
        roster: "active",
        personId: `zalo:${person.id}`,
        displayName: person.name,
        now: rig.clock.now(),
      });
      if (person === dung) members.setStatus(member.id, "exempt", rig.clock.now());
      if (started) await say(person, "/start");
    }
  });

  afterAll(() => rig.stop());

  async function say(who: ZaloPerson, text: string, group?: string): Promise<void> {
    await rig.say(who, text, group);
  }

  async function at(iso: string): Promise<void> {
    rig.clock.set(iso);
    await rig.beat();
    await rig.settle();
  }

  const texts = (thread: string) => rig.zalo.textsTo(thread);
  const last = (thread: string) => texts(thread).at(-1) ?? "";
  const all = (thread: string) => texts(thread).join("\n---\n");
  /** The secretary's /baocao, then the views chosen by number, by a word of their line. */
  const reportView = async (...labels: string[]) => {
    await say(lan, "/baocao");
    for (const label of labels) {
      const offering = rig.zalo
        .textsTo(lan.id)
        .findLast((t) => t.split("\n").some((l) => /^\s*\d+\. /.test(l) && l.includes(label)));
      const line = offering?.split("\n").find((l) => /^\s*\d+\. /.test(l) && l.includes(label));
      const number = line && /^\s*(\d+)\. /.exec(line)?.[1];
      if (!number) throw new Error(`no numbered "${label}" in:\n${offering}`);
      await say(lan, number);
    }
    return last(lan.id);
  };

  const sentSince = (count: number): ZaloSent[] => rig.zalo.sent.slice(count);
  /** The number a numbered list gives to the line that contains `label`. */
  const numberOf = (text: string, label: string): string => {
    const line = text.split("\n").find((l) => /^\s*\d+\. /.test(l) && l.includes(label));
    const number = line && /^\s*(\d+)\. /.exec(line)?.[1];
    if (!number) throw new Error(`no numbered "${label}" in:\n${text}`);
    return number;
  };
  const zaloPoll = (question: string): ZaloPoll => {
    const poll = [...rig.zalo.polls.values()].find((p) => p.question === question);
    if (!poll) throw new Error(`no Zalo poll "${question}"`);
    return poll;
  };
  /** A voter takes their vote back in Zalo (the fake only moves votes). */
  const withdraw = (who: ZaloPerson, poll: ZaloPoll) => {
    for (const option of poll.options) {
      option.voters = option.voters.filter((id) => id !== who.id);
    }
  };
  /** Whether chibo asked Zalo to lock the poll (zca-js's lockPoll: poll/end). */
  const lockedBy = (poll: ZaloPoll) =>
    rig.zalo.calls.some((c) => c.path === "/api/poll/end" && c.params.poll_id === poll.poll_id);
  const memberId = (who: ZaloPerson) => rig.app.services.members.byPerson(`zalo:${who.id}`)?.id;
  const announcements = () => texts(GROUP).filter((t) => t.includes("THÔNG BÁO HỌP CHI BỘ"));

  it("schedules a meeting in private by numbered answers and announces it in the group", async () => {
    await say(lan, "/hop");
    const kinds = last(lan.id);
    expect(kinds).toContain("4. 🗓 Lịch họp hằng tháng");
    expect(kinds).toContain("Trả lời bằng một số: 1, 2, 3, 4.");
    expect(kinds).toContain("1. Sinh hoạt định kỳ");
    await say(lan, "1");
    expect(last(lan.id)).toContain("Họp lúc nào?");
    await say(lan, "20/5 19h30");
    expect(all(lan.id)).toContain("chibo hiểu là: 19 giờ 30, thứ Hai, ngày 20/05/2024");
    await say(lan, "Hội trường <KP1> & nhà văn hóa");
    expect(last(lan.id)).toContain("1. Không có nội dung riêng");
    await say(lan, "1");
    const review = last(lan.id);
    expect(review).toContain("Hội trường <KP1> & nhà văn hóa");
    expect(numberOf(review, "Gửi thông báo vào nhóm")).toBe("1");
    await say(lan, "1");
    expect(all(lan.id)).toContain("Đã lên lịch và gửi thông báo");

    expect(announcements()).toHaveLength(1);
    const posted = announcements()[0] ?? "";
    expect(posted).toContain("19 giờ 30, thứ Hai, ngày 20/05/2024");
    expect(posted).toContain("Hội trường <KP1> & nhà văn hóa");
    expect(posted).toContain("Đã báo tham dự: 0. Vắng có lý do: 0.");
    expect(posted).toContain("1. ✋ Tham dự");
    expect(posted).toContain("2. 📝 Vắng có lý do");
    expect(posted).toContain("Trả lời bằng một số: 1, 2.");
    // Plain text: no HTML reaches Zalo.
    expect(posted).not.toMatch(/<b>|&amp;|&lt;/);
  });

  it("takes a digit in the group as the answer; reasons are asked and kept in private", async () => {
    const [announcement = ""] = announcements();
    const before = rig.zalo.sent.length;
    await say(hung, numberOf(announcement, "✋ Tham dự"), GROUP);
    const answered = sentSince(before);
    // Only the acknowledgement: Zalo cannot edit, so the live count is not posted again.
    expect(answered.map((m) => m.threadId)).toEqual([GROUP]);
    expect(answered[0]?.text).toContain("Đã ghi: đồng chí tham dự");
    expect(announcements()).toHaveLength(1);

    await say(mai, numberOf(announcement, "📝 Vắng có lý do"), GROUP);
    expect(last(GROUP)).toContain("Đã ghi vắng có lý do. chibo đã nhắn riêng để hỏi lý do.");
    expect(last(mai.id)).toContain("Xin gõ lý do");
    await say(mai, "Đi công tác Hà Nội");
    expect(last(mai.id)).toContain("Đã ghi lý do vắng");
    expect(last(mai.id)).toContain("Đi công tác Hà Nội");

    // Tú never wrote to the bot: a Zalo account may write first, so he is asked all the same.
    await say(tu, numberOf(announcement, "📝 Vắng có lý do"), GROUP);
    expect(last(tu.id)).toContain("Xin gõ lý do");
    await say(tu, "Ốm, nằm viện");
    expect(last(tu.id)).toContain("Ốm, nằm viện");

    const { meetings } = rig.app.services;
    const meeting = meetings.upcoming(cellId, rig.clock.now())[0];
    const responses = new Map(
      meetings.responses(meeting?.id ?? 0).map((r) => [r.memberId, [r.answer, r.reason]]),
    );
    expect(responses.get(memberId(hung) ?? 0)).toEqual(["attend", null]);
    expect(responses.get(memberId(mai) ?? 0)).toEqual(["excused", "Đi công tác Hà Nội"]);
    expect(responses.get(memberId(tu) ?? 0)).toEqual(["excused", "Ốm, nằm viện"]);

    expect(all(GROUP)).not.toContain("Hà Nội");
    expect(all(GROUP)).not.toContain("nằm viện");
    expect(announcements()).toHaveLength(1);
  });

  it("reminds the day before and an hour before, at their hour", async () => {
    let before = rig.zalo.sent.length;
    await at("2024-05-19T12:29:00Z");
    expect(sentSince(before).filter((m) => m.text.includes("Còn khoảng"))).toEqual([]);

    // Sunday 19/05, 19:30 in Vietnam: 24 hours before.
    await at("2024-05-19T12:30:00Z");
    const reminder = last(GROUP);
    expect(reminder).toContain("Còn khoảng 24 giờ nữa");
    expect(reminder).toContain("Đã báo tham dự: 1. Vắng có lý do: 2.");
    expect(reminder).toContain("1. ✋ Tham dự");
    expect(last(hung.id)).toContain("Đồng chí đã báo tham dự");
    expect(last(lan.id)).toContain("chưa báo có tham dự hay không");
    expect(last(lan.id)).toContain("1. ✋ Tham dự");
    expect(all(mai.id)).not.toContain("Còn khoảng");
    // Only those who wrote to the bot get reminders in private.
    expect(all(cuong.id)).toBe("");

    // The secretary answers the private reminder with a digit.
    await say(lan, "1");
    expect(last(lan.id)).toContain("Đã ghi: đồng chí tham dự");

    // Quiet hours: a beat in the night sends nothing.
    before = rig.zalo.sent.length;
    await at("2024-05-19T16:00:00Z");
    expect(rig.zalo.sent.length).toBe(before);

    await at("2024-05-20T11:30:00Z");
    expect(last(GROUP)).toContain("Còn khoảng 1 giờ nữa");
    expect(last(GROUP)).toContain("Đã báo tham dự: 2. Vắng có lý do: 2.");
    before = rig.zalo.sent.length;
    await rig.beat();
    expect(rig.zalo.sent.length).toBe(before);
  });

  it("checks in by number in the group; the secretary marks and closes from private", async () => {
    rig.clock.set("2024-05-20T12:35:00Z");
    await say(lan, "/diemdanh", GROUP);
    const checkin = last(GROUP);
    expect(checkin).toContain("ĐIỂM DANH");
    expect(checkin).toContain("1. ✋ Có mặt");

    await say(hung, "1", GROUP);
    expect(last(GROUP)).toContain("Đã điểm danh");
    await say(lan, "1", GROUP);
    expect(last(GROUP)).toContain("Đã điểm danh");
    await say(hung, "1", GROUP);
    expect(last(GROUP)).toContain("đã điểm danh rồi");
    // The count is not posted again as people check in.
    expect(texts(GROUP).filter((t) => t.includes("ĐIỂM DANH"))).toHaveLength(1);

    rig.clock.set("2024-05-20T13:40:00Z");
    await say(lan, "/diemdanh");
    const sheet = last(lan.id);
    expect(sheet).toContain("Có mặt: 2/6");
    await say(lan, numberOf(sheet, "⬜ Võ Văn Bình"));
    const marked = last(lan.id);
    expect(marked).toContain("Có mặt: 3/6. Báo vắng có lý do: 2. Chưa điểm danh: 1.");
    expect(marked).toContain("✅ Võ Văn Bình");

    // 21:05 in Vietnam: the meeting closes, but nothing goes to the group in the night.
    rig.clock.set("2024-05-20T14:05:00Z");
    const before = rig.zalo.sent.length;
    await say(lan, numberOf(marked, "Kết thúc buổi họp"));
    expect(sentSince(before).map((m) => m.threadId)).toEqual([lan.id]);
    expect(last(lan.id)).toContain("Đã kết thúc");
  });

  it("waits out the night, then posts the counts, the minutes and the secret ballot", async () => {
    let before = rig.zalo.sent.length;
    await at("2024-05-20T14:31:00Z");
    await at("2024-05-20T23:59:00Z");
    expect(rig.zalo.sent.length).toBe(before);
    expect(rig.zalo.polls.size).toBe(0);

    before = rig.zalo.sent.length;
    await at("2024-05-21T00:00:00Z");
    const group = sentSince(before)
      .filter((m) => m.threadId === GROUP)
      .map((m) => m.text)
      .join("\n");
    expect(group).toContain("Buổi họp đã kết thúc");
    expect(group).toContain("Có mặt 3/6. Vắng có lý do: 2. Vắng không lý do: 1.");
    expect(group).not.toContain("Cường");
    expect(group).not.toContain("Hà Nội");
    const minutes = all(lan.id);
    expect(minutes).toContain("Lê Thị Mai (Đi công tác Hà Nội)");
    expect(minutes).toContain("Phạm Văn Tú (Ốm, nằm viện)");
    expect(minutes).toContain("Vắng không lý do: Đỗ Văn Cường");
    expect(minutes).toContain("Miễn sinh hoạt (không tính): Ngô Thị Dung");

    // A secret ballot is no Zalo poll: a named one shows voters to the group, an anonymous
    // one counts anyone, and a digit typed in the group is read by all.
    expect(rig.zalo.polls.size).toBe(0);
    const ballot = texts(GROUP).find((t) => t.includes("Phiếu kín")) ?? "";
    expect(ballot).toContain("Đánh giá chất lượng buổi sinh hoạt");
    expect(ballot).toContain("rồi gõ /bophieu 1");
    expect(ballot).not.toMatch(/^\s*1\. Tốt/m);
  });

  /** `who` casts a secret vote in private, by the number of the option. */
  const vote = async (who: ZaloPerson, option: string) => {
    await say(who, "/bophieu 1");
    await say(who, numberOf(last(who.id), option));
    expect(last(who.id)).toContain(`Đã ghi phiếu kín của đồng chí: ${option}`);
  };

  it("takes secret votes in private, by number, and posts the result a day later", async () => {
    await vote(hung, "Tốt");
    await vote(lan, "Tốt");
    await vote(mai, "Trung bình");
    await at("2024-05-21T01:00:00Z");
    expect(await reportView("Bình chọn")).toContain(
      "«Đánh giá chất lượng buổi sinh hoạt» (đang bình chọn, 3 phiếu)",
    );

    // Mai changes her mind: her new vote replaces the old one.
    await vote(mai, "Khá");
    await at("2024-05-21T23:50:00Z");
    expect(all(GROUP)).not.toContain("Kết quả bình chọn");
    const polls = await reportView("Bình chọn");
    expect(polls).toContain("Khá: 1 (33%)");
    expect(polls).toContain("Trung bình: 0 (0%)");
    // Tú had never written to the bot: he opens the chat to vote, in the last minutes.
    rig.clock.set("2024-05-21T23:59:00Z");
    await vote(tu, "Tốt");
    // Nobody's choice reached the group.
    expect(all(GROUP)).not.toContain("Đã ghi phiếu");

    // A day after it could be posted (07:00 on 21/05): 07:00 on 22/05.
    await at("2024-05-22T00:00:00Z");
    const result = texts(GROUP).find((t) => t.includes("Kết quả bình chọn")) ?? "";
    expect(result).toContain("Kết quả bình chọn «Đánh giá chất lượng buổi sinh hoạt» (4 phiếu)");
    expect(result).toContain("Tốt: 3 (75%)");
    expect(result).toContain("Khá: 1 (25%)");
    expect(result).toContain("Trung bình: 0 (0%)");
    expect(result).toContain("Chưa đạt: 0 (0%)");
    // Closed: a late vote is refused.
    await say(cuong, "/bophieu 1");
    expect(last(cuong.id)).toContain("Bình chọn này đã kết thúc");
  });

  it("tags each member who has not registered in the group's registration reminder", async () => {
    // The cell started on 06/05: its deadline is 30 days on, 05/06; 14 days before at 08:00.
    const before = rig.zalo.sent.length;
    await at("2024-05-22T00:59:00Z");
    expect(sentSince(before).filter((m) => m.text.includes("đăng ký kế hoạch"))).toEqual([]);
    await at("2024-05-22T01:00:00Z");
    const reminder = sentSince(before).find(
      (m) => m.threadId === GROUP && m.text.includes("chưa đăng ký"),
    );
    if (!reminder) throw new Error("no registration reminder in the group");
    expect(reminder.text).toContain("Còn 14 ngày đến hạn");
    const missing = [lan, hung, mai, tu, binh, cuong];
    expect(reminder.mentions).toHaveLength(missing.length);
    for (const person of missing) {
      const mention = reminder.mentions.find((m) => m.uid === person.id);
      expect(mention, person.name).toBeDefined();
      if (!mention) continue;
      expect(reminder.text.slice(mention.pos, mention.pos + mention.len)).toBe(person.name);
    }
    expect(reminder.mentions.some((m) => m.uid === dung.id)).toBe(false);
    expect(last(hung.id)).toContain("Còn 14 ngày đến hạn");
  });

  it("records who chose what in a named poll, and a vote withdrawn in Zalo", async () => {
    rig.clock.set("2024-05-22T02:00:00Z");
    await say(lan, "/binhchon Chọn ngày sinh hoạt tháng 6? | Thứ Hai | Thứ Tư");
    const review = last(lan.id);
    await say(lan, numberOf(review, "công khai"));
    expect(all(lan.id)).toContain("Bình chọn đang được gửi vào nhóm");
    const poll = zaloPoll("Chọn ngày sinh hoạt tháng 6?");
    expect(poll.is_anonymous).toBe(false);
    expect(poll.options.map((o) => o.content)).toEqual(["Thứ Hai", "Thứ Tư"]);

    rig.zalo.vote(hung, poll.poll_id, 1);
    rig.zalo.vote(mai, poll.poll_id, 1);
    rig.zalo.vote(tu, poll.poll_id, 0);
    await at("2024-05-22T02:01:00Z");
    const pollId = rig.app.services.polls.open(cellId).at(-1)?.id ?? 0;
    const votes = () =>
      rig.app.services.polls
        .votes([pollId])
        .map((v) => [v.memberId, v.optionIds])
        .sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(votes()).toEqual([
      [memberId(hung), [1]],
      [memberId(mai), [1]],
      [memberId(tu), [0]],
    ]);

    // Read back at most every 12 minutes: the withdrawal is seen by the next read.
    withdraw(mai, poll);
    await at("2024-05-22T02:14:00Z");
    expect(votes()).toEqual([
      [memberId(hung), [1]],
      [memberId(tu), [0]],
    ]);

    await say(lan, "/binhchon");
    const open = last(lan.id);
    expect(open).toContain("«Chọn ngày sinh hoạt tháng 6?», 2 phiếu");
    await say(lan, numberOf(open, "Kết thúc: Chọn ngày sinh hoạt tháng 6?"));
    expect(lockedBy(poll)).toBe(true);
    expect(poll.closed).toBe(true);
    const result = last(GROUP);
    expect(result).toContain("«Chọn ngày sinh hoạt tháng 6?» (2 phiếu)");
    expect(result).toContain("Thứ Hai: 1 (50%)");
    expect(result).toContain("Thứ Tư: 1 (50%)");
    expect(() => rig.zalo.vote(mai, poll.poll_id, 0)).toThrow(/locked/);
  });

  it("shows the attendance with reasons in /baocao in private, counts only in the group", async () => {
    const meeting = await reportView("Điểm danh", "định kỳ 20/05");
    expect(meeting).toContain("có mặt 3/6");
    expect(meeting).toContain("Lê Thị Mai (Đi công tác Hà Nội)");
    expect(meeting).toContain("Phạm Văn Tú (Ốm, nằm viện)");
    expect(await reportView("Điểm danh", "Từng đảng viên")).toContain(
      "Đỗ Văn Cường: có mặt 0, vắng có lý do 0, vắng không lý do 1",
    );
    const polls = await reportView("Bình chọn");
    expect(polls).toContain("«Đánh giá chất lượng buổi sinh hoạt» (4 phiếu)");
    expect(polls).toContain("Tốt: 3 (75%)");
    expect(polls).toContain("«Chọn ngày sinh hoạt tháng 6?» (2 phiếu)");

    await say(lan, "/baocao", GROUP);
    const inGroup = last(GROUP);
    expect(inGroup).toContain("có mặt 3/6 lượt");
    expect(inGroup).not.toContain("Hà Nội");
    expect(inGroup).not.toContain("nằm viện");
  });

  it("answers a sticker in private that it reads only text, and ignores one in the group", async () => {
    const before = rig.zalo.sent.length;
    rig.zalo.sayContent(hung, ZALO_CONTENT.sticker(), GROUP);
    rig.zalo.sayContent(hung, ZALO_CONTENT.sticker());
    // Messages are answered in the order they came: once the private one is answered, the
    // group's was read too.
    await vi.waitFor(() => expect(last(hung.id)).toContain("chibo chỉ đọc được tin nhắn chữ"));
    await rig.settle();
    expect(sentSince(before).map((m) => m.threadId)).toEqual([hung.id]);
  });
});

/**
 * Cases the month does not meet: in a Zalo group the numbered list is everyone's, a native
 * poll is answered in Zalo itself, and names in a reminder can contain one another.
 */
describe("numbers, polls and tags in a Zalo group", () => {
  let rig: ZaloRig;
  let cellId = 0;

  beforeEach(async () => {
    // Monday 06/05/2024, 19:35 in Vietnam.
    rig = await startZaloRig("2024-05-06T12:35:00Z");
    rig.zalo.addGroup(GROUP, "Chi bộ KP1", lan);
    await rig.say(lan, "/khoitao Chi bộ Khu phố 1", GROUP);
    await rig.say(lan, "/start");
    cellId = rig.app.services.cells.all()[0]?.id ?? 0;
  });

  afterEach(() => rig.stop());

  const say = async (who: ZaloPerson, text: string, group?: string) => {
    await rig.say(who, text, group);
  };
  const join = (person: ZaloPerson) =>
    rig.app.services.members.create({
      cellId,
      fullName: person.name,
      role: "member",
      roster: "active",
      personId: `zalo:${person.id}`,
      displayName: person.name,
      now: rig.clock.now(),
    });
  const last = (thread: string) => rig.zalo.textsTo(thread).at(-1) ?? "";
  /** The secretary's /baocao, then the views chosen by number, by a word of their line. */
  const reportView = async (...labels: string[]) => {
    await say(lan, "/baocao");
    for (const label of labels) {
      const offering = rig.zalo
        .textsTo(lan.id)
        .findLast((t) => t.split("\n").some((l) => /^\s*\d+\. /.test(l) && l.includes(label)));
      const line = offering?.split("\n").find((l) => /^\s*\d+\. /.test(l) && l.includes(label));
      const number = line && /^\s*(\d+)\. /.exec(line)?.[1];
      if (!number) throw new Error(`no numbered "${label}" in:\n${offering}`);
      await say(lan, number);
    }
    return last(lan.id);
  };

  const memberId = (who: ZaloPerson) => rig.app.services.members.byPerson(`zalo:${who.id}`)?.id;
  /** `minutes` later by the app's clock, then a heartbeat. */
  const later = async (minutes: number) => {
    rig.clock.set(new Date(rig.clock.now().getTime() + minutes * 60_000).toISOString());
    await rig.beat();
    await rig.settle();
  };
  const numberOf = (text: string, label: string): string => {
    const line = text.split("\n").find((l) => /^\s*\d+\. /.test(l) && l.includes(label));
    const number = line && /^\s*(\d+)\. /.exec(line)?.[1];
    if (!number) throw new Error(`no numbered "${label}" in:\n${text}`);
    return number;
  };
  /** The secretary posts a poll from private; Zalo's copy of it. */
  const postPoll = async (command: string) => {
    await say(lan, command);
    await say(lan, numberOf(last(lan.id), "công khai"));
    const question = command.slice("/binhchon ".length).split(" | ")[0];
    const poll = [...rig.zalo.polls.values()].find((p) => p.question === question);
    if (!poll) throw new Error(`no Zalo poll "${question}"`);
    return poll;
  };
  const lockedBy = (poll: ZaloPoll) =>
    rig.zalo.calls.some((c) => c.path === "/api/poll/end" && c.params.poll_id === poll.poll_id);
  /** The secretary closes the open poll from private; the result as posted in the group. */
  const closePoll = async (question: string) => {
    await say(lan, "/binhchon");
    await say(lan, numberOf(last(lan.id), `Kết thúc: ${question}`));
    return rig.zalo.textsTo(GROUP).find((t) => t.includes(`Kết quả bình chọn «${question}»`)) ?? "";
  };

  it("keeps the check-in numbers for everyone after one member's repeated answer", async () => {
    for (const person of [hung, mai]) join(person);
    const now = rig.clock.now().getTime();
    const meeting = rig.app.services.meetings.create(
      {
        cellId,
        kind: "regular",
        startsAt: new Date(now - 5 * 60_000),
        endsAt: new Date(now + 115 * 60_000),
        place: "Hội trường",
        topic: "",
        createdBy: rig.app.services.members.byPerson(`zalo:${lan.id}`)?.id ?? 0,
      },
      new Date(now - 86_400_000),
    );
    await say(lan, "/diemdanh", GROUP);
    expect(last(GROUP)).toContain("1. ✋ Có mặt");
    await say(hung, "1", GROUP);
    await say(hung, "1", GROUP);
    expect(last(GROUP)).toContain("đã điểm danh rồi");
    // The list is still on everyone's screen: Mai's "1" checks her in.
    await say(mai, "1", GROUP);
    expect(last(GROUP)).toContain("Đã điểm danh");
    const present = rig.app.services.meetings
      .marks([meeting.id])
      .filter((mark) => mark.present)
      .map((mark) => mark.memberId);
    expect(present).toContain(rig.app.services.members.byPerson(`zalo:${mai.id}`)?.id);
  });

  it("takes no digit in the group as a vote in a poll posted as Zalo's own", async () => {
    join(hung);
    const poll = await postPoll("/binhchon Công khai? | Có | Không");
    expect(poll.is_anonymous).toBe(false);
    rig.zalo.vote(hung, poll.poll_id, 0);
    // Zalo's polls are read back every 12 minutes.
    await later(13);
    const before = rig.zalo.sent.length;
    // Hùng already voted in Zalo; a "1" typed in the group is not a second vote.
    await say(hung, "1", GROUP);
    const answers = rig.zalo.sent.slice(before).map((m) => m.text);
    expect(answers.join("\n")).not.toContain("Đã ghi phiếu");
    const pollId = rig.app.services.polls.open(cellId)[0]?.id ?? 0;
    expect(rig.app.services.polls.votes([pollId])).toMatchObject([
      { memberId: memberId(hung), optionIds: [0] },
    ]);
    expect(await reportView("Bình chọn")).toContain("«Công khai?» (đang bình chọn, 1 phiếu)");
  });

  it("tags each member at their own name, also when another's name contains it", async () => {
    const dang: ZaloPerson = { id: "108", name: "Đặng Thị Lan" };
    join(dang);
    join(hung);
    rig.clock.set("2024-05-07T02:00:00Z");
    await say(lan, "/nhacnho", GROUP);
    // What /nhacnho queues goes out with the next beat.
    await rig.beat();
    const reminder = rig.zalo.sent.find((m) => m.threadId === GROUP && m.mentions.length > 0);
    if (!reminder) throw new Error("no reminder with tags");
    expect(reminder.text).toContain("Đặng Thị Lan, Lan, Trần Văn Hùng");
    for (const person of [lan, dang, hung]) {
      const mention = reminder.mentions.find((m) => m.uid === person.id);
      expect(mention, person.name).toBeDefined();
      if (!mention) continue;
      expect(reminder.text.slice(mention.pos, mention.pos + mention.len)).toBe(person.name);
    }
    // Lan is tagged at "Lan" alone, not at the end of "Đặng Thị Lan": no two tags overlap.
    expect(reminder.mentions.find((m) => m.uid === lan.id)?.pos).toBe(
      reminder.text.indexOf(", Lan,") + 2,
    );
    const spans = [...reminder.mentions].sort((a, b) => a.pos - b.pos);
    for (const [index, span] of spans.entries()) {
      const next = spans[index + 1];
      if (next) expect(span.pos + span.len).toBeLessThanOrEqual(next.pos);
    }
  });

  it.each(["reversed", "byVotes"] as const)(
    "counts each vote on the option chosen when Zalo lists them %s",
    async (order) => {
      for (const person of [hung, mai, tu]) join(person);
      rig.zalo.pollOrder = order;
      const poll = await postPoll("/binhchon Ngày sinh hoạt? | Thứ Hai | Thứ Tư | Thứ Sáu");
      expect(poll.options.map((o) => o.content)).toEqual(["Thứ Hai", "Thứ Tư", "Thứ Sáu"]);
      // Two choose the third option, one the first.
      rig.zalo.vote(hung, poll.poll_id, 2);
      rig.zalo.vote(mai, poll.poll_id, "Thứ Sáu");
      rig.zalo.vote(tu, poll.poll_id, 0);
      // Zalo lists them in another order than they were made in.
      const listed = await rig.api().getPollDetail(poll.poll_id);
      expect(listed.options.map((o) => o.content)).not.toEqual(["Thứ Hai", "Thứ Tư", "Thứ Sáu"]);
      await later(13);

      const pollId = rig.app.services.polls.open(cellId)[0]?.id ?? 0;
      const votes = rig.app.services.polls
        .votes([pollId])
        .map((v) => [v.memberId, v.optionIds])
        .sort((a, b) => Number(a[0]) - Number(b[0]));
      expect(votes).toEqual([
        [memberId(hung), [2]],
        [memberId(mai), [2]],
        [memberId(tu), [0]],
      ]);
      const report = await reportView("Bình chọn");
      expect(report).toContain("«Ngày sinh hoạt?» (đang bình chọn, 3 phiếu)");
      expect(report).toContain("Thứ Hai: 1 (33%)");
      expect(report).toContain("Thứ Tư: 0 (0%)");
      expect(report).toContain("Thứ Sáu: 2 (67%)");

      const result = await closePoll("Ngày sinh hoạt?");
      expect(lockedBy(poll)).toBe(true);
      expect(poll.closed).toBe(true);
      expect(result).toContain("«Ngày sinh hoạt?» (3 phiếu)");
      expect(result).toContain("Thứ Hai: 1 (33%)");
      expect(result).toContain("Thứ Tư: 0 (0%)");
      expect(result).toContain("Thứ Sáu: 2 (67%)");
    },
  );

  it("keeps apart two voters whose Zalo ids differ only past 2^53", async () => {
    // As floats these two ids are one number.
    const an: ZaloPerson = { id: "9007199254740992", name: "Nguyễn Văn An" };
    const bao: ZaloPerson = { id: "9007199254740993", name: "Nguyễn Văn Bảo" };
    expect(Number(an.id)).toBe(Number(bao.id));
    join(an);
    join(bao);
    await say(bao, "/start");
    expect(rig.zalo.textsTo(bao.id).length).toBeGreaterThan(0);
    expect(rig.zalo.textsTo(an.id)).toEqual([]);

    const poll = await postPoll("/binhchon Họp buổi nào? | Sáng | Tối");
    rig.zalo.vote(an, poll.poll_id, 0);
    rig.zalo.vote(bao, poll.poll_id, 1);
    await later(13);
    const pollId = rig.app.services.polls.open(cellId)[0]?.id ?? 0;
    const votes = rig.app.services.polls
      .votes([pollId])
      .map((v) => [v.memberId, v.optionIds])
      .sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(votes).toEqual([
      [memberId(an), [0]],
      [memberId(bao), [1]],
    ]);
    expect(memberId(an)).not.toBe(memberId(bao));

    const result = await closePoll("Họp buổi nào?");
    expect(result).toContain("«Họp buổi nào?» (2 phiếu)");
    expect(result).toContain("Sáng: 1 (50%)");
    expect(result).toContain("Tối: 1 (50%)");
  });

  it("does not count a vote Zalo holds from after the poll closed here", async () => {
    for (const person of [hung, mai]) join(person);
    const poll = await postPoll("/binhchon Mua cờ mới? | Có | Không");
    const pollId = rig.app.services.polls.open(cellId)[0]?.id ?? 0;
    rig.zalo.vote(hung, poll.poll_id, 0);
    await later(13);
    const result = await closePoll("Mua cờ mới?");
    expect(result).toContain("«Mua cờ mới?» (1 phiếu)");
    expect(lockedBy(poll)).toBe(true);

    // Mai's vote reached Zalo as the poll closed here, before the lock did.
    poll.options[1]?.voters.push(mai.id);
    await later(13);
    await later(13);
    const report = await reportView("Bình chọn");
    expect(report).toContain("«Mua cờ mới?» (1 phiếu)");
    expect(report).toContain("Có: 1 (100%)");
    expect(report).toContain("Không: 0 (0%)");
    expect(rig.app.services.polls.votes([pollId]).map((v) => v.memberId)).toEqual([memberId(hung)]);
  });
});
