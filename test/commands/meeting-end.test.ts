import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { cells } from "../../src/db/schema.js";
import { plainText } from "../../src/domain/rich-text.js";
import type { Reply } from "../../src/messages/reply.js";
import { numberedChoices, renderReply } from "../../src/platforms/render-reply.js";
import type { Meeting } from "../../src/store/meeting-store.js";
import { open } from "../documents/docx-reader.js";
import { Harness, type Said, texts } from "../support/harness.js";
import { wrongWords } from "../support/wrong-words.js";

// Monday 06/05/2024, 09:00 in Vietnam (UTC+7 all year). The meeting: Monday 20/05, 19:30,
// scheduled until 21:30: this cell's meetings last two hours (its own setting; 90 minutes by
// default).
const PRIVATE = "private";
const GROUP = "group:1";
const PLANNED = "✅ Đúng giờ dự kiến (21 giờ 30)";
const OTHER = "✏️ Giờ khác";
const EDIT = "🕘 Giờ kết thúc trong biên bản";
const PLANNED_LINE =
  "Biên bản buổi sinh hoạt định kỳ 20/05 ghi buổi họp từ 19 giờ 30 đến 21 giờ 30 (giờ kết thúc dự kiến).";

let h: Harness;
afterEach(() => h?.close());

/** A cell with Lan (the secretary), Hùng and Mai, and the meeting of 20/05 announced. */
async function meetingAnnounced(options: { hasButtons?: boolean } = {}): Promise<Meeting> {
  h = new Harness({ now: "2024-05-06T02:00:00Z", ...options });
  const code = await h.cellWith(["Hùng", "Mai"]);
  h.app.database.db.update(cells).set({ meetingMinutes: 120 }).where(eq(cells.code, code)).run();
  await h.say("Hùng", PRIVATE, "/start");
  await h.say("Lan", PRIVATE, "/hop");
  await h.press("Lan", PRIVATE, "Sinh hoạt định kỳ");
  await h.say("Lan", PRIVATE, "20/5 19h30");
  await h.say("Lan", PRIVATE, "Hội trường khu phố");
  await h.press("Lan", PRIVATE, "Không có nội dung riêng");
  await h.press("Lan", PRIVATE, "✅ Gửi thông báo vào nhóm");
  return meeting();
}

function meeting(): Meeting {
  const found = h.app.services.meetings.byId(1);
  if (!found) throw new Error("no meeting");
  return found;
}

/** Check-in at 19:35, Hùng there; the secretary closes the meeting by hand at `closesAt`. */
async function closedByHand(closesAt = "2024-05-20T14:20:00Z"): Promise<Said[]> {
  h.clock.set("2024-05-20T12:35:00Z");
  await h.say("Lan", GROUP, "/diemdanh");
  await h.press("Hùng", GROUP, "✋ Có mặt");
  h.clock.set(closesAt);
  await h.say("Lan", PRIVATE, "/diemdanh");
  return h.press("Lan", PRIVATE, "🏁 Kết thúc buổi họp");
}

/** What the outbox holds for a chat, rendered, oldest first. */
function queuedTo(chatId: string): Said[] {
  return h.app.services.outbox
    .all()
    .filter((row) => row.chatId === chatId && row.reply)
    .map((row) => {
      const reply = row.reply as Reply;
      const rendered = renderReply(reply, h.app.translator, 4096, plainText);
      return { chatId, text: rendered.chunks.join("\n"), choices: rendered.choices, reply };
    });
}

const labels = (said: Said[]) => said.flatMap((s) => s.choices.map((c) => c.label));

/** What a reply says where a number typed answers it: its words for that, and its lines. */
function asTyped(said: Said[]): string {
  const typed = h.app.translator.worded("typed");
  return said
    .map((s) => renderReply(s.reply, typed, 4096, plainText))
    .flatMap((rendered) => [...rendered.chunks, ...numberedChoices(rendered, typed)])
    .join("\n");
}

/** The same where buttons answer it. */
function asButtons(said: Said[]): string {
  const buttons = h.app.translator.worded("buttons");
  return said.flatMap((s) => renderReply(s.reply, buttons, 4096, plainText).chunks).join("\n");
}

/** The time line of the latest meeting's minutes, as Word shows it. */
async function minutesTimeLine(): Promise<string> {
  await h.say("Lan", PRIVATE, "/xuatbaocao");
  const said = await h.press("Lan", PRIVATE, "📄 Biên bản buổi họp gần nhất (Word)");
  const request = said.find((s) => s.reply.document)?.reply.document;
  if (!request) throw new Error(`no file in: ${texts(said)}`);
  const doc = await open((await h.app.documents(request)).data);
  return doc.paragraphs.find((p) => p.startsWith("Thời gian:")) ?? doc.text;
}

describe("the real end of a meeting, for its minutes", () => {
  it("asks the secretary who closes the meeting, and takes the end typed", async () => {
    await meetingAnnounced();
    // 21:20: ten minutes before the scheduled end.
    const closed = await closedByHand();
    const answer = texts(closed);
    expect(answer).toContain("Đã kết thúc buổi sinh hoạt định kỳ 20/05.");
    expect(answer).toContain(PLANNED_LINE);
    expect(asButtons(closed)).toContain(
      "Giờ kết thúc có đúng không? Nếu không, xin bấm «✏️ Giờ khác» rồi gõ giờ.",
    );
    expect(labels(closed)).toEqual([PLANNED, "🏁 Lúc kết thúc điểm danh (21 giờ 20)", OTHER]);
    // Asked once: the minutes' attendance that follows in private does not ask again.
    const privately = queuedTo("console:Lan").map((s) => s.text);
    expect(privately.join("\n")).toContain("Điểm danh để ghi biên bản");
    expect(privately.join("\n")).not.toContain("Giờ kết thúc có đúng không");
    // Until the secretary says otherwise, the minutes end at the scheduled end.
    expect(await minutesTimeLine()).toContain("từ 19 giờ 30 đến 21 giờ 30");

    expect(texts(await h.press("Lan", PRIVATE, OTHER))).toContain(
      "Xin gõ giờ kết thúc buổi sinh hoạt định kỳ 20/05 (bắt đầu lúc 19 giờ 30), ví dụ: 21:15, 21h15 hoặc 9 giờ 15 tối.",
    );
    const before = h.snapshot();
    for (const [typed, answered] of [
      ["25:00", "Giờ này không có thật"],
      ["abc", "chibo chưa hiểu giờ này"],
      ["<&>", "chibo chưa hiểu giờ này"],
      ["x".repeat(2000), "chibo chưa hiểu giờ này"],
      ["   ", "Xin gõ giờ kết thúc, ví dụ: 21:15."],
      ["20/5", "Thiếu giờ. Xin gõ giờ kết thúc"],
      ["19h", "Buổi họp bắt đầu lúc 19 giờ 30; giờ kết thúc phải sau giờ đó."],
      ["7 giờ sáng", "Buổi họp bắt đầu lúc 19 giờ 30; giờ kết thúc phải sau giờ đó."],
      ["8h 21/5", "Giờ này cách giờ bắt đầu (19 giờ 30) hơn 12 tiếng."],
      ["21h25", "Giờ này chưa tới."],
      ["2h", "Giờ này có thể hiểu nhiều cách"],
    ] as const) {
      const said = await h.say("Lan", PRIVATE, typed);
      expect(said, typed).toHaveLength(1);
      expect(said[0]?.text, typed).toContain(answered);
    }
    expect(h.snapshot()).toBe(before);

    // "9 giờ 15 tối", decomposed as some keyboards send it.
    const saved = texts(await h.say("Lan", PRIVATE, "9 giờ 15 tối".normalize("NFD")));
    expect(saved).toContain("✅ Đã lưu.");
    expect(saved).toContain(
      "Biên bản buổi sinh hoạt định kỳ 20/05 ghi buổi họp từ 19 giờ 30 đến 21 giờ 15.",
    );
    expect(meeting().endedAt).toEqual(new Date("2024-05-20T14:15:00Z"));
    // The dialog is over: the next time typed is no end.
    const after = await h.say("Lan", PRIVATE, "21h");
    expect(texts(after)).not.toContain("Đã lưu");
    expect(meeting().endedAt).toEqual(new Date("2024-05-20T14:15:00Z"));

    expect(await minutesTimeLine()).toContain("từ 19 giờ 30 đến 21 giờ 15");
  });

  it("takes the minute the meeting was closed, or the scheduled end, with one choice", async () => {
    await meetingAnnounced();
    await closedByHand();
    const atClose = texts(await h.press("Lan", PRIVATE, "🏁 Lúc kết thúc điểm danh (21 giờ 20)"));
    expect(atClose).toContain("từ 19 giờ 30 đến 21 giờ 20.");
    expect(meeting().endedAt).toEqual(new Date("2024-05-20T14:20:00Z"));

    // The next morning, from the attendance sheet: back to the scheduled end.
    h.clock.set("2024-05-21T01:00:00Z");
    const sheet = await h.say("Lan", PRIVATE, "/diemdanh");
    expect(labels(sheet)).toContain(EDIT);
    expect(labels(sheet)).not.toContain("🏁 Kết thúc buổi họp");
    const asked = await h.press("Lan", PRIVATE, EDIT);
    expect(texts(asked)).toContain(
      "Biên bản buổi sinh hoạt định kỳ 20/05 ghi buổi họp từ 19 giờ 30 đến 21 giờ 20.",
    );
    const planned = texts(await h.press("Lan", PRIVATE, PLANNED));
    expect(planned).toContain(PLANNED_LINE);
    expect(meeting().endedAt).toBeNull();
    expect(await minutesTimeLine()).toContain("từ 19 giờ 30 đến 21 giờ 30");
  });

  it("asks the secretary and deputy in private when the meeting closes at its scheduled end", async () => {
    await meetingAnnounced();
    const mai = h.app.services.members.byPerson("console:Mai");
    h.app.services.members.setRole(mai?.id ?? 0, "deputy", h.clock.now());
    await h.say("Mai", PRIVATE, "/start");
    h.clock.set("2024-05-20T14:31:00Z");
    h.app.scheduler.runDue(h.clock.now());
    expect(meeting().state).toBe("closed");
    for (const manager of ["console:Lan", "console:Mai"]) {
      const question = queuedTo(manager).find((s) => s.text.includes("Giờ kết thúc"));
      expect(question?.text, manager).toContain(PLANNED_LINE);
      // Closed by the job, not by hand: no minute of closing to offer.
      expect(question?.choices.map((c) => c.label)).toEqual([PLANNED, OTHER]);
    }
    // Nothing about the minutes in the group, nor to a member.
    for (const chat of ["console:group:1", "console:Hùng"]) {
      expect(
        queuedTo(chat)
          .map((s) => s.text)
          .join("\n"),
      ).not.toContain("Giờ kết thúc");
    }

    h.clock.set("2024-05-21T01:00:00Z");
    await h.press("Mai", PRIVATE, OTHER);
    expect(texts(await h.say("Mai", PRIVATE, "21h45"))).toContain("từ 19 giờ 30 đến 21 giờ 45.");
    expect(meeting().endedAt).toEqual(new Date("2024-05-20T14:45:00Z"));
  });

  it("lets only the secretary and deputy give it, in private, within the week after", async () => {
    await meetingAnnounced();
    const id = meeting().id;
    // Before the meeting closes there is no end to give.
    let before = h.snapshot();
    expect(texts(await h.sendChoiceValue("Lan", PRIVATE, `diemdanh:endplan-${id}`))).toContain(
      "Lựa chọn này đã cũ",
    );
    expect(h.snapshot()).toBe(before);

    h.clock.set("2024-05-20T14:31:00Z");
    h.app.scheduler.runDue(h.clock.now());
    before = h.snapshot();
    // Values no button shows these people: forged by a member, or sent in the group.
    for (const value of [
      `diemdanh:endplan-${id}`,
      `diemdanh:endtype-${id}`,
      `diemdanh:end-${id}`,
    ]) {
      expect(texts(await h.sendChoiceValue("Hùng", PRIVATE, value)), value).toContain(
        "Chỉ bí thư và phó bí thư",
      );
      expect(texts(await h.sendChoiceValue("Lan", GROUP, value)), value).toContain(
        "chỉ dùng trong chat riêng",
      );
    }
    // The job closed it at its end: there is no minute of closing by hand to take.
    for (const value of [
      `diemdanh:endclose-${id}`,
      `diemdanh:endplan-${id + 1}`,
      `diemdanh:endtype-0${id}`,
      "diemdanh:endtype-",
    ]) {
      expect(texts(await h.sendChoiceValue("Lan", PRIVATE, value)), value).toContain(
        "Lựa chọn này đã cũ",
      );
    }
    expect(h.snapshot()).toBe(before);

    // The dialog open, the week runs out before the time is typed.
    await h.press("Lan", PRIVATE, OTHER);
    h.clock.set("2024-05-28T14:32:00Z");
    expect(texts(await h.say("Lan", PRIVATE, "21h15"))).toContain("Phần ghi giờ kết thúc đã cũ");
    expect(meeting().endedAt).toBeNull();
    expect(h.app.services.conversations.dialog("console:Lan", "console:Lan")).toBeUndefined();
    before = h.snapshot();
    expect(texts(await h.press("Lan", PRIVATE, OTHER))).toContain(
      "Không sửa giờ kết thúc buổi này được nữa (chỉ sửa trong 7 ngày sau buổi họp).",
    );
    expect(h.snapshot()).toBe(before);
  });

  it("says to choose, not to press, where there are no buttons, and takes the numbers", async () => {
    await meetingAnnounced({ hasButtons: false });
    const closed = await closedByHand();
    const shown = asTyped(closed);
    expect(shown).toContain("Nếu không, xin chọn «✏️ Giờ khác» rồi gõ giờ.");
    expect(shown).toMatch(/^ {2}3\. ✏️ Giờ khác$/m);
    expect(wrongWords([shown], "typed")).toEqual([]);
    const asked = await h.press("Lan", PRIVATE, OTHER);
    expect(wrongWords([asTyped(asked)], "typed")).toEqual([]);
    expect(texts(await h.say("Lan", PRIVATE, "21:15"))).toContain("đến 21 giờ 15.");
    expect(meeting().endedAt).toEqual(new Date("2024-05-20T14:15:00Z"));
  });
});
