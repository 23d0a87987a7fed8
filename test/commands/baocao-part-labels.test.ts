import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { readPlanFile } from "../../src/plan/plan-file.js";
import { projectFile } from "../../src/project-files.js";
import { Harness, texts } from "../support/harness.js";

/** /baocao shows each plan under the parts' names the year's plan gives, not fixed ones. */

let h: Harness;
afterEach(() => h.close());

async function planOfHung(labels?: { study: string; follow: string; example: string }) {
  h = new Harness();
  await h.cellWith(["Hùng"]);
  const plan = readPlanFile(fileURLToPath(projectFile("plans/2024-binh-duong.yaml")));
  const { labels: _, ...unlabelled } = plan;
  h.app.services.plans.import(labels ? { ...plan, labels } : unlabelled, "all", h.clock.now());
  await h.say("Hùng", "private", "/dangky");
  for (const part of ["Đọc chuyên đề năm", "Dọn vệ sinh khu phố", "Đi họp đúng giờ"]) {
    await h.say("Hùng", "private", part);
  }
  await h.press("Hùng", "private", "✅ Lưu");
  await h.say("Lan", "private", "/baocao");
  await h.press("Lan", "private", "📝 Nội dung đăng ký (1)");
  return texts(await h.press("Lan", "private", /Hùng/));
}

describe("/baocao's registered plans", () => {
  it("name the parts as the plan does", async () => {
    const shown = await planOfHung({ study: "Học tập", follow: "Thực hành", example: "Nêu gương" });
    expect(shown).toContain("1. Học tập: Đọc chuyên đề năm");
    expect(shown).toContain("2. Thực hành: Dọn vệ sinh khu phố");
    expect(shown).toContain("3. Nêu gương: Đi họp đúng giờ");
    expect(shown).not.toContain("Làm theo");
  });

  it("name the parts as the locale does where the plan names none", async () => {
    const shown = await planOfHung();
    expect(shown).toContain("2. Làm theo: Dọn vệ sinh khu phố");
  });
});
