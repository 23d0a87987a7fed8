import { afterEach, describe, expect, it } from "vitest";
import type { Say } from "../../src/documents/document-data.js";
import { yearEndReportDocx } from "../../src/documents/docx/year-end-report.js";
import { DocumentData } from "../../src/documents/load-document-data.js";
import { plainText } from "../../src/domain/rich-text.js";
import { loadRollup } from "../../src/reports/rollup.js";
import { open } from "../documents/docx-reader.js";
import { Harness, texts } from "../support/harness.js";

let h: Harness;
afterEach(() => h?.close());

const PLAN = { study: "Học chuyên đề", follow: "Làm hồ sơ đúng hạn", example: "Gia đình văn hóa" };

/**
 * A cell at the end of 2024 that does not ask its retired members to register: Lan (secretary)
 * and Hùng must, and Hùng reported; Tư is retired, never asked, and graded all the same; Minh
 * is exempt and not graded, whatever a row says.
 */
async function cellWithRetired() {
  h = new Harness({ now: "2024-12-05T02:00:00Z" });
  await h.cellWith(["Hùng", "Tư", "Minh"]);
  const { members, commitments, cells, results, reviews } = h.app.services;
  const now = h.clock.now();
  const id = (name: string) => {
    const member = members.byPerson(`console:${name}`);
    if (!member) throw new Error(`no ${name}`);
    return member.id;
  };
  const [cell] = cells.all();
  if (!cell) throw new Error("no cell");
  cells.setSetting(cell.id, "retiredRegister", false);
  cells.setCommittee(cell.id, "Đảng ủy Phường 1", now);
  members.setStatus(id("Tư"), "retired", now);
  members.setStatus(id("Minh"), "exempt", now);
  for (const name of ["Lan", "Hùng"]) commitments.save(id(name), 2024, PLAN, now);
  const outcome = { outcome: "done" as const, text: "Đã làm" };
  results.save(
    id("Hùng"),
    2024,
    { parts: { study: outcome, follow: outcome, example: outcome }, proposedLevel: "good" },
    now,
  );
  // As /danhgia records them: Hùng's on his report, Tư's without one.
  reviews.agree(cell.id, id("Hùng"), 2024, "good", id("Lan"), now);
  reviews.agree(cell.id, id("Tư"), 2024, "done", id("Lan"), now);
  reviews.agree(cell.id, id("Minh"), 2024, "excellent", id("Lan"), now);
  const current = cells.byId(cell.id) ?? cell;
  return { cell: current, committeeId: current.committeeId ?? 0 };
}

describe("a retired member the cell does not ask to register", () => {
  it("has the level the cell agreed counted in /baocao, in private", async () => {
    await cellWithRetired();
    const own = texts(await h.say("Lan", "private", "/baocao"));
    // Asked for results: Lan and Hùng; Tư is not, and is graded all the same.
    expect(own).toContain("Kết quả: 1/2 đã báo cáo kết quả.");
    expect(own).toContain("• Hoàn thành xuất sắc nhiệm vụ: 0");
    expect(own).toContain("• Hoàn thành tốt nhiệm vụ: 1");
    expect(own).toContain("• Hoàn thành nhiệm vụ: 1");
    expect(own).toContain("• Chưa thống nhất: 0");
  });

  it("is graded in the cell's year-end report, by name", async () => {
    const { cell } = await cellWithRetired();
    const data = new DocumentData(h.app.services, h.app.translator).yearEnd(cell, 2024);
    const say: Say = (key, args) => plainText(h.app.translator.t(key, args));
    const doc = await open(await yearEndReportDocx(data, say));
    const rule = data.gradingRule;
    expect(doc.paragraphs).toContain(`Căn cứ ${rule}, Chi bộ đã đánh giá, xếp loại 2/3 đồng chí:`);
    expect(doc.paragraphs).toContain("- Hoàn thành nhiệm vụ: 1 đồng chí, gồm các đồng chí: Tư.");
    // Minh is exempt: not graded, whatever the cell recorded.
    expect(doc.paragraphs).toContain("- Hoàn thành xuất sắc nhiệm vụ: 0 đồng chí.");
    expect(doc.paragraphs).toContain("- Chưa xếp loại: 1 đồng chí, gồm các đồng chí: Lan.");
  });

  it("has the level counted in the committee's roll-up", async () => {
    const { committeeId } = await cellWithRetired();
    const row = loadRollup(h.app.services, committeeId, 2024).cells[0];
    expect(row).toMatchObject({
      reported: 1,
      levels: { excellent: 0, good: 1, done: 1, notDone: 0 },
    });
  });
});
