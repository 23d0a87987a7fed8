import ExcelJS from "exceljs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fitsOneScreen } from "../../src/domain/one-screen.js";
import { FileTooLarge } from "../../src/messages/incoming.js";
import { Harness, type Said, texts } from "../support/harness.js";
import { cellRows, type RosterRow, rosterXlsx } from "../support/roster-workbook.js";

let h: Harness;
afterEach(() => h?.close());

/** `who` sends a file in `where`; returns what was said and the file's fetch, to count. */
async function sendFile(
  who: string,
  where: string,
  name: string,
  bytes: Uint8Array,
  stated: { size?: number; mime?: string } = {},
) {
  const fetch = vi.fn(async (maxBytes: number) => {
    if (bytes.length > maxBytes) throw new FileTooLarge(maxBytes);
    return bytes;
  });
  const size = "size" in stated ? stated.size : bytes.length;
  const file = { name, size, mime: stated.mime, fetch };
  const said = await h.deliver(who, where, { type: "file", file });
  return { said, fetch };
}

/** A message as the phone shows it: its text, then its choices as numbered lines. */
const shown = (s: Said) =>
  [s.text, ...s.choices.map((c, i) => `  ${i + 1}. ${c.label}`)].join("\n");

/** Lan's cell (the secretary), with Hùng from a chat account, under his full name. */
async function cell(options: { hasButtons?: boolean } = {}): Promise<number> {
  h = new Harness(options);
  await h.cellWith([]);
  const lan = h.app.services.members.byPerson("console:Lan");
  if (!lan) throw new Error("no secretary");
  h.app.services.members.create({
    cellId: lan.cellId,
    fullName: "Trần Văn Hùng",
    role: "member",
    roster: "active",
    personId: "console:Hùng",
    displayName: "Hùng",
    now: h.clock.now(),
  });
  return lan.cellId;
}

const roster = (cellId: number) => h.app.services.members.ofCell(cellId, "active");

describe("importing the roster from a spreadsheet sent in private", () => {
  it("shows a one-screen preview of 30 rows, saves nothing, then saves everyone at once", async () => {
    const cellId = await cell();
    const people = () => h.app.database.sqlite.prepare("select * from members").all();
    const before = people();
    const { said } = await sendFile("Lan", "private", "ds-chi-bo.xlsx", await rosterXlsx());
    const preview = said[0] as Said;
    expect(said).toHaveLength(1);
    expect(fitsOneScreen(shown(preview)), shown(preview)).toBe(true);
    expect(preview.text).toContain('Xem trước "ds-chi-bo.xlsx", trang tính "Danh sách"');
    expect(preview.text).toContain("31 dòng có tên. Chưa lưu gì.");
    expect(preview.text).toContain(
      "➕ Thêm 27 người (23 chính thức, 2 dự bị, 1 miễn sinh hoạt, 1 nghỉ hưu), ghi là chưa có tài khoản chat.",
    );
    expect(preview.text).toContain("✔️ Đã có trong danh sách, không thêm lại (1): dòng 7");
    expect(preview.text).toContain("Trùng tên trong tệp, chỉ lấy dòng đầu (1): dòng 35");
    expect(preview.text).toContain("Không rõ tình trạng, không thêm (1): dòng 18");
    expect(preview.text).toContain("Không phải họ tên đầy đủ, không thêm (1): dòng 36");
    expect(preview.text).toContain("không lấy từ tệp (1): dòng 6");
    expect(preview.text).toContain("Gần giống tên người đã có, vẫn thêm (1): dòng 6");
    expect(preview.choices.map((c) => c.label)).toEqual([
      "✅ Đã đồng ý trên giấy, lưu",
      "📄 Xem từng dòng",
      "Hủy, không lưu",
    ]);
    expect(people()).toEqual(before);

    // Every row, a page at a time, each page one screen.
    const pages: string[] = [];
    let page = await h.press("Lan", "private", "📄 Xem từng dòng");
    for (let turn = 0; turn < 10; turn++) {
      const s = page[0] as Said;
      expect(fitsOneScreen(shown(s)), shown(s)).toBe(true);
      pages.push(s.text);
      if (!s.choices.some((c) => c.label.includes("Xem tiếp"))) break;
      page = await h.press("Lan", "private", /Xem tiếp/);
    }
    const rows = pages.join("\n");
    expect(pages.length).toBeGreaterThan(2);
    expect(rows).toContain(
      "6. Nguyễn Thị Lan — chính thức; trong tệp là bí thư, thêm là đảng viên",
    );
    expect(rows).toContain("7. Trần Văn Hùng — đã có trong danh sách");
    expect(rows).toContain("8. Lê Văn Minh — phó bí thư, chính thức");
    expect(rows).toContain("10. Hoàng Văn Nam — đảng viên, dự bị");
    expect(rows).toContain("14. Đỗ Văn Tùng — đảng viên, nghỉ hưu");
    expect(rows).toContain('18. Lý Văn Phúc — tình trạng "Chờ xét" không rõ');
    expect(rows).toContain("26. Lương Văn Bảo — đảng viên, chính thức");
    expect(rows).toContain("35. Ngô Văn Dũng — trùng dòng 16");
    expect(rows).toContain('36. "Tổng số: 30 đồng chí" — không phải họ tên');

    const saved = await h.press("Lan", "private", "✅ Đã đồng ý trên giấy, lưu");
    expect(texts(saved)).toContain(
      "Đã thêm 27 người vào danh sách Chi bộ Khu phố 1, ghi là chưa có tài khoản chat.",
    );
    const members = roster(cellId);
    expect(members).toHaveLength(29);
    const added = members.filter((m) => !["Lan", "Trần Văn Hùng"].includes(m.fullName));
    expect(h.app.services.members.withAccounts(cellId)).toEqual(
      new Set(members.filter((m) => !added.includes(m)).map((m) => m.id)),
    );
    const byName = (name: string) => members.find((m) => m.fullName === name);
    expect(byName("Nguyễn Thị Lan")).toMatchObject({ role: "member", status: "full" });
    expect(byName("Lê Văn Minh")).toMatchObject({ role: "deputy", status: "full" });
    expect(byName("Vũ Thị Thu")).toMatchObject({ role: "committee" });
    expect(byName("Hoàng Văn Nam")).toMatchObject({ status: "probationary" });
    expect(byName("Bùi Thị Mai")).toMatchObject({ status: "exempt" });
    expect(byName("Đỗ Văn Tùng")).toMatchObject({ role: "member", status: "retired" });
    expect(members.filter((m) => m.fullName === "Ngô Văn Dũng")).toHaveLength(1);
    expect(byName("Lý Văn Phúc")).toBeUndefined();
    expect(members.some((m) => m.fullName.includes("Tổng"))).toBe(false);
    expect(members.every((m) => m.fullName === m.fullName.normalize("NFC"))).toBe(true);

    // The same file again adds nobody: everyone is on the roster now.
    const again = await sendFile("Lan", "private", "ds-chi-bo.xlsx", await rosterXlsx());
    expect(texts(again.said)).toContain("Đã có trong danh sách, không thêm lại (28)");
    expect(texts(again.said)).toContain("Không có ai mới để thêm.");
    expect(again.said[0]?.choices.map((c) => c.label)).toEqual([
      "📄 Xem từng dòng",
      "Hủy, không lưu",
    ]);
  });

  it("saves all rows in one transaction or none", async () => {
    const cellId = await cell();
    await sendFile("Lan", "private", "ds.xlsx", await rosterXlsx());
    const { members } = h.app.services;
    const addByHand = members.addByHand.bind(members);
    let calls = 0;
    const spy = vi.spyOn(members, "addByHand").mockImplementation((input) => {
      if (++calls === 20) throw new Error("the disk went away");
      return addByHand(input);
    });
    const failed = await h.press("Lan", "private", "✅ Đã đồng ý trên giấy, lưu");
    spy.mockRestore();
    expect(texts(failed)).toContain("Chưa có gì bị thay đổi");
    expect(roster(cellId)).toHaveLength(2);
    // The preview is still open: saving again works.
    await h.press("Lan", "private", "✅ Đã đồng ý trên giấy, lưu");
    expect(roster(cellId)).toHaveLength(29);
  });

  it("cancels with nothing saved, and an older preview's buttons no longer save", async () => {
    const cellId = await cell();
    await sendFile("Lan", "private", "ds.xlsx", await rosterXlsx());
    const old = h.app.services.conversations.dialog("console:Lan", "console:Lan");
    h.clock.set("2024-03-10T02:05:00Z");
    const few = await rosterXlsx(cellRows().slice(2, 5));
    const second = await sendFile("Lan", "private", "ds-moi.xlsx", few);
    expect(texts(second.said)).toContain("Thêm 3 người");
    const oldPreview = (old?.state as { preview?: number } | undefined)?.preview;
    const stale = await h.sendChoiceValue("Lan", "private", `nhapdanhsach:save:${oldPreview}`);
    expect(texts(stale)).toContain("Lựa chọn này đã cũ");
    expect(roster(cellId)).toHaveLength(2);
    const cancelled = await h.press("Lan", "private", "Hủy, không lưu");
    expect(texts(cancelled)).toBe("Đã hủy. Danh sách chi bộ không đổi.");
    expect(roster(cellId)).toHaveLength(2);
    expect(h.app.services.conversations.dialog("console:Lan", "console:Lan")).toBeUndefined();
  });

  it("asks for the file with /nhapdanhsach, and waits for it while text comes", async () => {
    await cell();
    const asked = await h.say("Lan", "private", "/nhapdanhsach");
    expect(texts(asked)).toContain(
      "Gửi vào chat này tệp danh sách đảng viên Chi bộ Khu phố 1 (Excel .xlsx hoặc .csv, đến 2 MB).",
    );
    expect(fitsOneScreen(texts(asked))).toBe(true);
    expect(texts(await h.say("Lan", "private", "xong rồi"))).toContain(
      "chibo đang chờ tệp danh sách đảng viên",
    );
    const { said } = await sendFile("Lan", "private", "ds.xlsx", await rosterXlsx());
    expect(texts(said)).toContain("Lưu 27 người mới? Chỉ chọn lưu khi họ đã đồng ý trên giấy");
    // Typed into the group, the command goes to the private chat.
    expect((await h.say("Lan", "group:1", "/nhapdanhsach"))[0]?.privateLink).toBe("nhapdanhsach");
  });

  it("counts someone who joined between the preview and Lưu once", async () => {
    const cellId = await cell();
    await sendFile("Lan", "private", "ds.xlsx", await rosterXlsx());
    h.app.services.members.create({
      cellId,
      fullName: "Lê Văn Minh",
      role: "member",
      roster: "active",
      personId: "console:Minh",
      displayName: "Minh",
      now: h.clock.now(),
    });
    const saved = await h.press("Lan", "private", "✅ Đã đồng ý trên giấy, lưu");
    expect(texts(saved)).toContain("Đã thêm 26 người");
    expect(texts(saved)).toContain("1 người đã vào danh sách từ lúc xem trước");
    expect(roster(cellId).filter((m) => m.fullName === "Lê Văn Minh")).toHaveLength(1);
  });
});

describe("who may import, and where", () => {
  it("reads no file from a member, and none sent in a group; it is never downloaded", async () => {
    const cellId = await cell();
    const bytes = await rosterXlsx();
    const fromMember = await sendFile("Hùng", "private", "ds.xlsx", bytes);
    expect(texts(fromMember.said)).toContain("chibo chỉ đọc được tin nhắn chữ");
    expect(fromMember.fetch).not.toHaveBeenCalled();
    const inGroup = await sendFile("Lan", "group:1", "ds.xlsx", bytes);
    expect(inGroup.said).toEqual([]);
    expect(inGroup.fetch).not.toHaveBeenCalled();
    const stranger = await sendFile("Khách", "private", "ds.xlsx", bytes);
    expect(stranger.fetch).not.toHaveBeenCalled();
    // Nor the secretary's Word file or photo: chibo reads no such file.
    for (const [name, mime] of [
      ["ke-hoach.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      ["scan.pdf", "application/pdf"],
    ]) {
      const other = await sendFile("Lan", "private", name ?? "", bytes, { mime });
      expect(texts(other.said)).toContain("chibo chỉ đọc được tin nhắn chữ");
      expect(other.fetch).not.toHaveBeenCalled();
    }
    expect(roster(cellId)).toHaveLength(2);
  });
});

describe("files that are not a roster chibo can read", () => {
  const refusals: [string, () => Promise<Uint8Array> | Uint8Array, string][] = [
    ["trong.xlsx", () => new Uint8Array(), 'Tệp "trong.xlsx" trống.'],
    ["anh.xlsx", () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), "không phải bảng tính"],
    [
      "cu.xls",
      () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      "Excel đời cũ (.xls)",
    ],
    ["hong.xlsx", () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), "bị hỏng"],
    [
      "ds.csv",
      // "Nguyễn" in Windows-1258 (the tone as a combining byte): not UTF-8.
      () => new Uint8Array([...new TextEncoder().encode("Họ và tên\nNguy"), 0xea, 0xde, 0x6e]),
      "không ghi chữ bằng bảng mã UTF-8",
    ],
  ];

  it.each(refusals)("%s: a clear answer, nothing saved", async (name, bytes, answer) => {
    const cellId = await cell();
    const before = h.snapshot();
    const { said } = await sendFile("Lan", "private", name, await bytes());
    expect(texts(said)).toContain(answer);
    expect(texts(said)).toContain("Chưa lưu gì.");
    expect(h.snapshot()).toBe(before);
    expect(roster(cellId)).toHaveLength(2);
  });

  it("refuses a 50 MB file before downloading it, and one that grows past 2 MB while it comes", async () => {
    await cell();
    const big = await sendFile("Lan", "private", "to.xlsx", new Uint8Array(10), {
      size: 50 * 2 ** 20,
    });
    expect(texts(big.said)).toBe("Tệp lớn quá: chibo chỉ đọc tệp đến 2 MB. Chưa lưu gì.");
    expect(big.fetch).not.toHaveBeenCalled();
    const unstated = await sendFile("Lan", "private", "to.csv", new Uint8Array(3 * 2 ** 20), {
      size: undefined,
    });
    expect(unstated.fetch).toHaveBeenCalledWith(2 * 2 ** 20);
    expect(texts(unstated.said)).toContain("Tệp lớn quá");
  });

  it("says so when the file cannot be fetched", async () => {
    await cell();
    const fetch = vi.fn(async () => {
      throw new Error("socket hang up");
    });
    const said = await h.deliver("Lan", "private", {
      type: "file",
      file: { name: "ds.xlsx", size: 100, fetch },
    });
    expect(texts(said)).toBe("chibo chưa tải được tệp này. Xin gửi lại sau ít phút.");
  });

  it("finds no name column in a sheet without one", async () => {
    await cell();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Tài chính").addRows([
      ["Tháng", "Đảng phí"],
      ["1", "50000"],
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { said } = await sendFile("Lan", "private", "dang-phi.xlsx", bytes);
    expect(texts(said)).toContain('Trong "dang-phi.xlsx" chibo không thấy cột "Họ và tên"');
    expect(fitsOneScreen(texts(said))).toBe(true);
  });

  it("reads hostile and broken cells as text, and says back only a little of them", async () => {
    const cellId = await cell();
    const long = `Nguyễn ${"A".repeat(2000)}`;
    const rows: RosterRow[] = [
      ["<b>&amp;</b> <&>", "Đảng viên", "Chính thức"],
      [long, "Đảng viên", "Chính thức"],
      ["Phạm Văn Tƣờng", "Đảng viên", "Chính thức"],
      ["Nguyễn Văn Bình".normalize("NFD"), "Đảng viên", "x".repeat(2000)],
      ["Lê Thị Hoa", "<script>", "Dự bị"],
      ["An", "Đảng viên", "Chính thức"],
    ];
    const { said } = await sendFile("Lan", "private", "<&>.xlsx", await rosterXlsx(rows));
    const preview = said[0] as Said;
    expect(fitsOneScreen(shown(preview)), shown(preview)).toBe(true);
    expect(preview.text).toContain('Xem trước "<&>.xlsx"');
    expect(preview.text).toContain("Thêm 2 người (1 chính thức, 1 dự bị");
    expect(preview.text).toContain("Không rõ tình trạng, không thêm (1): dòng 9");
    expect(preview.text).toContain("Không phải họ tên đầy đủ, không thêm (3): dòng 6, 7, 11");
    const rowsPage = texts(await h.press("Lan", "private", "📄 Xem từng dòng"));
    expect(rowsPage).toContain('6. "<b>&amp;</b> <&>" — có ký tự không phải chữ');
    expect(rowsPage).toContain(`7. "Nguyễn ${"A".repeat(23)}…" — dài quá`);
    expect(rowsPage).toContain("8. Phạm Văn Tường — đảng viên, chính thức");
    expect(rowsPage).toContain(`9. Nguyễn Văn Bình — tình trạng "${"x".repeat(30)}…" không rõ`);
    expect(rowsPage).toContain("10. Lê Thị Hoa — đảng viên, dự bị");
    expect(rowsPage).toContain('11. "An" — chỉ có một chữ, cần cả họ và tên');
    expect(rowsPage.length).toBeLessThan(1000);
    await h.press("Lan", "private", "✅ Đã đồng ý trên giấy, lưu");
    const names = roster(cellId).map((m) => m.fullName);
    expect(names).toContain("Phạm Văn Tường");
    expect(names).toContain("Lê Thị Hoa");
  });

  it("reads merged header cells: 'Đảng viên' over ticked 'Chính thức' and 'Dự bị' columns", async () => {
    const cellId = await cell();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("DS");
    sheet.addRow(["STT", "Họ và tên", null, "Đảng viên", null, "Chức vụ"]);
    sheet.addRow([null, "Họ và tên đệm", "Tên", "Chính thức", "Dự bị", null]);
    sheet.addRow(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]);
    sheet.mergeCells("A1:A2");
    sheet.mergeCells("B1:C1");
    sheet.mergeCells("D1:E1");
    sheet.mergeCells("F1:F2");
    sheet.addRow([1, "Nguyễn Văn", "An", "x", null, "Chi ủy viên"]);
    sheet.addRow([2, "Trần Thị", "Bích", null, "x", null]);
    sheet.addRow([3, "Lê Văn", "Cường", "x", "x", null]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { said } = await sendFile("Lan", "private", "ds.xlsx", bytes);
    expect(texts(said)).toContain("Thêm 2 người (1 chính thức, 1 dự bị");
    expect(texts(said)).toContain("Không rõ tình trạng, không thêm (1): dòng 6");
    await h.press("Lan", "private", "✅ Đã đồng ý trên giấy, lưu");
    expect(roster(cellId).map((m) => [m.fullName, m.role, m.status])).toEqual(
      expect.arrayContaining([
        ["Nguyễn Văn An", "committee", "full"],
        ["Trần Thị Bích", "member", "probationary"],
      ]),
    );
  });

  it("reads CSV in UTF-8 with its byte order mark, ';'-separated, quoted", async () => {
    const cellId = await cell();
    const csv =
      "\uFEFFHọ và tên;Tình trạng;Ghi chú\r\n" +
      'Nguyễn Văn An;Dự bị;"Tổ 1; khu 2"\r\n' +
      '"Trần Thị Bích";"chính thức";"ghi ""cũ""\nhai dòng"\r\n' +
      "Lê Văn Cường;Nghỉ hưu;\r\n";
    const bytes = new TextEncoder().encode(csv);
    const { said } = await sendFile("Lan", "private", "ds.csv", bytes, { mime: "text/csv" });
    expect(texts(said)).toContain('Xem trước "ds.csv": 3 dòng có tên.');
    // Only the statuses someone has: no "0 miễn sinh hoạt".
    expect(texts(said)).toContain("Thêm 3 người (1 chính thức, 1 dự bị, 1 nghỉ hưu), ghi là");
    expect(texts(said)).not.toMatch(/\b0 (chính thức|dự bị|miễn sinh hoạt|nghỉ hưu)/);
    await h.press("Lan", "private", "✅ Đã đồng ý trên giấy, lưu");
    expect(roster(cellId)).toHaveLength(5);
  });

  it("reads Excel's Unicode Text: UTF-16 with its byte order mark, tab-separated", async () => {
    await cell();
    const text = "Họ và tên\tTình trạng\r\nNguyễn Văn An\tDự bị\r\n";
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
    const { said } = await sendFile("Lan", "private", "ds.txt", bytes);
    expect(texts(said)).toContain("Thêm 1 người (1 dự bị), ghi là");
  });

  it("says that everyone is taken as a full member where there is no status column", async () => {
    await cell();
    const bytes = new TextEncoder().encode("STT,Họ tên\n1,Nguyễn Văn An\n2,Trần Thị Bích\n");
    const { said } = await sendFile("Lan", "private", "ds.csv", bytes);
    expect(texts(said)).toContain("Thêm 2 người (2 chính thức), ghi là");
    expect(texts(said)).toContain("Tệp không có cột tình trạng: mọi người được ghi là chính thức");
  });
});

describe("the preview on one screen", () => {
  it("holds every kind of row left out, many of each, with long names, numbered", async () => {
    const cellId = await cell({ hasButtons: false });
    const given = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khoa", "Linh", "My", "Nhi", "Oanh"];
    for (const [index, name] of given.entries()) {
      h.app.services.members.create({
        cellId,
        fullName: `Trần Văn ${name}`,
        role: "member",
        roster: "active",
        personId: `console:${index}`,
        displayName: name,
        now: h.clock.now(),
      });
    }
    const rows: RosterRow[] = [
      ...given.map((name): RosterRow => [`Trần Văn ${name}`, "", "Chính thức"]),
      ...given.map((): RosterRow => ["Lê Thị Hồng", "", "Chính thức"]),
      ...given.map((name): RosterRow => [`Phạm Thị ${name}`, "", "Chờ"]),
      ...given.map((name): RosterRow => [name, "", "Chính thức"]),
      ...given.map((name): RosterRow => [`Võ Văn ${name}`, "Bí thư", "Chính thức"]),
      ...given.map((name): RosterRow => [`Hoàng ${name} Lan`, "", "Chính thức"]),
    ];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Danh sách đảng viên năm 2024 (1)");
    sheet.addRow(["Họ và tên", "Chức vụ", "Tình trạng"]);
    for (let blank = 0; blank < 100; blank++) sheet.addRow([]);
    for (const [name, role, status] of rows) sheet.addRow([name, role, status]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const name = `Danh sách đảng viên chi bộ khu phố 1 phường Phú Hòa ${"x".repeat(30)}.xlsx`;
    const { said } = await sendFile("Lan", "private", name, bytes);
    const preview = said[0] as Said;
    const lines = [...shown(preview).split("\n"), "Trả lời bằng một số: 1, 2, 3."];
    expect(preview.text).toContain("dòng 102, 103, 104, 105, 106, …");
    expect(fitsOneScreen(lines.join("\n")), lines.join("\n")).toBe(true);
  });
});

describe("where a digit answers (Zalo, the console)", () => {
  it("numbers the preview's choices, and a digit saves", async () => {
    const cellId = await cell({ hasButtons: false });
    const { said } = await sendFile("Lan", "private", "ds.xlsx", await rosterXlsx());
    expect(fitsOneScreen(shown(said[0] as Said))).toBe(true);
    const saved = await h.say("Lan", "private", "1");
    expect(texts(saved)).toContain("Đã thêm 27 người");
    expect(roster(cellId)).toHaveLength(29);
  });
});
