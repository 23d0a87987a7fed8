import { afterEach, describe, expect, it } from "vitest";
import { type ChatDriver, consoleDriver, type Where, type Who, zaloDriver } from "./drivers.js";

/**
 * What older members type, one line at a time, in the order a cell's life brings it, and what
 * they read back. `null`: chibo says nothing (talk between members in the group).
 */
type Step = [who: Who, where: Where, typed: string, reads: string | RegExp | null];

const nfd = (text: string) => text.normalize("NFD");
/** The broken-font "ư" of PDF extracts, and decomposed marks. */
const broken = (text: string) => nfd(text).replace(/u\u031b/g, "\u01a3");

const GREETED = /Chào đồng chí Trần Văn Hùng!/;
const SUGGESTED = /Có phải đồng chí muốn dùng lệnh \/dangky[\s\S]*1\. Bắt đầu \/dangky/;
const STEP_1 = /Phần 1\/3 — Học tập/;
const STOPPED = "Đã hủy. Những gì đang nhập dở không được lưu.";
const CHECKED =
  /chibo sẽ ghi phần này là: [\s\S]*Đồng chí muốn ghi đúng như vậy\?[\s\S]*1\. Đúng, ghi như vậy[\s\S]*2\. Viết lại/;
const NOT_UNDERSTOOD = "chibo chưa hiểu tin nhắn này";
const LONG_ANSWER =
  `${"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. ".repeat(64)}`.slice(0, 4000);

const STEPS: Step[] = [
  // The group is linked; a newcomer asks to join without the slash; talk is left alone.
  ["Lan", "group", "/khoitao Chi bộ Khu phố 1", "Đã tạo Chi bộ Khu phố 1"],
  [
    "Tuấn",
    "group",
    "thamgia Lê Minh Tuấn",
    "Đồng chí Lê Minh Tuấn, trước khi ghi tên vào danh sách",
  ],
  // The consent question, answered as typed: folded, without diacritics.
  ["Tuấn", "group", "dong y", "Đã nhận yêu cầu của đồng chí Lê Minh Tuấn"],
  ["Tuấn", "group", "tham gia đầy đủ nhé các đồng chí", null],
  ["Hùng", "group", "xin chào", null],
  ["Hùng", "group", "thôi", null],
  ["Hùng", "group", "ok", null],
  ["Hùng", "group", "có", null],
  ["Hùng", "group", "đăng ký kế hoạch tuần sau nhé", null],
  ["Hùng", "group", "Chào chibo", GREETED],
  ["Hùng", "group", "dang ky", "Việc này làm trong chat riêng với chibo"],
  ["Hùng", "group", "/Đăng ký", "Việc này làm trong chat riêng với chibo"],
  ["Hùng", "group", "/dang ky", "Việc này làm trong chat riêng với chibo"],
  ["Hùng", "group", "DANGKY", "Việc này làm trong chat riêng với chibo"],
  // Greetings and help, in private.
  ["Hùng", "private", "xin chào", GREETED],
  ["Hùng", "private", "Chào chibo", GREETED],
  ["Hùng", "private", "hello", GREETED],
  ["Hùng", "private", "Xin chào chibo ạ", GREETED],
  ["Hùng", "private", nfd("XIN CHÀO"), GREETED],
  ["Hùng", "private", "alo", /Chào đồng chí[\s\S]*\/lichhop/],
  ["Hùng", "private", "giúp", "/camket —"],
  ["Hùng", "private", "hướng dẫn", "/camket —"],
  ["Hùng", "private", "help", "/camket —"],
  // A word to stop, with nothing to stop.
  ["Hùng", "private", "hủy", "Không có việc gì đang làm dở."],
  ["Hùng", "private", "thôi", "Không có việc gì đang làm dở."],
  // Nothing chibo can read.
  ["Hùng", "private", "😀😀👍", NOT_UNDERSTOOD],
  ["Hùng", "private", "ờ", NOT_UNDERSTOOD],
  ["Hùng", "private", "1,2", /danh sách|chưa hiểu/],
  ["Hùng", "private", "7", /danh sách|chưa hiểu/],
  ["Hùng", "private", LONG_ANSWER, NOT_UNDERSTOOD],
  // Commands as people type them.
  ["Hùng", "private", "camket", "chưa đăng ký kế hoạch năm 2024"],
  ["Hùng", "private", "cam kết", "chưa đăng ký kế hoạch năm 2024"],
  ["Hùng", "private", nfd("Cam Kết"), "chưa đăng ký kế hoạch năm 2024"],
  ["Hùng", "private", "/Cam kết", "chưa đăng ký kế hoạch năm 2024"],
  ["Hùng", "private", "/CAMKET", "chưa đăng ký kế hoạch năm 2024"],
  ["Lan", "private", "báo cáo", "Báo cáo đăng ký năm 2024"],
  ["Lan", "private", "bao cao", "Báo cáo đăng ký năm 2024"],
  ["Lan", "private", "BAOCAO", "Báo cáo đăng ký năm 2024"],
  ["Lan", "private", "/bao cao", "Báo cáo đăng ký năm 2024"],
  ["Lan", "private", "/Báo cáo", "Báo cáo đăng ký năm 2024"],
  ["Lan", "private", "duyệt", "Lê Minh Tuấn"],
  // Guesses are asked, and a number answers the question.
  ["Hùng", "private", "dangky2", SUGGESTED],
  ["Hùng", "private", "1", STEP_1],
  ["Hùng", "private", "hủy", STOPPED],
  ["Hùng", "private", "dang kys", SUGGESTED],
  ["Hùng", "private", "9", "Chỉ có số 1 đến 1"],
  ["Hùng", "private", "tôi muốn đăng ký", SUGGESTED],
  ["Hùng", "private", "1", STEP_1],
  ["Hùng", "private", "thôi", STOPPED],
  ["Hùng", "private", "đăng kí", STEP_1],
  ["Hùng", "private", "Huỷ", STOPPED],
  ["Hùng", "private", "Đăng Ký", STEP_1],
  ["Hùng", "private", "không làm nữa", STOPPED],
  ["Hùng", "private", "dang ki", STEP_1],
  ["Hùng", "private", "dừng", STOPPED],
  ["Hùng", "private", "/DANG KY", STEP_1],
  // Chatter is asked about, never saved unasked; labels and words answer the question.
  ["Hùng", "private", "Chào chibo", CHECKED],
  ["Hùng", "private", "không", STEP_1],
  ["Hùng", "private", "ok", CHECKED],
  ["Hùng", "private", "viết lại", STEP_1],
  ["Hùng", "private", "5", CHECKED],
  ["Hùng", "private", "2", STEP_1],
  ["Hùng", "private", "Tôi chưa biết viết gì", CHECKED],
  ["Hùng", "private", "Viết lại", STEP_1],
  ["Hùng", "private", "Học tập", CHECKED],
  ["Hùng", "private", "sửa lại", STEP_1],
  ["Hùng", "private", "😀", /chữ/],
  ["Hùng", "private", LONG_ANSWER, /dài 4\.?000 ký tự/],
  ["Hùng", "private", "Học tập: Học chuyên đề năm và ghi chép đầy đủ", "Phần 2/3"],
  ["Hùng", "private", "DANGKY", CHECKED],
  ["Hùng", "private", "Viết lại", "Phần 2/3"],
  ["Hùng", "private", "Làm theo: Làm theo: giúp hàng xóm neo đơn mỗi tuần", "Phần 3/3"],
  ["Hùng", "private", "/dangky", /Tiếp tục phần đang làm dở[\s\S]*Phần 3\/3/],
  [
    "Hùng",
    "private",
    broken("Giữ gìn gia đình văn hóa, gương mẫu nơi cư trú"),
    /Xem lại bản đăng ký[\s\S]*giúp hàng xóm neo đơn mỗi tuần[\s\S]*gương mẫu nơi cư trú/,
  ],
  ["Hùng", "private", "Sửa phần 2", /Phần 2\/3[\s\S]*Hiện đang ghi: giúp hàng xóm neo đơn/],
  ["Hùng", "private", "giữ nguyên", "Xem lại bản đăng ký"],
  ["Hùng", "private", "tôi đồng ý", /Xin chọn Lưu|Chỉ có số/],
  ["Hùng", "private", "Lưu", "Đã lưu bản đăng ký năm 2024"],
  ["Hùng", "private", "cam ket", "giúp hàng xóm neo đơn mỗi tuần"],
  // A meeting's list answered by its labels.
  ["Hùng", "private", "lịch họp", /1\. ✋ Tham dự/],
  ["Hùng", "private", "tham dự", "Đã ghi: đồng chí tham dự"],
  ["Hùng", "private", "lich hop", /2\. 📝 Vắng có lý do/],
  ["Hùng", "private", "vắng", "Xin gõ lý do"],
  ["Hùng", "private", "thôi", STOPPED],
  ["Hùng", "private", "Lịch họp", /Vắng có lý do/],
  ["Hùng", "private", "Có", "Đã ghi: đồng chí tham dự"],
  // Someone not in the cell.
  ["Hà", "private", "xin chào", "Chào đồng chí Phạm Thu Hà!"],
  ["Hà", "private", "dang ky", /thamgia/],
  ["Tuấn", "private", "chào chibo", "chờ bí thư duyệt"],
];

const PLATFORMS: [string, () => Promise<ChatDriver>][] = [
  ["the console", () => consoleDriver()],
  ["Zalo", () => zaloDriver()],
];

describe.each(PLATFORMS)("what people type, on %s", (_name, start) => {
  let chat: ChatDriver;
  afterEach(() => chat?.stop());

  it(`answers ${STEPS.length} phrasings as the person means them`, async () => {
    expect(STEPS.length).toBeGreaterThanOrEqual(80);
    chat = await start();
    for (const [index, [who, where, typed, reads]] of STEPS.entries()) {
      if (index === 1) addMemberAndMeeting(chat);
      const read = await chat.say(who, where, typed);
      const step = `step ${index + 1}: ${who} in ${where}: ${typed.slice(0, 60)}`;
      if (reads === null) expect.soft(read, step).toBe("");
      else if (typeof reads === "string") expect.soft(read, step).toContain(reads);
      else expect.soft(read, step).toMatch(reads);
    }
    // Nothing the person did not mean was saved: the plan holds only what was confirmed.
    const hung = chat.app.services.members.byPerson(chat.personId("Hùng"));
    expect(chat.app.services.commitments.of(hung?.id ?? 0, 2024)).toMatchObject({
      study: "Học chuyên đề năm và ghi chép đầy đủ",
      follow: "giúp hàng xóm neo đơn mỗi tuần",
      example: "Giữ gìn gia đình văn hóa, gương mẫu nơi cư trú",
    });
  }, 120_000);
});

/** Hùng on the roster, and a meeting on the 15th, as the secretary would have set them up. */
function addMemberAndMeeting(chat: ChatDriver): void {
  const { members, meetings, cells } = chat.app.services;
  const cell = cells.all()[0];
  const secretary = members.byPerson(chat.personId("Lan"));
  if (!cell || !secretary) throw new Error("the cell was not linked");
  const now = chat.app.services.clock.now();
  members.create({
    cellId: cell.id,
    fullName: "Trần Văn Hùng",
    role: "member",
    roster: "active",
    personId: chat.personId("Hùng"),
    displayName: "Trần Văn Hùng",
    now,
  });
  meetings.create(
    {
      cellId: cell.id,
      kind: "regular",
      startsAt: new Date("2024-03-15T01:00:00Z"),
      endsAt: new Date("2024-03-15T03:00:00Z"),
      place: "Hội trường khu phố 1",
      topic: "",
      createdBy: secretary.id,
    },
    now,
  );
}
