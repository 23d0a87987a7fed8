import { afterEach, describe, expect, it } from "vitest";
import { Harness, texts } from "../support/harness.js";

let harness: Harness;
afterEach(() => harness?.close());

async function twoCells(h: Harness) {
  await h.cellWith(["Hùng"]); // cell 1, auto-approval on
  h.admins.add("console:Minh");
  await h.say("Minh", "group:2", "/khoitao Chi bộ Khu phố 2"); // cell 2, approval by Minh
}

describe("people who are refused, or move between cells", () => {
  it("a person refused by one cell joins another without touching the first", async () => {
    harness = new Harness();
    await twoCells(harness);
    await harness.join("Tư", "Lê Văn Tư", "group:2");
    await harness.press("Minh", "private", "❌ Từ chối Lê Văn Tư");

    const joined = await harness.join("Tư", "Lê Văn Tư", "group:1");
    expect(texts(joined)).toContain("Chào mừng đồng chí Lê Văn Tư vào danh sách Chi bộ Khu phố 1");
    const now = harness.app.services.members.byPerson("console:Tư");
    expect(now?.cell.name).toBe("Chi bộ Khu phố 1");
    expect(now?.roster).toBe("active");
    const cellTwo = harness.app.services.members.ofCell(2);
    expect(cellTwo.find((m) => m.fullName === "Lê Văn Tư")?.roster).toBe("rejected");
  });

  it("a transferred member joins the new cell, and the old cell stops counting them", async () => {
    harness = new Harness();
    await twoCells(harness);
    await harness.say("Lan", "private", "/thanhvien");
    await harness.press("Lan", "private", /^Hùng — /);
    await harness.press("Lan", "private", "Tình trạng: chuyển đi");
    expect(texts(await harness.join("Hùng", "Trần Văn Hùng", "group:2"))).toContain(
      "Đã nhận yêu cầu của đồng chí Trần Văn Hùng",
    );
    expect(texts(await harness.say("Lan", "private", "/baocao"))).toContain("Đảng viên: 1.");
  });

  it("a refused person can link a new group and become its secretary", async () => {
    harness = new Harness();
    await twoCells(harness);
    await harness.join("Tư", "Lê Văn Tư", "group:2");
    await harness.press("Minh", "private", "❌ Từ chối Lê Văn Tư");
    harness.admins.add("console:Tư");
    const linked = await harness.say("Tư", "group:3", "/khoitao Chi bộ Khu phố 3");
    expect(linked[0]?.text).toContain("Đã tạo Chi bộ Khu phố 3");
    expect(harness.app.services.members.byPerson("console:Tư")?.role).toBe("secretary");
  });

  it("the same name typed without diacritics is not a change of name", async () => {
    harness = new Harness();
    await harness.cellWith(["Trần Văn Hùng"]);
    const again = await harness.join("Trần Văn Hùng", "tran van HUNG", "group:1");
    expect(again[0]?.text).toContain("Trần Văn Hùng đã có trong danh sách");
    const renamed = await harness.join("Trần Văn Hùng", "Trần Văn Hưng", "group:1");
    expect(renamed[0]?.text).toContain("Đã sửa họ tên từ Trần Văn Hùng thành Trần Văn Hưng");
  });

  it("a cell under a committee follows the committee's plan", async () => {
    harness = new Harness();
    const code = await harness.cellWith([]);
    const { plans, cells } = harness.app.services;
    const { readPlanFile } = await import("../../src/plan/plan-file.js");
    plans.import(
      readPlanFile("plans/2024-binh-duong.yaml"),
      { committee: "Tỉnh ủy Bình Dương" },
      new Date(),
    );
    expect(texts(await harness.say("Lan", "group:1", "/chuyende"))).toContain("lịch mặc định");
    cells.setCommittee(cells.byCode(code)?.id ?? 0, "Tỉnh ủy Bình Dương", new Date());
    expect(texts(await harness.say("Lan", "group:1", "/chuyende"))).toContain(
      "ý đảng hợp lòng dân",
    );
  });
});

/** A plan's three parts, as a member writes them. */
const PLAN = [
  "Học chuyên đề năm, ghi chép đầy đủ",
  "Giải quyết hồ sơ đúng hạn",
  "Giữ gìn gia đình văn hóa",
];

describe("/dangky over time", () => {
  it("an old edit button after starting over only asks that part again", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng"]);
    await harness.say("Hùng", "private", "/dangky");
    for (const part of PLAN) await harness.say("Hùng", "private", part);
    await harness.say("Hùng", "private", "/huy");
    await harness.say("Hùng", "private", "/dangky");
    // The review before /huy still shows its buttons.
    const stale = await harness.press("Hùng", "private", "Sửa phần 1 (Học tập)");
    expect(stale[0]?.text).toContain("Phần 1/3");
    expect(texts(await harness.press("Hùng", "private", "✅ Lưu"))).toContain("đã cũ");
    const stillFirst = await harness.say("Hùng", "private", "Học tập chuyên đề năm");
    expect(stillFirst[0]?.text).toContain("Phần 2/3");
  });

  it("a draft left open past the deadline is closed with the reason", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng"]);
    await harness.say("Hùng", "private", "/dangky");
    for (const part of PLAN) await harness.say("Hùng", "private", part);
    harness.clock.set("2024-05-02T03:00:00Z");
    const late = await harness.press("Hùng", "private", "✅ Lưu");
    expect(late[0]?.text).toContain("Đã hết hạn đăng ký (30/04/2024)");
    // The draft is gone; what is typed next is answered as too late, never saved.
    expect(
      harness.app.services.conversations.dialog("console:Hùng", "console:Hùng")?.state,
    ).toEqual({ late: 2024, typed: 0 });
    const typedLate = await harness.say("Hùng", "private", "Giữ gìn gia đình văn hóa");
    expect(typedLate[0]?.text).toContain("Đã hết hạn đăng ký nên chibo không lưu nội dung này");
    const member = harness.app.services.members.byPerson("console:Hùng");
    expect(harness.app.services.commitments.of(member?.id ?? 0, 2024)).toBeUndefined();
  });

  it("a draft begun in December is saved for that year, not the next", async () => {
    harness = new Harness({ now: "2024-11-20T03:00:00Z" }); // the cell starts late: a month to register
    await harness.cellWith(["Hùng"]);
    await harness.say("Hùng", "private", "/dangky");
    for (const part of PLAN) await harness.say("Hùng", "private", part);
    harness.clock.set("2024-12-19T03:00:00Z");
    const saved = await harness.press("Hùng", "private", "✅ Lưu");
    expect(saved[0]?.text).toContain("Đã lưu bản đăng ký năm 2024");
    expect(saved[0]?.text).toContain("20/12/2024");
  });
});
