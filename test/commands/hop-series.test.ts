/**
 * /hop's monthly rule ("Lịch họp hằng tháng"), the combined kind and remote check-in, through
 * the router with buttons and with numbered answers: what the secretary reads, what the group
 * reads, and that refused input saves nothing.
 */
import type { User } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { fitsOneScreen } from "../../src/domain/one-screen.js";
import { plainText } from "../../src/domain/rich-text.js";
import type { Reply } from "../../src/messages/reply.js";
import { renderReply } from "../../src/platforms/render-reply.js";
import type { Meeting } from "../../src/store/meeting-store.js";
import type { ZaloPerson } from "../support/fake-zalo-server.js";
import { Harness, type Said, texts } from "../support/harness.js";
import { startTelegramRig, type TelegramRig } from "../support/telegram-rig.js";
import { startZaloRig, type ZaloRig } from "../support/zalo-rig.js";

const PRIVATE = "private";
const GROUP_CHAT = "console:group:1";
/** Wednesday 10/07/2024, 09:00 in Vietnam: the next 2nd of the month are 2/8, 2/9 (Quốc khánh), 2/10. */
const JULY = "2024-07-10T02:00:00Z";
const MONTHLY = "🗓 Lịch họp hằng tháng";

let h: Harness;
afterEach(() => h?.close());

async function cell(options: { now?: string; hasButtons?: boolean } = {}): Promise<void> {
  h = new Harness({ now: JULY, ...options });
  await h.cellWith(["Hùng", "Mai"]);
}

const say = (text: string) => h.say("Lan", PRIVATE, text);
const press = (label: string | RegExp) => h.press("Lan", PRIVATE, label);

function cellId(): number {
  const lan = h.app.services.members.byPerson("console:Lan");
  if (!lan) throw new Error("no cell");
  return lan.cellId;
}

function meetings(): Meeting[] {
  return h.app.services.meetings.ofCell(cellId(), new Date(0), new Date("2100-01-01"));
}

/** What the bot queued for the group, as the group reads it. */
function group(): string[] {
  const rows = h.app.database.sqlite
    .prepare("select chat_id as chatId, reply from outbox order by id")
    .all() as { chatId: string; reply: string }[];
  return rows
    .filter((row) => row.chatId === GROUP_CHAT)
    .map((row) => {
      const reply = JSON.parse(row.reply) as Reply;
      return renderReply(reply, h.app.translator, 4096, plainText).chunks.join("\n");
    });
}

/** /hop with nothing scheduled asks the kind; "Lịch họp hằng tháng" is one of its choices. */
async function startRule(): Promise<Said[]> {
  const asked = await say("/hop");
  expect(texts(asked)).toContain("Buổi họp loại nào?");
  const rule = await press(MONTHLY);
  expect(texts(rule)).toContain("Chi bộ họp hằng tháng vào ngày nào, mấy giờ?");
  return rule;
}

/** The whole dialog, the default answers pressed; returns the review. */
async function writeRule(
  typed = "ngày 2 hằng tháng 19h30",
  answers = {
    kind: "Sinh hoạt định kỳ",
    holiday: "Họp ngày làm việc liền sau",
    remote: "Không, chỉ điểm danh tại nơi họp",
  },
): Promise<Said[]> {
  await startRule();
  await say(typed);
  await say("Hội trường khu phố 1");
  await press("Không có nội dung riêng");
  await press(answers.kind);
  await press(answers.holiday);
  return press(answers.remote);
}

describe("/hop: a monthly rule, with buttons", () => {
  it("reads the rule back with its next dates, asks one thing at a time, saves the rule and its next meeting", async () => {
    await cell();
    await startRule();
    const understood = texts(await say("ngày 2 hằng tháng 19h30"));
    expect(understood).toContain("chibo hiểu là: ngày 2 hằng tháng");
    expect(understood).toContain("19 giờ 30, thứ Sáu, ngày 02/08/2024");
    // Before the cell chose what a holiday does, the day is shown as it falls.
    expect(understood).toContain("ngày 02/09/2024 (trùng ngày nghỉ Quốc khánh)");
    expect(understood).toContain("19 giờ 30, thứ Tư, ngày 02/10/2024");
    expect(understood).toContain("Chi bộ thường họp ở đâu?");

    expect(texts(await say("Hội trường khu phố 1"))).toContain("Nội dung chính của các buổi họp?");
    const kind = await press("Không có nội dung riêng");
    expect(kind[0]?.choices.map((c) => c.label)).toEqual([
      "Sinh hoạt định kỳ",
      "Sinh hoạt định kỳ kết hợp chuyên đề",
    ]);
    expect(texts(await press("Sinh hoạt định kỳ kết hợp chuyên đề"))).toContain(
      "trùng ngày nghỉ lễ (Tết, 30/4, 1/5, 2/9…)",
    );
    expect(texts(await press("Họp ngày làm việc liền sau"))).toContain("điểm danh từ xa");
    const review = texts(await press("Có, cho phép điểm danh từ xa"));
    expect(review).toContain("Xin đồng chí xem lại lịch họp hằng tháng");
    expect(review).toContain("Sinh hoạt định kỳ kết hợp chuyên đề, 120 phút");
    expect(review).toContain("📍 Hội trường khu phố 1");
    expect(review).toContain("📌 sinh hoạt định kỳ của tháng");
    expect(review).toContain("Trùng ngày nghỉ lễ: họp ngày làm việc liền sau");
    expect(review).toContain("Cho phép điểm danh từ xa");
    // 2/9 and 3/9/2024 are the Quốc khánh days off: the meeting goes to Wednesday 4/9.
    expect(review).toContain("ngày 04/09/2024 (dời từ 02/09/2024, nghỉ Quốc khánh)");
    expect(meetings()).toHaveLength(0);

    const saved = texts(await press("✅ Lưu lịch họp"));
    expect(saved).toContain("Đã lưu lịch họp hằng tháng: ngày 2 hằng tháng");
    expect(saved).toContain("19 giờ 30, thứ Sáu, ngày 02/08/2024");
    expect(saved).toContain("ngày 26/07/2024 (7 ngày trước buổi họp)");
    expect(saved).toContain("Mỗi buổi vẫn sửa hay hủy riêng được: gõ /hop");
    const [meeting] = meetings();
    expect(meeting?.kind).toBe("combined");
    expect(meeting?.remoteAllowed).toBe(true);
    expect(meeting?.topic).toBe("");
    expect(((meeting?.endsAt.getTime() ?? 0) - (meeting?.startsAt.getTime() ?? 0)) / 60_000).toBe(
      120,
    );
    // The notice goes on its day, not now.
    expect(group()).toEqual([]);
    expect(h.app.services.meetingSeries.activeOf(cellId())).toHaveLength(1);
  });

  it("notices the first meeting at once when its notice day has come, and the group reads it", async () => {
    await cell({ now: "2024-07-29T02:00:00Z" }); // Monday 29/07: 2/8 is four days away
    await writeRule();
    const saved = texts(await press("✅ Lưu lịch họp"));
    expect(saved).toContain("chibo đã gửi thông báo vào nhóm chi bộ");
    const posted = group().join("\n---\n");
    expect(posted).toContain("THÔNG BÁO HỌP CHI BỘ");
    expect(posted).toContain("19 giờ 30, thứ Sáu, ngày 02/08/2024");
    expect(posted).toContain("📍 Hội trường khu phố 1");
    expect(meetings()[0]?.noticedAt).not.toBeNull();
  });

  it("changes a part from the review and goes straight back to it", async () => {
    await cell();
    await writeRule();
    const fields = await press("✏️ Sửa");
    expect(texts(fields)).toContain("Sửa phần nào?");
    await press("Khi trùng ngày nghỉ lễ");
    const review = texts(await press("Họp ngày làm việc liền trước"));
    expect(review).toContain("Xin đồng chí xem lại lịch họp hằng tháng");
    // The working day before 2/9 is Friday 30/8, in August: September's meeting stays in
    // September, on the first working day after the days off.
    expect(review).toContain("ngày 04/09/2024 (dời từ 02/09/2024, nghỉ Quốc khánh)");
    expect(review).not.toContain("30/08/2024");
    await press("✏️ Sửa");
    await press("Ngày giờ họp");
    const again = texts(await say("thứ Bảy đầu tiên của tháng 8h"));
    expect(again).toContain("chibo hiểu là: thứ Bảy đầu tiên");
    expect(again).toContain("Xin đồng chí xem lại lịch họp hằng tháng");
    expect(again).toContain("8 giờ, thứ Bảy, ngày 03/08/2024");
  });

  it("cancels the dialog without saving anything", async () => {
    await cell();
    await writeRule();
    expect(texts(await press("Hủy, không lưu"))).toContain("Không lưu lịch họp nào");
    expect(h.app.services.meetingSeries.activeOf(cellId())).toHaveLength(0);
    expect(meetings()).toHaveLength(0);
  });
});

describe("/hop: a rule refused, with a clear answer and nothing saved", () => {
  it("refuses a day not in every month, a rule without time, an ambiguous hour, empty, huge and hostile text", async () => {
    await cell();
    await startRule();
    const before = h.snapshot();
    const refused: [string, string][] = [
      ["ngày 31 hằng tháng 19h", "Không phải tháng nào cũng có ngày này"],
      ["ngày 30 hằng tháng 19h", "Không phải tháng nào cũng có ngày này"],
      ["ngày 5 hằng tháng", "Thiếu giờ họp"],
      ["ngày 5 hằng tháng 2h", "2 giờ sáng hay chiều"],
      ["thứ Bảy hằng tháng 8h", "Chưa rõ họp ngày nào trong tháng"],
      ["thứ Bảy thứ năm của tháng 8h", "Không phải tháng nào cũng có thứ đó lần thứ năm"],
      ["thứ Bảy, thứ Năm 8h", "Chưa rõ họp ngày nào trong tháng"],
      ["họp khi nào rảnh", "chibo chưa hiểu lịch này"],
      ["<script>alert(1)</script>", "chibo chưa hiểu lịch này"],
      ["   ", "Xin gõ ngày và giờ họp hằng tháng"],
      ["\u200b\u200b", "Xin gõ ngày và giờ họp hằng tháng"],
      [`ngày 5 hằng tháng 19h30 ${"x".repeat(5000)}`, "Dài quá"],
    ];
    for (const [typed, phrase] of refused) {
      const said = await say(typed);
      expect(said, typed.slice(0, 30)).toHaveLength(1);
      expect(said[0]?.text, typed.slice(0, 30)).toContain(phrase);
      expect(said[0]?.text.length).toBeLessThan(400);
      expect(said[0]?.text).not.toContain("<script>");
      expect(h.snapshot(), typed.slice(0, 30)).toBe(before);
    }
    // Still asking the rule: a good one goes on to the place.
    expect(texts(await say("ngày 5 hằng tháng 19h30"))).toContain("Chi bộ thường họp ở đâu?");
  });

  it("reads decomposed (NFD) Vietnamese and the broken-font 'ƣ', and stores the place composed", async () => {
    await cell();
    await startRule();
    const understood = texts(await say("thứ Tƣ đầu tiên của tháng 8h".normalize("NFD")));
    expect(understood).toContain("8 giờ, thứ Tư, ngày 07/08/2024");
    await say("Hội trƣờng khu phố 1".normalize("NFD"));
    await press("Không có nội dung riêng");
    await press("Sinh hoạt định kỳ");
    await press("Vẫn họp đúng ngày đó");
    const review = texts(await press("Không, chỉ điểm danh tại nơi họp"));
    expect(review).toContain("📍 Hội trường khu phố 1");
    await press("✅ Lưu lịch họp");
    expect(h.app.services.meetingSeries.activeOf(cellId())[0]?.place).toBe(
      "Hội trường khu phố 1".normalize("NFC"),
    );
  });

  it("says the days of a year without a holiday table are not moved", async () => {
    await cell({ now: "2028-11-10T02:00:00Z" });
    await startRule();
    const understood = texts(await say("ngày 2 hằng tháng 19h30"));
    expect(understood).toContain("ngày 02/12/2028");
    expect(understood).not.toContain("ngày 02/12/2028 (");
    expect(understood).toContain(
      "ngày 02/01/2029 (chưa có lịch nghỉ lễ năm 2029: ngày họp không dời)",
    );
  });

  it("marks a date that overlaps a meeting already scheduled, and skips it when saving", async () => {
    await cell();
    await say("/hop");
    await press("Sinh hoạt định kỳ");
    await say("2/8 19h");
    await say("Nhà văn hóa");
    await press("Không có nội dung riêng");
    await press("✅ Gửi thông báo vào nhóm");
    await say("/hop");
    await press("➕ Lên lịch buổi họp mới");
    await press(MONTHLY);
    const understood = texts(await say("ngày 2 hằng tháng 19h30"));
    expect(understood).toContain(
      "ngày 02/08/2024: trùng giờ buổi sinh hoạt định kỳ 02/08 đã có, tháng này không lên lịch thêm",
    );
    await say("Hội trường khu phố 1");
    await press("Không có nội dung riêng");
    await press("Sinh hoạt định kỳ");
    await press("Họp ngày làm việc liền sau");
    await press("Không, chỉ điểm danh tại nơi họp");
    const saved = texts(await press("✅ Lưu lịch họp"));
    expect(saved).toContain("Không lên lịch buổi 19 giờ 30, thứ Sáu, ngày 02/08/2024");
    expect(saved).toContain("ngày 04/09/2024");
    expect(meetings().map((m) => m.place)).toEqual(["Nhà văn hóa", "Hội trường khu phố 1"]);
  });

  it("refuses to move a rule's meeting onto another meeting", async () => {
    await cell();
    await writeRule();
    await press("✅ Lưu lịch họp"); // 2/8 19h30
    await say("/hop");
    await press("➕ Lên lịch buổi họp mới");
    await press("Sinh hoạt định kỳ");
    await say("5/8 19h");
    await say("Nhà văn hóa");
    await press("Không có nội dung riêng");
    await press("✅ Gửi thông báo vào nhóm");
    const [ruled] = meetings();
    await say("/hop");
    await press(/^✏️ Sửa buổi sinh hoạt định kỳ 02\/08/);
    await press("Sửa thời gian");
    const before = h.snapshot();
    const said = texts(await say("5/8 20h"));
    expect(said).toContain("Trùng giờ với một buổi họp khác");
    expect(said).toContain("19 giờ, thứ Hai, ngày 05/08/2024");
    expect(h.snapshot()).toBe(before);
    expect(h.app.services.meetings.byId(ruled?.id ?? 0)?.startsAt).toEqual(ruled?.startsAt);
  });
});

describe("/hop: the cell's rules, and cancelling one", () => {
  it("lists the rules; cancelling one keeps the meetings already scheduled", async () => {
    await cell();
    await writeRule();
    await press("✅ Lưu lịch họp");
    const menu = await say("/hop");
    expect(menu[0]?.choices.map((c) => c.label)).toContain(MONTHLY);
    const list = texts(await press(MONTHLY));
    expect(list).toContain("Lịch họp hằng tháng của chi bộ:");
    expect(list).toContain("• ngày 2 hằng tháng");
    expect(list).toContain("Sinh hoạt định kỳ, tại Hội trường khu phố 1");
    const ask = texts(await press(/^❌ Hủy lịch ngày 2 hằng tháng/));
    expect(ask).toContain("Các buổi đã lên lịch vẫn giữ nguyên");
    const cancelled = texts(await press("❌ Hủy lịch hằng tháng"));
    expect(cancelled).toContain("Đã hủy lịch họp hằng tháng");
    expect(cancelled).toContain("Các buổi đã lên lịch vẫn giữ");
    expect(cancelled).toContain("19 giờ 30, thứ Sáu, ngày 02/08/2024");
    expect(h.app.services.meetingSeries.activeOf(cellId())).toHaveLength(0);
    expect(meetings().map((m) => m.state)).toEqual(["scheduled"]);
  });

  it("answers stale, forged and foreign buttons clearly, changing nothing", async () => {
    await cell();
    await writeRule();
    await press("✅ Lưu lịch họp");
    const series = h.app.services.meetingSeries.activeOf(cellId())[0];
    if (!series) throw new Error("no rule");
    // The dialog closed when the rule was saved: the review's and the questions' buttons are stale.
    const before = h.snapshot();
    for (const value of [
      "hop:confirm",
      "hop:shift-after",
      "hop:remote-yes",
      "hop:fields",
      "hop:change-rule",
    ]) {
      const said = await h.sendChoiceValue("Lan", PRIVATE, value);
      expect(texts(said), value).toContain("Lựa chọn này đã cũ");
      expect(h.snapshot(), value).toBe(before);
    }
    for (const value of [
      "hop:seriescancelyes-999",
      "hop:seriescancel-999",
      "hop:seriescancelyes-x",
    ]) {
      const said = await h.sendChoiceValue("Lan", PRIVATE, value);
      expect(texts(said), value).toContain("Lựa chọn này đã cũ");
    }
    await h.sendChoiceValue("Lan", PRIVATE, `hop:seriescancelyes-${series.id}`);
    const again = await h.sendChoiceValue("Lan", PRIVATE, `hop:seriescancelyes-${series.id}`);
    expect(texts(again)).toContain("Lịch họp hằng tháng này đã hủy rồi");
    // A member who is not secretary cannot cancel it.
    const hung = await h.sendChoiceValue("Hùng", PRIVATE, `hop:seriescancel-${series.id}`);
    expect(texts(hung)).not.toContain("Hủy lịch họp hằng tháng");
  });
});

describe("/hop: a single meeting's kind and remote check-in", () => {
  it("makes a combined meeting last 120 minutes and saves remote check-in when allowed", async () => {
    await cell();
    await say("/hop");
    await press("Sinh hoạt định kỳ kết hợp chuyên đề");
    await say("20/7 19h");
    await say("Hội trường");
    await press("Không có nội dung riêng");
    const review = await press("📱 Cho phép điểm danh từ xa");
    expect(texts(review)).toContain("⏱ Thời lượng: 120 phút");
    expect(texts(review)).toContain("📱 Cho phép điểm danh từ xa (nhắn riêng cho chibo)");
    expect(review[0]?.choices.map((c) => c.label)).toContain("📍 Chỉ điểm danh tại nơi họp");
    await press("✅ Gửi thông báo vào nhóm");
    const [meeting] = meetings();
    expect(meeting?.kind).toBe("combined");
    expect(meeting?.remoteAllowed).toBe(true);
    expect(meeting?.endsAt.toISOString()).toBe("2024-07-20T14:00:00.000Z");
    expect(meeting?.noticedAt).not.toBeNull();
    const posted = group().join("\n---\n");
    expect(posted).toContain("Sinh hoạt định kỳ kết hợp chuyên đề");
    expect(posted).toContain("19 giờ, thứ Bảy, ngày 20/07/2024");
  });

  it("tells the group and those coming when remote check-in is withdrawn", async () => {
    await cell();
    await say("/hop");
    await press("Sinh hoạt định kỳ");
    await say("20/7 19h");
    await say("Hội trường");
    await press("Không có nội dung riêng");
    const plain = texts(await press("📱 Cho phép điểm danh từ xa"));
    expect(plain).toContain("⏱ Thời lượng: 90 phút");
    await press("✅ Gửi thông báo vào nhóm");
    await say("/hop");
    await press(/^✏️ Sửa/);
    await press("📍 Chỉ điểm danh tại nơi họp");
    const saved = texts(await press("✅ Lưu và báo lại cho nhóm"));
    expect(saved).toContain("Đã lưu thay đổi");
    expect(meetings()[0]?.remoteAllowed).toBe(false);
    expect(group().join("\n---\n")).toContain("Điểm danh: nay chỉ điểm danh tại nơi họp");
  });
});

describe("/hop: a monthly rule by numbered answers (no buttons)", () => {
  /** The numbered lines a platform without buttons writes under the last message. */
  const numbered = (said: Said[]) =>
    (said.at(-1)?.choices ?? []).map((choice, i) => `${i + 1}. ${choice.label}`);

  it("writes the rule by typing numbers, one short question at a time", async () => {
    await cell({ hasButtons: false });
    expect(numbered(await say("/hop"))).toContain(`4. ${MONTHLY}`);
    expect(texts(await say("4"))).toContain("Chi bộ họp hằng tháng vào ngày nào");
    await say("ngày 2 hằng tháng 19h30");
    const topic = await say("Hội trường khu phố 1");
    // The question names a line to choose, not a button to press.
    expect(texts(topic)).toContain("chọn dòng dưới đây");
    expect(numbered(topic)).toEqual(["1. Không có nội dung riêng"]);
    expect(numbered(await say("1"))).toEqual([
      "1. Sinh hoạt định kỳ",
      "2. Sinh hoạt định kỳ kết hợp chuyên đề",
    ]);
    expect(numbered(await say("1"))).toContain("3. Họp ngày làm việc liền sau");
    expect(numbered(await say("3"))).toEqual([
      "1. Không, chỉ điểm danh tại nơi họp",
      "2. Có, cho phép điểm danh từ xa",
    ]);
    const review = await say("1");
    expect(texts(review)).toContain("ngày 04/09/2024 (dời từ 02/09/2024, nghỉ Quốc khánh)");
    expect(numbered(review)).toEqual(["1. ✅ Lưu lịch họp", "2. ✏️ Sửa", "3. Hủy, không lưu"]);
    // Words where a number is expected: asked again, nothing saved.
    expect(texts(await say("Hội trường 2"))).toContain("Xin chọn một dòng dưới đây");
    expect(h.app.services.meetingSeries.activeOf(cellId())).toHaveLength(0);
    const saved = texts(await say("1"));
    expect(saved).toContain("Đã lưu lịch họp hằng tháng");
    expect(meetings()).toHaveLength(1);
  });
});

/** Monday 29/07/2024, 09:00: the rule's first meeting (2/8) is within its notice's 7 days. */
const LATE_JULY = "2024-07-29T02:00:00Z";

describe("/hop: a monthly rule on Telegram (buttons)", () => {
  let rig: TelegramRig;
  afterEach(() => rig?.stop());
  const GROUP = -1005300;

  it("sets the rule by buttons; the group reads the first meeting's notice, escaped", async () => {
    rig = await startTelegramRig(LATE_JULY);
    const { fake } = rig;
    const group = fake.addGroup({ id: GROUP, title: "Chi bộ KP1", type: "supergroup" });
    const lan: User = fake.addUser({ id: 511, first_name: "Lan" });
    fake.setChatMember(GROUP, 511, "administrator");
    fake.sendText({ from: lan, chat: group, text: "/khoitao Chi bộ Khu phố 1" });
    fake.sendText({ from: lan, text: "/start" });
    await rig.lastTo(511);
    const last = async () => (await rig.lastTo(511))[0]?.text ?? "";

    fake.sendText({ from: lan, text: "/hop" });
    expect(await last()).toContain("Buổi họp loại nào?");
    await rig.press(lan, 511, MONTHLY);
    expect(await last()).toContain("Chi bộ họp hằng tháng vào ngày nào");
    fake.sendText({ from: lan, text: "ngày 2 hằng tháng 19h30" });
    const [understood] = await rig.lastTo(511, 2);
    expect(understood?.text).toContain("chibo hiểu là: ngày 2 hằng tháng, 19 giờ 30");
    expect(understood?.text).toContain("ngày 02/09/2024 (trùng ngày nghỉ Quốc khánh)");
    fake.sendText({ from: lan, text: "Hội trường <KP1> & nhà văn hóa" });
    expect(await last()).toContain("bấm nút");
    await rig.press(lan, 511, "Không có nội dung riêng");
    await rig.press(lan, 511, "Sinh hoạt định kỳ");
    await rig.press(lan, 511, "Họp ngày làm việc liền sau");
    await rig.press(lan, 511, "Có, cho phép điểm danh từ xa");
    const [review] = await rig.lastTo(511);
    expect(review?.text).toContain("📍 Hội trường <KP1> & nhà văn hóa");
    expect(review?.html).toContain("Hội trường &lt;KP1&gt; &amp; nhà văn hóa");
    expect(review?.text).toContain("ngày 04/09/2024 (dời từ 02/09/2024, nghỉ Quốc khánh)");
    await rig.press(lan, 511, "✅ Lưu lịch họp");
    expect(await last()).toContain("chibo đã gửi thông báo vào nhóm chi bộ");

    const posted = fake
      .messagesTo(GROUP)
      .map((m) => m.text)
      .join("\n---\n");
    expect(posted).toContain("THÔNG BÁO HỌP CHI BỘ");
    expect(posted).toContain("19 giờ 30, thứ Sáu, ngày 02/08/2024");
    expect(posted).toContain("📍 Hội trường <KP1> & nhà văn hóa");
    expect(fake.messagesTo(GROUP).some((m) => m.html.includes("<KP1>"))).toBe(false);
  });
});

describe("/hop: a monthly rule on Zalo (numbered answers)", () => {
  let rig: ZaloRig;
  afterEach(() => rig?.stop());
  const GROUP = "5553001";
  const lan: ZaloPerson = { id: "301", name: "Lan" };

  it("sets the rule by numbers; the group reads the first meeting's notice", async () => {
    rig = await startZaloRig(LATE_JULY);
    rig.zalo.addGroup(GROUP, "Chi bộ KP1", lan);
    await rig.say(lan, "/khoitao Chi bộ Khu phố 1", GROUP);
    await rig.say(lan, "/start");
    const last = () => rig.zalo.textsTo(lan.id).at(-1) ?? "";

    await rig.say(lan, "/hop");
    expect(last()).toContain(`4. ${MONTHLY}`);
    await rig.press(lan, MONTHLY);
    expect(last()).toContain("Chi bộ họp hằng tháng vào ngày nào");
    await rig.say(lan, "ngày 2 hằng tháng 19h30");
    await rig.say(lan, "Hội trường khu phố 1");
    expect(last()).toContain("chọn dòng dưới đây");
    expect(last()).toContain("1. Không có nội dung riêng");
    await rig.press(lan, "Không có nội dung riêng");
    await rig.press(lan, "Sinh hoạt định kỳ kết hợp chuyên đề");
    await rig.press(lan, "Họp ngày làm việc liền sau");
    await rig.press(lan, "Không, chỉ điểm danh tại nơi họp");
    expect(last()).toContain("Sinh hoạt định kỳ kết hợp chuyên đề, 120 phút");
    expect(last()).toContain("1. ✅ Lưu lịch họp");
    // The longest message of the dialog, its numbered choices included, on one phone screen.
    expect(fitsOneScreen(last()), last()).toBe(true);
    await rig.press(lan, "✅ Lưu lịch họp");
    expect(last()).toContain("chibo đã gửi thông báo vào nhóm chi bộ");

    const posted = rig.zalo.textsTo(GROUP).join("\n---\n");
    expect(posted).toContain("THÔNG BÁO HỌP CHI BỘ");
    expect(posted).toContain("Sinh hoạt định kỳ kết hợp chuyên đề");
    expect(posted).toContain("19 giờ 30, thứ Sáu, ngày 02/08/2024");
  });
});

describe("/hop: a rule's meeting changed or cancelled before its notice", () => {
  async function saved(): Promise<void> {
    await cell();
    await writeRule();
    await press("✅ Lưu lịch họp"); // 2/8 19h30, noticed on 26/7
  }

  it("changes it quietly: the group reads nothing until the notice, which has the change", async () => {
    await saved();
    await say("/hop");
    await press(/^✏️ Sửa buổi sinh hoạt định kỳ 02\/08/);
    await press("Sửa địa điểm");
    await say("Nhà văn hóa tổ 5");
    const done = texts(await press("✅ Lưu (chưa thông báo nên chưa báo ai)"));
    expect(done).toContain("Buổi họp này chưa thông báo nên chưa báo ai");
    expect(done).toContain("chibo sẽ gửi thông báo vào nhóm chi bộ ngày 26/07/2024");
    expect(group()).toEqual([]);
    expect(meetings()[0]?.noticedAt).toBeNull();
  });

  it("notices it at once when moved into its notice days", async () => {
    await saved();
    await say("/hop");
    await press(/^✏️ Sửa buổi sinh hoạt định kỳ 02\/08/);
    await press("Sửa thời gian");
    await say("12/7 19h30");
    const done = texts(await press("✅ Lưu (chưa thông báo nên chưa báo ai)"));
    expect(done).toContain("chibo đã gửi thông báo vào nhóm chi bộ.");
    const posted = group().join("\n---\n");
    expect(posted).toContain("THÔNG BÁO HỌP CHI BỘ");
    expect(posted).toContain("ngày 12/07/2024");
    expect(posted).not.toContain("thay đổi");
    expect(meetings()[0]?.noticedAt).not.toBeNull();
  });

  it("cancels it without a word to the group", async () => {
    await saved();
    await say("/hop");
    await press(/^❌ Hủy buổi sinh hoạt định kỳ 02\/08/);
    const done = texts(await press("❌ Hủy buổi họp"));
    expect(done).toContain("Buổi này chưa thông báo nên không báo nhóm");
    expect(group()).toEqual([]);
    expect(meetings()[0]?.state).toBe("cancelled");
  });
});

describe("/hop: one monthly rule of a kind", () => {
  it("refuses a rule the cell has already", async () => {
    await cell();
    await writeRule();
    await press("✅ Lưu lịch họp");
    await say("/hop");
    await press(MONTHLY);
    await press("➕ Đặt thêm lịch họp hằng tháng");
    const before = h.snapshot();
    const said = texts(await say("mùng 2 mỗi tháng 19h30"));
    expect(said).toContain("Chi bộ đã có lịch họp hằng tháng ngày 2 hằng tháng, 19 giờ 30");
    expect(h.snapshot()).toBe(before);
  });

  it("reads the rule back without a dangling list when changed from the review", async () => {
    await cell();
    await writeRule();
    await press("✏️ Sửa");
    await press("Ngày giờ họp");
    const said = await say("ngày 3 hằng tháng 19h30");
    expect(said[0]?.text).toContain("chibo hiểu là: ngày 3 hằng tháng, 19 giờ 30.");
    expect(said[0]?.text).not.toContain("Các buổi tới");
  });

  it("words the holiday choices of a weekday rule by the week", async () => {
    await cell();
    await startRule();
    await say("thứ Bảy đầu tiên của tháng 8h");
    await say("Hội trường khu phố 1");
    await press("Không có nội dung riêng");
    const asked = await press("Sinh hoạt định kỳ");
    expect(texts(asked)).toContain("cùng thứ tuần trước hoặc tuần sau");
    expect(asked[0]?.choices.map((c) => c.label)).toEqual([
      "Vẫn họp đúng ngày đó",
      "Dời sang tuần trước, cùng thứ",
      "Dời sang tuần sau, cùng thứ",
    ]);
  });
});
