import ExcelJS from "exceljs";
import { afterEach, expect, it } from "vitest";
import { FileTooLarge } from "../../src/messages/incoming.js";
import { letterheadLines, open } from "../documents/docx-reader.js";
import { entriesWithoutConsent } from "../support/consent-check.js";
import { Harness, type Said, texts } from "../support/harness.js";
import { codeIn, firstOfficerCode } from "../support/operator.js";
import { type RosterRow, rosterXlsx } from "../support/roster-workbook.js";

/**
 * Issue 16's first "done when": a committee and two cells from nothing to registration reports
 * with the right header, in chat only. The operator's one step makes the committee's first
 * officer; from then on every change is something a person types, presses or sends in a chat.
 */

const COMMITTEE = "Đảng ủy phường Phú Hòa";
const OFFICER = "Trần Minh Ánh";
/** Secretaries, under the names their chat profiles show. */
const LAN = "Nguyễn Thị Lan";
const MAI = "Phạm Văn Mai";
const ANNUAL = "Học tập và làm theo Bác về lấy dân làm gốc";
const Q1 = "Tư tưởng Hồ Chí Minh về văn hóa";

/** Cell A's members who join the chat and claim their entry from it. */
const WITH_PHONE = [
  "Trần Văn Hùng",
  "Lê Văn Minh",
  "Phạm Thị Hoa",
  "Hoàng Văn Nam",
  "Vũ Thị Thu",
  "Đặng Văn Long",
  "Bùi Thị Mai",
  "Đỗ Văn Tùng",
  "Ngô Văn Dũng",
  "Dương Thị Ngọc",
  "Trương Thị Yến",
  "Đinh Văn Khải",
  "Phan Thị Liên",
  "Võ Văn Thắng",
  "Huỳnh Thị Nga",
  "Cao Văn Sơn",
  "Tạ Thị Hằng",
  "Lương Văn Bảo",
  "Mai Thị Xuân",
  "Quách Thị Diệp",
  "Tôn Văn Đạt",
  "Lâm Văn Tài",
  "Thái Thị Quỳnh",
  "Trịnh Văn Quang",
];
/** The five who use no phone: on the roster from the file, never in a chat. */
const NO_PHONE = ["Hồ Thị Hạnh", "Lý Văn Phúc", "Châu Văn Lực", "Kiều Thị Oanh", "Mạc Văn Hiếu"];
/** Probationary members, one with a phone and one without. */
const PROBATIONARY = ["Phạm Thị Hoa", "Châu Văn Lực"];
/** Those of WITH_PHONE who register their plan. */
const REGISTERING = WITH_PHONE.slice(0, 11);

/** Cell A's roster as the secretary keeps it: herself first, then 29 rows. */
function cellARows(): RosterRow[] {
  const rows: RosterRow[] = [[LAN, "Bí thư", "Chính thức"]];
  for (const name of [...WITH_PHONE, ...NO_PHONE]) {
    const role = name === "Lê Văn Minh" ? "Chi ủy viên" : "Đảng viên";
    const status = PROBATIONARY.includes(name) ? "Dự bị" : "Chính thức";
    rows.push([name, role, status, NO_PHONE.includes(name) ? "Không dùng điện thoại" : ""]);
  }
  return rows;
}

let h: Harness;
afterEach(() => h?.close());

/**
 * The database as it was after the last chat turn: neither this connection (`total_changes`)
 * nor any other (`data_version`, as a command line's would) has written since.
 */
function writes(): string {
  const { sqlite } = h.app.database;
  const own = sqlite.prepare("select total_changes() as n").get() as { n: number };
  return `${own.n}/${sqlite.pragma("data_version", { simple: true })}`;
}

let afterLastTurn = "";

/** Every change goes through a chat turn: nothing wrote between the last one and this. */
async function turn(said: () => Promise<Said[]>): Promise<Said[]> {
  expect(writes(), "the database changed outside the chat").toBe(afterLastTurn);
  const result = await said();
  afterLastTurn = writes();
  return result;
}

const say = (who: string, where: string, text: string) => turn(() => h.say(who, where, text));
const press = (who: string, where: string, label: string | RegExp) =>
  turn(() => h.press(who, where, label));

/** `who` sends a file in their private chat with chibo. */
function sendFile(who: string, name: string, bytes: Uint8Array): Promise<Said[]> {
  const fetch = async (maxBytes: number) => {
    if (bytes.length > maxBytes) throw new FileTooLarge(maxBytes);
    return bytes;
  };
  const file = { name, size: bytes.length, mime: undefined, fetch };
  return turn(() => h.deliver(who, "private", { type: "file", file }));
}

const offers = (said: Said[], label: string | RegExp) =>
  said.some((s) =>
    s.choices.some((c) => (typeof label === "string" ? c.label === label : label.test(c.label))),
  );

/** Presses `label` in a paged list, turning pages ("Xem tiếp") until it shows. */
async function pressPaged(who: string, shown: Said[], label: string | RegExp): Promise<Said[]> {
  let page = shown;
  for (let turned = 0; !offers(page, label); turned++) {
    if (turned > 10 || !offers(page, /Xem tiếp/)) throw new Error(`${label} not in the list`);
    page = await press(who, "private", /Xem tiếp/);
  }
  return press(who, "private", label);
}

/** The file a reply carries, made as the platform makes it before sending. */
async function fileOf(said: Said[]): Promise<Buffer> {
  const request = said.find((s) => s.reply.document)?.reply.document;
  if (!request) throw new Error(`no file in: ${texts(said)}`);
  return (await h.app.documents(request)).data;
}

/** A secretary's /xuatbaocao, one file. */
async function exported(secretary: string, label: RegExp): Promise<Buffer> {
  await say(secretary, "private", "/xuatbaocao");
  return fileOf(await press(secretary, "private", label));
}

/** A secretary's document settings in /caidat: the party organisation, then the place. */
async function documentSettings(secretary: string): Promise<string> {
  for (const [label, typed] of [
    [/Đảng bộ ở đầu/, "Đảng bộ phường Phú Hòa"],
    [/Địa danh/, "Phú Hòa"],
  ] as const) {
    await say(secretary, "private", "/caidat");
    await press(secretary, "private", "📄 Sửa mục trong văn bản");
    await press(secretary, "private", label);
    expect(texts(await say(secretary, "private", typed))).toContain("✅ Đã lưu.");
  }
  return texts(await say(secretary, "private", "/caidat"));
}

it("takes a committee and two cells from nothing to registration reports, in chat only", async () => {
  h = new Harness({ now: "2024-03-10T02:00:00Z" });
  h.admins.add(`console:${LAN}`);
  h.admins.add(`console:${MAI}`);
  const officerCode = await firstOfficerCode(h, COMMITTEE);
  afterLastTurn = writes();

  // The officer claims the code and sets the year's plan.
  expect(texts(await say(OFFICER, "private", `/tonghop ${officerCode}`))).toContain(
    `Đồng chí đã được ghi là cán bộ của ${COMMITTEE}.`,
  );
  const officer = (text: string) => say(OFFICER, "private", text);
  const officerPress = (label: string | RegExp) => press(OFFICER, "private", label);
  // The committee has no cell yet: the plan is for those that will join it.
  expect(texts(await officer("/kehoach"))).toContain(
    `Kế hoạch học tập và làm theo Bác cho các chi bộ của ${COMMITTEE} (chưa có chi bộ nào)`,
  );
  await officerPress("Năm 2024");
  await officerPress("Nhập từng bước");
  await officerPress(`Dùng tên ${COMMITTEE}`);
  await officer(ANNUAL);
  await officer(Q1);
  await officerPress("Không có");
  await officer("Phát huy truyền thống văn hóa quê hương");
  await officer("Đánh giá kết quả năm 2024");
  await officer("15/4");
  await officer("30/4/2024");
  await officer("19/5/2024");
  await officerPress("Không có");
  await officer("Học tập / Thực hành / Nêu gương");
  for (const _ of [1, 2, 3]) await officerPress("Giữ các ví dụ này");
  expect(texts(await officerPress("✅ Lưu"))).toBe(
    `✅ Đã lưu kế hoạch năm 2024. ${COMMITTEE} chưa có chi bộ nào; chi bộ gắn vào ${COMMITTEE} sẽ theo kế hoạch này. Cấp mã cho một chi bộ gắn vào: /tonghop, chọn «Mã cho chi bộ».`,
  );

  // Cell A is created with the committee's code; cell B first, then linked in /caidat.
  await officer("/tonghop");
  const codeForA = codeIn(texts(await officerPress("🔗 Mã cho chi bộ")));
  const createdA = texts(await say(LAN, "group:1", `/khoitao Chi bộ Khu phố 1 ${codeForA}`));
  expect(createdA).toContain(`Đồng chí ${LAN} là bí thư.`);
  expect(createdA).toContain(`Chi bộ thuộc ${COMMITTEE}`);
  const createdB = texts(await say(MAI, "group:2", "/khoitao Chi bộ Khu phố 2"));
  expect(createdB).toContain(`Đồng chí ${MAI} là bí thư.`);
  expect(createdB).not.toContain(COMMITTEE);
  await officer("/tonghop");
  const codeForB = codeIn(texts(await officerPress("🔗 Mã cho chi bộ")));
  await say(MAI, "private", "/caidat");
  await press(MAI, "private", "🔗 Cấp ủy cấp trên");
  expect(texts(await say(MAI, "private", codeForB))).toContain(
    `✅ Chi bộ Khu phố 2 đã thuộc ${COMMITTEE}.`,
  );
  for (const [secretary, group] of [
    [LAN, "group:1"],
    [MAI, "group:2"],
  ] as const) {
    const topic = texts(await say(secretary, group, "/chuyende"));
    expect(topic).toContain(`Chuyên đề năm 2024: ${ANNUAL}`);
    expect(topic).toContain(`Chủ điểm Quý I/2024: ${Q1}`);
    expect(topic).toContain(`Theo kế hoạch của ${COMMITTEE}.`);
    const settings = await documentSettings(secretary);
    expect(settings).toContain(`Cấp ủy cấp trên: ${COMMITTEE}`);
    expect(settings).toContain("Đảng bộ ở đầu văn bản: Đảng bộ phường Phú Hòa");
    expect(settings).toContain("Địa danh ở dòng ngày tháng: Phú Hòa");
  }

  // Cell A's roster of 30 from the spreadsheet it keeps.
  expect(texts(await say(LAN, "private", "/nhapdanhsach"))).toContain(
    "Gửi vào chat này tệp danh sách đảng viên Chi bộ Khu phố 1",
  );
  const [preview] = await sendFile(LAN, "ds-chi-bo-kp1.xlsx", await rosterXlsx(cellARows()));
  expect(preview?.text).toContain(
    '"ds-chi-bo-kp1.xlsx", trang tính "Danh sách": 30 dòng có tên. Chưa lưu gì.',
  );
  expect(preview?.text).toContain(
    "➕ Thêm 29 người (27 chính thức, 2 dự bị), ghi là chưa có tài khoản chat.",
  );
  // The secretary herself, from /khoitao.
  expect(preview?.text).toContain("✔️ Đã có trong danh sách, không thêm lại (1): dòng 6");
  expect(texts(await press(LAN, "private", "✅ Đã đồng ý trên giấy, lưu"))).toContain(
    "Đã thêm 29 người vào danh sách Chi bộ Khu phố 1, ghi là chưa có tài khoản chat.",
  );

  // 24 of them get a claim code from the secretary and type it in the group; five never do.
  for (const name of WITH_PHONE) {
    const list = await say(LAN, "private", "/thanhvien");
    await pressPaged(LAN, list, new RegExp(`^${name} — .*\\(chưa có tài khoản chat\\)$`));
    const code = codeIn(texts(await press(LAN, "private", "🔑 Lấy mã nhận hồ sơ")));
    const claimed = await say(name, "group:1", `/thamgia ${code}`);
    expect(claimed.find((s) => s.chatId === "console:group:1")?.text).toContain(
      `Đồng chí ${name} đã nhận hồ sơ của mình trong danh sách Chi bộ Khu phố 1`,
    );
  }
  // What /thanhvien lists, page by page: the five alone without a chat account.
  const labels: string[] = [];
  let page = await say(LAN, "private", "/thanhvien");
  expect(texts(page)).toContain("Chi bộ Khu phố 1: 30 người trong danh sách.");
  for (;;) {
    labels.push(...page.flatMap((s) => s.choices.map((c) => c.label)));
    if (!offers(page, /Xem tiếp/)) break;
    page = await press(LAN, "private", /Xem tiếp/);
  }
  const unclaimed = labels.filter((label) => label.endsWith("(chưa có tài khoản chat)"));
  expect(unclaimed.map((label) => label.split(" — ")[0]).sort()).toEqual([...NO_PHONE].sort());

  // Some register their plan, in the plan's words.
  for (const name of REGISTERING) {
    expect(texts(await say(name, "private", "/dangky"))).toContain("Phần 1/3 — Học tập");
    expect(texts(await say(name, "private", "Học chuyên đề năm, ghi sổ tay"))).toContain(
      "Phần 2/3 — Thực hành",
    );
    await say(name, "private", "Giải quyết hồ sơ đúng hạn cho dân");
    await say(name, "private", "Giữ gìn gia đình văn hóa");
    expect(texts(await press(name, "private", "✅ Lưu"))).toContain(
      "✅ Đã lưu bản đăng ký năm 2024.",
    );
  }

  // Cell B's secretary registers too.
  await say(MAI, "private", "/dangky");
  await say(MAI, "private", "Học chuyên đề năm cùng chi bộ");
  await say(MAI, "private", "Hướng dẫn bà con làm thủ tục trực tuyến");
  await say(MAI, "private", "Đi đầu giữ vệ sinh khu phố");
  await press(MAI, "private", "✅ Lưu");

  // A thematic meeting on the quarter's topic: those with a phone check in, the secretary
  // marks two who have none by hand and records a third's reason, then closes it.
  await say(LAN, "private", "/hop");
  await press(LAN, "private", "Sinh hoạt chuyên đề");
  await say(LAN, "private", "20/3 19h30");
  expect(texts(await say(LAN, "private", "Nhà văn hóa khu phố 1"))).toContain(
    `Chủ điểm quý này là: ${Q1}`,
  );
  await press(LAN, "private", "Dùng chủ điểm quý");
  await press(LAN, "private", "✅ Gửi thông báo vào nhóm");
  h.clock.set("2024-03-20T12:35:00Z");
  expect(texts(await say(LAN, "group:1", "/diemdanh"))).toContain(
    "Có mặt: 0/30. Báo vắng có lý do: 0. Chưa điểm danh: 30.",
  );
  for (const name of [LAN, ...WITH_PHONE.slice(0, 20)]) {
    await press(name, "group:1", "✋ Có mặt");
  }
  const [first, second, excused] = NO_PHONE as [string, string, string];
  const sheet = await say(LAN, "private", "/diemdanh");
  expect(texts(sheet)).toContain("Có mặt: 21/30.");
  expect(texts(await pressPaged(LAN, sheet, `⬜ ${first}`))).toContain("Có mặt: 22/30.");
  const again = await say(LAN, "private", "/diemdanh");
  expect(texts(await pressPaged(LAN, again, `⬜ ${second}`))).toContain("Có mặt: 23/30.");
  expect(texts(await say(LAN, "private", `/diemdanh vắng ${excused}: ốm`))).toContain(
    `Đã ghi ${excused} vắng có lý do: ốm.`,
  );
  expect(texts(await press(LAN, "private", "🏁 Kết thúc buổi họp"))).toContain(
    "Đã kết thúc buổi sinh hoạt chuyên đề 20/03.",
  );

  // /baocao counts all 30, and names the five chibo cannot remind.
  h.clock.set("2024-03-21T02:00:00Z");
  const report = texts(await say(LAN, "private", "/baocao"));
  expect(report).toContain("Đảng viên: 30. Đã đăng ký: 11. Chưa đăng ký: 19. Miễn: 0.");
  expect(report).toContain(
    "Chưa có tài khoản chat, chibo không nhắc riêng được, xin nhắc trực tiếp: Châu Văn Lực, Hồ Thị Hạnh, Kiều Thị Oanh, Lý Văn Phúc, Mạc Văn Hiếu",
  );
  expect(report).toContain("Họp trong năm: 1 buổi đã kết thúc, có mặt 23/30 lượt.");
  const missing = (await allPages(LAN, await press(LAN, "private", "📋 Chưa đăng ký (19)"))).join(
    "\n",
  );
  for (const name of NO_PHONE) expect(missing).toContain(`• ${name} (chưa có tài khoản chat)`);
  expect(missing.match(/^• /gm)).toHaveLength(19);

  // The minutes name all 30, the five among them where they were.
  const minutes = await open(await exported(LAN, /Biên bản/));
  expect(letterheadLines(minutes)).toEqual([
    "ĐẢNG BỘ PHƯỜNG PHÚ HÒA",
    "CHI BỘ KHU PHỐ 1",
    "*",
    "Số ……-BB/CB",
  ]);
  expect(minutes.paragraphs).toContain("Phú Hòa, ngày 21 tháng 3 năm 2024");
  expect(minutes.paragraphs).toContain(
    "Tổng số đảng viên của chi bộ: 30 đồng chí (chính thức: 28, dự bị: 2).",
  );
  expect(minutes.paragraphs).toContain(`Chủ đề: ${Q1}`);
  const line = (start: string) => minutes.paragraphs.find((p) => p.startsWith(start)) ?? "";
  expect(line("Có mặt: 23/30 đồng chí")).toContain(first);
  expect(line("Có mặt: 23/30 đồng chí")).toContain(second);
  expect(minutes.paragraphs).toContain(`- Đồng chí ${excused} — ốm;`);
  for (const name of NO_PHONE.slice(3)) {
    expect(line("Vắng không có lý do: 6 đồng chí")).toContain(name);
  }
  for (const name of [LAN, ...WITH_PHONE, ...NO_PHONE]) expect(minutes.text).toContain(name);

  // The registration reports: the party organisation above each cell's name, the place.
  const registrationA = await open(await exported(LAN, /Báo cáo đăng ký/));
  expect(letterheadLines(registrationA)).toEqual([
    "ĐẢNG BỘ PHƯỜNG PHÚ HÒA",
    "CHI BỘ KHU PHỐ 1",
    "*",
    "Số ……-BC/CB",
  ]);
  expect(registrationA.paragraphs).toContain("Phú Hòa, ngày 21 tháng 3 năm 2024");
  expect(registrationA.paragraphs).toContain(
    "Tổng số đảng viên trong danh sách chi bộ: 30 đồng chí.",
  );
  expect(registrationA.paragraphs).toContain("Đã đăng ký: 11/30 đồng chí, đạt 36,7%.");
  expect(registrationA.paragraphs).toContain(`- ${COMMITTEE} (để báo cáo);`);
  for (const name of NO_PHONE) expect(registrationA.cells).toContain(name);
  const registrationB = await open(await exported(MAI, /Báo cáo đăng ký/));
  expect(letterheadLines(registrationB)).toEqual([
    "ĐẢNG BỘ PHƯỜNG PHÚ HÒA",
    "CHI BỘ KHU PHỐ 2",
    "*",
    "Số ……-BC/CB",
  ]);
  expect(registrationB.paragraphs).toContain("Phú Hòa, ngày 21 tháng 3 năm 2024");
  expect(registrationB.paragraphs).toContain("Đã đăng ký: 1/1 đồng chí, đạt 100%.");
  expect(registrationB.paragraphs).toContain(`- ${COMMITTEE} (để báo cáo);`);
  expect(registrationB.paragraphs).toContain(MAI);

  // The year's attendance ledger, in Word and Excel: the five without a chat account on it,
  // marked where they were (x present, P excused, K absent without reason).
  const ledgerRows = async (label: RegExp): Promise<string[][]> => {
    const ledger = new ExcelJS.Workbook();
    await ledger.xlsx.load((await exported(LAN, label)) as unknown as ExcelJS.Buffer);
    const rows: string[][] = [];
    ledger.worksheets[0]?.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? "")));
    });
    return rows;
  };
  const ledgerSheet = await ledgerRows(/Bảng theo dõi sinh hoạt năm 2024 \(Excel\)/);
  const marchOf = (name: string) => {
    const row = ledgerSheet.find((cells) => cells.includes(name)) ?? [];
    return row[row.indexOf(name) + 3];
  };
  expect(marchOf(first)).toBe("x");
  expect(marchOf(second)).toBe("x");
  expect(marchOf(excused)).toBe("P");
  for (const name of NO_PHONE.slice(3)) expect(marchOf(name)).toBe("K");
  const ledgerWord = await open(await exported(LAN, /Bảng theo dõi sinh hoạt năm 2024 \(Word\)/));
  for (const name of [LAN, ...WITH_PHONE, ...NO_PHONE]) expect(ledgerWord.text).toContain(name);
  expect(ledgerWord.text).not.toContain("ốm");

  // The cell's workbook too: its roster and its attendance sheet with the five on them.
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await exported(LAN, /Bảng tính/)) as unknown as ExcelJS.Buffer);
  const rowsOf = (sheet: string) => {
    const found = book.getWorksheet(sheet);
    if (!found) throw new Error(`no sheet ${sheet}`);
    const rows: string[][] = [];
    found.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? "")));
    });
    return rows;
  };
  const registered = rowsOf("Đăng ký");
  const attended = rowsOf("Điểm danh");
  expect(registered).toHaveLength(31);
  expect(attended).toHaveLength(31);
  const rowOf = (rows: string[][], name: string) => rows.find((row) => row[1] === name) ?? [];
  for (const name of NO_PHONE) {
    expect(rowOf(registered, name).slice(1, 5)).toEqual([
      name,
      "Đảng viên",
      PROBATIONARY.includes(name) ? "Dự bị" : "Chính thức",
      "Chưa đăng ký",
    ]);
  }
  expect(rowOf(attended, first)[2]).toBe("Có mặt");
  expect(rowOf(attended, second)[2]).toBe("Có mặt");
  expect(rowOf(attended, excused)[2]).toBe("Vắng có lý do");
  for (const name of NO_PHONE.slice(3)) expect(rowOf(attended, name)[2]).toBe("Vắng không lý do");

  // The committee's roll-up: both cells, all 31 members.
  const rollup = texts(await say(OFFICER, "private", "/tonghop"));
  expect(rollup).toMatch(/CB-\w{4} Chi bộ Khu phố 1: đăng ký 11\/30, họp 1 buổi, dự họp 77%/);
  expect(rollup).toMatch(/CB-\w{4} Chi bộ Khu phố 2: đăng ký 1\/1, họp 0 buổi/);
  expect(rollup).toContain("Cộng 2 chi bộ: đăng ký 12/31, 1 buổi họp.");
  // 31 members, from /khoitao and the import: each with a stored consent.
  expect(entriesWithoutConsent(h.app)).toEqual([]);
  expect(writes(), "the database changed outside the chat").toBe(afterLastTurn);
});

/** Every page of a paged list, from the first shown. */
async function allPages(who: string, shown: Said[]): Promise<string[]> {
  const pages = [texts(shown)];
  let page = shown;
  while (offers(page, /Xem tiếp/)) {
    page = await press(who, "private", /Xem tiếp/);
    pages.push(texts(page));
  }
  return pages;
}
