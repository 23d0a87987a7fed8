import ExcelJS from "exceljs";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { runCli } from "../../src/cli/cli.js";
import { loadConfig } from "../../src/config.js";
import { sheetOf } from "../../src/meetings/attendance.js";
import type { Meeting } from "../../src/store/meeting-store.js";
import { open, tableRows, textOf } from "../documents/docx-reader.js";
import { TEST_DATABASE_KEY } from "../support/harness.js";
import { codeIn } from "../support/operator.js";
import { type CellChat, type ReceivedFile, telegramCell, zaloCell } from "./cell-chat.js";

/**
 * Issue 18's "done when": a cell with a monthly rule through 2024, on Telegram and on Zalo.
 * Every meeting is created from the rule, noticed to the group and the committee, reminded,
 * checked in and closed once; a member who misses meetings without a reason is named to the
 * secretary, privately, at two and at three months; and the year's ledger, in Word and Excel,
 * says for each member what the twelve meetings' sheets say.
 */

const SECRETARY = "Nguyễn Thị Lan";
const MEMBERS = ["Trần Văn Hùng", "Lê Văn Minh", "Phạm Thị Hoa", "Đỗ Văn Tùng", "Dương Thị Ngọc"];
const OFFICER = "Hoàng Văn Quân";
const COMMITTEE = "Đảng ủy phường Phú Hòa";
const CELL_NAME = "Chi bộ Khu phố 3";
/** Misses three meetings without a word: warned after the second, named after the third. */
const ABSENT = "Đỗ Văn Tùng";
const ABSENT_MONTHS = [2, 5, 9];
/** Excuses herself, with a reason, twice. */
const EXCUSED = "Dương Thị Ngọc";
const EXCUSED_MONTHS = [3, 7];
const STUDY = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh";

/**
 * "ngày 10 hằng tháng 19h30", moved to the working day after a holiday: 10/02/2024 is in the
 * Tết days off (08–14/02), so February meets on Thursday 15/02; Sunday 10/03 and the rest are
 * not holidays and stay.
 */
const DAYS = [10, 15, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10];

const pad = (n: number) => String(n).padStart(2, "0");
/** An instant in Vietnam's time (UTC+7 all year). */
const vn = (day: number, month: number, time: string) =>
  new Date(`2024-${pad(month)}-${pad(day)}T${time}:00+07:00`);
const startOf = (month: number) => vn(DAYS[month - 1] ?? 10, month, "19:30");
const plus = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000).toISOString();
const dayOf = (month: number) => `${pad(DAYS[month - 1] ?? 10)}/${pad(month)}/2024`;

/** The operator's one step (README): the committee's first officer code, on the app's database. */
async function firstOfficerCode(app: App): Promise<string> {
  const out: string[] = [];
  const config = loadConfig({
    DATABASE_PATH: app.database.sqlite.name,
    DATABASE_KEY: TEST_DATABASE_KEY,
  });
  const io = { out: (text: string) => out.push(text), err: (text: string) => out.push(text) };
  const exit = await runCli(
    ["committee", "officer", COMMITTEE],
    config,
    pino({ level: "silent" }),
    app.services.clock,
    io,
  );
  expect(exit).toBe(0);
  return codeIn(out.join("\n"));
}

const count = (texts: string[], needle: string) => texts.filter((t) => t.includes(needle)).length;

describe.each([
  ["Telegram", telegramCell],
  ["Zalo", zaloCell],
])("a year of monthly meetings on %s", (_platform, start) => {
  let chat: CellChat;
  let secretaryRead: string[] = [];

  beforeAll(async () => {
    chat = await start("2024-01-02T02:00:00Z");
    chat.join([SECRETARY, ...MEMBERS, OFFICER]);
  }, 60_000);
  afterAll(() => chat?.stop());

  function seriesMeetings(): Meeting[] {
    const { meetings, cells } = chat.app.services;
    const cell = cells.all()[0];
    if (!cell) throw new Error("no cell");
    return meetings
      .ofCell(cell.id, new Date("2024-01-01T00:00:00Z"), new Date("2025-01-01T00:00:00Z"))
      .filter((meeting) => meeting.seriesId !== null);
  }

  it("sets up the committee, the cell and its members in chat", async () => {
    const code = await firstOfficerCode(chat.app);
    expect(await chat.say(OFFICER, "private", `/tonghop ${code}`)).toContain(
      `Đồng chí đã được ghi là cán bộ của ${COMMITTEE}.`,
    );
    await chat.say(OFFICER, "private", "/tonghop");
    const cellCode = codeIn(await chat.choose(OFFICER, "private", "Mã cho chi bộ"));
    const created = await chat.say(SECRETARY, "group", `/khoitao ${CELL_NAME} ${cellCode}`);
    expect(created).toContain(`Chi bộ thuộc ${COMMITTEE}`);
    for (const name of MEMBERS) {
      await chat.say(name, "group", `/thamgia ${name}`);
      await chat.say(name, "group", "đồng ý");
      await chat.say(SECRETARY, "private", "/duyet");
      expect(await chat.choose(SECRETARY, "private", `Duyệt ${name}`)).toContain(
        `Đã duyệt ${name}`,
      );
      // Each opens a private chat with chibo, where reminders and questions come.
      await chat.say(name, "private", "/start");
    }
  }, 120_000);

  it("takes the monthly rule in /hop and reads it back with the Tết shift", async () => {
    await chat.say(SECRETARY, "private", "/hop");
    const asked = await chat.choose(SECRETARY, "private", "Lịch họp hằng tháng");
    expect(asked).toContain("Chi bộ họp hằng tháng vào ngày nào, mấy giờ?");
    const understood = await chat.say(SECRETARY, "private", "ngay 10 hang thang 19h30");
    expect(understood).toContain("chibo hiểu là: ngày 10 hằng tháng");
    await chat.say(SECRETARY, "private", "Hội trường khu phố 3");
    await chat.choose(SECRETARY, "private", "Không có nội dung riêng");
    await chat.choose(SECRETARY, "private", "Sinh hoạt định kỳ");
    await chat.choose(SECRETARY, "private", "Họp ngày làm việc liền sau");
    const review = await chat.choose(SECRETARY, "private", "Không, chỉ điểm danh tại nơi họp");
    expect(review).toContain("ngày 15/02/2024 (dời từ 10/02/2024, nghỉ Tết Nguyên đán)");
    const saved = await chat.choose(SECRETARY, "private", "Lưu lịch họp");
    expect(saved).toContain("03/01/2024");
    expect(seriesMeetings().map((m) => m.occurrence)).toContain("2024-01");
  }, 60_000);

  it("holds twelve meetings: noticed, reminded, checked in and closed", async () => {
    for (let month = 1; month <= 12; month++) {
      const startsAt = startOf(month);
      const label = `${month}/2024`;
      // The notice, seven days before at 08:00, to the group and to the committee's officer.
      const groupBefore = chat.groupTexts().length;
      const officerBefore = chat.privateTexts(OFFICER).length;
      await chat.at(plus(startsAt, -7 * 24 * 60 - 11 * 60 - 29));
      const notice = chat.groupTexts().slice(groupBefore).join("\n");
      expect(notice, label).toContain("THÔNG BÁO HỌP CHI BỘ");
      expect(notice, label).toContain(dayOf(month));
      const officerLine = chat.privateTexts(OFFICER).slice(officerBefore).join("\n");
      expect(officerLine, label).toContain(`📅 ${CELL_NAME}`);
      expect(officerLine, label).toContain(dayOf(month));
      // No member's name or answer goes to the committee with it.
      for (const name of MEMBERS) expect(officerLine, label).not.toContain(name);

      if (month % 2 === 1) {
        // The agenda, sent the day of the notice, goes to the group at once.
        await chat.say(SECRETARY, "private", "/tailieu");
        if (chat.offers(SECRETARY, "private", dayOf(month).slice(0, 5))) {
          await chat.choose(SECRETARY, "private", dayOf(month).slice(0, 5));
        }
        await chat.say(SECRETARY, "private", `${STUDY}\nKiểm điểm công việc tháng ${month}`);
        await chat.choose(SECRETARY, "private", "Không có tài liệu kèm");
        expect(await chat.choose(SECRETARY, "private", "✅ Lưu")).toContain("Đã lưu và gửi");
        expect(chat.groupTexts().join("\n")).toContain(`Kiểm điểm công việc tháng ${month}`);
      }
      // Two days before: the secretary hears if nothing is attached, and only then.
      const secretaryBefore = chat.privateTexts(SECRETARY).length;
      await chat.at(plus(startsAt, -2 * 24 * 60 - 11 * 60 - 29));
      const heard = chat.privateTexts(SECRETARY).slice(secretaryBefore).join("\n");
      expect(heard.includes("/tailieu"), label).toBe(month % 2 === 0);

      if (EXCUSED_MONTHS.includes(month)) {
        const asked = await chat.choose(EXCUSED, "group", "Vắng có lý do");
        expect(asked, label).toContain("Xin gõ lý do");
        await chat.say(EXCUSED, "private", "Đi viện thăm mẹ");
      }
      // The day before and the hour before, in the group.
      const remindedFrom = chat.groupTexts().length;
      await chat.at(plus(startsAt, -24 * 60));
      await chat.at(plus(startsAt, -60));
      const reminders = chat.groupTexts().slice(remindedFrom).join("\n");
      expect(reminders.match(/Còn khoảng 24 giờ nữa/g), label).toHaveLength(1);
      expect(reminders, label).toContain("Còn khoảng 1 giờ nữa");
      expect(reminders, label).toContain(dayOf(month));

      // At the meeting: check-in opened by the secretary in the group, one tap each.
      await chat.at(plus(startsAt, 5));
      expect(await chat.say(SECRETARY, "group", "/diemdanh")).toContain("Có mặt");
      for (const name of [SECRETARY, ...MEMBERS]) {
        const away =
          (name === ABSENT && ABSENT_MONTHS.includes(month)) ||
          (name === EXCUSED && EXCUSED_MONTHS.includes(month));
        if (!away) await chat.choose(name, "group", "Có mặt");
      }
      // It closes by itself at the end of its 90 minutes.
      await chat.at(plus(startsAt, 91));
      const closed = seriesMeetings().find((m) => m.occurrence === `2024-${pad(month)}`);
      expect(closed?.state, label).toBe("closed");
      expect(closed?.startsAt.getTime(), label).toBe(startsAt.getTime());
      // What the close says to the secretary waits out the night.
      await chat.at(plus(startsAt, 13 * 60));
      secretaryRead = chat.privateTexts(SECRETARY);
      const warnings = count(secretaryRead, `${ABSENT} đã vắng không lý do`);
      const expected =
        ABSENT_MONTHS.filter((m) => m <= month).length >= 2
          ? ABSENT_MONTHS.filter((m) => m <= month).length - 1
          : 0;
      expect(warnings, label).toBe(expected);
    }
  }, 600_000);

  it("made, noticed, reminded and closed each meeting once", () => {
    const meetings = seriesMeetings();
    expect(meetings.map((m) => m.occurrence)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2024-${pad(i + 1)}`),
    );
    expect(meetings.every((m) => m.state === "closed" && m.noticedAt !== null)).toBe(true);
    const runs = chat.app.database.sqlite
      .prepare(
        "select job, period from job_runs where job in ('meeting-notice', 'meeting-reminder', 'meeting-close')",
      )
      .all() as { job: string; period: string }[];
    for (const meeting of meetings) {
      const of = (job: string) =>
        runs.filter((run) => run.job === job && run.period.startsWith(`m${meeting.id}/`)).length;
      expect(
        runs.filter(
          (run) => run.job === "meeting-notice" && run.period.startsWith(`n${meeting.id}/`),
        ).length,
        meeting.occurrence ?? "",
      ).toBe(1);
      expect(of("meeting-reminder"), meeting.occurrence ?? "").toBe(2);
      expect(of("meeting-close"), meeting.occurrence ?? "").toBe(1);
    }
    const group = chat.groupTexts();
    expect(count(group, "THÔNG BÁO HỌP CHI BỘ")).toBe(12);
    expect(count(chat.privateTexts(OFFICER), `📅 ${CELL_NAME}`)).toBe(12);
    // The warnings went to the secretary alone: the group never reads who was absent.
    expect(group.join("\n")).not.toContain("vắng không lý do");
    expect(group.join("\n")).not.toContain("Đi viện thăm mẹ");
    const removal = secretaryRead.find((text) => text.includes("⛔") && text.includes(ABSENT));
    expect(removal).toContain("3 tháng trong năm 2024 (tháng 2, 5, 9)");
  });

  it("gives the year's ledger in Word and Excel, equal to the twelve sheets", async () => {
    await chat.at("2024-12-20T02:00:00Z");
    const files = async (label: string): Promise<ReceivedFile> => {
      const before = chat.filesTo(SECRETARY).length;
      await chat.say(SECRETARY, "private", "/xuatbaocao");
      await chat.choose(SECRETARY, "private", label);
      const file = chat.filesTo(SECRETARY).slice(before)[0];
      if (!file) throw new Error(`no file for ${label}`);
      return file;
    };
    const word = await files("Bảng theo dõi sinh hoạt năm 2024 (Word)");
    const excel = await files("Bảng theo dõi sinh hoạt năm 2024 (Excel)");

    // What each meeting's sheet says of each member: x present, P excused, K absent.
    const expected = new Map<string, string[]>();
    for (const meeting of seriesMeetings()) {
      const sheet = sheetOf(chat.app.services, meeting);
      const mark = (name: string, symbol: string) =>
        expected.set(name, [...(expected.get(name) ?? []), symbol]);
      for (const member of sheet.present) mark(member.fullName, "x");
      for (const { member } of sheet.absentWithReason) mark(member.fullName, "P");
      for (const member of sheet.absentWithoutReason) mark(member.fullName, "K");
    }
    expect(expected.get(ABSENT)?.filter((s) => s === "K")).toHaveLength(3);
    expect(expected.get(EXCUSED)?.filter((s) => s === "P")).toHaveLength(2);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(excel.data as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    const rows = new Map<string, string[]>();
    sheet.eachRow((row) => {
      const values = (row.values as unknown[]).map((v) =>
        v === null || v === undefined ? "" : String(v),
      );
      const name = values.find((v) => expected.has(v));
      if (name) rows.set(name, values);
    });
    const document = await open(word.data);
    const { text } = document;
    const wordRows = tableRows(document).map((row) =>
      [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => textOf(cell[1] ?? "").trim()),
    );
    for (const [name, marks] of expected) {
      const row = rows.get(name) ?? [];
      const at = row.indexOf(name);
      expect(row.slice(at + 1, at + 13), name).toEqual(marks);
      // The Word table's row: the name, then a cell per month, then the totals.
      const cells = wordRows.find((cells) => cells.includes(name)) ?? [];
      const from = cells.indexOf(name);
      expect(cells.slice(from + 1, from + 13), name).toEqual(marks);
    }
    expect(text).toContain(`Đồng chí ${ABSENT} (tháng 2, 5, 9)`);
  }, 120_000);
});
