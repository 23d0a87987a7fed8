import { Buffer } from "node:buffer";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { plainText } from "../../src/domain/rich-text.js";
import { MAX_CHOICE_BYTES } from "../../src/messages/choice-codec.js";
import type { Reply } from "../../src/messages/reply.js";
import { OutboxSender } from "../../src/outbox/outbox-sender.js";
import { renderReply, typedCommand } from "../../src/platforms/render-reply.js";
import { telegramHtml } from "../../src/platforms/telegram/telegram-html.js";
import type { Meeting } from "../../src/store/meeting-store.js";
import type { Poll } from "../../src/store/poll-store.js";
import { Harness, type Said, texts } from "../support/harness.js";
import { RecordingDeliverer } from "../support/recording-deliverer.js";

// The harness starts on Sunday 10/3/2024, 09:00 in Vietnam (UTC+7 all year).
const PRIVATE = "private";
const GROUP = "group:1";
const GROUP_CHAT = "console:group:1";

let h: Harness;
/** Every choice value the bot offered during the test, in replies and in queued posts. */
let offered: string[] = [];

afterEach(() => {
  try {
    const values = [...offered, ...queued().flatMap((post) => post.choices.map((c) => c.value))];
    for (const value of values) {
      expect(Buffer.byteLength(value, "utf8"), value).toBeLessThanOrEqual(MAX_CHOICE_BYTES);
    }
  } finally {
    offered = [];
    h?.close();
  }
});

function note(said: Said[]): Said[] {
  for (const s of said) offered.push(...s.choices.map((c) => c.value));
  return said;
}

async function say(who: string, where: string, text: string): Promise<Said[]> {
  return note(await h.say(who, where, text));
}

async function press(who: string, where: string, label: string | RegExp): Promise<Said[]> {
  return note(await h.press(who, where, label));
}

/** A value no button shows this person there: forged, stale, or from another chat. */
async function sendValue(who: string, where: string, value: string): Promise<Said[]> {
  return note(await h.sendChoiceValue(who, where, value));
}

/** /hop's button to cancel the one meeting ahead, and the secret and named ways to send a poll. */
const CANCEL = /^❌ Hủy buổi sinh hoạt/;
const NAMED = "✅ Gửi, công khai (ghi tên người chọn)";

/** The value of an offered choice that starts with `prefix` (and whose label has `label`). */
function pick(said: Said[], prefix: string, label = ""): string {
  const choice = said
    .flatMap((s) => s.choices)
    .find((c) => c.value.startsWith(prefix) && c.label.includes(label));
  if (!choice) throw new Error(`No choice ${prefix} ${label} offered in:\n${texts(said)}`);
  return choice.value;
}

function offers(said: Said[], value: string): boolean {
  return said.some((s) => s.choices.some((c) => c.value === value));
}

/** The HTML Telegram receives for a reply: what people typed escaped. */
function html(said: Said): string {
  return said.reply.parts.map((part) => telegramHtml(h.app.translator.text(part))).join("\n");
}

/** What the bot queued in the outbox (announcements, polls, results), rendered like replies. */
function queued(chatId?: string): Said[] {
  const rows = h.app.database.sqlite
    .prepare("select chat_id as chatId, reply from outbox order by id")
    .all() as { chatId: string; reply: string }[];
  return rows
    .filter((row) => chatId === undefined || row.chatId === chatId)
    .map((row) => {
      const reply = JSON.parse(row.reply) as Reply;
      const rendered = renderReply(reply, h.app.translator, 4096, plainText);
      return {
        chatId: row.chatId,
        text: rendered.chunks.join("\n"),
        choices: rendered.choices,
        privateLink: rendered.privateLink && typedCommand(rendered.privateLink),
        reply,
      };
    });
}

/** Lan's cell, the one every test is about. */
function cellId(): number {
  const secretary = h.app.services.members.byPerson("console:Lan");
  if (!secretary) throw new Error("no cell");
  return secretary.cellId;
}

function memberId(name: string): number {
  const member = h.app.services.members.byPerson(`console:${name}`);
  if (!member) throw new Error(`no member ${name}`);
  return member.id;
}

function latestMeeting(): Meeting {
  const all = h.app.services.meetings.ofCell(cellId(), new Date(0), new Date("2100-01-01"));
  const meeting = all.sort((a, b) => b.id - a.id)[0];
  if (!meeting) throw new Error("no meeting");
  return meeting;
}

function latestPoll(): Poll {
  const all = h.app.services.polls.ofCell(cellId(), new Date(0), new Date("2100-01-01"));
  const poll = all.at(-1);
  if (!poll) throw new Error("no poll");
  return poll;
}

/** Lan opens /hop in private and picks a regular meeting: the dialog asks for the time. */
async function startHop(): Promise<Said[]> {
  const asked = await say("Lan", PRIVATE, "/hop");
  // With meetings ahead, /hop lists them first; "new meeting" is one of its choices.
  if (!offers(asked, "hop:kind-regular")) await press("Lan", PRIVATE, "➕ Lên lịch buổi họp mới");
  const timeAsked = await press("Lan", PRIVATE, "Sinh hoạt định kỳ");
  expect(texts(timeAsked)).toContain("Họp lúc nào?");
  return timeAsked;
}

/** Lan schedules a regular meeting through the whole /hop dialog; returns it as stored. */
async function schedule(time: string, place = "Hội trường khu phố 1", topic?: string) {
  await startHop();
  const understood = await say("Lan", PRIVATE, time);
  expect(texts(understood)).toContain("chibo hiểu là");
  await say("Lan", PRIVATE, place);
  const review =
    topic === undefined
      ? await press("Lan", PRIVATE, "Không có nội dung riêng")
      : await say("Lan", PRIVATE, topic);
  const done = await press("Lan", PRIVATE, "✅ Gửi thông báo vào nhóm");
  expect(texts(done)).toContain("Đã lên lịch và gửi thông báo");
  return { meeting: latestMeeting(), review, done };
}

/** The buttons under a meeting's announcement in the group, as the bot posted them. */
function announcementChoices(meeting: Meeting): { yes: string; no: string } {
  const post = queued(GROUP_CHAT).find((p) => p.reply.anchor === `meeting:${meeting.id}`);
  if (!post) throw new Error(`no announcement of meeting ${meeting.id}`);
  return { yes: pick([post], "lichhop:yes-"), no: pick([post], "lichhop:no-") };
}

/** Lan asks the quick-form poll and sends it; returns the poll and its numbered choices. */
async function sendPoll(typed = "/binhchon Câu hỏi? | A | B", how = NAMED) {
  const review = await say("Lan", PRIVATE, typed);
  expect(texts(review)).toContain("Xin xem lại câu hỏi");
  const sent = await press("Lan", PRIVATE, how);
  expect(texts(sent)).toContain("Bình chọn đang được gửi vào nhóm");
  const poll = latestPoll();
  const post = queued(GROUP_CHAT).find((p) => p.reply.anchor === `poll:${poll.id}`);
  if (!post) throw new Error("poll not posted");
  return { poll, votes: post.choices.map((c) => c.value) };
}

describe("/hop: the time of a meeting", () => {
  it("refuses a past, impossible, ambiguous, dateless, unreadable, empty or huge time", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    await startHop();
    const before = h.snapshot();
    const refused: [string, string][] = [
      ["1/3 19h", "đã qua"],
      ["10/3 8h", "đã qua"], // earlier today
      ["31/2 19h", "không có thật"],
      ["20/5 25h", "không có thật"],
      ["20/5 2h", "có thể hiểu nhiều cách"],
      ["thứ Ba 20/5 14h", "có thể hiểu nhiều cách"], // 20/5/2024 is a Monday
      ["19h30", "Thiếu ngày họp"],
      ["20/5", "Thiếu giờ họp"],
      ["họp sớm nhé", "chưa hiểu thời gian này"],
      ["<script>alert(1)</script>", "chưa hiểu thời gian này"],
      ["   ", "Xin gõ ngày và giờ họp"],
      ["\u200b\u200b", "Xin gõ ngày và giờ họp"],
      ["vào lúc", "Xin gõ ngày và giờ họp"],
      ["a".repeat(5000), "chưa hiểu thời gian này"],
      [`20/5 19h30 ${"x".repeat(5000)}`, "chưa hiểu thời gian này"],
    ];
    for (const [typed, phrase] of refused) {
      const said = await say("Lan", PRIVATE, typed);
      expect(said, typed.slice(0, 30)).toHaveLength(1);
      expect(said[0]?.chatId).toBe("console:Lan");
      expect(said[0]?.text, typed.slice(0, 30)).toContain(phrase);
      // The answer names the problem; it does not echo a huge message back.
      expect(said[0]?.text.length).toBeLessThan(400);
      expect(h.snapshot(), typed.slice(0, 30)).toBe(before);
    }
    // Still at the time step: a good time goes on to the place.
    const understood = await say("Lan", PRIVATE, "20/3 14h");
    expect(texts(understood)).toContain("chibo hiểu là: 14 giờ, thứ Tư, ngày 20/03/2024");
    expect(texts(understood)).toContain("Họp ở đâu?");
  });

  it("accepts decomposed (NFD) Vietnamese and the broken-font 'ƣ', stored composed", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    await startHop();
    const nfd = await say("Lan", PRIVATE, "thứ Hai 14h".normalize("NFD"));
    expect(texts(nfd)).toContain("chibo hiểu là: 14 giờ, thứ Hai, ngày 11/03/2024");
    expect(texts(nfd)).toContain("Họp ở đâu?");

    await startHop();
    const brokenU = await say("Lan", PRIVATE, "thứ Tƣ 14h");
    expect(texts(brokenU)).toContain("chibo hiểu là: 14 giờ, thứ Tư, ngày 13/03/2024");
    await say("Lan", PRIVATE, "Hội trƣờng khu phố 1".normalize("NFD"));
    const review = await press("Lan", PRIVATE, "Không có nội dung riêng");
    expect(texts(review)).toContain("📍 Hội trường khu phố 1");
    await press("Lan", PRIVATE, "✅ Gửi thông báo vào nhóm");
    const meeting = latestMeeting();
    expect(meeting.place).toBe("Hội trường khu phố 1".normalize("NFC"));
    expect(meeting.startsAt.toISOString()).toBe("2024-03-13T07:00:00.000Z");
  });

  it("refuses a meeting that overlaps another scheduled one", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    await schedule("20/3 14h"); // 14:00–15:30, a regular meeting's 90 minutes
    await startHop();
    const before = h.snapshot();
    for (const typed of ["20/3 14h", "20/3 15h", "20/3 12h45"]) {
      const said = await say("Lan", PRIVATE, typed);
      expect(said[0]?.text, typed).toContain("Trùng giờ với một buổi họp khác");
      expect(said[0]?.text, typed).toContain("14 giờ, thứ Tư, ngày 20/03/2024");
      expect(h.snapshot(), typed).toBe(before);
    }
    // Right after it ends is free.
    expect(texts(await say("Lan", PRIVATE, "20/3 15h30"))).toContain("chibo hiểu là");
  });
});

describe("/hop: place and topic", () => {
  it("keeps HTML in the place and topic as typed and shows it as text, escaped", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const place = "<b>x</b> & <script>";
    const topic = "<i>Chủ đề</i> & <script>alert(1)</script>";
    const { meeting, review, done } = await schedule("20/3 14h", place, topic);
    expect(meeting.place).toBe(place);
    expect(meeting.topic).toBe(topic);
    for (const said of [...review, ...done, ...queued(GROUP_CHAT)]) {
      // Shown as typed: had the tags been taken as HTML, <b> and <i> would have vanished.
      expect(said.text).toContain(`📍 ${place}`);
      expect(said.text).toContain(`📌 ${topic}`);
      const sent = html(said);
      expect(sent).toContain("📍 &lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;");
      expect(sent).toContain(
        "&lt;i&gt;Chủ đề&lt;/i&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;",
      );
      expect(sent).not.toContain("<script>");
      expect(sent).not.toContain("<b>x");
    }
  });

  it("refuses a place or topic that is too long or has no words, and keeps the step", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    await startHop();
    await say("Lan", PRIVATE, "20/3 14h");
    let before = h.snapshot();
    const refusedPlace: [string, string][] = [
      ["x".repeat(201), "Dài quá: 201 ký tự, tối đa 200"],
      ["Hội trường ".repeat(500), "tối đa 200"],
      ["🎉🎉", "Xin gõ vài chữ"],
      ["   ", "Xin gõ vài chữ"],
    ];
    for (const [typed, phrase] of refusedPlace) {
      expect(texts(await say("Lan", PRIVATE, typed)), typed.slice(0, 20)).toContain(phrase);
      expect(h.snapshot()).toBe(before);
    }
    const longest = "ộ".repeat(200); // 200 letters, however they are encoded
    const topicAsked = await say("Lan", PRIVATE, longest.normalize("NFD"));
    expect(texts(topicAsked)).toContain("Nội dung chính của buổi họp?");

    before = h.snapshot();
    const tooLong = await say("Lan", PRIVATE, `Chủ đề ${"dài ".repeat(60)}`);
    expect(texts(tooLong)).toContain("Dài quá: 246 ký tự, tối đa 200");
    expect(h.snapshot()).toBe(before);
    const review = await say("Lan", PRIVATE, "Kiểm điểm quý I");
    expect(texts(review)).toContain("📌 Kiểm điểm quý I");
    await press("Lan", PRIVATE, "✅ Gửi thông báo vào nhóm");
    expect(latestMeeting().place).toBe(longest.normalize("NFC"));
  });
});

describe("/hop: who may schedule, and where", () => {
  it("refuses a plain member, by command and by button, and changes nothing", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const { meeting } = await schedule("20/3 14h");
    const listed = await say("Lan", PRIVATE, "/hop");
    const cancel = pick(listed, "hop:cancel-");
    const asked = await press("Lan", PRIVATE, CANCEL);
    const cancelYes = pick(asked, "hop:cancelyes-");
    await press("Lan", PRIVATE, "Không hủy");
    const before = h.snapshot();
    for (const where of [PRIVATE, GROUP]) {
      const said = await say("Hùng", where, "/hop");
      expect(texts(said), where).toContain("Chỉ bí thư và phó bí thư dùng được lệnh này");
      expect(said.every((s) => s.privateLink === undefined)).toBe(true);
    }
    // Only the secretary's chat shows these buttons: Hùng's client would have to forge them.
    for (const value of [cancel, cancelYes, "hop:kind-regular", "hop:confirm"]) {
      const said = await sendValue("Hùng", PRIVATE, value);
      expect(texts(said), value).toContain("Chỉ bí thư và phó bí thư");
    }
    expect(h.snapshot()).toBe(before);
    expect(h.app.services.meetings.byId(meeting.id)?.state).toBe("scheduled");
  });

  it("answers /hop in the group with a link to the private chat, where it starts", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const before = h.snapshot();
    const said = await say("Lan", GROUP, "/hop");
    expect(said).toHaveLength(1);
    expect(said[0]?.chatId).toBe(GROUP_CHAT);
    expect(said[0]?.privateLink).toBe("hop");
    expect(said[0]?.text).toContain("chat riêng với chibo");
    expect(said[0]?.text).not.toContain("Buổi họp loại nào");
    expect(h.snapshot()).toBe(before);
    const started = await say("Lan", PRIVATE, `/start ${said[0]?.privateLink}`);
    expect(texts(started)).toContain("Buổi họp loại nào?");
  });
});

describe("/lichhop: answering an announcement", () => {
  it("refuses unknown ids, malformed payloads and people outside the cell", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    h.admins.add("console:Minh");
    await say("Minh", "group:2", "/khoitao Chi bộ 2");
    const { meeting } = await schedule("20/3 14h");
    const { yes, no } = announcementChoices(meeting);
    expect([yes, no]).toEqual([`lichhop:yes-${meeting.id}`, `lichhop:no-${meeting.id}`]);
    // /lichhop offers the same buttons as the announcement.
    const listed = await say("Hùng", GROUP, "/lichhop");
    expect(pick(listed, "lichhop:yes-")).toBe(yes);

    const before = h.snapshot();
    const malformed = [
      `lichhop:yes-${meeting.id + 100}`,
      "lichhop:yes-abc",
      "lichhop:zzz",
      "lichhop:yes-",
      "lichhop:",
      `lichhop:maybe-${meeting.id}`,
      `lichhop:yes-${meeting.id}-${meeting.id}`,
    ];
    for (const value of malformed) {
      const said = await sendValue("Hùng", GROUP, value);
      expect(said, value).toHaveLength(1);
      expect(said[0]?.text, value).toMatch(/Lựa chọn này đã cũ|chỉ dùng trong chat riêng/);
      expect(said[0]?.reply.ack, value).toBe(true); // only the one who pressed sees it
    }
    const stranger = await press("Khách", GROUP, "✋ Tham dự");
    expect(texts(stranger)).toContain("chưa có trong danh sách chi bộ");
    // The buttons of the group's announcement, sent from chats that never showed them.
    const strangerPrivate = await sendValue("Khách", PRIVATE, no);
    expect(texts(strangerPrivate)).toContain("chưa có trong danh sách chi bộ");
    const otherCell = await sendValue("Minh", PRIVATE, yes);
    expect(texts(otherCell)).toContain("Lựa chọn này đã cũ");
    expect(h.snapshot()).toBe(before);
  });

  it("refuses answers to a cancelled meeting", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const { meeting } = await schedule("20/3 14h");
    const { yes, no } = announcementChoices(meeting);
    await say("Lan", PRIVATE, "/hop");
    await press("Lan", PRIVATE, CANCEL);
    const cancelled = await press("Lan", PRIVATE, "❌ Hủy buổi họp");
    expect(texts(cancelled)).toContain("Đã hủy buổi họp");
    const before = h.snapshot();
    // The announcement lost its buttons; a client that missed the edit still sends them.
    for (const value of [yes, no]) {
      const said = await sendValue("Hùng", GROUP, value);
      expect(texts(said), value).toContain("Buổi họp này đã bị hủy");
    }
    expect(texts(await say("Hùng", GROUP, "/lichhop"))).toContain("Chưa có buổi họp nào sắp tới");
    expect(h.snapshot()).toBe(before);
  });

  it("refuses answers once the meeting has started", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    await schedule("20/3 14h");
    await say("Hùng", PRIVATE, "/lichhop");
    h.clock.set("2024-03-20T07:01:00Z"); // 14:01
    const before = h.snapshot();
    for (const [label, where] of [
      ["✋ Tham dự", GROUP],
      ["📝 Vắng có lý do", GROUP],
      ["📝 Vắng có lý do", PRIVATE],
    ] as const) {
      const said = await press("Hùng", where, label);
      expect(texts(said), label).toContain("Buổi họp đã bắt đầu; không đổi câu trả lời được nữa");
    }
    expect(h.snapshot()).toBe(before);
  });

  it("asks the reason of an absence in private and never shows it in the group", async () => {
    h = new Harness();
    await h.cellWith(["Hùng", "Tư"]);
    const { meeting } = await schedule("20/3 14h");
    const inGroup: Said[] = [];
    const track = (said: Said[]) => {
      inGroup.push(...said.filter((s) => s.chatId === GROUP_CHAT));
      return said;
    };

    const pressed = track(await press("Hùng", GROUP, "📝 Vắng có lý do"));
    const ack = pressed.find((s) => s.chatId === GROUP_CHAT && s.reply.ack);
    expect(ack?.text).toContain("chibo đã nhắn riêng để hỏi lý do");
    const question = pressed.find((s) => s.chatId === "console:Hùng");
    expect(question?.text).toContain("Xin gõ lý do");
    expect(h.app.services.meetings.responseOf(meeting.id, memberId("Hùng"))).toMatchObject({
      answer: "excused",
      reason: null,
    });

    const before = h.snapshot();
    expect(texts(await say("Hùng", PRIVATE, "🙂"))).toContain("Xin gõ lý do bằng chữ");
    expect(texts(await say("Hùng", PRIVATE, "x".repeat(300)))).toContain(
      "Lý do dài quá: 300 ký tự, tối đa 200",
    );
    expect(h.snapshot()).toBe(before);

    const reason = "đi công tác Đà Nẵng";
    const saved = await say("Hùng", PRIVATE, reason);
    expect(saved).toHaveLength(1);
    expect(saved[0]?.chatId).toBe("console:Hùng");
    expect(saved[0]?.text).toContain(`Đã ghi lý do vắng buổi sinh hoạt định kỳ 20/03: ${reason}`);
    expect(h.app.services.meetings.responseOf(meeting.id, memberId("Hùng"))).toMatchObject({
      answer: "excused",
      reason,
    });

    // Everywhere the group hears about the meeting: the list, check-in, the end.
    track(await say("Hùng", GROUP, "/lichhop"));
    track(await say("Tư", GROUP, "/lichhop"));
    h.clock.set("2024-03-20T06:50:00Z");
    track(await say("Lan", GROUP, "/diemdanh"));
    const sheet = track(await say("Lan", PRIVATE, "/diemdanh"));
    // The secretary does see it, in private: the check below looks for the right text.
    expect(texts(sheet)).toContain(`Vắng có lý do: Hùng (${reason})`);
    h.clock.set("2024-03-20T07:10:00Z"); // a meeting ends only once it has started
    track(await press("Lan", PRIVATE, "🏁 Kết thúc buổi họp"));
    const groupPosts = queued(GROUP_CHAT);
    expect(groupPosts.some((p) => p.text.includes("Buổi họp đã kết thúc"))).toBe(true);
    expect(queued("console:Lan").some((p) => p.text.includes(reason))).toBe(true);
    for (const message of [...inGroup, ...groupPosts]) {
      expect(message.text).not.toContain(reason);
      expect(message.text).not.toContain("công tác");
    }
  });

  it("does not keep asking for a reason once the meeting has started", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    await schedule("20/3 14h");
    await press("Hùng", GROUP, "📝 Vắng có lý do");
    h.clock.set("2024-03-20T07:30:00Z"); // the meeting started before Hùng answered
    const late = await say("Hùng", PRIVATE, "ốm");
    expect(late).toHaveLength(1);
    // Whatever the answer to the late reason, the question is over: the next message is not
    // taken for a reason again.
    const next = await say("Hùng", PRIVATE, "đi công tác ở tỉnh");
    expect(texts(next)).toContain("chibo chưa hiểu tin nhắn này");
    expect(texts(next)).not.toContain("Đã ghi lý do");
    expect(h.app.services.conversations.dialog("console:Hùng", "console:Hùng")).toBeUndefined();
  });
});

describe("/diemdanh: check-in", () => {
  /** A meeting at 14:00 on 20/3, Hùng and Tư in the cell, and Khách who is not. */
  async function meetingDay() {
    h = new Harness();
    await h.cellWith(["Hùng", "Tư"]);
    const { meeting } = await schedule("20/3 14h");
    return meeting;
  }

  it("refuses a check-in before it opens, by a non-member, and twice by the same member", async () => {
    const meeting = await meetingDay();
    h.clock.set("2024-03-19T07:00:00Z"); // the day before
    let before = h.snapshot();
    expect(texts(await say("Lan", GROUP, "/diemdanh"))).toContain(
      "điểm danh mở được từ 20/03/2024 13:30",
    );
    expect(texts(await say("Hùng", GROUP, "/diemdanh"))).toContain("Điểm danh chưa mở");
    expect(h.snapshot()).toBe(before);

    h.clock.set("2024-03-20T06:50:00Z"); // 13:50: may open, not opened yet
    before = h.snapshot();
    expect(texts(await say("Hùng", GROUP, "/diemdanh"))).toContain("Điểm danh chưa mở");
    // This meeting takes no check-in from elsewhere: that is said first.
    expect(texts(await say("Hùng", PRIVATE, "/diemdanh"))).toContain("không nhận điểm danh từ xa");
    expect(texts(await say("Khách", GROUP, "/diemdanh"))).toContain(
      "chưa có trong danh sách chi bộ",
    );
    expect(h.snapshot()).toBe(before);

    const opened = await say("Lan", GROUP, "/diemdanh");
    expect(texts(opened)).toContain("ĐIỂM DANH");
    const here = pick(opened, "diemdanh:here-");
    expect(here).toBe(`diemdanh:here-${meeting.id}`);

    before = h.snapshot();
    expect(texts(await press("Khách", GROUP, "✋ Có mặt"))).toContain(
      "chưa có trong danh sách chi bộ",
    );
    expect(h.snapshot()).toBe(before);

    const done = await press("Hùng", GROUP, "✋ Có mặt");
    expect(texts(done)).toContain("Đã điểm danh: đồng chí có mặt tại buổi sinh hoạt định kỳ 20/03");
    expect(texts(done)).toContain("Có mặt: 1/3. Báo vắng có lý do: 0. Chưa điểm danh: 2.");
    before = h.snapshot();
    const again = await press("Hùng", GROUP, "✋ Có mặt");
    expect(again).toHaveLength(1);
    expect(again[0]?.text).toContain("Đồng chí đã điểm danh rồi (lúc 20/03/2024 13:50)");
    expect(again[0]?.reply.ack).toBe(true);
    expect(texts(await say("Hùng", GROUP, "/diemdanh"))).toContain("đã điểm danh rồi");
    expect(h.snapshot()).toBe(before);
  });

  it("refuses the check-in button after the meeting ended or was closed", async () => {
    await meetingDay();
    h.clock.set("2024-03-20T07:00:00Z");
    const here = pick(await say("Lan", GROUP, "/diemdanh"), "diemdanh:here-");
    h.clock.set("2024-03-20T09:00:00Z"); // 16:00, the end
    let before = h.snapshot();
    expect(texts(await press("Tư", GROUP, "✋ Có mặt"))).toContain("Điểm danh đã kết thúc");
    expect(h.snapshot()).toBe(before);

    // Closed early by the secretary.
    h.clock.set("2024-03-20T08:00:00Z");
    await say("Lan", PRIVATE, "/diemdanh");
    const closed = await press("Lan", PRIVATE, "🏁 Kết thúc buổi họp");
    expect(texts(closed)).toContain("Đã kết thúc");
    before = h.snapshot();
    // Closing took the button away; a client that missed the edit still sends it.
    expect(texts(await sendValue("Tư", GROUP, here))).toContain("Điểm danh đã kết thúc");
    expect(h.snapshot()).toBe(before);
  });

  it("tells a member who types /diemdanh after the meeting that check-in is over", async () => {
    await meetingDay();
    h.clock.set("2024-03-20T07:00:00Z");
    await say("Lan", GROUP, "/diemdanh");
    h.clock.set("2024-03-20T09:05:00Z"); // 16:05, five minutes after the end
    const before = h.snapshot();
    const said = await say("Tư", GROUP, "/diemdanh");
    expect(texts(said)).toContain("Điểm danh đã kết thúc");
    expect(texts(said)).not.toContain("chưa mở");
    expect(h.snapshot()).toBe(before);
  });

  it("lets the secretary mark a member by hand, and nobody else", async () => {
    const meeting = await meetingDay();
    h.clock.set("2024-03-20T07:10:00Z");
    const sheet = await say("Lan", PRIVATE, "/diemdanh");
    expect(texts(sheet)).toContain("Có mặt: 0/3. Báo vắng có lý do: 0. Chưa điểm danh: 3.");
    const markTu = pick(sheet, "diemdanh:m-", "Tư");
    expect(markTu).toBe(`diemdanh:m-${meeting.id}-${memberId("Tư")}`);
    expect(sheet.flatMap((s) => s.choices).find((c) => c.value === markTu)?.label).toBe("⬜ Tư");

    const before = h.snapshot();
    // The sheet is only ever shown to the secretary and deputy: Hùng would have to forge it.
    expect(texts(await sendValue("Hùng", PRIVATE, markTu))).toContain("Chỉ bí thư và phó bí thư");
    for (const value of [
      `diemdanh:m-${meeting.id}-9999`,
      `diemdanh:m-${meeting.id}-abc`,
      `diemdanh:m-${meeting.id}`,
      `diemdanh:m-${meeting.id + 100}-${memberId("Tư")}`,
      "diemdanh:m-",
      "diemdanh:zzz",
    ]) {
      expect(texts(await sendValue("Lan", PRIVATE, value)), value).toContain("Lựa chọn này đã cũ");
    }
    expect(h.snapshot()).toBe(before);

    const marked = await press("Lan", PRIVATE, "⬜ Tư");
    const newSheet = marked.find((s) => s.chatId === "console:Lan");
    expect(newSheet?.text).toContain("Có mặt: 1/3.");
    expect(newSheet?.choices.find((c) => c.value === markTu)?.label).toBe("✅ Tư");
    expect(h.app.services.meetings.markOf(meeting.id, memberId("Tư"))).toMatchObject({
      present: true,
      markedBy: "secretary",
    });
    // Pressed again, back to absent.
    await press("Lan", PRIVATE, "✅ Tư");
    expect(h.app.services.meetings.markOf(meeting.id, memberId("Tư"))?.present).toBe(false);
  });

  it("'/diemdanh vắng Tên: lý do' refuses an unknown name or a missing reason", async () => {
    const meeting = await meetingDay();
    h.clock.set("2024-03-20T07:10:00Z");
    const before = h.snapshot();
    const refused: [string, string][] = [
      ["/diemdanh vắng Nam: ốm", "Không có đảng viên tên Nam trong chi bộ"],
      ["/diemdanh vắng Khách: ốm", "Không có đảng viên tên Khách"],
      ["/diemdanh vắng Tư", "Thiếu lý do"],
      ["/diemdanh vắng Tư:", "Thiếu lý do"],
      ["/diemdanh vắng Tư:    ", "Thiếu lý do"],
      ["/diemdanh vắng Tư: 🙂", "Thiếu lý do"],
      [`/diemdanh vắng Tư: ${"ốm ".repeat(100)}`, "dài quá 200 ký tự"],
      ["/diemdanh vắng", "Cách ghi: /diemdanh vắng Họ Tên: lý do"],
      ["/diemdanh vắng : ốm", "Cách ghi"],
    ];
    for (const [typed, phrase] of refused) {
      expect(texts(await say("Lan", PRIVATE, typed)), typed).toContain(phrase);
    }
    expect(h.snapshot()).toBe(before);

    const saved = await say("Lan", PRIVATE, "/diemdanh vắng tư: đi viện");
    expect(texts(saved)).toContain("Đã ghi Tư vắng có lý do: đi viện");
    expect(h.app.services.meetings.markOf(meeting.id, memberId("Tư"))).toMatchObject({
      present: false,
      reason: "đi viện",
      markedBy: "secretary",
    });
  });
});

describe("/binhchon: polls", () => {
  it("refuses 1 or 13 options, a 400-character question and repeated options", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const thirteen = Array.from({ length: 13 }, (_, i) => `Phương án ${i + 1}`);
    let before = h.snapshot();
    const quick: [string, string][] = [
      ["/binhchon Câu hỏi? | A", "Cần ít nhất 2 phương án (mới có 1)"],
      [`/binhchon Câu hỏi? | ${thirteen.join(" | ")}`, "Nhiều nhất 10 phương án (đang có 13)"],
      [`/binhchon ${"Hỏi ".repeat(100)}? | A | B`, "Câu hỏi dài quá: 401 ký tự, tối đa 300"],
      ["/binhchon Câu hỏi? | Đồng ý | đồng ý", "Phương án «đồng ý» bị lặp lại"],
      ["/binhchon Câu hỏi? | Có | co", "bị lặp lại"],
      ["/binhchon | A | B", "Xin gõ câu hỏi bằng chữ"],
      ["/binhchon Câu hỏi? | A | 🎉", "Mỗi phương án phải có chữ"],
      [`/binhchon Câu hỏi? | A | ${"b".repeat(101)}`, "tối đa 100 ký tự"],
    ];
    // The question alone goes on to ask for the options.
    expect(texts(await say("Lan", PRIVATE, "/binhchon Câu hỏi?"))).toContain("Các phương án");
    await say("Lan", PRIVATE, "/huy");
    for (const [typed, phrase] of quick) {
      expect(texts(await say("Lan", PRIVATE, typed)), typed.slice(0, 40)).toContain(phrase);
    }
    expect(h.snapshot()).toBe(before);

    // The same, step by step.
    expect(texts(await say("Lan", PRIVATE, "/binhchon"))).toContain("Câu hỏi bình chọn là gì?");
    before = h.snapshot();
    expect(texts(await say("Lan", PRIVATE, "x".repeat(400)))).toContain(
      "Câu hỏi dài quá: 400 ký tự",
    );
    expect(h.snapshot()).toBe(before);
    expect(texts(await say("Lan", PRIVATE, "Câu hỏi?"))).toContain("Các phương án trả lời");
    before = h.snapshot();
    const steps: [string, string][] = [
      ["A", "Cần ít nhất 2 phương án (mới có 1)"],
      [thirteen.join("\n"), "Nhiều nhất 10 phương án (đang có 13)"],
      ["Đồng ý; Không; đồng ý", "Phương án «đồng ý» bị lặp lại"],
    ];
    for (const [typed, phrase] of steps) {
      expect(texts(await say("Lan", PRIVATE, typed)), typed).toContain(phrase);
      expect(h.snapshot()).toBe(before);
    }
    const review = await say("Lan", PRIVATE, "Đồng ý\nKhông đồng ý");
    expect(texts(review)).toContain("1. Đồng ý\n2. Không đồng ý");
    expect(h.app.services.polls.open(cellId())).toEqual([]);
  });

  it("a member votes by number in the group, on the poll sent in the quick form", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const { poll, votes } = await sendPoll();
    expect(poll.options.map((o) => plainText(h.app.translator.text(o)))).toEqual(["A", "B"]);
    expect(votes).toEqual([`bophieu:${poll.id}-0`, `bophieu:${poll.id}-1`]);
    const voted = await press("Hùng", GROUP, "A");
    expect(voted).toHaveLength(1);
    expect(voted[0]?.text).toContain("Đã ghi phiếu của đồng chí: A");
    expect(voted[0]?.reply.ack).toBe(true);
    expect(h.app.services.polls.votes([poll.id])).toMatchObject([
      { memberId: memberId("Hùng"), optionIds: [0] },
    ]);
  });

  it("refuses a vote for an option the poll does not have", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const { poll, votes } = await sendPoll();
    const before = h.snapshot();
    for (const value of [
      `bophieu:${poll.id}-${votes.length}`,
      `bophieu:${poll.id}-99`,
      `bophieu:${poll.id}--1`,
      `bophieu:${poll.id}-abc`,
      `bophieu:${poll.id}-`, // no number is not option 0
      `bophieu:${poll.id + 100}-0`,
    ]) {
      const said = await sendValue("Hùng", GROUP, value);
      expect(texts(said), value).toContain("Lựa chọn này đã cũ");
    }
    expect(h.snapshot()).toBe(before);
  });

  it("refuses a vote after the poll was closed, with 'đã kết thúc'", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const { poll } = await sendPoll("/binhchon Họp chiều thứ Bảy? | Được | Không được");
    const open = await say("Lan", PRIVATE, "/binhchon");
    expect(texts(open)).toContain("Đang bình chọn: «Họp chiều thứ Bảy?»");
    const closed = await press("Lan", PRIVATE, "🏁 Kết thúc: Họp chiều thứ Bảy?");
    expect(texts(closed)).toContain("Đã kết thúc «Họp chiều thứ Bảy?»");
    expect(h.app.services.polls.byId(poll.id)?.state).toBe("closed");

    const before = h.snapshot();
    for (const label of ["Được", "Không được"]) {
      const said = await press("Hùng", GROUP, label);
      expect(texts(said), label).toContain("Bình chọn này đã kết thúc; không nhận phiếu nữa");
    }
    expect(h.snapshot()).toBe(before);
    // Closing it again is refused too.
    expect(texts(await press("Lan", PRIVATE, "🏁 Kết thúc: Họp chiều thứ Bảy?"))).toContain(
      "Bình chọn này đã kết thúc rồi",
    );
    expect(h.snapshot()).toBe(before);
  });

  it("where there are no buttons, a member votes by typing the number shown", async () => {
    h = new Harness({ hasButtons: false });
    await h.cellWith(["Hùng"]);
    const { poll } = await sendPoll("/binhchon Câu hỏi? | A | B", NAMED);
    const deliverer = new RecordingDeliverer(h.app.translator, h.clock);
    await new OutboxSender(
      h.app.services,
      [deliverer],
      pino({ level: "silent" }),
      h.app.outboxRules,
    ).drain();
    const [posted] = deliverer.to(GROUP_CHAT);
    expect(posted?.text).toContain("Bình chọn công khai");
    const voted = await say("Hùng", GROUP, "2");
    expect(texts(voted)).toContain("Đã ghi phiếu của đồng chí: B");
    expect(h.app.services.polls.votes([poll.id])).toMatchObject([
      { memberId: memberId("Hùng"), optionIds: [1] },
    ]);
  });
});
