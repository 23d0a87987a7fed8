import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readPlanFile } from "../../src/plan/plan-file.js";
import { projectFile } from "../../src/project-files.js";
import type { Cell } from "../../src/store/cell-store.js";
import type { Meeting } from "../../src/store/meeting-store.js";
import type { Member } from "../../src/store/member-store.js";
import { Harness } from "../support/harness.js";
import { letterheadLines, open } from "./docx-reader.js";
import { storeCell } from "./store-cell.js";

/**
 * The documents as chibo makes them from its database: the settings a secretary gives (party
 * organisation, place, chair, minute-taker) and the meeting's real end reach the Word files.
 */

// 13:50 on 6 December 2026 in Vietnam.
const NOW = "2026-12-06T06:50:00Z";

let h: Harness;
let cell: Cell;
let meeting: Meeting;
let lan: Member;

/** Sets columns of a row as the settings dialogs will: straight in the database. */
function set(table: "cells" | "committees" | "meetings", id: number, values: object) {
  const columns = Object.keys(values);
  h.app.database.sqlite
    .prepare(`update ${table} set ${columns.map((c) => `${c} = @${c}`).join(", ")} where id = @id`)
    .run({ ...values, id });
}

/** A member the secretary added by hand: on the roster, with no chat account. */
function addWithoutAccount(fullName: string, nameKey: string) {
  const now = Date.parse(NOW);
  h.app.database.sqlite
    .prepare(
      `insert into members (cell_id, full_name, name_key, role, status, roster, created_at, updated_at)
       values (?, ?, ?, 'member', 'full', 'active', ?, ?)`,
    )
    .run(cell.id, fullName, nameKey, now, now);
}

beforeEach(() => {
  h = new Harness({ now: NOW });
  const { cell: made, join } = storeCell(h);
  cell = made;
  const { services } = h.app;
  const now = h.clock.now();
  lan = join("Nguyễn Thị Lan", "secretary");
  const hung = join("Trần Văn Hùng", "member");
  addWithoutAccount("Võ Văn Tư", "vo van tu");
  // Scheduled for two hours from 13:50; the secretary ended it from check-in at 13:50.
  meeting = services.meetings.create(
    {
      cellId: cell.id,
      kind: "regular",
      startsAt: new Date(NOW),
      endsAt: new Date("2026-12-06T08:50:00Z"),
      place: "Nhà văn hóa khu phố 3",
      topic: "Sinh hoạt tháng 12",
      createdBy: lan.id,
    },
    now,
  );
  services.meetings.mark(
    meeting.id,
    hung.id,
    { present: true, reason: null, markedBy: "self" },
    now,
  );
  meeting = services.meetings.update(
    meeting.id,
    { state: "closed", closedAt: new Date("2026-12-06T06:50:30Z") },
    now,
  );
});

afterEach(() => h.close());

async function minutes() {
  return open(
    (await h.app.documents({ kind: "minutes-docx", cellId: cell.id, meetingId: meeting.id })).data,
  );
}

async function registration() {
  return open(
    (await h.app.documents({ kind: "registration-docx", cellId: cell.id, year: 2026 })).data,
  );
}

describe("the minutes from the database", () => {
  it("run from the start to the planned end, not to when the meeting was closed", async () => {
    const doc = await minutes();
    expect(doc.paragraphs).toContain(
      "Thời gian: từ 13 giờ 50 đến 15 giờ 50, ngày 06 tháng 12 năm 2026.",
    );
    expect(doc.paragraphs).toContain("Buổi sinh hoạt kết thúc lúc 15 giờ 50 cùng ngày.");
  });

  it("run to the end the secretary gives", async () => {
    set("meetings", meeting.id, { ended_at: Date.parse("2026-12-06T08:20:00Z") });
    const doc = await minutes();
    expect(doc.paragraphs).toContain(
      "Thời gian: từ 13 giờ 50 đến 15 giờ 20, ngày 06 tháng 12 năm 2026.",
    );
    expect(doc.paragraphs).toContain("Buổi sinh hoạt kết thúc lúc 15 giờ 20 cùng ngày.");
  });

  it("name the chair and the minute-taker the cell set, and leave dots without them", async () => {
    const unset = await minutes();
    expect(unset.paragraphs).toContain("Chủ trì: đồng chí …………….");
    expect(unset.paragraphs).toContain("Thư ký: đồng chí …………….");

    set("cells", cell.id, { default_chair: "Nguyễn Thị Lan", default_minute_taker: "Võ Văn Tư" });
    const doc = await minutes();
    expect(doc.paragraphs).toContain("Chủ trì: đồng chí Nguyễn Thị Lan.");
    expect(doc.paragraphs).toContain("Thư ký: đồng chí Võ Văn Tư.");
    // The signatures: the minute-taker's on the left, the chair's on the right.
    const names = doc.paragraphs.filter((p) => p.trim()).slice(-4);
    expect(names).toEqual(["THƯ KÝ", "Võ Văn Tư", "CHỦ TRÌ", "Nguyễn Thị Lan"]);
  });

  it("count a member added by hand, without a chat account, like everyone else", async () => {
    const doc = await minutes();
    expect(doc.paragraphs).toContain(
      "Tổng số đảng viên của chi bộ: 3 đồng chí (chính thức: 3, dự bị: 0).",
    );
    expect(doc.paragraphs).toContain(
      "Vắng không có lý do: 2 đồng chí, gồm các đồng chí: Nguyễn Thị Lan, Võ Văn Tư.",
    );
  });
});

describe("the letterhead from the database", () => {
  it("leaves the party organisation and the place to write by hand while none is set", async () => {
    h.app.services.cells.setCommittee(cell.id, "Đảng ủy phường Phú Hòa", h.clock.now());
    const doc = await registration();
    expect(letterheadLines(doc)[0]).toBe("…………………………");
    expect(doc.text).not.toContain("ĐẢNG ỦY PHƯỜNG PHÚ HÒA");
    expect(doc.paragraphs).toContain("……………, ngày 06 tháng 12 năm 2026");
    expect(doc.paragraphs).toContain("- Đảng ủy phường Phú Hòa (để báo cáo);");
  });

  it("takes the committee's party organisation and place, and the cell's own before them", async () => {
    h.app.services.cells.setCommittee(cell.id, "Đảng ủy phường Phú Hòa", h.clock.now());
    const committee = h.app.services.cells.byId(cell.id)?.committeeId ?? 0;
    set("committees", committee, {
      party_organisation: "ĐẢNG BỘ PHƯỜNG PHÚ HÒA",
      place: "Phú Hòa",
    });
    const inherited = await registration();
    expect(letterheadLines(inherited)).toEqual([
      "ĐẢNG BỘ PHƯỜNG PHÚ HÒA",
      "CHI BỘ KHU PHỐ 3",
      "*",
      "Số ……-BC/CB",
    ]);
    expect(inherited.paragraphs).toContain("Phú Hòa, ngày 06 tháng 12 năm 2026");

    set("cells", cell.id, { party_organisation: "Đảng bộ Khối cơ quan", place: "Thủ Dầu Một" });
    const own = await registration();
    expect(letterheadLines(own)[0]).toBe("ĐẢNG BỘ KHỐI CƠ QUAN");
    expect(own.paragraphs).toContain("Thủ Dầu Một, ngày 06 tháng 12 năm 2026");

    // A blank setting is no setting: back to the committee's.
    set("cells", cell.id, { party_organisation: "  ", place: "" });
    const blank = await registration();
    expect(letterheadLines(blank)[0]).toBe("ĐẢNG BỘ PHƯỜNG PHÚ HÒA");
    expect(blank.paragraphs).toContain("Phú Hòa, ngày 06 tháng 12 năm 2026");
  });

  it("lists a member without a chat account among those who have not registered", async () => {
    const doc = await registration();
    expect(doc.paragraphs).toContain("Tổng số đảng viên trong danh sách chi bộ: 3 đồng chí.");
    expect(doc.cells).toContain("Võ Văn Tư");
  });
});

describe("the quarter's report from the database", () => {
  it("names who has not registered under its shortcomings", async () => {
    const doc = (
      await h.app.documents({ kind: "results-docx", cellId: cell.id, year: 2026, quarter: 4 })
    ).data;
    const { paragraphs } = await open(doc);
    expect(paragraphs).toContain(
      "- Còn 3 đồng chí chưa đăng ký kế hoạch học tập và làm theo: Nguyễn Thị Lan, Trần Văn Hùng, Võ Văn Tư.",
    );
    // The quarter had a meeting, so its quality comes third and the direction sixth.
    expect(paragraphs).toContain("III. CHẤT LƯỢNG SINH HOẠT CHI BỘ");
    expect(paragraphs).toContain("VI. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ I/2027");
  });
});

describe("the parts' names from the year's plan", () => {
  beforeEach(() => {
    const plan = readPlanFile(fileURLToPath(projectFile("plans/2024-binh-duong.yaml")));
    const labels = { study: "Học tập", follow: "Thực hành", example: "Nêu gương" };
    h.app.services.plans.import({ ...plan, labels }, "all", h.clock.now());
    const parts = {
      study: "Đọc chuyên đề",
      follow: "Dọn vệ sinh khu phố",
      example: "Đi họp đúng giờ",
    };
    h.app.services.commitments.save(lan.id, 2024, parts, h.clock.now());
  });

  it("head the registration report's columns", async () => {
    const file = await h.app.documents({ kind: "registration-docx", cellId: cell.id, year: 2024 });
    const doc = await open(file.data);
    expect(doc.cells).toContain("Thực hành");
    expect(doc.cells).toContain("Dọn vệ sinh khu phố");
    expect(doc.text).not.toContain("Làm theo");
  });

  it("head the workbook's registration sheet", async () => {
    const file = await h.app.documents({ kind: "cell-xlsx", cellId: cell.id, year: 2024 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.data as unknown as ExcelJS.Buffer);
    const headers = workbook.getWorksheet("Đăng ký")?.getRow(1).values as unknown[];
    expect(headers).toContain("Thực hành");
    expect(headers).not.toContain("Làm theo");
  });

  it("are the locale's where the plan names none", async () => {
    const file = await h.app.documents({ kind: "cell-xlsx", cellId: cell.id, year: 2026 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.data as unknown as ExcelJS.Buffer);
    const headers = workbook.getWorksheet("Đăng ký")?.getRow(1).values as unknown[];
    expect(headers).toEqual(expect.arrayContaining(["Học tập", "Làm theo", "Nêu gương"]));
  });
});
