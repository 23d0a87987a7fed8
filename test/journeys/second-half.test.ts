import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadRollup } from "../../src/reports/rollup.js";
import { open } from "../documents/docx-reader.js";
import { entriesWithoutConsent } from "../support/consent-check.js";
import { type CellChat, type ReceivedFile, telegramCell, zaloCell } from "./cell-chat.js";

/**
 * Issue 17's "done when": a cell of 12 from registration in April through quarterly progress,
 * year-end results, the review and nominations to the DOCX and XLSX, on Telegram and on Zalo.
 * Every step is something a person types or presses; the test reads what each one read, and
 * that no group message carries anyone's results or level.
 */

const SECRETARY = "Nguyễn Thị Lan";
const MEMBERS = [
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
] as const;
const CELL = [SECRETARY, ...MEMBERS];

/** Each member's plan: their name in it, so that a leak names whose it was. */
const planOf = (name: string) => [
  `Học đủ chuyên đề năm, ghi sổ tay (${name})`,
  `Mỗi quý giúp 2 hộ dân làm hồ sơ (${name})`,
  `Đi họp tổ dân phố đủ cả năm (${name})`,
];

/** The results each reporting member gives, part by part. */
const resultsOf = (name: string) =>
  [
    `Học đủ 4 chuyên đề, ghi 12 trang sổ tay (${name})`,
    `Giúp 9 hộ dân làm hồ sơ đúng hạn (${name})`,
    `Dự 10 trên 12 buổi họp tổ dân phố (${name})`,
  ] as const;

/** The four levels as plans/default.yaml words them (QĐ 366-QĐ/TW). */
const LEVEL_NAMES = [
  "Hoàn thành xuất sắc nhiệm vụ",
  "Hoàn thành tốt nhiệm vụ",
  "Hoàn thành nhiệm vụ",
  "Không hoàn thành nhiệm vụ",
] as const;

const MODEL = {
  title: "Tuyến đường hoa kiểu mẫu",
  what: "Trồng và chăm 200 m hoa dọc đường Lê Lợi, mỗi tháng một buổi ra quân.",
  who: "Đồng chí Hùng phụ trách, cả chi bộ cùng làm",
  progress: "Đã trồng 120 m, ra quân 3 buổi",
};
const NOMINEE = "Phạm Thị Hoa";
const COLLECTIVE = "Tổ dân phố 5";
const NOMINATION_REASON = "Vận động 20 hộ hiến đất mở hẻm, đi đầu mọi phong trào.";
/** Those who report progress in June, and those who report results in November. */
const PROGRESSING: readonly string[] = MEMBERS.slice(0, 6);
const REPORTING: readonly string[] = [SECRETARY, ...MEMBERS.slice(0, 7)];

describe.each([
  ["Telegram", telegramCell],
  ["Zalo", zaloCell],
])("a cell's year on %s", (_platform, start) => {
  let chat: CellChat;

  beforeAll(async () => {
    chat = await start("2024-04-02T02:00:00Z");
    chat.join(CELL);
  }, 60_000);
  afterAll(() => chat?.stop());

  /** Takes a choice in a paged list, turning its pages until it shows. */
  async function chooseInPages(who: string, label: string): Promise<string> {
    for (let page = 0; !chat.offers(who, "private", label); page++) {
      if (page > 5) throw new Error(`${label} is on no page`);
      await chat.choose(who, "private", "Xem tiếp");
    }
    return chat.choose(who, "private", label);
  }

  it("links the group and takes its members in", async () => {
    const linked = await chat.say(SECRETARY, "group", "/khoitao Chi bộ Khu phố 3");
    expect(linked).toContain("Đã tạo Chi bộ Khu phố 3");
    for (const name of MEMBERS) {
      const asked = await chat.say(name, "group", `/thamgia ${name}`);
      expect(asked).toContain(`Đồng chí ${name}, trước khi ghi tên vào danh sách`);
      expect(await chat.say(name, "group", "đồng ý")).toContain(name);
      await chat.say(SECRETARY, "private", "/duyet");
      const approved = await chat.choose(SECRETARY, "private", `Duyệt ${name}`);
      expect(approved).toContain(`Đã duyệt ${name}`);
    }
  }, 120_000);

  it("has a stored consent for everyone on the roster", () => {
    expect(chat.app.services.members.ofCell(1).length).toBeGreaterThan(MEMBERS.length);
    expect(entriesWithoutConsent(chat.app)).toEqual([]);
  });

  it("registers the plans in April", async () => {
    for (const name of CELL) {
      const first = await chat.say(name, "private", "/dangky");
      expect(first).toContain("Phần 1/3");
      for (const part of planOf(name)) await chat.say(name, "private", part);
      const saved = await chat.choose(name, "private", "Lưu");
      expect(saved).toContain("Đã lưu bản đăng ký năm 2024");
    }
    const report = await chat.say(SECRETARY, "group", "/baocao");
    expect(report).toContain("Đã đăng ký: 12");
  }, 180_000);

  it("registers the cell's model and tells everyone, the group too", async () => {
    await chat.say(SECRETARY, "private", "/mohinh");
    expect(await chat.choose(SECRETARY, "private", "Đăng ký mô hình")).toContain("Bước 1/4");
    await chat.say(SECRETARY, "private", MODEL.title);
    await chat.say(SECRETARY, "private", MODEL.what);
    await chat.say(SECRETARY, "private", MODEL.who);
    const review = await chat.say(SECRETARY, "private", "30/11");
    expect(review).toContain("Thời hạn:</b> 30/11/2024".replace("</b>", ""));
    expect(await chat.choose(SECRETARY, "private", "Lưu")).toContain(
      `Đã lưu mô hình năm 2024: ${MODEL.title}`,
    );
    expect(await chat.say(MEMBERS[0], "group", "/mohinh")).toContain(MODEL.title);
  }, 60_000);

  it("takes nominations in May: proposed and supported in private, confirmed by the secretary", async () => {
    await chat.at("2024-05-06T02:00:00Z");
    await chat.say(SECRETARY, "private", "/bieuduong");
    const opened = await chat.choose(SECRETARY, "private", "Mở đợt đề nghị biểu dương");
    expect(opened).toContain("Đã mở");
    await chat.say(MEMBERS[1], "private", "/bieuduong");
    await chat.choose(MEMBERS[1], "private", "Một đảng viên của chi bộ");
    await chat.say(MEMBERS[1], "private", NOMINEE);
    const proposed = await chat.say(MEMBERS[1], "private", NOMINATION_REASON);
    expect(proposed).toContain(`Đã ghi đề nghị biểu dương ${NOMINEE}`);
    await chat.say(MEMBERS[2], "private", "/bieuduong");
    await chat.choose(MEMBERS[2], "private", "Một tập thể");
    await chat.say(MEMBERS[2], "private", COLLECTIVE);
    await chat.say(MEMBERS[2], "private", "Tổ giữ đường phố sạch đẹp suốt năm, không để rác tồn.");

    await chat.say(SECRETARY, "private", "/bieuduong");
    await chat.choose(SECRETARY, "private", "Kết thúc nhận đề nghị");
    await chat.choose(SECRETARY, "private", "Chuyển sang bình xét");
    for (const voter of MEMBERS.slice(3, 8)) {
      await chat.say(voter, "private", "/bieuduong");
      const ballot = await chat.choose(voter, "private", "Xem và ủng hộ");
      // Members see what is proposed, never who proposed it or why.
      expect(ballot).toContain(NOMINEE);
      expect(ballot).not.toContain(NOMINATION_REASON);
      expect(ballot).not.toContain(MEMBERS[1]);
      await chat.choose(voter, "private", `⬜ ${NOMINEE}`);
    }
    await chat.say(SECRETARY, "private", "/bieuduong");
    const review = await chat.choose(SECRETARY, "private", "Chốt danh sách đề nghị");
    expect(review).toContain(NOMINATION_REASON);
    await chat.choose(SECRETARY, "private", `⬜ ${NOMINEE} — 5 ủng hộ`);
    await chat.choose(SECRETARY, "private", `⬜ ${COLLECTIVE} — 0 ủng hộ`);
    const confirmed = await chat.choose(SECRETARY, "private", "Xác nhận danh sách");
    expect(confirmed).toContain("Đã xác nhận danh sách đề nghị biểu dương");
    expect(chat.groupTexts().join("\n")).toContain("1 cá nhân, 1 tập thể");
  }, 120_000);

  it("asks for progress on the plan's day, and takes it in private", async () => {
    await chat.at("2024-06-25T03:00:00Z");
    for (const name of PROGRESSING) {
      expect(chat.privateTexts(name).join("\n")).toContain("Đến kỳ báo tiến độ kế hoạch năm 2024");
      expect(await chat.say(name, "private", "/tiendo")).toContain("Tiến độ 1/3");
      expect(await chat.choose(name, "private", "Xong")).toContain("Tiến độ 2/3");
      await chat.say(name, "private", `đang làm, đã giúp 3 hộ (${name})`);
      const saved = await chat.choose(name, "private", "Chưa làm");
      expect(saved).toContain("Đã lưu tiến độ kế hoạch năm 2024");
    }
    await chat.say(SECRETARY, "private", "/mohinh");
    await chat.choose(SECRETARY, "private", "Báo cáo tiến độ Quý II/2024");
    expect(await chat.say(SECRETARY, "private", MODEL.progress)).toContain(MODEL.progress);
  }, 120_000);

  it("asks for results from 15/11 and takes them with a proposed level", async () => {
    await chat.at("2024-11-15T03:00:00Z");
    for (const [i, name] of REPORTING.entries()) {
      expect(chat.privateTexts(name).join("\n")).toMatch(/ketqua/);
      const first = await chat.say(name, "private", "/ketqua");
      expect(first).toContain("Phần 1/3");
      if (PROGRESSING.includes(name)) expect(first).toContain("đã xong");
      for (const [part, text] of resultsOf(name).entries()) {
        const asked = await chat.choose(
          name,
          "private",
          part === 2 ? "Làm được một phần" : "Đã xong",
        );
        expect(asked).toContain("Đồng chí đã làm được những gì?");
        const next = await chat.say(name, "private", text);
        if (part === 2) await chat.say(name, "private", "Có hai buổi họp trùng lịch trực cơ quan.");
        else expect(next).toContain(`Phần ${part + 2}/3`);
      }
      const level = LEVEL_NAMES[i === 0 ? 0 : 1];
      const review = await chat.choose(name, "private", level);
      expect(review).toContain("Xem lại báo cáo kết quả năm 2024");
      expect(await chat.choose(name, "private", "Gửi báo cáo")).toContain(
        "Đã gửi báo cáo kết quả năm 2024",
      );
    }
    const group = await chat.say(SECRETARY, "group", "/baocao");
    expect(group).toContain(`${REPORTING.length}/12 đã báo cáo kết quả`);
  }, 240_000);

  it("lets the secretary record the levels the cell agreed, warning past the cap", async () => {
    await chat.at("2024-12-12T03:00:00Z");
    for (const [i, name] of REPORTING.entries()) {
      await chat.say(SECRETARY, "private", "/danhgia");
      const shown = await chooseInPages(SECRETARY, `${name} —`);
      expect(shown).toContain(resultsOf(name)[0]);
      const level = LEVEL_NAMES[i < 2 ? 0 : 1];
      const saved = await chat.say(SECRETARY, "private", level);
      expect(saved).toContain(`chi bộ xếp loại ${name}`);
      // Two "xuất sắc" of six "tốt": over 20%, the cell is warned and decides.
      if (i === 1) expect(saved).toContain("⚠️");
    }
  }, 180_000);

  /** The file `who` was sent whose name starts with `prefix`, once it has arrived. */
  const fileTo = (who: string, prefix: string): Promise<ReceivedFile> =>
    vi.waitFor(
      () => {
        const found = chat.filesTo(who).find((file) => file.name.startsWith(prefix));
        if (!found) throw new Error(`no ${prefix} file for ${who}`);
        return found;
      },
      { timeout: 10_000, interval: 20 },
    );

  it("gives each member their own results report to sign, with their proposed level only", async () => {
    const name = MEMBERS[0];
    const report = await open((await fileTo(name, "bao-cao-ket-qua-2024")).data);
    expect(report.text).toContain("BÁO CÁO");
    for (const part of [...planOf(name), ...resultsOf(name)]) expect(report.text).toContain(part);
    expect(report.text).toContain(LEVEL_NAMES[1]);
    // The cell graded later; the member's file is what they sent.
    expect(report.text).not.toContain(LEVEL_NAMES[0]);
    for (const other of CELL.filter((n) => n !== name)) expect(report.text).not.toContain(other);
  }, 30_000);

  it("files the year-end report, the workbook and the nominations list with the secretary", async () => {
    await chat.say(SECRETARY, "private", "/xuatbaocao");
    await chat.choose(SECRETARY, "private", "Báo cáo tổng kết năm 2024");
    const yearEnd = await open((await fileTo(SECRETARY, "tong-ket-")).data);
    expect(yearEnd.text).toContain(MODEL.title);
    expect(yearEnd.text).toContain(MODEL.progress);
    const graded = (level: string) => yearEnd.paragraphs.find((p) => p.startsWith(`- ${level}:`));
    expect(graded(LEVEL_NAMES[0])).toMatch(/: 2 đồng chí, gồm các đồng chí: /);
    expect(graded(LEVEL_NAMES[0])).toContain(SECRETARY);
    expect(graded(LEVEL_NAMES[1])).toContain(`: ${REPORTING.length - 2} đồng chí`);
    // What members wrote stays in their own reports; the cell's report counts and grades.
    for (const name of REPORTING) expect(yearEnd.text).not.toContain(resultsOf(name)[0]);

    await chat.say(SECRETARY, "private", "/xuatbaocao");
    await chat.choose(SECRETARY, "private", "Danh sách đề nghị biểu dương dịp sơ kết");
    const list = await open((await fileTo(SECRETARY, "bieu-duong-")).data);
    expect(list.text).toContain(NOMINEE);
    expect(list.text).toContain(COLLECTIVE);
    expect(list.text).toContain(NOMINATION_REASON);

    await chat.say(SECRETARY, "private", "/xuatbaocao");
    await chat.choose(SECRETARY, "private", "Bảng tính");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await fileTo(SECRETARY, "chi-bo-")).data as never);
    const results = workbook.getWorksheet("Kết quả");
    const rows: string[] = [];
    results?.eachRow((row) => {
      rows.push(((row.values as unknown[]) ?? []).map((v) => String(v ?? "")).join(" | "));
    });
    const hung = rows.find((row) => row.includes(MEMBERS[0]));
    expect(hung).toContain(resultsOf(MEMBERS[0])[0]);
    expect(hung).toContain(LEVEL_NAMES[1]);
    expect(rows.filter((row) => LEVEL_NAMES.some((level) => row.includes(level)))).toHaveLength(
      REPORTING.length,
    );
    const nominations = workbook.getWorksheet("Biểu dương");
    expect(nominations?.rowCount).toBeGreaterThan(2);
  }, 60_000);

  it("counts the cell in its committee's roll-up as the cell's own documents do", () => {
    const { cells } = chat.app.services;
    const [cell] = cells.all();
    if (!cell) throw new Error("no cell");
    cells.setCommittee(cell.id, "Đảng ủy phường Phú Hòa", chat.app.services.clock.now());
    const committeeId = cells.byId(cell.id)?.committeeId;
    if (committeeId == null) throw new Error("no committee");
    const rollup = loadRollup(chat.app.services, committeeId, 2024);
    const [row] = rollup.cells;
    expect(row?.reported).toBe(REPORTING.length);
    expect(row?.levels).toEqual({ excellent: 2, good: REPORTING.length - 2, done: 0, notDone: 0 });
    expect(row?.nominated).toEqual({ individuals: 1, collectives: 1 });
    expect(rollup.totals.reported).toBe(row?.reported);
    expect(rollup.totals.levels).toEqual(row?.levels);
    expect(rollup.totals.models).toBe(1);
  });

  it("never puts a member's plan, results or level in the group", () => {
    const group = chat.groupTexts().join("\n");
    for (const name of CELL) {
      for (const part of [...planOf(name), ...resultsOf(name)]) expect(group).not.toContain(part);
    }
    for (const level of LEVEL_NAMES) expect(group).not.toContain(level);
    expect(group).not.toContain(NOMINATION_REASON);
    expect(chat.groupFiles()).toEqual([]);
  });
});
