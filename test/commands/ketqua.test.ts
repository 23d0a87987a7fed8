import { afterEach, describe, expect, it } from "vitest";
import { fitsOneScreen } from "../../src/domain/one-screen.js";
import { telegramHtml } from "../../src/platforms/telegram/telegram-html.js";
import { Harness, type Said, texts } from "../support/harness.js";

let harness: Harness;
afterEach(() => harness?.close());

const PLAN = [
  "Học chuyên đề năm, ghi chép đầy đủ",
  "Giải quyết hồ sơ đúng hạn",
  "Giữ gìn gia đình văn hóa",
];
const OPEN = "2024-11-20T03:00:00Z";

/** A cell of Lan (secretary), Hùng (registered in March) and Mai (no plan). */
async function cell(options: { hasButtons?: boolean } = {}): Promise<Harness> {
  const h = new Harness(options);
  await h.cellWith(["Hùng", "Mai"]);
  await h.say("Hùng", "private", "/dangky");
  for (const part of PLAN) await h.say("Hùng", "private", part);
  await h.press("Hùng", "private", "✅ Lưu");
  h.clock.set(OPEN);
  return h;
}

function memberId(h: Harness, name: string): number {
  const member = h.app.services.members.byPerson(`console:${name}`);
  if (!member) throw new Error(`${name} is no member`);
  return member.id;
}

function note(h: Harness, name: string, part: string, status: string, text: string | null) {
  h.app.database.sqlite
    .prepare(
      "insert into progress_notes (member_id, year, part, status, note, noted_at) values (?, 2024, ?, ?, ?, ?)",
    )
    .run(memberId(h, name), part, status, text, h.clock.now().getTime());
}

/** Hùng's whole report, typed as a person without buttons would: words, not labels. */
async function reportTyped(h: Harness, level = "tot"): Promise<Said[]> {
  await h.say("Hùng", "private", "/ketqua");
  await h.say("Hùng", "private", "xong");
  await h.say("Hùng", "private", "Học đủ 4 chuyên đề, ghi 12 trang sổ tay");
  await h.say("Hùng", "private", "mot phan");
  await h.say("Hùng", "private", "Giải quyết 95% hồ sơ đúng hạn");
  await h.say("Hùng", "private", "Tháng 8 nằm viện hai tuần");
  await h.say("Hùng", "private", "chưa");
  await h.say("Hùng", "private", "Chưa sắp xếp được thời gian");
  return h.say("Hùng", "private", level);
}

const saved = (h: Harness, name = "Hùng") => h.app.services.results.of(memberId(h, name), 2024);

/** What /ketqua may change: the results and the drafts between messages. */
const rows = (h: Harness) =>
  JSON.stringify(
    ["year_results", "dialogs"].map((table) =>
      h.app.database.sqlite.prepare(`select * from ${table} order by rowid`).all(),
    ),
  );

describe("/ketqua: results against the plan", () => {
  it("shows each part's plan and progress, asks how it went, and saves only when sent", async () => {
    harness = await cell();
    harness.clock.set("2024-06-25T03:00:00Z");
    note(harness, "Hùng", "study", "underway", "Đã học 2 chuyên đề");
    harness.clock.set("2024-09-25T03:00:00Z");
    note(harness, "Hùng", "study", "done", null);
    harness.clock.set(OPEN);

    const first = texts(await harness.say("Hùng", "private", "/ketqua"));
    expect(first).toContain("Báo cáo kết quả thực hiện kế hoạch năm 2024");
    expect(first).toContain("Phần 1/3 — Học tập");
    expect(first).toContain(`Kế hoạch đã đăng ký: ${PLAN[0]}`);
    expect(first).toContain("• 25/06/2024: đang làm — Đã học 2 chuyên đề");
    expect(first).toContain("• 25/09/2024: đã xong");
    expect(first.indexOf("25/06/2024")).toBeLessThan(first.indexOf("25/09/2024"));
    const asked = await harness.press("Hùng", "private", "✅ Đã xong");
    expect(texts(asked)).toContain("Đồng chí đã làm được những gì?");
    expect(asked.at(-1)?.choices.map((c) => c.label)).toEqual(["Làm đúng như kế hoạch"]);
    const second = texts(await harness.press("Hùng", "private", "Làm đúng như kế hoạch"));
    expect(second).toContain("Phần 2/3 — Làm theo");
    expect(second).toContain("Trong năm đồng chí chưa báo tiến độ phần này.");
    await harness.press("Hùng", "private", "🟡 Làm được một phần");
    const why = texts(await harness.say("Hùng", "private", "Giải quyết 95% hồ sơ đúng hạn"));
    expect(why).toContain("Phần nào chưa làm được, vì sao?");
    await harness.say("Hùng", "private", "Tháng 8 nằm viện");
    await harness.press("Hùng", "private", "❌ Chưa làm được");
    const level = await harness.say("Hùng", "private", "Chưa sắp xếp được thời gian");
    expect(texts(level)).toContain("Tự nhận mức xếp loại");
    expect(level.at(-1)?.choices.map((c) => c.label)).toEqual([
      "Hoàn thành xuất sắc nhiệm vụ",
      "Hoàn thành tốt nhiệm vụ",
      "Hoàn thành nhiệm vụ",
      "Không hoàn thành nhiệm vụ",
    ]);
    expect(saved(harness)).toBeUndefined();

    const review = await harness.press("Hùng", "private", "Hoàn thành tốt nhiệm vụ");
    const shown = texts(review);
    expect(shown).toContain("Xem lại báo cáo kết quả năm 2024");
    expect(shown).toContain(`1. Học tập: ✅ Đã xong. ${PLAN[0]}`);
    expect(shown).toContain(
      "2. Làm theo: 🟡 Làm được một phần. Giải quyết 95% hồ sơ đúng hạn Lý do chưa làm được: Tháng 8 nằm viện",
    );
    expect(shown).toContain("3. Nêu gương: ❌ Chưa làm được. Lý do: Chưa sắp xếp được thời gian");
    expect(shown).toContain("Tự nhận mức xếp loại: Hoàn thành tốt nhiệm vụ");
    expect(saved(harness)).toBeUndefined();

    const sent = texts(await harness.press("Hùng", "private", "✅ Gửi báo cáo"));
    expect(sent).toContain("Đã gửi báo cáo kết quả năm 2024, tự nhận mức Hoàn thành tốt nhiệm vụ");
    expect(sent).toContain("sửa đến hết ngày 15/12/2024");
    expect(saved(harness)).toMatchObject({
      proposedLevel: "good",
      agreedLevel: null,
      parts: {
        study: { outcome: "done", text: PLAN[0] },
        follow: {
          outcome: "partly",
          text: "Giải quyết 95% hồ sơ đúng hạn",
          why: "Tháng 8 nằm viện",
        },
        example: { outcome: "notDone", text: "", why: "Chưa sắp xếp được thời gian" },
      },
    });
  });

  it("reads xong, mot phan, chua and a level typed, numbered where there are no buttons", async () => {
    harness = await cell({ hasButtons: false });
    const first = await harness.say("Hùng", "private", "/ketqua");
    expect(first.at(-1)?.choices.map((c) => c.label)).toEqual([
      "✅ Đã xong",
      "🟡 Làm được một phần",
      "❌ Chưa làm được",
    ]);
    const review = texts(await reportTyped(harness, "Hoàn thành tốt"));
    expect(review).toContain("Tự nhận mức xếp loại: Hoàn thành tốt nhiệm vụ");
    const sent = texts(await harness.say("Hùng", "private", "1"));
    expect(sent).toContain("Đã gửi báo cáo kết quả năm 2024");
    expect(saved(harness)?.parts.follow).toEqual({
      outcome: "partly",
      text: "Giải quyết 95% hồ sơ đúng hạn",
      why: "Tháng 8 nằm viện hai tuần",
    });
    expect(saved(harness)?.parts.example.outcome).toBe("notDone");
  });

  it.each([
    ["tot", "good"],
    ["Hoàn thành tốt nhiệm vụ", "good"],
    ["Hoàn thành xuất sắc nhiệm vụ".normalize("NFD"), "excellent"],
    ["hoan thanh xuat sac", "excellent"],
    ["mức hoàn thành ạ", "done"],
    ["HTNV", "done"],
    ["không hoàn thành nhiệm vụ", "notDone"],
    ["Khong hoan thanh", "notDone"],
  ])("reads the level typed as %s", async (typed, level) => {
    harness = await cell();
    await reportTyped(harness, typed);
    await harness.press("Hùng", "private", "✅ Gửi báo cáo");
    expect(saved(harness)?.proposedLevel).toBe(level);
  });

  it("answers a level it cannot read with the four choices, and keeps the step", async () => {
    harness = await cell({ hasButtons: false });
    const unclear = await reportTyped(harness, "tốt nhất <b>ạ</b>");
    expect(texts(unclear)).toContain("chibo chưa hiểu mức “tốt nhất <b>ạ</b>”");
    expect(unclear.at(-1)?.choices).toHaveLength(4);
    for (const typed of ["Hoàn thành tốt hoặc xuất sắc", "loại A"]) {
      const again = await harness.say("Hùng", "private", typed);
      expect(texts(again), typed).toContain("chibo chưa hiểu mức");
    }
    expect(texts(await harness.say("Hùng", "private", "5"))).toContain("Chỉ có số 1 đến 4");
    expect(saved(harness)).toBeUndefined();
    const review = texts(await harness.say("Hùng", "private", "2"));
    expect(review).toContain("Tự nhận mức xếp loại: Hoàn thành tốt nhiệm vụ");
  });

  it("stores decomposed and broken-font text normalized", async () => {
    harness = await cell();
    await harness.say("Hùng", "private", "/ketqua");
    await harness.say("Hùng", "private", "xong");
    await harness.say("Hùng", "private", "Học tƣ tƣởng của Bác".normalize("NFD"));
    await harness.say("Hùng", "private", "Xong".normalize("NFD"));
    await harness.say("Hùng", "private", "Giúp đỡ hộ nghèo trong tổ");
    await harness.say("Hùng", "private", "CHƯA");
    await harness.say("Hùng", "private", "Ốm cả năm");
    await harness.say("Hùng", "private", "Tốt".normalize("NFD"));
    await harness.press("Hùng", "private", "✅ Gửi báo cáo");
    expect(saved(harness)?.parts.study.text).toBe("Học tư tưởng của Bác");
    expect(saved(harness)?.proposedLevel).toBe("good");
  });

  it("refuses empty, digit-only and 5,000-character text and keeps the step", async () => {
    harness = await cell();
    await harness.say("Hùng", "private", "/ketqua");
    await harness.say("Hùng", "private", "xong");
    expect(texts(await harness.say("Hùng", "private", "   "))).toContain("Chưa thấy nội dung");
    expect(texts(await harness.say("Hùng", "private", "3"))).toContain("viết bằng chữ");
    const huge = texts(await harness.say("Hùng", "private", "a".repeat(5000)));
    expect(huge).toContain("dài 5.000 ký tự");
    const next = texts(await harness.say("Hùng", "private", "Học đủ chuyên đề"));
    expect(next).toContain("Phần 2/3");
  });

  it("reads the labels typed: the plan's words, keep and send; plain 'dung ke hoach' is no label", async () => {
    harness = await cell({ hasButtons: false });
    await harness.say("Hùng", "private", "/ketqua");
    await harness.say("Hùng", "private", "xong");
    // Without diacritics it may be "dừng kế hoạch" (the plan stopped): taken as typed.
    const plain = texts(await harness.say("Hùng", "private", "dung ke hoach"));
    expect(plain).toContain("Phần 2/3");
    await harness.say("Hùng", "private", "xong");
    await harness.say("Hùng", "private", "Đúng kế hoạch");
    await harness.say("Hùng", "private", "xong");
    await harness.say("Hùng", "private", "nhu ke hoach");
    await harness.say("Hùng", "private", "tot");
    await harness.press("Hùng", "private", "Sửa phần 1 (Học tập)");
    await harness.say("Hùng", "private", "xong");
    const kept = texts(await harness.say("Hùng", "private", "giu nguyen"));
    expect(kept).toContain("Xem lại");
    expect(texts(await harness.say("Hùng", "private", "gửi đi"))).toContain(
      "Đã gửi báo cáo kết quả năm 2024",
    );
    const parts = saved(harness)?.parts;
    expect(parts?.study.text).toBe("dung ke hoach");
    expect(parts?.follow.text).toBe(PLAN[1]);
    expect(parts?.example.text).toBe(PLAN[2]);
  });

  it("answers an outcome it cannot read and asks again", async () => {
    harness = await cell();
    await harness.say("Hùng", "private", "/ketqua");
    const unclear = await harness.say("Hùng", "private", "để tôi nghĩ đã");
    expect(texts(unclear)).toContain("chibo chưa hiểu ý đồng chí");
    expect(unclear.at(-1)?.choices).toHaveLength(3);
  });

  it("shows hostile HTML as typed and never as markup", async () => {
    harness = await cell();
    await harness.say("Hùng", "private", "/ketqua");
    await harness.say("Hùng", "private", "xong");
    const hostile = '<script>alert(1)</script> <a href="x">học</a>';
    await harness.say("Hùng", "private", hostile);
    await harness.say("Hùng", "private", "xong");
    await harness.say("Hùng", "private", "Giúp đỡ hộ nghèo trong tổ");
    await harness.say("Hùng", "private", "xong");
    await harness.say("Hùng", "private", "Gương mẫu trong gia đình");
    const review = await harness.say("Hùng", "private", "tot");
    const html = (review.at(-1)?.reply.parts ?? [])
      .map((part) => telegramHtml(harness.app.translator.text(part)))
      .join("\n");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &lt;a href=");
    expect(html).not.toContain("<script>");
    expect(texts(review)).toContain(hostile);
    await harness.press("Hùng", "private", "✅ Gửi báo cáo");
    expect(saved(harness)?.parts.study.text).toBe(hostile);
  });

  it("saves nothing when cancelled mid-way, by choice or by word", async () => {
    harness = await cell();
    const before = harness.snapshot();
    await harness.say("Hùng", "private", "/ketqua");
    await harness.say("Hùng", "private", "xong");
    await harness.say("Hùng", "private", "Học đủ chuyên đề");
    expect(texts(await harness.say("Hùng", "private", "hủy"))).toContain("Đã hủy");
    expect(saved(harness)).toBeUndefined();
    await reportTyped(harness);
    const cancelled = texts(await harness.press("Hùng", "private", "Hủy"));
    expect(cancelled).toContain("Đã hủy, chưa lưu gì");
    expect(saved(harness)).toBeUndefined();
    expect(harness.snapshot()).toBe(before);
  });

  it("edits one part from the review and keeps the rest", async () => {
    harness = await cell();
    await reportTyped(harness);
    await harness.press("Hùng", "private", "✅ Gửi báo cáo");
    const again = texts(await harness.say("Hùng", "private", "/ketqua"));
    expect(again).toContain("Đồng chí đã gửi báo cáo kết quả năm 2024");
    await harness.press("Hùng", "private", "Sửa phần 3 (Nêu gương)");
    await harness.press("Hùng", "private", "✅ Đã xong");
    const review = texts(await harness.say("Hùng", "private", "Dự đủ họp tổ dân phố"));
    expect(review).toContain("3. Nêu gương: ✅ Đã xong. Dự đủ họp tổ dân phố");
    expect(review).toContain("Giải quyết 95% hồ sơ đúng hạn");
    expect(texts(await harness.press("Hùng", "private", "✅ Gửi báo cáo"))).toContain(
      "Đã lưu bản sửa",
    );
    expect(saved(harness)?.parts.example).toEqual({
      outcome: "done",
      text: "Dự đủ họp tổ dân phố",
    });
  });

  it("keeps the level the cell agreed when the member edits afterwards, and says so", async () => {
    harness = await cell();
    await reportTyped(harness);
    await harness.press("Hùng", "private", "✅ Gửi báo cáo");
    const agreedAt = new Date("2024-12-05T03:00:00Z").getTime();
    harness.app.database.sqlite
      .prepare(
        "update year_results set agreed_level = 'done', agreed_at = ?, agreed_by = ? where member_id = ?",
      )
      .run(agreedAt, memberId(harness, "Lan"), memberId(harness, "Hùng"));
    harness.clock.set("2024-12-06T03:00:00Z");
    const opened = texts(await harness.say("Hùng", "private", "/ketqua"));
    expect(opened).toContain("Chi bộ đã thống nhất mức xếp loại của đồng chí: Hoàn thành nhiệm vụ");
    await harness.press("Hùng", "private", "Đổi mức tự nhận");
    await harness.say("Hùng", "private", "xuat sac");
    const sent = await harness.press("Hùng", "private", "✅ Gửi báo cáo");
    expect(texts(sent)).toContain(
      "Chi bộ đã thống nhất mức Hoàn thành nhiệm vụ ngày 05/12/2024; mức đó vẫn giữ nguyên",
    );
    const toLan = sent.filter((s) => s.chatId === "console:Lan");
    expect(texts(toLan)).toContain("Đồng chí Hùng đã sửa báo cáo kết quả năm 2024");
    expect(texts(toLan)).not.toContain("xuất sắc");
    expect(saved(harness)).toMatchObject({
      proposedLevel: "excellent",
      agreedLevel: "done",
      agreedBy: memberId(harness, "Lan"),
    });
    expect(saved(harness)?.agreedAt?.getTime()).toBe(agreedAt);
  });

  it("keeps the level the cell recorded before the member ever reported, and tells both", async () => {
    harness = await cell();
    const lan = memberId(harness, "Lan");
    const hung = memberId(harness, "Hùng");
    const agreedAt = new Date("2024-11-25T03:00:00Z");
    // Graded at the cell's meeting (/danhgia) before Hùng reported: a row with the level alone.
    const cellId = harness.app.services.members.byId(hung)?.cellId ?? 0;
    expect(harness.app.services.reviews.agree(cellId, hung, 2024, "good", lan, agreedAt)).toBe(
      true,
    );
    expect(saved(harness)).toBeUndefined();
    harness.clock.set("2024-12-01T03:00:00Z");
    const opened = texts(await harness.say("Hùng", "private", "/ketqua"));
    expect(opened).toContain("Báo cáo kết quả thực hiện kế hoạch năm 2024");
    expect(opened).not.toContain("Đồng chí đã gửi báo cáo kết quả");
    await harness.say("Hùng", "private", "/huy");
    await reportTyped(harness, "xuat sac");
    const sent = await harness.press("Hùng", "private", "✅ Gửi báo cáo");
    const toHung = texts(sent.filter((s) => s.chatId === "console:Hùng"));
    expect(toHung).toContain(
      "Đã gửi báo cáo kết quả năm 2024, tự nhận mức Hoàn thành xuất sắc nhiệm vụ",
    );
    expect(toHung).toContain(
      "Chi bộ đã thống nhất mức Hoàn thành tốt nhiệm vụ ngày 25/11/2024; mức đó vẫn giữ nguyên",
    );
    const toLan = texts(sent.filter((s) => s.chatId === "console:Lan"));
    expect(toLan).toContain(
      "Đồng chí Hùng đã gửi báo cáo kết quả năm 2024 sau khi chi bộ thống nhất mức xếp loại.",
    );
    expect(toLan).not.toContain("xuất sắc");
    expect(saved(harness)).toMatchObject({
      proposedLevel: "excellent",
      agreedLevel: "good",
      agreedBy: lan,
      agreedAt,
      submittedAt: new Date("2024-12-01T03:00:00Z"),
    });
  });

  it("takes results without a plan, saying that the plan is missing (joined in October)", async () => {
    harness = await cell();
    harness.clock.set("2024-10-10T03:00:00Z");
    await harness.join("Tư", "Lê Văn Tư", "group:1");
    harness.clock.set(OPEN);
    const first = texts(await harness.say("Tư", "private", "/ketqua"));
    expect(first).toContain("Đồng chí chưa đăng ký kế hoạch năm 2024");
    expect(first).toContain("Phần này đồng chí chưa đăng ký kế hoạch.");
    expect(first).not.toContain("tháng 10");
    const asked = await harness.say("Tư", "private", "xong");
    expect(asked.at(-1)?.choices ?? []).toEqual([]);
  });

  it("does not ask exempt members", async () => {
    harness = await cell();
    const mai = memberId(harness, "Mai");
    harness.app.services.members.setStatus(mai, "exempt", harness.clock.now());
    const said = texts(await harness.say("Mai", "private", "/ketqua"));
    expect(said).toContain("miễn sinh hoạt đảng, nên không phải báo cáo kết quả");
    expect(harness.app.services.conversations.dialog("console:Mai", "console:Mai")).toBeUndefined();
  });

  it("says when /ketqua opens before the plan's day, and that it closed after the deadline", async () => {
    harness = await cell();
    harness.clock.set("2024-11-14T03:00:00Z");
    expect(texts(await harness.say("Hùng", "private", "/ketqua"))).toContain(
      "Chưa đến lúc báo cáo kết quả năm 2024: chibo nhận từ ngày 15/11/2024 đến hết ngày 15/12/2024",
    );
    harness.clock.set("2024-12-15T16:00:00Z"); // 23:00 on 15/12 in Vietnam
    await harness.say("Hùng", "private", "/ketqua");
    await harness.say("Hùng", "private", "xong");
    harness.clock.set("2024-12-15T17:00:00Z"); // 16/12
    const late = texts(await harness.say("Hùng", "private", "Học đủ chuyên đề"));
    expect(late).toContain("Đã hết hạn báo cáo kết quả năm 2024 (15/12/2024) mà đồng chí chưa gửi");
    expect(late).toContain("Lan, bí thư chi bộ");
    expect(saved(harness)).toBeUndefined();
  });

  it("takes no forged, stale or group choice: a clear answer, and nothing saved", async () => {
    harness = await cell();
    const expired = "Lựa chọn này đã cũ";
    // No draft open: every choice has expired, whatever it says.
    for (const value of ["ketqua:confirm", "ketqua:l-excellent", "ketqua:edit-study"]) {
      const said = texts(await harness.sendChoiceValue("Hùng", "private", value));
      expect(said, value).toContain(expired);
    }
    await harness.say("Hùng", "private", "/ketqua");
    const open = rows(harness);
    for (const value of [
      "ketqua:confirm",
      "ketqua:l-excellent",
      "ketqua:keep",
      "ketqua:asplanned",
      "ketqua:changelevel",
      "ketqua:edit-study",
      "ketqua:o-maybe",
      "ketqua:l-best",
      "ketqua:edit-<b>x</b>",
      "ketqua:o-done:2031",
    ]) {
      const said = texts(await harness.sendChoiceValue("Hùng", "private", value));
      expect(said, value).toContain(expired);
    }
    // Another member's press has no draft of Hùng's to act on.
    expect(texts(await harness.sendChoiceValue("Mai", "private", "ketqua:o-done"))).toContain(
      expired,
    );
    // In the group no choice of /ketqua is taken.
    const inGroup = await harness.sendChoiceValue("Hùng", "group:1", "ketqua:o-done");
    expect(inGroup[0]?.text).toContain("chỉ dùng trong chat riêng");
    expect(rows(harness)).toBe(open);

    // A whole draft at its review, sent once the deadline has passed: refused, nothing kept.
    await reportTyped(harness);
    harness.clock.set("2024-12-15T17:00:00Z"); // 16/12 in Vietnam
    const late = texts(await harness.press("Hùng", "private", "✅ Gửi báo cáo"));
    expect(late).toContain("Đã hết hạn báo cáo kết quả năm 2024");
    expect(late).toContain("15/12/2024");
    expect(saved(harness)).toBeUndefined();
    expect(
      harness.app.services.conversations.dialog("console:Hùng", "console:Hùng"),
    ).toBeUndefined();
  });

  it("never answers with results in the group", async () => {
    harness = await cell();
    const inGroup = await harness.say("Hùng", "group:1", "/ketqua");
    expect(inGroup[0]?.privateLink).toBe("ketqua");
    expect(texts(inGroup)).not.toContain(PLAN[0]);
  });

  it("fits each message on one phone screen, with the longest plan, notes and answers", async () => {
    harness = new Harness({ hasButtons: false });
    await harness.cellWith(["Hùng"]);
    const long = (word: string) => `${word} `.repeat(160).slice(0, 799);
    await harness.say("Hùng", "private", "/dangky");
    for (const word of ["học", "làm", "gương"]) await harness.say("Hùng", "private", long(word));
    await harness.press("Hùng", "private", "✅ Lưu");
    for (const month of ["06", "07", "08", "09", "10"]) {
      harness.clock.set(`2024-${month}-25T03:00:00Z`);
      note(harness, "Hùng", "study", "underway", long("tiến độ"));
    }
    harness.clock.set(OPEN);
    const all: Said[] = [];
    const step = async (text: string) => all.push(...(await harness.say("Hùng", "private", text)));
    await step("/ketqua");
    for (const outcome of ["mot phan", "mot phan", "mot phan"]) {
      await step(outcome);
      await step(long("đã làm"));
      await step(long("vì"));
    }
    await step("tot");
    const numbered = (said: Said) => said.choices.map((c, i) => `${i + 1}. ${c.label}`);
    const tooLong = all
      .map((said) => [said.text, ...numbered(said), "Trả lời bằng số"].join("\n"))
      .filter((shown) => !fitsOneScreen(shown));
    expect(tooLong).toEqual([]);
    expect(texts(all)).toContain("(và 2 lần báo trước đó)");
  });
});
