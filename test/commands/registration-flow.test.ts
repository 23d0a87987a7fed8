import { afterEach, describe, expect, it } from "vitest";
import { CONSENT_YES, Harness, texts } from "../support/harness.js";

let harness: Harness;
afterEach(() => harness?.close());

async function register(
  h: Harness,
  who: string,
  parts = [
    "Học chuyên đề năm, ghi chép đầy đủ",
    "Giải quyết hồ sơ đúng hạn",
    "Giữ gìn gia đình văn hóa",
  ],
) {
  await h.say(who, "private", "/dangky");
  for (const part of parts) await h.say(who, "private", part);
  return h.press(who, "private", "✅ Lưu");
}

describe("link, join, register, report", () => {
  it("takes a cell from an empty group to a report with names and plans", async () => {
    harness = new Harness();
    harness.admins.add("console:Lan");
    const linked = await harness.say("Lan", "group:1", "/khoitao Chi bộ Khu phố 1");
    expect(linked[0]?.text).toMatch(/Đã tạo Chi bộ Khu phố 1 \(mã chi bộ: CB-[A-Z2-9]{4}/);

    const asked = await harness.join("Hùng", "trần văn hùng", "group:1");
    expect(asked[0]?.text).toContain("Trần Văn Hùng");
    const toSecretary = asked.find((s) => s.chatId === "console:Lan");
    expect(toSecretary?.choices.map((c) => c.label)).toEqual([
      "✅ Duyệt Trần Văn Hùng",
      "❌ Từ chối Trần Văn Hùng",
    ]);
    const approved = await harness.press("Lan", "private", "✅ Duyệt Trần Văn Hùng");
    expect(texts(approved)).toContain("Đã duyệt Trần Văn Hùng");
    expect(approved.some((s) => s.chatId === "console:Hùng")).toBe(true);

    const inGroup = await harness.say("Hùng", "group:1", "/dangky");
    expect(inGroup[0]?.privateLink).toBe("dangky");
    expect(inGroup[0]?.text).not.toMatch(/Học tập/);

    const first = await harness.say("Hùng", "private", "/dangky");
    expect(first[0]?.text).toContain("Phần 1/3 — Học tập");
    expect(first[0]?.text).toContain("•"); // examples from the plan
    await harness.say("Hùng", "private", "Học  chuyên đề năm,\n ghi sổ tay");
    await harness.say("Hùng", "private", "Giải quyết 100% hồ sơ đúng hạn");
    const review = await harness.say("Hùng", "private", "Giữ gia đình văn hóa");
    expect(review[0]?.text).toContain("Xem lại bản đăng ký");
    expect(review[0]?.text).toContain("Học chuyên đề năm,\nghi sổ tay");
    expect(review[0]?.choices[0]?.label).toBe("✅ Lưu");
    const saved = await harness.press("Hùng", "private", "✅ Lưu");
    expect(saved[0]?.text).toContain("Đã lưu bản đăng ký năm 2024");

    const own = await harness.say("Hùng", "private", "/camket");
    expect(own[0]?.text).toContain("Giải quyết 100% hồ sơ đúng hạn");

    const group = texts(await harness.say("Lan", "group:1", "/baocao"));
    expect(group).toContain("Đã đăng ký: 1. Chưa đăng ký: 1");
    expect(group).toContain("Chưa đăng ký: Lan");
    expect(group).not.toContain("Giải quyết 100%");
    // In private: the summary and a menu; each plan one screen of its own.
    const summary = await harness.say("Lan", "private", "/baocao");
    expect(texts(summary)).toContain("Đã đăng ký: 1. Chưa đăng ký: 1");
    expect(texts(summary)).not.toContain("Giải quyết 100%");
    await harness.press("Lan", "private", "📝 Nội dung đăng ký (1)");
    const detail = texts(await harness.press("Lan", "private", /Hùng/));
    expect(detail).toContain("Giải quyết 100% hồ sơ đúng hạn");
  });

  it("keeps every revision and lets the member edit one part until the deadline", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng"]);
    await register(harness, "Hùng");
    const reopened = await harness.say("Hùng", "private", "/dangky");
    expect(texts(reopened)).toContain("Đồng chí đã đăng ký năm 2024");
    await harness.press("Hùng", "private", "Sửa phần 2 (Làm theo)");
    const review = await harness.say("Hùng", "private", "Làm theo, bản sửa");
    expect(review[0]?.text).toContain("Làm theo, bản sửa");
    const saved = await harness.press("Hùng", "private", "✅ Lưu");
    expect(saved[0]?.text).toContain("Đã lưu bản sửa");
    const { members, commitments } = harness.app.services;
    const member = members.byPerson("console:Hùng");
    const commitment = commitments.of(member?.id ?? 0, 2024);
    expect(commitment?.follow).toBe("Làm theo, bản sửa");
    expect(commitments.revisions(commitment?.id ?? 0).map((r) => r.follow)).toEqual([
      "Giải quyết hồ sơ đúng hạn",
      "Làm theo, bản sửa",
    ]);

    harness.clock.set("2024-04-30T17:00:00Z"); // 1 May in Vietnam
    await harness.join("Tư", "Lê Văn Tư", "group:1");
    expect(texts(await harness.say("Tư", "private", "/dangky"))).toContain(
      "mà đồng chí chưa đăng ký",
    );
    const closed = await harness.say("Hùng", "private", "/dangky");
    expect(closed[0]?.text).toContain("Đã hết hạn đăng ký (30/04/2024)");
  });

  it("continues /dangky at the same step after a restart", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng"]);
    await harness.say("Hùng", "private", "/dangky");
    await harness.say("Hùng", "private", "Học tập trước khi khởi động lại");
    harness.app.close();

    const restarted = new Harness({ dir: harness.dir, now: "2024-03-10T03:00:00Z" });
    harness = restarted;
    const next = await restarted.say("Hùng", "private", "Làm theo sau khi khởi động lại");
    expect(next[0]?.text).toContain("Phần 3/3 — Nêu gương");
    const review = await restarted.say("Hùng", "private", "Giữ gìn gia đình văn hóa");
    expect(review[0]?.text).toContain("Học tập trước khi khởi động lại");
  });

  it("offers numbered choices where there are no buttons and reads a digit back", async () => {
    harness = new Harness({ hasButtons: false });
    await harness.cellWith(["Hùng"]);
    await harness.say("Hùng", "private", "/dangky");
    await harness.say("Hùng", "private", "Học chuyên đề năm, ghi chép đầy đủ");
    await harness.say("Hùng", "private", "Giải quyết hồ sơ đúng hạn");
    const review = await harness.say("Hùng", "private", "Giữ gìn gia đình văn hóa");
    expect(review[0]?.choices[0]?.value).toBe("dangky:confirm"); // "1"
    const saved = await harness.say("Hùng", "private", "1");
    expect(saved[0]?.text).toContain("Đã lưu bản đăng ký");
  });
});

describe("bad input gets a clear answer and changes nothing", () => {
  it("refuses empty, emoji-only and 10,000-character answers and keeps the step", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng"]);
    await harness.say("Hùng", "private", "/dangky");
    expect(texts(await harness.say("Hùng", "private", "   "))).toContain("Chưa thấy nội dung");
    expect(texts(await harness.say("Hùng", "private", "😀🎉👍"))).toContain("viết bằng chữ");
    const huge = texts(await harness.say("Hùng", "private", "a".repeat(10_000)));
    expect(huge).toContain("dài 10.000 ký tự");
    const stillFirst = await harness.say("Hùng", "private", "Học tập chuyên đề năm");
    expect(stillFirst[0]?.text).toContain("Phần 2/3");
  });

  it("stores decomposed and broken-font Vietnamese normalized, and matches either", async () => {
    harness = new Harness();
    await harness.cellWith([]);
    const nfd = "Nguyễn Văn Tư".normalize("NFD");
    await harness.join("Tư", `${nfd}`, "group:1");
    await harness.join("Hùng", "Trƣơng Văn Hùng", "group:1");
    const names = harness.app.services.members.ofCell(1).map((m) => m.fullName);
    expect(names).toContain("Nguyễn Văn Tư");
    expect(names).toContain("Trương Văn Hùng");
    const again = await harness.join("Tư", "Nguyễn Văn Tư", "group:1");
    expect(again[0]?.text).toContain("đã có trong danh sách");

    await harness.say("Hùng", "private", "/dangky");
    await harness.say("Hùng", "private", "Học tƣ tƣởng".normalize("NFD"));
    await harness.say("Hùng", "private", "Giải quyết hồ sơ đúng hạn");
    await harness.say("Hùng", "private", "Giữ gìn gia đình văn hóa");
    await harness.press("Hùng", "private", "✅ Lưu");
    const member = harness.app.services.members.byPerson("console:Hùng");
    expect(harness.app.services.commitments.of(member?.id ?? 0, 2024)?.study).toBe("Học tư tưởng");
  });

  it("refuses names that cannot be names", async () => {
    harness = new Harness();
    await harness.cellWith([]);
    for (const bad of ["<b>An</b>", "😀", "A".repeat(81), "12345"]) {
      const said = await harness.join("Hùng", `${bad}`, "group:1");
      expect(said[0]?.text).toMatch(/họ tên/i);
    }
    expect(harness.app.services.members.byPerson("console:Hùng")).toBeUndefined();
  });

  it("answers unknown commands in private, and in a group only when they name the bot", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng"]);
    expect(texts(await harness.say("Hùng", "private", "/xyz"))).toContain("Không có lệnh /xyz");
    expect(await harness.say("Hùng", "group:1", "/xyz")).toEqual([]);
    expect(texts(await harness.say("Hùng", "group:1", "/xyz@chibo_test_bot"))).toContain("/xyz");
    expect(await harness.say("Hùng", "group:1", "/dangky@some_other_bot")).toEqual([]);
  });

  it("reads commands typed with diacritics and capitals", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng"]);
    const said = await harness.say("Hùng", "private", "/ĐăngKý");
    expect(said[0]?.text).toContain("Phần 1/3");
  });

  it("tells non-members, other cells' members and members without a role what they can do", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng"]);
    expect(texts(await harness.say("Lạ", "private", "/dangky"))).toContain(
      "chưa có trong danh sách",
    );
    expect(texts(await harness.say("Lạ", "group:1", "/baocao"))).toContain("/thamgia");
    expect(texts(await harness.say("Hùng", "group:1", "/baocao"))).toContain("Chỉ bí thư");
    expect(texts(await harness.say("Hùng", "private", "/duyet"))).toContain("Chỉ bí thư và phó");

    harness.admins.add("console:Minh");
    await harness.say("Minh", "group:2", "/khoitao Chi bộ Khu phố 2");
    const other = texts(await harness.say("Hùng", "group:2", "/baocao"));
    // Another group is told no more than that: which cell one belongs to is nobody's business there.
    expect(other).toContain("Đồng chí đang thuộc một chi bộ khác");
    expect(other).not.toContain("Khu phố 1");
    const joinOther = texts(await harness.join("Hùng", "Trần Văn Hùng", "group:2"));
    expect(joinOther).toContain("Đồng chí đang thuộc một chi bộ khác");
  });

  it("asks an admin to link an unlinked group, and refuses a second /khoitao", async () => {
    harness = new Harness();
    expect(texts(await harness.join("Hùng", "Trần Văn Hùng", "group:1"))).toContain(
      "chưa gắn với chi bộ",
    );
    expect(texts(await harness.say("Hùng", "group:1", "/khoitao"))).toContain("quản trị viên");
    harness.admins.add("console:Lan");
    await harness.say("Lan", "group:1", "/khoitao Chi bộ 1");
    const twice = texts(await harness.say("Lan", "group:1", "/khoitao Chi bộ khác"));
    expect(twice).toContain("đã gắn với Chi bộ 1");
    expect(harness.app.services.cells.list()).toHaveLength(1);
  });

  it("ignores a redelivered update, edits, and anonymous senders", async () => {
    harness = new Harness();
    await harness.cellWith([]);
    const first = await harness.say("Hùng", "group:1", "/thamgia Trần Văn Hùng", {
      updateKey: "u1",
    });
    expect(first).not.toEqual([]);
    expect(
      await harness.say("Hùng", "group:1", "/thamgia Trần Văn Hùng", { updateKey: "u1" }),
    ).toEqual([]);
    await harness.press("Hùng", "group:1", CONSENT_YES);

    await harness.say("Hùng", "private", "/dangky");
    const edited = await harness.deliver("Hùng", "private", { type: "edited" });
    expect(edited[0]?.text).toContain("không đọc tin nhắn đã sửa");
    expect(
      harness.app.services.conversations.dialog("console:Hùng", "console:Hùng")?.state,
    ).toMatchObject({
      step: "study",
    });
    const anonymous = await harness.deliver("Ẩn danh", "group:1", { type: "anonymous" });
    expect(anonymous[0]?.text).toContain("ẩn danh");
  });

  it("keeps the cell when the bot is removed, and relinks it when it comes back", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng"]);
    await harness.deliver("Lan", "group:1", { type: "bot-removed" });
    expect(harness.app.services.cells.list()[0]?.groups[0]?.active).toBe(false);
    expect(texts(await harness.say("Lan", "private", "/baocao"))).toContain("Đảng viên: 2");
    const back = texts(await harness.say("Lan", "group:1", "/khoitao"));
    expect(back).toContain("mọi dữ liệu còn nguyên");
    expect(harness.app.services.cells.list()[0]?.groups[0]?.active).toBe(true);
  });
});

describe("numbered answers", () => {
  it("reads a digit as a choice only while the latest message offers a list", async () => {
    harness = new Harness({ hasButtons: false });
    await harness.cellWith(["Hùng"]);
    await harness.say("Hùng", "private", "/dangky");
    await harness.say("Hùng", "private", "Học chuyên đề năm, ghi chép đầy đủ");
    await harness.say("Hùng", "private", "Giải quyết hồ sơ đúng hạn");
    await harness.say("Hùng", "private", "Giữ gìn gia đình văn hóa");
    const editing = await harness.say("Hùng", "private", "3"); // "Sửa phần 2 (Làm theo)"
    expect(editing[0]?.text).toContain("Phần 2/3");
    expect(editing[0]?.text).toContain("Hiện đang ghi: Giải quyết hồ sơ đúng hạn");
    const kept = await harness.say("Hùng", "private", "1"); // "Giữ nguyên", the only choice
    expect(kept[0]?.text).toContain("2. Làm theo: Giải quyết hồ sơ đúng hạn");
    await harness.say("Hùng", "private", "5"); // "Hủy"
    await harness.say("Hùng", "private", "/dangky");
    // No list shown: the digit is no choice, and is asked about before it becomes a plan part.
    const notAnAnswer = await harness.say("Hùng", "private", "1");
    expect(notAnAnswer[0]?.text).toContain(
      "chibo sẽ ghi phần này là: 1. Đồng chí muốn ghi đúng như vậy?",
    );
    expect(
      harness.app.services.conversations.dialog("console:Hùng", "console:Hùng")?.state,
    ).toEqual({ year: 2024, step: "study", draft: {}, pending: "1" });
  });
});
