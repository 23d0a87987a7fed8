import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AttendanceSheet, SheetMember } from "../../src/domain/meeting-rules.js";
import { sheetOf } from "../../src/meetings/attendance.js";
import type { Cell } from "../../src/store/cell-store.js";
import type { Meeting } from "../../src/store/meeting-store.js";
import { Harness, texts } from "../support/harness.js";
import { open, tableRows, textOf } from "./docx-reader.js";

/** A name as a hostile member could type it: markup, an ampersand, quotes. */
const HOSTILE = '<b>Lò</b> & "Vi"';

/** The marks the Vietnamese documents print (locales/ledger-docs.vi.ftl). */
const SYMBOL = { present: "x", excused: "P", absent: "K", exempt: "M", notYet: "–", left: "C" };

let h: Harness;
let cell: Cell;
afterEach(() => h.close());

const idOf = (name: string) => {
  const member = h.app.services.members.byPerson(`console:${name}`);
  if (!member) throw new Error(`no member ${name}`);
  return member.id;
};

function join(name: string, at: string) {
  h.clock.set(at);
  return h.app.services.members.create({
    cellId: cell.id,
    fullName: name,
    role: "member",
    roster: "active",
    personId: `console:${name}`,
    displayName: name,
    now: h.clock.now(),
  }).id;
}

/**
 * A meeting on a local day, 19:00 to 20:30, closed by the scheduler at its end: `present`
 * checked in (`remote` from home), `excused` marked absent with a reason by the secretary.
 */
function meetingOn(
  day: string,
  marks: { present?: string[]; remote?: string[]; excused?: Record<string, string> },
): Meeting {
  const startsAt = new Date(`${day}T19:00:00+07:00`);
  const endsAt = new Date(`${day}T20:30:00+07:00`);
  h.clock.set(new Date(startsAt.getTime() - 86_400_000).toISOString());
  const { meetings } = h.app.services;
  const meeting = meetings.create(
    {
      cellId: cell.id,
      kind: "regular",
      startsAt,
      endsAt,
      place: "Nhà văn hóa & hội trường",
      topic: "",
      createdBy: idOf("Lan"),
    },
    h.clock.now(),
  );
  const mark = (
    name: string,
    present: boolean,
    reason: string | null,
    markedBy: "self" | "remote" | "secretary",
  ) => meetings.mark(meeting.id, idOf(name), { present, reason, markedBy }, startsAt);
  for (const name of marks.present ?? []) mark(name, true, null, "self");
  for (const name of marks.remote ?? []) mark(name, true, null, "remote");
  for (const [name, reason] of Object.entries(marks.excused ?? {}))
    mark(name, false, reason, "secretary");
  h.clock.set(new Date(endsAt.getTime() + 60_000).toISOString());
  h.app.scheduler.runDue(h.clock.now());
  const closed = meetings.byId(meeting.id);
  expect(closed?.state).toBe("closed");
  if (!closed) throw new Error("not closed");
  return closed;
}

/** Each member's standing on a sheet, by id. */
function standingsOf(sheet: AttendanceSheet<SheetMember>): Map<number, keyof typeof SYMBOL> {
  return new Map<number, keyof typeof SYMBOL>([
    ...sheet.present.map((m) => [m.id, "present"] as const),
    ...sheet.absentWithReason.map((a) => [a.member.id, "excused"] as const),
    ...sheet.absentWithoutReason.map((m) => [m.id, "absent"] as const),
    ...sheet.exempt.map((m) => [m.id, "exempt"] as const),
  ]);
}

async function workbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return book;
}

/** The cells of each row of a document's tables, as a person reads them. */
const rowsOf = (xml: Awaited<ReturnType<typeof open>>) =>
  tableRows(xml).map((row) =>
    [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => textOf(m[1] ?? "")),
  );

describe("the year's attendance ledger and a meeting's attendance list", () => {
  const meetings: Meeting[] = [];
  const NAMES = ["Hùng", "Mai", "Bảo", "Dung", HOSTILE];

  beforeEach(async () => {
    h = new Harness({ now: "2024-01-01T02:00:00Z" });
    await h.cellWith(["Hùng", "Mai", "Bảo", "Dung"]);
    const [found] = h.app.services.cells.all();
    if (!found) throw new Error("no cell");
    cell = found;
    const { members } = h.app.services;
    members.setStatus(idOf("Dung"), "exempt", h.clock.now());
    meetings.length = 0;
    // Twelve monthly meetings. Hùng misses March, May and June without reason (3 months), and
    // is excused in April; Bảo misses February and April without reason (2 months), then moves
    // away after June; the hostile name joins in July and misses September; Mai is there each
    // month, from home in August; Lan is always there.
    for (let month = 1; month <= 12; month++) {
      const day = `2024-${String(month).padStart(2, "0")}-05`;
      if (month === 7) {
        members.setStatus(idOf("Bảo"), "transferred", new Date("2024-06-20T02:00:00Z"));
        join(HOSTILE, "2024-07-01T02:00:00Z");
      }
      const present = ["Lan", ...(month === 8 ? [] : ["Mai"])];
      if (![3, 4, 5, 6].includes(month)) present.push("Hùng");
      if (month <= 6 && ![2, 4].includes(month)) present.push("Bảo");
      if (month >= 7 && month !== 9) present.push(HOSTILE);
      meetings.push(
        meetingOn(day, {
          present,
          remote: month === 8 ? ["Mai"] : [],
          excused: month === 4 ? { Hùng: "Đi công tác <Hà Nội>" } : {},
        }),
      );
    }
    h.clock.set("2025-01-10T02:00:00Z");
  });

  it("the Excel ledger's marks and counts equal the twelve meetings' sheets", async () => {
    const { services } = h.app;
    const built = await h.app.documents({ kind: "ledger-xlsx", cellId: cell.id, year: 2024 });
    expect(built.filename).toBe(`theo-doi-sinh-hoat-${cell.code}-2024.xlsx`);
    const book = await workbook(built.data);
    const sheet = book.getWorksheet("Theo dõi sinh hoạt");
    if (!sheet) throw new Error("no ledger sheet");
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(["STT", "Họ và tên", "Tháng 1"]);
    expect(header.slice(14)).toEqual([
      "Số buổi có mặt",
      "Số buổi vắng có lý do",
      "Số buổi vắng không lý do",
      "Số buổi được miễn",
      "Số tháng vắng không lý do",
      "Các tháng vắng không lý do",
    ]);
    const sheets = meetings.map((meeting) => standingsOf(sheetOf(services, meeting)));
    const rows = new Map<string, unknown[]>();
    for (let r = 2; r <= sheet.rowCount; r++) {
      const values = (sheet.getRow(r).values as unknown[]).slice(1);
      if (typeof values[1] === "string") rows.set(values[1], values);
    }
    for (const name of ["Lan", ...NAMES]) {
      const row = rows.get(name);
      expect(row, name).toBeDefined();
      const id = idOf(name === HOSTILE ? HOSTILE : name);
      const counts = { present: 0, excused: 0, absent: 0, exempt: 0 };
      const unexcused: number[] = [];
      sheets.forEach((standings, month) => {
        const standing = standings.get(id);
        if (standing && standing in counts) counts[standing as keyof typeof counts] += 1;
        if (standing === "absent") unexcused.push(month + 1);
        const expected = standing ? SYMBOL[standing] : name === "Bảo" ? SYMBOL.left : SYMBOL.notYet;
        expect(row?.[month + 2], `${name}, month ${month + 1}`).toBe(expected);
      });
      expect(row?.slice(14, 18), name).toEqual([
        counts.present,
        counts.excused,
        counts.absent,
        counts.exempt,
      ]);
      expect(row?.[18], name).toBe(unexcused.length);
      expect(row?.[19] ?? null, name).toBe(unexcused.length === 0 ? null : unexcused.join(", "));
    }
    // Spelled out where it matters: the rule is about months, and exempt members are not absent.
    expect(rows.get("Hùng")?.slice(14, 20)).toEqual([8, 1, 3, 0, 3, "3, 5, 6"]);
    expect(rows.get("Bảo")?.slice(2, 14)).toEqual([
      "x",
      "K",
      "x",
      "K",
      "x",
      "x",
      "C",
      "C",
      "C",
      "C",
      "C",
      "C",
    ]);
    expect(rows.get(HOSTILE)?.slice(2, 14)).toEqual([
      "–",
      "–",
      "–",
      "–",
      "–",
      "–",
      "x",
      "x",
      "K",
      "x",
      "x",
      "x",
    ]);
    expect(rows.get("Dung")?.slice(14, 19)).toEqual([0, 0, 0, 12, 0]);
    // Below the members: the meetings of each month, then the members' counts added up.
    const held = (sheet.getRow(sheet.rowCount - 1).values as unknown[]).slice(1);
    expect(held.slice(1, 14)).toEqual([
      "Số buổi sinh hoạt",
      ...Array.from({ length: 12 }, () => 1),
    ]);
    expect(held.slice(14).filter((value) => value !== null && value !== undefined)).toEqual([]);
    const totals = (sheet.getRow(sheet.rowCount).values as unknown[]).slice(1);
    const memberRows = ["Lan", ...NAMES].map((name) => rows.get(name) ?? []);
    const added = (column: number) =>
      memberRows.reduce((sum, row) => sum + Number(row[column] ?? 0), 0);
    expect(totals[1]).toBe("Tổng cộng");
    expect(totals.slice(2, 14).filter((value) => value !== null && value !== undefined)).toEqual(
      [],
    );
    expect(totals.slice(14, 18)).toEqual([14, 15, 16, 17].map(added));
    expect(book.getWorksheet("Ký hiệu")?.getRow(4).values).toContain("vắng không lý do");
    expect(sheet.pageSetup.paperSize).toBe(9);
    // Reasons are not in the ledger.
    expect(JSON.stringify(book.model)).not.toContain("Đi công tác");
  });

  it("marks the months a member was away as moved away, when they came back since", async () => {
    // Bảo, transferred after June, is back in the cell by January.
    h.app.services.members.setStatus(idOf("Bảo"), "full", h.clock.now());
    const built = await h.app.documents({ kind: "ledger-xlsx", cellId: cell.id, year: 2024 });
    const sheet = (await workbook(built.data)).getWorksheet("Theo dõi sinh hoạt");
    if (!sheet) throw new Error("no ledger sheet");
    const bao = [...Array(sheet.rowCount).keys()]
      .map((r) => (sheet.getRow(r + 1).values as unknown[]).slice(1))
      .find((values) => values[1] === "Bảo");
    expect(bao?.slice(2, 14)).toEqual(["x", "K", "x", "K", "x", "x", "C", "C", "C", "C", "C", "C"]);
  });

  it("the Word ledger prints the same marks, the counts and who reached two and three months", async () => {
    const xlsx = await workbook(
      (await h.app.documents({ kind: "ledger-xlsx", cellId: cell.id, year: 2024 })).data,
    );
    const sheet = xlsx.getWorksheet("Theo dõi sinh hoạt");
    if (!sheet) throw new Error("no ledger sheet");
    const doc = await open(
      (await h.app.documents({ kind: "ledger-docx", cellId: cell.id, year: 2024 })).data,
    );
    expect(doc.text).toContain("BẢNG THEO DÕI");
    expect(doc.text).toContain("Đảng viên tham dự sinh hoạt chi bộ năm 2024");
    expect(doc.text).toContain("CHI BỘ KHU PHỐ 1");
    expect(doc.text).toContain("Năm 2024, chi bộ đã sinh hoạt 12 buổi trong 12 tháng");
    const rows = rowsOf(doc).filter((cells) => cells.length === 15);
    // The members' rows: the two footer rows below them are not members.
    for (let r = 2; r <= sheet.rowCount - 2; r++) {
      const values = (sheet.getRow(r).values as unknown[]).slice(1);
      const docRow = rows.find((cells) => cells[1] === values[1]);
      expect(docRow, String(values[1])).toBeDefined();
      expect(docRow?.slice(2, 14)).toEqual(values.slice(2, 14));
      const [present, excused, absent, exempt] = values.slice(14, 18) as number[];
      const totals = [`x\u00a0${present}`, `P\u00a0${excused}`, `K\u00a0${absent}`];
      if ((exempt ?? 0) > 0) totals.push(`M\u00a0${exempt}`);
      expect(docRow?.[14]).toBe(totals.join("\n"));
    }
    expect(rows.at(-1)?.slice(1)).toEqual([
      "Số buổi sinh hoạt",
      ...Array.from({ length: 12 }, () => "1"),
      "12",
    ]);
    expect(doc.text).toContain(
      "Vắng không lý do từ 3 tháng trở lên trong năm (1 đồng chí; theo Điều 8 Điều lệ Đảng, chi bộ xem xét, đề nghị xóa tên):",
    );
    expect(doc.text).toContain("- Đồng chí Hùng (tháng 3, 5, 6);");
    expect(doc.text).toContain(
      "Vắng không lý do 2 tháng trong năm (1 đồng chí; chi bộ gặp, nhắc nhở):",
    );
    expect(doc.text).toContain("- Đồng chí Bảo (tháng 2, 4);");
    // The hostile name is text, escaped in the XML; the reasons stay out of the ledger.
    expect(doc.text).toContain(HOSTILE);
    expect(doc.xml).toContain("&lt;b&gt;Lò&lt;/b&gt; &amp;");
    expect(doc.text).not.toContain("Đi công tác");
  });

  it("the attendance list of a meeting marks each member, gives the minutes' reasons, and who was remote", async () => {
    const april = meetings[3];
    const august = meetings[7];
    if (!april || !august) throw new Error("no meetings");
    const built = await h.app.documents({
      kind: "attendance-list-docx",
      cellId: cell.id,
      meetingId: april.id,
    });
    expect(built.filename).toBe(`danh-sach-du-hop-${cell.code}-2024-04-05.docx`);
    const doc = await open(built.data);
    expect(doc.text).toContain("DANH SÁCH");
    expect(doc.text).toContain("Đảng viên tham dự sinh hoạt chi bộ định kỳ tháng 4 năm 2024");
    expect(doc.text).toContain("Địa điểm: Nhà văn hóa & hội trường.");
    expect(doc.text).toContain(
      "Số đảng viên phải dự sinh hoạt: 4 đồng chí; có mặt: 2 (50%); vắng có lý do: 1; vắng không lý do: 1. Miễn sinh hoạt (không tính vào số phải dự): 1 đồng chí.",
    );
    const rows = rowsOf(doc).filter((cells) => cells.length === 7);
    expect(rows[0]).toEqual([
      "STT",
      "Họ và tên",
      "Có mặt",
      "Vắng có lý do",
      "Vắng không lý do",
      "Ghi chú",
      "Ký tên",
    ]);
    const byName = new Map(rows.map((cells) => [cells[1], cells.slice(2)]));
    expect(byName.get("Lan")).toEqual(["x", "", "", "", ""]);
    expect(byName.get("Mai")).toEqual(["x", "", "", "", ""]);
    expect(byName.get("Hùng")).toEqual(["", "x", "", "Đi công tác <Hà Nội>", ""]);
    expect(byName.get("Bảo")).toEqual(["", "", "x", "", ""]);
    expect(byName.get("Dung")).toEqual(["", "", "", "Miễn sinh hoạt", ""]);
    expect(rows.at(-1)).toEqual(["", "Tổng cộng", "2", "1", "1", "Miễn: 1", ""]);
    expect(doc.xml).toContain("Đi công tác &lt;Hà Nội&gt;");

    const remote = await open(
      (
        await h.app.documents({
          kind: "attendance-list-docx",
          cellId: cell.id,
          meetingId: august.id,
        })
      ).data,
    );
    const augustRows = new Map(rowsOf(remote).map((cells) => [cells[1], cells.slice(2)]));
    expect(augustRows.get("Mai")).toEqual(["x", "", "", "Dự từ xa", ""]);
    // Moved away in June: not on August's list; the member who joined in July is.
    expect(augustRows.has("Bảo")).toBe(false);
    expect(augustRows.get(HOSTILE)).toEqual(["x", "", "", "", ""]);
  });

  it("/xuatbaocao offers the list of a chosen meeting and the ledger, in private to the committee", async () => {
    h.clock.set("2024-12-20T02:00:00Z");
    const menu = await h.say("Lan", "private", "/xuatbaocao");
    const labels = menu.flatMap((said) => said.choices.map((choice) => choice.label));
    expect(labels).toContain("📄 Danh sách đảng viên tham dự một buổi họp (Word)");
    expect(labels).toContain("📄 Bảng theo dõi sinh hoạt năm 2024 (Word)");
    expect(labels).toContain("📊 Bảng theo dõi sinh hoạt năm 2024 (Excel)");

    const picker = await h.press(
      "Lan",
      "private",
      "📄 Danh sách đảng viên tham dự một buổi họp (Word)",
    );
    expect(texts(picker)).toContain(
      "Danh sách tham dự của buổi họp nào? Chọn một buổi (trang 1/2)",
    );
    const days = picker.flatMap((said) => said.choices.map((choice) => choice.label));
    expect(days[0]).toBe("05/12/2024 — Sinh hoạt định kỳ");
    await h.press("Lan", "private", /Xem tiếp/);
    const sent = await h.press("Lan", "private", "05/04/2024 — Sinh hoạt định kỳ");
    expect(texts(sent)).toContain("Danh sách đảng viên tham dự buổi họp ngày 05/04/2024");
    expect(sent.at(-1)?.reply.document).toEqual({
      kind: "attendance-list-docx",
      cellId: cell.id,
      meetingId: meetings[3]?.id,
    });

    const ledger = await h.press("Lan", "private", "📊 Bảng theo dõi sinh hoạt năm 2024 (Excel)");
    expect(ledger.at(-1)?.reply.document).toEqual({
      kind: "ledger-xlsx",
      cellId: cell.id,
      year: 2024,
    });

    // A member is refused; in the group the command is private only.
    expect(texts(await h.say("Mai", "private", "/xuatbaocao"))).not.toContain("Bảng theo dõi");
    const other = meetings[0]?.id ?? 0;
    const forged = await h.sendChoiceValue("Lan", "private", `xuatbaocao:meeting-${other + 1000}`);
    expect(texts(forged)).toContain("không còn trong danh sách các buổi đã kết thúc năm 2024");
  });
});

describe("/xuatbaocao's meeting picker without buttons", () => {
  it("lists the meetings with numbers and sends the one whose number is typed", async () => {
    h = new Harness({ now: "2024-01-01T02:00:00Z", hasButtons: false });
    await h.cellWith(["Hùng"]);
    const [found] = h.app.services.cells.all();
    if (!found) throw new Error("no cell");
    cell = found;
    const march = meetingOn("2024-03-05", { present: ["Lan"] });
    meetingOn("2024-04-05", { present: ["Lan", "Hùng"] });
    h.clock.set("2024-04-20T02:00:00Z");
    await h.say("Lan", "private", "/xuatbaocao");
    const picker = await h.press(
      "Lan",
      "private",
      "📄 Danh sách đảng viên tham dự một buổi họp (Word)",
    );
    expect(texts(picker)).toContain("Danh sách tham dự của buổi họp nào?");
    expect(picker.flatMap((said) => said.choices.map((choice) => choice.label))).toEqual([
      "05/04/2024 — Sinh hoạt định kỳ",
      "05/03/2024 — Sinh hoạt định kỳ",
    ]);
    const sent = await h.say("Lan", "private", "2");
    expect(sent.at(-1)?.reply.document).toMatchObject({
      kind: "attendance-list-docx",
      meetingId: march.id,
    });
  });
});
