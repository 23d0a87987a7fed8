import { afterEach, describe, expect, it } from "vitest";
import { Harness, type Said, texts } from "../support/harness.js";

let harness: Harness;
afterEach(() => harness?.close());

const GROUP = "console:group:1";
const PLAN = { study: "Học chuyên đề", follow: "Làm hồ sơ đúng hạn", example: "Gia đình văn hóa" };
/** What a member wrote of their results: never to be read in the group. */
const RESULT_TEXT = "Đã giải quyết 120 hồ sơ, riêng tư";
const LEVEL_NAMES = [
  "Hoàn thành xuất sắc nhiệm vụ",
  "Hoàn thành tốt nhiệm vụ",
  "Hoàn thành nhiệm vụ",
  "Không hoàn thành nhiệm vụ",
];

/**
 * A cell of five at the end of 2024: Lan (secretary), Hùng and Tuấn registered, Hà did not,
 * Minh is exempt. Hùng and Tuấn reported progress; Hùng, Hà and Minh reported results, and the
 * cell agreed Hùng's level.
 */
async function cellAtYearEnd(h: Harness, withModel = true): Promise<void> {
  await h.cellWith(["Hùng", "Tuấn", "Hà", "Minh"]);
  const { members, commitments, cells, cellModels } = h.app.services;
  const now = h.clock.now();
  const id = (name: string) => members.byPerson(`console:${name}`)?.id ?? 0;
  members.setStatus(id("Minh"), "exempt", now);
  for (const name of ["Lan", "Hùng", "Tuấn"]) commitments.save(id(name), 2024, PLAN, now);
  const { sqlite } = h.app.database;
  const note = sqlite.prepare(
    "insert into progress_notes (member_id, year, part, status, note, noted_at) values (?, 2024, 'study', 'done', 'Ghi chép riêng', ?)",
  );
  for (const name of ["Hùng", "Tuấn"]) note.run(id(name), now.getTime());
  const parts = JSON.stringify({
    study: { outcome: "done", text: RESULT_TEXT },
    follow: { outcome: "done", text: RESULT_TEXT },
    example: { outcome: "partly", text: RESULT_TEXT, why: "Lý do riêng" },
  });
  const result = sqlite.prepare(
    "insert into year_results (member_id, year, parts, proposed_level, submitted_at, agreed_level, agreed_at, agreed_by) values (?, 2024, ?, ?, ?, ?, ?, ?)",
  );
  result.run(id("Hùng"), parts, "excellent", now.getTime(), "good", now.getTime(), id("Lan"));
  result.run(id("Hà"), parts, "done", now.getTime(), null, null, null);
  result.run(id("Minh"), parts, "good", now.getTime(), "good", now.getTime(), id("Lan"));
  if (!withModel) return;
  const cell = cells.all()[0];
  const model = cellModels.register(
    cell?.id ?? 0,
    2024,
    { title: "Tuyến đường hoa", what: "Trồng hoa", who: "Cả chi bộ", byDay: "2024-11-30" },
    now,
  );
  cellModels.reportProgress(model.id, 2, "Đã trồng 200 m", now);
  cellModels.reportProgress(model.id, 3, "Đã trồng 450 m", now);
}

function toGroup(said: Said[]): string {
  return texts(said.filter((s) => s.chatId === GROUP));
}

describe("/baocao in the second half of the year", () => {
  it("counts progress and results in the group, and never shows anyone's results or level", async () => {
    harness = new Harness({ now: "2024-12-05T02:00:00Z" });
    await cellAtYearEnd(harness);
    const group = toGroup(await harness.say("Lan", "group:1", "/baocao"));
    expect(group).toContain("Tiến độ: 2/3 đồng chí có kế hoạch đã báo tiến độ.");
    // Hùng and Hà of the four who report: Minh is exempt and not counted.
    expect(group).toContain("Kết quả: 2/4 đã báo cáo kết quả.");
    expect(group).toContain("Mô hình của chi bộ: Tuyến đường hoa (thời hạn 30/11/2024).");
    expect(group).toContain("Tiến độ mới nhất (Quý III/2024): Đã trồng 450 m");
    expect(group).not.toContain("Mức xếp loại");
    for (const words of [...LEVEL_NAMES, RESULT_TEXT, "Lý do riêng", "Ghi chép riêng"]) {
      expect(group).not.toContain(words);
    }
  });

  it("shows the committee, in private, the levels agreed by count", async () => {
    harness = new Harness({ now: "2024-12-05T02:00:00Z" });
    await cellAtYearEnd(harness);
    const own = texts(await harness.say("Lan", "private", "/baocao"));
    expect(own).toContain("Kết quả: 2/4 đã báo cáo kết quả.");
    expect(own).toContain("Mức xếp loại chi bộ đã thống nhất (số đồng chí):");
    expect(own).toContain("• Hoàn thành xuất sắc nhiệm vụ: 0");
    expect(own).toContain("• Hoàn thành tốt nhiệm vụ: 1");
    expect(own).toContain("• Hoàn thành nhiệm vụ: 0");
    expect(own).toContain("• Không hoàn thành nhiệm vụ: 0");
    expect(own).toContain("• Chưa thống nhất: 1");
    // Counts, not whose: no member's results in the summary either.
    expect(own).not.toContain(RESULT_TEXT);
    // A member is not the committee: /baocao is refused.
    expect(texts(await harness.say("Hùng", "private", "/baocao"))).not.toContain("Kết quả:");
  });

  it("says nothing of progress, results or the model before their time", async () => {
    harness = new Harness({ now: "2024-03-10T02:00:00Z" });
    await harness.cellWith(["Hùng"]);
    const early = texts(await harness.say("Lan", "private", "/baocao"));
    expect(early).not.toContain("Tiến độ:");
    expect(early).not.toContain("Kết quả:");
    expect(early).not.toContain("mô hình");
    // After the first quarter a cell without a model is told so; results wait for 15/11.
    harness.clock.set("2024-07-01T02:00:00Z");
    const summer = texts(await harness.say("Lan", "private", "/baocao"));
    expect(summer).toContain("Tiến độ: 0/0 đồng chí có kế hoạch đã báo tiến độ.");
    expect(summer).not.toContain("Kết quả:");
    expect(summer).toContain("Chi bộ chưa đăng ký mô hình, việc làm theo Bác năm 2024 (/mohinh).");
  });

  it("shortens the model's latest note, in the group too", async () => {
    harness = new Harness({ now: "2024-12-05T02:00:00Z" });
    await cellAtYearEnd(harness);
    const { cells, cellModels } = harness.app.services;
    const model = cellModels.of(cells.all()[0]?.id ?? 0, 2024);
    const note = "Đã trồng thêm hoa dọc đường. ".repeat(27).trim();
    cellModels.reportProgress(model?.id ?? 0, 4, note, harness.clock.now());
    const group = toGroup(await harness.say("Lan", "group:1", "/baocao"));
    expect(group).toContain("Tiến độ mới nhất (Quý IV/2024): Đã trồng thêm hoa dọc đường.");
    expect(group).toContain("…");
    expect(group).not.toContain(note);
  });

  it("shows a model with no progress yet", async () => {
    harness = new Harness({ now: "2024-12-05T02:00:00Z" });
    await cellAtYearEnd(harness, false);
    const { cells, cellModels } = harness.app.services;
    cellModels.register(
      cells.all()[0]?.id ?? 0,
      2024,
      { title: "Tổ tự quản", what: "Tuần tra", who: "Tổ 3", byDay: "2024-12-31" },
      harness.clock.now(),
    );
    const group = toGroup(await harness.say("Lan", "group:1", "/baocao"));
    expect(group).toContain("Mô hình của chi bộ: Tổ tự quản (thời hạn 31/12/2024).");
    expect(group).toContain("Mô hình chưa có báo cáo tiến độ.");
  });
});
