import { afterEach, describe, expect, it } from "vitest";
import { memberRows, schemaTables, TABLE_USES } from "../../src/db/personal-data.js";
import { erasureRefusal } from "../../src/domain/erasure-rules.js";
import { checkInMember, closeMeeting } from "../../src/meetings/attendance.js";
import { Poster } from "../../src/outbox/poster.js";
import { renderReply } from "../../src/platforms/render-reply.js";
import { telegramHtml } from "../../src/platforms/telegram/telegram-html.js";
import type { Meeting } from "../../src/store/meeting-store.js";
import { ERASURE } from "../../src/store/member-erasure.js";
import type { Member } from "../../src/store/member-store.js";
import { open } from "../documents/docx-reader.js";
import { Harness, type Said, texts } from "../support/harness.js";

let h: Harness;
afterEach(() => h?.close());

const HUNG = "Trần Văn Hùng";
const MAI = "Lê Thị Mai";
const PRIVATE = "private";
const REQUEST = "✅ Gửi yêu cầu xóa";
const erasedName = (member: Member) => `Đảng viên (đã xóa dữ liệu) #${member.id}`;
const notice = (name: string) => `🗑 Xóa dữ liệu của đồng chí ${name}`;
const confirm = (name: string) => `✅ Xác nhận xóa dữ liệu của đồng chí ${name}`;

interface World {
  hung: Member;
  mai: Member;
  lan: Member;
  /** Closed; Hùng absent, with the reason he gave when he answered the announcement. */
  absent: Meeting;
  /** Closed; Hùng checked in. */
  present: Meeting;
  /** Still to come; Hùng said he would be away. */
  coming: Meeting;
}

function byPerson(name: string): Member {
  const member = h.app.services.members.byPerson(`console:${name}`);
  if (!member) throw new Error(`no ${name}`);
  return member;
}

/** A regular meeting of two hours from `startsAt`, made by Lan. */
function meetingAt(startsAt: string, lan: Member): Meeting {
  const { services } = h.app;
  const start = new Date(startsAt);
  return services.meetings.create(
    {
      cellId: lan.cellId,
      kind: "regular",
      startsAt: start,
      endsAt: new Date(start.getTime() + 2 * 3600_000),
      place: "Hội trường khu phố",
      topic: "",
      createdBy: lan.id,
    },
    h.clock.now(),
  );
}

/** Those attending check in ten minutes in; the secretary closes it after an hour and a half. */
function close(meeting: Meeting, attending: Member[]): Meeting {
  const { services } = h.app;
  h.clock.set(new Date(meeting.startsAt.getTime() + 10 * 60_000).toISOString());
  for (const member of attending) checkInMember(services, meeting, member.id, false, h.clock.now());
  h.clock.set(new Date(meeting.startsAt.getTime() + 90 * 60_000).toISOString());
  return closeMeeting(services, new Poster(services, meeting.cellId), meeting, h.clock.now(), true);
}

/**
 * Lan's cell with Hùng (named `hungName`) and Mai, on 10/03/2024; Hùng has something in every
 * table a member can have rows in; then it is Monday 06/05/2024, 09:00 in Vietnam.
 */
async function world(options: { hasButtons?: boolean; hungName?: string } = {}): Promise<World> {
  const hungName = options.hungName ?? HUNG;
  h = new Harness({ hasButtons: options.hasButtons });
  await h.cellWith([hungName, MAI]);
  const { services } = h.app;
  for (const name of ["Lan", hungName, MAI]) await h.say(name, PRIVATE, "/help");
  const hung = byPerson(hungName);
  const mai = byPerson(MAI);
  const lan = byPerson("Lan");
  await h.say(hungName, PRIVATE, "/dangky");
  for (const part of ["Học chuyên đề năm", "Giải quyết hồ sơ đúng hạn", "Giữ gìn gia đình"]) {
    await h.say(hungName, PRIVATE, part);
  }
  await h.press(hungName, PRIVATE, "✅ Lưu");
  const now = h.clock.now();
  services.progress.add(hung.id, 2024, [{ part: "study", status: "underway", note: "6 bài" }], now);
  services.results.save(
    hung.id,
    2024,
    {
      parts: {
        study: { outcome: "done", text: "Đọc đủ 12 bài" },
        follow: { outcome: "done", text: "Hồ sơ đúng hạn" },
        example: { outcome: "partly", text: "Gia đình văn hóa", why: "Chưa xét" },
      },
      proposedLevel: "good",
    },
    now,
  );
  services.reviews.agree(lan.cellId, hung.id, 2024, "good", lan.id, now);
  services.dataReads.record({
    reader: { role: "secretary", memberId: lan.id },
    cellId: lan.cellId,
    memberIds: [hung.id],
    kinds: ["plan"],
    channel: "chat",
    now,
  });
  services.ledger.recordWarnings(hung.id, 2024, [2], now);
  services.members.noteDeparture(hung.id, "console:group:1", now);
  services.claimCodes.attempts.noteWrong(`console:${hungName}`, now);
  services.zaloContacts.markAskedToBefriend(`console:${hungName}`, now);
  services.zaloContacts.noteStrangerWrittenTo("2024-03-10", `console:${hungName}`);
  // A dialog left open in the group, and codes that would give the entry an account.
  services.conversations.saveDialog("console:group:1", `console:${hungName}`, "bieuduong", {}, now);
  services.claimCodes.issue(hung.id, new Date("2024-12-31T00:00:00Z"));
  services.linkCodes.issue(hung.id, new Date("2024-12-31T00:00:00Z"));
  services.outbox.add(
    { chatId: `console:${hungName}`, parts: [{ key: "verbatim", args: { text: "Nhắc" } }] },
    { notBefore: now, now },
    hung.id,
  );
  // Meetings: one he missed with a reason, one he came to, one to come.
  const absentAt = meetingAt("2024-04-05T12:30:00Z", lan);
  services.meetings.respond(absentAt.id, hung.id, "excused", "Ốm sốt phải nằm viện", now);
  const poll = services.polls.create(
    {
      cellId: lan.cellId,
      meetingId: absentAt.id,
      question: { key: "verbatim", args: { text: "Buổi họp có ích không?" } },
      options: [
        { key: "verbatim", args: { text: "Có" } },
        { key: "verbatim", args: { text: "Chưa" } },
      ],
      anonymous: false,
      closesAt: new Date("2024-04-06T12:00:00Z"),
      createdBy: lan.id,
    },
    now,
  );
  for (const [member, option] of [
    [hung, 0],
    [mai, 1],
  ] as const) {
    services.polls.vote(
      {
        pollId: poll.id,
        personId: `console:${member.fullName}`,
        memberId: member.id,
        optionIds: [option],
      },
      now,
    );
  }
  const absent = close(absentAt, [lan, mai]);
  services.polls.close(poll.id, h.clock.now());
  const present = close(meetingAt("2024-05-03T12:30:00Z", lan), [lan, hung]);
  h.clock.set("2024-05-06T02:00:00Z");
  const coming = meetingAt("2024-06-07T12:30:00Z", lan);
  services.meetings.respond(coming.id, hung.id, "excused", "Đi công tác Hà Giang", h.clock.now());
  const openPoll = services.polls.create(
    {
      cellId: lan.cellId,
      meetingId: null,
      question: { key: "verbatim", args: { text: "Họp tối thứ mấy?" } },
      options: [{ key: "verbatim", args: { text: "Thứ Hai" } }],
      anonymous: false,
      closesAt: new Date("2024-05-10T12:00:00Z"),
      createdBy: lan.id,
    },
    h.clock.now(),
  );
  services.polls.vote(
    { pollId: openPoll.id, personId: `console:${hungName}`, memberId: hung.id, optionIds: [0] },
    h.clock.now(),
  );
  // A round still open: Hùng proposed for praise, and proposing Mai, whom he supports.
  const round = { cellId: lan.cellId, year: 2024, round: "midterm" as const };
  services.nominations.open(round, h.clock.now());
  const ofHung = services.nominations.propose(
    round,
    { kind: "individual", nomineeId: hung.id, reason: "Gương mẫu", proposedBy: lan.id },
    h.clock.now(),
  );
  const ofMai = services.nominations.propose(
    round,
    { kind: "individual", nomineeId: mai.id, reason: "Nhiệt tình", proposedBy: hung.id },
    h.clock.now(),
  );
  services.nominations.vote(ofMai, hung.id, h.clock.now());
  services.nominations.vote(ofHung, mai.id, h.clock.now());
  // Last year's round, confirmed: Hùng put forward, and his support for Mai counted.
  const lastYear = { cellId: lan.cellId, year: 2023, round: "yearEnd" as const };
  services.nominations.open(lastYear, h.clock.now());
  const confirmed = [hung, mai].map((nominee) =>
    services.nominations.propose(
      lastYear,
      { kind: "individual", nomineeId: nominee.id, reason: "Hoàn thành tốt", proposedBy: lan.id },
      h.clock.now(),
    ),
  );
  services.nominations.vote(confirmed[1] ?? 0, hung.id, h.clock.now());
  services.nominations.confirm(lastYear, confirmed, h.clock.now());
  return { hung, mai, lan, absent, present, coming };
}

/** Hùng asks for his data to be deleted: /dulieu, «Xin xóa», and the request sent. */
async function requestErasure(name = HUNG): Promise<Said[]> {
  await h.say(name, PRIVATE, "/dulieu");
  await h.press(name, PRIVATE, "Xin xóa");
  return h.press(name, PRIVATE, REQUEST);
}

function count(table: string): number {
  const row = h.app.database.sqlite.prepare(`select count(*) as n from ${table}`).get() as {
    n: number;
  };
  return row.n;
}

/** Everything a refusal must leave as it was: the state tables, consents and who looked. */
function state(): string {
  return JSON.stringify([h.snapshot(), count("consents"), count("data_reads")]);
}

async function minutesOf(meeting: Meeting) {
  const file = await h.app.documents({
    kind: "minutes-docx",
    cellId: meeting.cellId,
    meetingId: meeting.id,
  });
  return open(file.data);
}

/** The tables of a member's rows that erasure decides to empty, by their SQL names. */
function erasedTables(rows: Record<string, unknown[]>): string[] {
  // schemaTables() names the tables of TABLE_USES, in its order.
  const names = schemaTables().map(({ table }) => table);
  return Object.keys(TABLE_USES).flatMap((key, index) => {
    const decision = ERASURE[key as keyof typeof ERASURE];
    const table = names[index] ?? "";
    const erasedAll =
      decision !== "bookkeeping" && !("keep" in decision) && !("anonymise" in decision);
    return erasedAll && table in rows ? [table] : [];
  });
}

const lines = (said: Said | undefined) => said?.text.split("\n") ?? [];

/** The lists of what goes and what stays: from the "Sẽ xóa"/"Đã xóa" heading to the last line. */
function erasureLists(said: Said | undefined): string[] {
  const all = lines(said);
  const from = all.findIndex((line) => /^(Sẽ xóa|Đã xóa):$/.test(line));
  const to = all.findIndex((line) => line.startsWith("• 2 lần trả lời về việc đồng ý"));
  return all.slice(from + 1, to + 1);
}

describe("the secretary carries out a member's deletion request", () => {
  for (const hasButtons of [true, false]) {
    it(`shows what goes and what stays, erases in one go, and tells both (${hasButtons ? "buttons" : "numbered lists"})`, async () => {
      const { hung, mai, lan, absent, present } = await world({ hasButtons });
      const { services } = h.app;
      const { db } = h.app.database;
      const before = await minutesOf(absent);
      expect(before.text).toContain(`Đồng chí ${HUNG} — Ốm sốt phải nằm viện;`);
      const maiBefore = memberRows(db, mai.id, [`console:${MAI}`]);
      const hisBefore = memberRows(db, hung.id, [`console:${HUNG}`]);
      const readsBefore = count("data_reads");

      // The member's request: a withdrawal recorded, and the notice with its choice.
      const asked = await requestErasure();
      expect(texts(asked.filter((s) => s.chatId === `console:${HUNG}`))).toContain(
        "Đã chuyển yêu cầu xóa cho bí thư trong chat riêng, và ghi nhận đồng chí rút lại đồng ý",
      );
      const told = asked.find((s) => s.chatId === "console:Lan");
      expect(told?.text).toContain(`Đồng chí ${HUNG} xin xóa dữ liệu của mình.`);
      expect(told?.choices.map((c) => c.label)).toEqual([notice(HUNG)]);
      expect(services.consents.hasSaidNo(hung.id)).toBe(true);

      // The confirmation: exactly what goes and what stays; nothing changed yet.
      const unchanged = state();
      const shown = await h.press("Lan", PRIVATE, notice(HUNG));
      expect(h.snapshot()).toBe(JSON.parse(unchanged)[0]);
      expect(shown).toHaveLength(1);
      expect(shown[0]?.chatId).toBe("console:Lan");
      expect(lines(shown[0])).toEqual([
        `Xóa dữ liệu của đồng chí ${HUNG}`,
        "Theo yêu cầu của đồng chí ấy, chibo xóa những gì luật cho xóa và giữ, không kèm tên, những gì biên bản và sổ sách của chi bộ phải giữ. Đã xóa thì không khôi phục được.",
        "Sẽ xóa:",
        "• 1 tài khoản chat, cùng hội thoại đang dở và danh sách chọn trong chat riêng",
        "• 1 bản đăng ký kế hoạch cá nhân và 1 lần lưu",
        "• 1 lần báo tiến độ",
        "• 1 báo cáo kết quả cuối năm (nội dung và mức tự nhận)",
        "• 1 lời báo tham dự hoặc vắng, điểm danh của các buổi họp chưa kết thúc",
        "• 2 phiếu ở các cuộc bình chọn ghi tên và đợt đề nghị biểu dương chưa kết thúc",
        "• 1 đề nghị biểu dương trong đợt chưa chốt",
        "• 1 tin nhắn riêng chibo đã gửi hoặc đang chờ gửi",
        `Chi bộ giữ, dưới tên «${erasedName(hung)}», không còn trong danh sách sinh hoạt của chi bộ:`,
        "• biên bản 2 buổi họp đã kết thúc: điểm danh (1 lần) và lý do vắng",
        "• 1 mức xếp loại chi bộ đã thống nhất",
        "• 2 phiếu đã tính trong kết quả các cuộc bình chọn và đợt đề nghị biểu dương đã kết thúc, không còn gắn với tên",
        "• 2 lần trả lời về việc đồng ý cho chibo lưu dữ liệu: luật yêu cầu giữ làm bằng chứng",
      ]);
      expect(shown[0]?.choices.map((c) => c.label)).toEqual([confirm(HUNG)]);

      // Confirmed: the member hears first, with the same lists as the secretary.
      const done = await h.press("Lan", PRIVATE, confirm(HUNG));
      expect(done.map((s) => s.chatId)).toEqual([`console:${HUNG}`, "console:Lan"]);
      const [toMember, toSecretary] = done;
      expect(lines(toMember).slice(0, 2)).toEqual([
        "Dữ liệu của đồng chí đã được xóa",
        "Chi bộ đã thực hiện yêu cầu xóa dữ liệu của đồng chí.",
      ]);
      expect(lines(toMember).at(-1)).toBe(
        "Các tài khoản chat của đồng chí đã được gỡ khỏi chibo: đây là tin nhắn cuối cùng chibo gửi đồng chí.",
      );
      expect(lines(toSecretary)[0]).toBe(
        `Đã xóa dữ liệu của đồng chí ${HUNG} theo yêu cầu của đồng chí ấy.`,
      );
      expect(lines(toSecretary).at(-1)).toBe(
        "chibo đã nhắn riêng cho đồng chí ấy danh sách này, trước khi gỡ tài khoản chat.",
      );
      expect(erasureLists(toMember)).toEqual(erasureLists(shown[0]));
      expect(erasureLists(toSecretary)).toEqual(erasureLists(shown[0]));
      expect(lines(toSecretary)).toContain("Đã xóa:");

      // The roster entry: anonymised, off the roster, pointed at by what the cell keeps.
      const entry = services.members.byId(hung.id);
      expect(entry).toMatchObject({
        fullName: erasedName(hung),
        status: "transferred",
        role: "member",
      });
      expect(services.members.byPerson(`console:${HUNG}`)).toBeUndefined();

      // Every table decided "erase" held his rows, and holds none; the partly kept ones what
      // they keep.
      const rows = memberRows(db, hung.id, [`console:${HUNG}`]);
      const erased = erasedTables(rows);
      expect(erased.length).toBeGreaterThan(10);
      for (const table of erased) {
        expect(hisBefore[table]?.length, table).toBeGreaterThan(0);
        expect(rows[table], table).toEqual([]);
      }
      const sqlite = h.app.database.sqlite;
      expect(
        sqlite.prepare("select * from one_time_codes where target_id = ?").all(hung.id),
      ).toEqual([]);
      // His private chat's list went; the message he was told last leaves it empty where
      // chibo remembers lists (no buttons): nothing there to answer, nor to read.
      const lists = sqlite
        .prepare('select "values" from offered_choices where chat_id like ?')
        .all(`console:${HUNG}%`) as { values: string }[];
      expect(lists.map((row) => JSON.parse(row.values))).toEqual(hasButtons ? [] : [[], ["[]"]]);
      expect(rows.meeting_responses).toEqual([
        expect.objectContaining({ meetingId: absent.id, reason: "Ốm sốt phải nằm viện" }),
      ]);
      expect(rows.attendance).toEqual([
        expect.objectContaining({ meetingId: present.id, present: true }),
      ]);
      expect(rows.year_results).toEqual([
        expect.objectContaining({
          agreedLevel: "good",
          agreedBy: lan.id,
          parts: null,
          proposedLevel: null,
          submittedAt: null,
        }),
      ]);
      expect(rows.poll_votes).toEqual([]);
      // Of the nominations, what last year's confirmed round decided stays.
      expect(rows.nomination_votes).toEqual([
        expect.objectContaining({ nominationId: 4, memberId: hung.id }),
      ]);
      expect(rows.nominations).toEqual([
        expect.objectContaining({ id: 3, year: 2023, nomineeId: hung.id }),
      ]);
      expect(rows.consents?.map((row) => (row as { answer: string }).answer)).toEqual([
        "given",
        "withdrawn",
      ]);
      // Kept as proof, without the chat account that would still recognise him.
      expect(rows.consents?.map((row) => (row as { personId: unknown }).personId)).toEqual([
        null,
        null,
      ]);
      // The closed poll's result is as counted: his vote stays, tied to nobody.
      const votes = services.polls.votes([1]);
      expect(votes).toHaveLength(2);
      expect(votes.find((vote) => vote.memberId === mai.id)?.optionIds).toEqual([1]);
      const his = votes.find((vote) => vote.memberId === null);
      expect(his?.optionIds).toEqual([0]);
      expect(his?.personId).toMatch(/^erased:[0-9a-f]{32}$/);
      // Mai's proposal, which he made, stays; the one of him went with its votes.
      expect(
        services.nominations.entries({ cellId: lan.cellId, year: 2024, round: "midterm" }),
      ).toMatchObject([{ nomineeId: mai.id, votes: 0 }]);
      // Mai's rows are as they were, but her support for the nomination of him, which went
      // with it; the erasure opened nothing (no row of who looked).
      expect(maiBefore.nomination_votes).toHaveLength(1);
      expect(memberRows(db, mai.id, [`console:${MAI}`])).toEqual({
        ...maiBefore,
        nomination_votes: [],
      });
      expect(count("data_reads")).toBe(readsBefore);
      // His name is in no roster, no minutes, no list left to answer (a list's labels).
      for (const [table, column] of [
        ["members", "*"],
        ["meetings", "*"],
        ["identities", "*"],
        ["dialogs", "*"],
        ["offered_choices", '"values"'],
      ]) {
        const all = JSON.stringify(sqlite.prepare(`select ${column} from ${table}`).all());
        expect(all, table).not.toContain(HUNG);
      }

      // The minutes: the name gone, the counts and the reason as they were.
      const after = await minutesOf(absent);
      expect(after.text).not.toContain(HUNG);
      expect(after.text).toBe(before.text.replaceAll(HUNG, erasedName(hung)));
      expect(after.text).toContain("Có mặt: 2/3 đồng chí phải dự sinh hoạt");
      expect(services.meetings.byId(absent.id)).toMatchObject({
        presentCount: absent.presentCount,
        countedCount: absent.countedCount,
      });
    });
  }

  it("escapes a hostile name wherever it is shown", async () => {
    const hostile = "Hùng <b>&amp;</b> <i>";
    await world({ hungName: hostile });
    const asked = await requestErasure(hostile);
    const html = (said: Said | undefined) =>
      said ? renderReply(said.reply, h.app.translator, 4096, telegramHtml).chunks.join("") : "";
    const told = asked.find((s) => s.chatId === "console:Lan");
    expect(html(told)).toContain("Hùng &lt;b&gt;&amp;amp;&lt;/b&gt; &lt;i&gt;");
    expect(told?.choices[0]?.label).toBe(notice(hostile));
    const shown = await h.press("Lan", PRIVATE, notice(hostile));
    expect(html(shown[0])).toContain(
      "<b>Xóa dữ liệu của đồng chí Hùng &lt;b&gt;&amp;amp;&lt;/b&gt; &lt;i&gt;</b>",
    );
    const done = await h.press("Lan", PRIVATE, confirm(hostile));
    expect(html(done.at(-1))).toContain(
      "<b>Đã xóa dữ liệu của đồng chí Hùng &lt;b&gt;&amp;amp;&lt;/b&gt; &lt;i&gt;</b>",
    );
  });
});

describe("a request waiting for the secretary", () => {
  it("is found again in their /dulieu once the notice's numbered list is gone, and only there", async () => {
    await world({ hasButtons: false });
    await requestErasure();
    // Another list replaces the notice's numbered choice in the secretary's chat.
    await h.say("Lan", PRIVATE, "/thanhvien");

    const said = await h.say("Lan", PRIVATE, "/dulieu");
    expect(texts(said)).toContain(`Yêu cầu xóa dữ liệu đang chờ đồng chí thực hiện: ${HUNG}.`);
    expect(said.flatMap((s) => s.choices.map((c) => c.label))).toContain(notice(HUNG));
    expect(texts(await h.say(MAI, PRIVATE, "/dulieu"))).not.toContain(
      "Yêu cầu xóa dữ liệu đang chờ",
    );

    expect(texts(await h.press("Lan", PRIVATE, notice(HUNG)))).toContain("Sẽ xóa:");
    await h.press("Lan", PRIVATE, confirm(HUNG));
    expect(texts(await h.say("Lan", PRIVATE, "/dulieu"))).not.toContain(
      "Yêu cầu xóa dữ liệu đang chờ",
    );
  });
});

describe("messages that named the member", () => {
  it("go once sent (kept only for a resend); those still to go are sent as the cell was told", async () => {
    await world();
    const { outbox } = h.app.services;
    const group = "console:group:1";
    const say = (text: string) => ({ chatId: group, parts: [{ key: "verbatim", args: { text } }] });
    const now = h.clock.now();
    // The last one waits for the morning (quiet hours).
    const morning = new Date(now.getTime() + 10 * 3_600_000);
    outbox.add(say(`Chưa đăng ký: ${HUNG}.`), { notBefore: now, now });
    outbox.add(say(`Chưa đăng ký: ${MAI}.`), { notBefore: now, now });
    outbox.add(say(`Nhắc ${HUNG} họp tối nay.`), { notBefore: morning, now });
    const [named = 0, other = 0, waiting = 0] = outbox
      .all()
      .slice(-3)
      .map((message) => message.id);
    for (const id of [named, other]) outbox.markSent(id, now);

    await requestErasure();
    await h.press("Lan", PRIVATE, notice(HUNG));
    await h.press("Lan", PRIVATE, confirm(HUNG));

    const left = outbox.all().map((message) => message.id);
    expect(left).not.toContain(named);
    expect(left).toContain(other);
    expect(left).toContain(waiting);
  });
});

describe("a deletion the secretary cannot carry out changes nothing", () => {
  it("while a meeting of the cell is open, at the choice and at the confirmation", async () => {
    const { hung, lan } = await world();
    await requestErasure();
    // Check-in opened for a meeting starting at 19:30 tonight.
    const tonight = meetingAt("2024-05-06T12:30:00Z", lan);
    h.clock.set("2024-05-06T12:05:00Z");
    h.app.services.meetings.update(tonight.id, { checkinOpenedAt: h.clock.now() }, h.clock.now());
    const before = state();
    const refused = await h.press("Lan", PRIVATE, notice(HUNG));
    expect(texts(refused)).toBe(
      "Chi bộ đang có buổi họp chưa kết thúc (bắt đầu 06/05/2024 19:30): danh sách trong biên bản chỉ chốt khi buổi họp kết thúc. Xin xóa sau khi kết thúc buổi họp. Không có gì thay đổi.",
    );
    expect(state()).toBe(before);
    // The meeting closes: the list is shown; then another is under way before the confirmation.
    h.clock.set("2024-05-06T14:00:00Z");
    close(tonight, [lan]);
    await h.press("Lan", PRIVATE, notice(HUNG));
    meetingAt("2024-05-06T15:00:00Z", lan);
    h.clock.set("2024-05-06T15:05:00Z");
    const snapshot = state();
    const late = await h.press("Lan", PRIVATE, confirm(HUNG));
    expect(texts(late)).toContain("Chi bộ đang có buổi họp chưa kết thúc");
    expect(state()).toBe(snapshot);
    expect(h.app.services.members.byId(hung.id)?.fullName).toBe(HUNG);
  });

  it("for a stale or forged choice, for someone who never asked, and once erased", async () => {
    const { hung, mai, lan } = await world();
    const { services } = h.app;
    // Another cell's member who asked for deletion there.
    const other = services.cells.createWithGroup(
      "Chi bộ Khu phố 2",
      { chatId: "console:group:2", title: "Nhóm 2" },
      h.clock.now(),
    );
    const tam = services.members.create({
      cellId: other.id,
      fullName: "Ngô Văn Tám",
      role: "member",
      roster: "active",
      personId: "console:Tám",
      displayName: "Tám",
      now: h.clock.now(),
    });
    services.consents.record({
      cellId: other.id,
      memberId: tam.id,
      textVersion: "1",
      answer: "withdrawn",
      now: h.clock.now(),
    });
    const before = state();
    for (const [value, answer] of [
      [`dulieu:x-${tam.id}`, "Lựa chọn này đã cũ hoặc không thuộc chi bộ của đồng chí."],
      [`dulieu:xok-${tam.id}`, "Lựa chọn này đã cũ hoặc không thuộc chi bộ của đồng chí."],
      ["dulieu:xok-99999", "Lựa chọn này đã cũ hoặc không thuộc chi bộ của đồng chí."],
      ["dulieu:xok-0099", "Lựa chọn này đã cũ, không còn dùng được."],
      [
        `dulieu:xok-${mai.id}`,
        `Đồng chí ${MAI} không có yêu cầu xóa dữ liệu nào đang chờ: chưa xin, hoặc đã đồng ý lại cho chibo lưu dữ liệu sau đó. Không có gì thay đổi.`,
      ],
      [
        `dulieu:xok-${lan.id}`,
        "Đồng chí là bí thư duy nhất của chi bộ nên chưa xóa được dữ liệu của chính mình",
      ],
    ] as const) {
      const said = await h.sendChoiceValue("Lan", PRIVATE, value);
      expect(texts(said), value).toContain(answer);
      expect(texts(said), value).not.toContain("Ngô Văn Tám");
    }
    expect(state()).toBe(before);

    // Asked, then consented again: the old notice no longer erases.
    await requestErasure();
    services.consents.record({
      cellId: lan.cellId,
      personId: `console:${HUNG}`,
      memberId: hung.id,
      textVersion: "1",
      answer: "given",
      now: h.clock.now(),
    });
    const again = state();
    expect(texts(await h.press("Lan", PRIVATE, notice(HUNG)))).toContain(
      `Đồng chí ${HUNG} không có yêu cầu xóa dữ liệu nào đang chờ`,
    );
    expect(state()).toBe(again);
    // Then a plain withdrawal, or a "no": still no request, and the old notice erases nothing.
    for (const answer of ["withdrawn", "refused"] as const) {
      services.consents.record({
        cellId: lan.cellId,
        personId: `console:${HUNG}`,
        memberId: hung.id,
        textVersion: "1",
        answer,
        now: h.clock.now(),
      });
      const saidNo = state();
      expect(texts(await h.press("Lan", PRIVATE, notice(HUNG))), answer).toContain(
        `Đồng chí ${HUNG} không có yêu cầu xóa dữ liệu nào đang chờ`,
      );
      expect(state()).toBe(saidNo);
    }

    // Asked once more, erased; the same choice pressed again erases nothing twice.
    await requestErasure();
    await h.press("Lan", PRIVATE, notice(HUNG));
    await h.press("Lan", PRIVATE, confirm(HUNG));
    const erased = state();
    for (const value of [`dulieu:x-${hung.id}`, `dulieu:xok-${hung.id}`]) {
      const said = await h.sendChoiceValue("Lan", PRIVATE, value);
      expect(texts(said)).toBe(
        "Dữ liệu của đảng viên này đã được xóa trước đây. Không có gì thay đổi.",
      );
    }
    expect(state()).toBe(erased);
  });

  it("pressed by anyone but the secretary, and told nothing of the member", async () => {
    const { hung } = await world();
    await requestErasure();
    const before = state();
    for (const value of [`dulieu:x-${hung.id}`, `dulieu:xok-${hung.id}`]) {
      const said = await h.sendChoiceValue(MAI, PRIVATE, value);
      expect(texts(said)).toBe(
        "Chỉ bí thư (hoặc phó bí thư khi chi bộ chưa có bí thư) thực hiện yêu cầu xóa dữ liệu. Không có gì thay đổi.",
      );
      // Pressed in the group: private only, whatever it says.
      const inGroup = await h.sendChoiceValue("Lan", "group:1", value);
      expect(texts(inGroup)).not.toContain(HUNG);
    }
    expect(state()).toBe(before);
  });

  it("for the only secretary's own request, before anything is recorded", async () => {
    const { lan } = await world();
    await h.say("Lan", PRIVATE, "/dulieu");
    const said = await h.press("Lan", PRIVATE, "Xin xóa");
    expect(texts(said)).toBe(
      "Đồng chí là bí thư duy nhất của chi bộ nên chưa xin xóa dữ liệu được: không còn ai thực hiện yêu cầu. Chi bộ cần có một bí thư khác trước (/thanhvien). Chưa ghi nhận gì.",
    );
    expect(h.app.services.consents.hasSaidNo(lan.id)).toBe(false);
  });
});

describe("what erasure decides", () => {
  it("decides erase, keep or anonymise for every table of personal data", () => {
    expect(Object.keys(ERASURE).sort()).toEqual(Object.keys(TABLE_USES).sort());
    for (const [key, use] of Object.entries(TABLE_USES)) {
      const decision = ERASURE[key as keyof typeof ERASURE];
      if (use !== "bookkeeping") expect(decision, key).not.toBe("bookkeeping");
      if (decision !== "bookkeeping") {
        const said = [decision.erase, decision.keep, decision.anonymise].filter(Boolean);
        expect(said.length, key).toBeGreaterThan(0);
      }
    }
  });

  it("refuses for the first reason that applies", () => {
    const go = {
      decides: true,
      inCell: true,
      erased: false,
      self: false,
      onlySecretary: false,
      requested: true,
      meetingOpen: false,
    };
    expect(erasureRefusal(go)).toBeUndefined();
    expect(erasureRefusal({ ...go, decides: false, inCell: false })).toBe("not-secretary");
    expect(erasureRefusal({ ...go, inCell: false, erased: true })).toBe("stale");
    expect(erasureRefusal({ ...go, erased: true, meetingOpen: true })).toBe("already-erased");
    expect(erasureRefusal({ ...go, self: true, onlySecretary: true })).toBe("only-secretary");
    expect(erasureRefusal({ ...go, self: true })).toBe("self");
    expect(erasureRefusal({ ...go, requested: false, meetingOpen: true })).toBe("not-requested");
    expect(erasureRefusal({ ...go, meetingOpen: true })).toBe("meeting-open");
  });
});
