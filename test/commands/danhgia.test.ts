import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { yearResults } from "../../src/db/schema.js";
import type { Level, Outcome } from "../../src/domain/grading-rules.js";
import { fitsOneScreen } from "../../src/domain/one-screen.js";
import { numberedChoices } from "../../src/platforms/render-reply.js";
import { reportedResult } from "../../src/store/result-store.js";
import { Harness, type Said, texts } from "../support/harness.js";
import { wrongWords } from "../support/wrong-words.js";

let h: Harness;

/** Each message as a phone without buttons shows it: the text, then the numbered choices. */
function screens(said: Said[]): string[] {
  return said.map((s) =>
    [s.text, ...numberedChoices({ chunks: [], choices: s.choices }, h.app.translator)].join("\n"),
  );
}

function expectOneScreenEach(said: Said[]): void {
  for (const text of screens(said)) {
    const size = `${text.length} characters, ${text.split("\n").length} lines`;
    expect(fitsOneScreen(text), `${size}\n${text}`).toBe(true);
  }
}

afterEach(() => h?.close());

/** December 2024, 9:00 in Vietnam: the year-end review. */
const DECEMBER = "2024-12-10T02:00:00Z";
const STUDY_RESULT = "Đọc xong ba cuốn sách về Bác và viết thu hoạch";
const FOLLOW_RESULT = "Giải quyết 120 hồ sơ đúng hạn, không để tồn";
const WHY = "Ốm ba tháng giữa năm";

function memberId(name: string): number {
  const member = h.app.services.members.byPerson(`console:${name}`);
  if (!member) throw new Error(`no member ${name}`);
  return member.id;
}

/** Results as /ketqua saves them: written here with drizzle, as H2's command does. */
function reported(name: string, proposed: Level, example: Outcome = "done", year = 2024): void {
  const id = memberId(name);
  h.app.services.commitments.save(
    id,
    year,
    {
      study: "Học chuyên đề năm, ghi chép đầy đủ",
      follow: "Giải quyết hồ sơ đúng hạn",
      example: "Giữ gìn gia đình văn hóa",
    },
    h.clock.now(),
  );
  h.app.database.db
    .insert(yearResults)
    .values({
      memberId: id,
      year,
      parts: {
        study: { outcome: "done", text: STUDY_RESULT },
        follow: { outcome: "partly", text: FOLLOW_RESULT },
        example:
          example === "done"
            ? { outcome: "done", text: "Gia đình văn hóa năm thứ ba" }
            : { outcome: example, text: "Chưa bỏ được thuốc lá", why: WHY },
      },
      proposedLevel: proposed,
      submittedAt: h.clock.now(),
    })
    .run();
}

function row(name: string, year = 2024) {
  return h.app.database.db
    .select()
    .from(yearResults)
    .where(and(eq(yearResults.memberId, memberId(name)), eq(yearResults.year, year)))
    .get();
}

function allRows(): string {
  return JSON.stringify(h.app.database.db.select().from(yearResults).all());
}

/** Lan's cell: Hùng and Mai reported, Tư is exempt, Bảo has not reported. */
async function cellInDecember(hasButtons = true): Promise<void> {
  h = new Harness({ now: DECEMBER, hasButtons });
  await h.cellWith(["Hùng", "Mai", "Tư", "Bảo"]);
  h.app.services.members.setStatus(memberId("Tư"), "exempt", h.clock.now());
  reported("Hùng", "excellent");
  reported("Mai", "good", "notDone");
}

describe("/danhgia on a platform with buttons", () => {
  it("lists every member with their status, shows one's results, and records the cell's level apart", async () => {
    await cellInDecember();
    const list = (await h.say("Lan", "private", "/danhgia"))[0];
    expect(list?.text).toContain("Xếp loại năm 2024");
    expect(list?.text).toContain("Đã báo cáo kết quả: 2/4. Chi bộ đã xếp loại: 0.");
    expect(list?.choices.map((c) => c.label)).toEqual([
      "Bảo — chưa báo cáo",
      "Hùng — tự nhận HTXSNV",
      "Lan — chưa báo cáo",
      "Mai — tự nhận HTTNV",
      "Tư — miễn sinh hoạt, không xếp loại",
      "📊 Tổng hợp mức xếp loại",
    ]);
    expect(wrongWords([list?.text ?? ""], "buttons")).toEqual([]);

    const mai = texts(await h.press("Lan", "private", "Mai — tự nhận HTTNV"));
    expect(mai).toContain("Mai — kết quả năm 2024, báo cáo ngày 10/12/2024");
    expect(mai).toContain("1. Học tập — kế hoạch: Học chuyên đề năm, ghi chép đầy đủ");
    expect(mai).toContain(`✅ Đã xong: ${STUDY_RESULT}`);
    expect(mai).toContain(`🟡 Làm được một phần: ${FOLLOW_RESULT}`);
    expect(mai).toContain("❌ Chưa làm được: Chưa bỏ được thuốc lá");
    expect(mai).toContain(`Lý do: ${WHY}`);
    expect(mai).toContain("Tự nhận: Hoàn thành tốt nhiệm vụ");
    expect(mai).toContain("Chi bộ chưa xếp loại.");

    const saved = texts(await h.press("Lan", "private", "Hoàn thành nhiệm vụ"));
    expect(saved).toContain(
      "Đã ghi: chi bộ xếp loại Mai Hoàn thành nhiệm vụ (tự nhận: Hoàn thành tốt nhiệm vụ).",
    );
    expect(row("Mai")).toMatchObject({
      proposedLevel: "good",
      agreedLevel: "done",
      agreedBy: memberId("Lan"),
      agreedAt: new Date(DECEMBER),
    });

    const again = (await h.say("Lan", "private", "/danhgia"))[0];
    expect(again?.text).toContain("Chi bộ đã xếp loại: 1.");
    expect(again?.choices.map((c) => c.label)).toContain("Mai — tự nhận HTTNV, chi bộ: HTNV");
  });

  it("changes a level, takes one back, and leaves the member's own level alone", async () => {
    await cellInDecember();
    await h.say("Lan", "private", "/danhgia");
    await h.press("Lan", "private", /^Hùng/);
    await h.press("Lan", "private", "Hoàn thành tốt nhiệm vụ");
    h.clock.set("2024-12-11T02:00:00Z");
    await h.say("Lan", "private", "/danhgia");
    const shown = await h.press("Lan", "private", /^Hùng/);
    expect(texts(shown)).toContain(
      "Chi bộ xếp loại: Hoàn thành tốt nhiệm vụ (ghi ngày 10/12/2024, Lan)",
    );
    expect(shown.at(-1)?.choices.map((c) => c.label)).toContain(
      "✓ Hoàn thành tốt nhiệm vụ (đã ghi)",
    );
    const same = texts(await h.press("Lan", "private", "✓ Hoàn thành tốt nhiệm vụ (đã ghi)"));
    expect(same).toContain("Chi bộ đã xếp loại Hùng Hoàn thành tốt nhiệm vụ rồi; không đổi gì.");

    await h.press("Lan", "private", "⬅️ Về danh sách");
    await h.press("Lan", "private", /^Hùng/);
    const changed = texts(await h.press("Lan", "private", "Hoàn thành xuất sắc nhiệm vụ"));
    expect(changed).toContain(
      "Đã đổi: chi bộ xếp loại Hùng Hoàn thành xuất sắc nhiệm vụ (trước đó: Hoàn thành tốt nhiệm vụ; tự nhận: Hoàn thành xuất sắc nhiệm vụ).",
    );
    expect(row("Hùng")).toMatchObject({
      proposedLevel: "excellent",
      agreedLevel: "excellent",
      agreedAt: new Date("2024-12-11T02:00:00Z"),
    });

    await h.say("Lan", "private", "/danhgia");
    await h.press("Lan", "private", /^Hùng/);
    const cleared = texts(await h.press("Lan", "private", "🗑 Xóa mức chi bộ đã ghi"));
    expect(cleared).toContain(
      "Đã xóa mức chi bộ xếp loại cho Hùng. Mức đồng chí ấy tự nhận vẫn giữ.",
    );
    expect(row("Hùng")).toMatchObject({
      proposedLevel: "excellent",
      agreedLevel: null,
      agreedAt: null,
      agreedBy: null,
    });
  });

  it("says so when a member changed their results after the cell graded them", async () => {
    await cellInDecember();
    await h.say("Lan", "private", "/danhgia");
    await h.press("Lan", "private", /^Hùng/);
    await h.press("Lan", "private", "Hoàn thành tốt nhiệm vụ");
    await h.say("Lan", "private", "/danhgia");
    expect(texts(await h.press("Lan", "private", /^Hùng/))).not.toContain("⚠️");
    h.app.database.db
      .update(yearResults)
      .set({ submittedAt: new Date("2024-12-12T02:00:00Z") })
      .where(eq(yearResults.memberId, memberId("Hùng")))
      .run();
    await h.say("Lan", "private", "/danhgia");
    const shown = texts(await h.press("Lan", "private", /^Hùng/));
    expect(shown).toContain(
      "⚠️ Đồng chí ấy gửi hoặc sửa kết quả sau khi chi bộ xếp loại; xin xem lại.",
    );
    expect(shown).toContain("Chi bộ xếp loại: Hoàn thành tốt nhiệm vụ");
  });

  it("reads a level typed as free text, with or without diacritics, decomposed, or as initials", async () => {
    await cellInDecember();
    await h.say("Lan", "private", "/danhgia");
    await h.press("Lan", "private", /^Hùng/);
    const typed = texts(await h.say("Lan", "private", "tốt"));
    expect(typed).toContain("Đã ghi: chi bộ xếp loại Hùng Hoàn thành tốt nhiệm vụ");
    expect(row("Hùng")?.agreedLevel).toBe("good");

    await h.press("Lan", "private", /^➡️ Tiếp: Mai/);
    await h.say("Lan", "private", "Hoàn thành xuất sắc nhiệm vụ".normalize("NFD"));
    expect(row("Mai")?.agreedLevel).toBe("excellent");

    await h.say("Lan", "private", "/danhgia");
    await h.press("Lan", "private", /^Mai/);
    await h.say("Lan", "private", "khtnv");
    expect(row("Mai")?.agreedLevel).toBe("notDone");
  });

  it("answers words that name no single level clearly, echoes nothing and records nothing", async () => {
    await cellInDecember();
    await h.say("Lan", "private", "/danhgia");
    await h.press("Lan", "private", /^Hùng/);
    const before = allRows();
    const hostile = [
      "hoàn thành",
      "   ",
      "😀🎉",
      "a".repeat(10_000),
      "<b>tốt</b><script>alert(1)</script>",
      "'; DROP TABLE year_results; --",
      "tƣơng đối tốt nhưng chưa xuất sắc",
      "2",
    ];
    for (const text of hostile) {
      const said = await h.say("Lan", "private", text);
      expect(said, text).toHaveLength(1);
      expect(said[0]?.text, text).toContain("Chưa rõ là mức nào");
      expect(said[0]?.text, text).not.toContain("script");
      expect(said[0]?.text.length, text).toBeLessThan(300);
      expect(said[0]?.choices.map((c) => c.label)).toEqual([
        "Hoàn thành xuất sắc nhiệm vụ",
        "Hoàn thành tốt nhiệm vụ",
        "Hoàn thành nhiệm vụ",
        "Không hoàn thành nhiệm vụ",
      ]);
    }
    expect(allRows()).toBe(before);
    // Still Hùng's turn: a level typed next is recorded.
    await h.say("Lan", "private", "HTTNV");
    expect(row("Hùng")?.agreedLevel).toBe("good");
  });

  it("grades a member who never reported, keeps that apart, and removes the row when cleared", async () => {
    await cellInDecember();
    await h.say("Lan", "private", "/danhgia");
    const page = await h.press("Lan", "private", "Bảo — chưa báo cáo");
    expect(page).toHaveLength(1);
    expect(page[0]?.text).toContain("Bảo — năm 2024: chưa báo cáo kết quả.");
    expect(page[0]?.text).toContain("Đồng chí ấy phải báo cáo (/ketqua).");
    expect(page[0]?.text).toContain("Chi bộ chưa xếp loại.");
    expect(page[0]?.choices.map((c) => c.label)).toEqual([
      "Hoàn thành xuất sắc nhiệm vụ",
      "Hoàn thành tốt nhiệm vụ",
      "Hoàn thành nhiệm vụ",
      "Không hoàn thành nhiệm vụ",
      "⬅️ Về danh sách",
    ]);
    const saved = texts(await h.press("Lan", "private", "Hoàn thành nhiệm vụ"));
    expect(saved).toContain(
      "Đã ghi: chi bộ xếp loại Bảo Hoàn thành nhiệm vụ (đồng chí ấy chưa báo cáo kết quả).",
    );
    expect(row("Bảo")).toEqual({
      memberId: memberId("Bảo"),
      year: 2024,
      parts: null,
      proposedLevel: null,
      submittedAt: null,
      agreedLevel: "done",
      agreedAt: new Date(DECEMBER),
      agreedBy: memberId("Lan"),
    });
    // Still not reported: /ketqua and its reminders go on asking Bảo.
    const { results, members } = h.app.services;
    expect(results.of(memberId("Bảo"), 2024)).toBeUndefined();
    const cellId = members.byId(memberId("Bảo"))?.cellId ?? 0;
    expect(results.reportedOfCell(cellId, 2024).has(memberId("Bảo"))).toBe(false);
    const rows = results.rowsOf([memberId("Bảo"), memberId("Hùng")], 2024);
    expect(rows).toHaveLength(2);
    expect(rows.flatMap((row) => reportedResult(row)?.memberId ?? [])).toEqual([memberId("Hùng")]);

    const list = (await h.say("Lan", "private", "/danhgia"))[0];
    expect(list?.text).toContain("Đã báo cáo kết quả: 2/4. Chi bộ đã xếp loại: 1.");
    expect(list?.choices.map((c) => c.label)).toContain("Bảo — chưa báo cáo, chi bộ: HTNV");
    const again = await h.press("Lan", "private", /^Bảo/);
    expect(texts(again)).toContain(
      "Chi bộ xếp loại: Hoàn thành nhiệm vụ (ghi ngày 10/12/2024, Lan)",
    );
    expect(again.at(-1)?.choices.map((c) => c.label)).toContain("✓ Hoàn thành nhiệm vụ (đã ghi)");
    // A level typed on the page is Bảo's.
    expect(texts(await h.say("Lan", "private", "tốt"))).toContain(
      "Đã đổi: chi bộ xếp loại Bảo Hoàn thành tốt nhiệm vụ (trước đó: Hoàn thành nhiệm vụ; đồng chí ấy chưa báo cáo kết quả).",
    );
    expect(row("Bảo")?.agreedLevel).toBe("good");

    await h.say("Lan", "private", "/danhgia");
    await h.press("Lan", "private", /^Bảo/);
    const cleared = texts(await h.press("Lan", "private", "🗑 Xóa mức chi bộ đã ghi"));
    expect(cleared).toContain(
      "Đã xóa mức chi bộ xếp loại cho Bảo. Đồng chí ấy chưa báo cáo kết quả, nên không còn gì được lưu.",
    );
    expect(row("Bảo")).toBeUndefined();
    expect(allRows()).not.toContain(`"memberId":${memberId("Bảo")}`);
    // Cleared twice (an old button): nothing left to clear.
    const twice = await h.sendChoiceValue("Lan", "private", `danhgia:x:2024:${memberId("Bảo")}`);
    expect(twice[0]?.text).toContain("Lựa chọn này đã cũ");
  });

  it("grades a retired member the cell does not ask to report, saying they need not", async () => {
    await cellInDecember();
    const cellId = h.app.services.members.byId(memberId("Bảo"))?.cellId ?? 0;
    h.app.services.cells.setSetting(cellId, "retiredRegister", false);
    h.app.services.members.setStatus(memberId("Bảo"), "retired", h.clock.now());
    const list = (await h.say("Lan", "private", "/danhgia"))[0];
    expect(list?.text).toContain("Đã báo cáo kết quả: 2/3.");
    expect(list?.choices.map((c) => c.label)).toContain("Bảo — nghỉ hưu, không phải báo cáo");
    const page = texts(await h.press("Lan", "private", /^Bảo/));
    expect(page).toContain(
      "Đồng chí ấy (nghỉ hưu) không phải báo cáo kết quả, nhưng vẫn được chi bộ xếp loại hằng năm.",
    );
    await h.press("Lan", "private", "Hoàn thành tốt nhiệm vụ");
    expect(row("Bảo")?.agreedLevel).toBe("good");
    const after = (await h.say("Lan", "private", "/danhgia"))[0];
    expect(after?.choices.map((c) => c.label)).toContain("Bảo — nghỉ hưu, chi bộ: HTTNV");
  });

  it("keeps a member exempt from activities out of grading, even with a forged choice", async () => {
    await cellInDecember();
    await h.say("Lan", "private", "/danhgia");
    const exempt = await h.press("Lan", "private", /^Tư/);
    expect(texts(exempt)).toContain(
      "Tư đang được miễn sinh hoạt đảng, nên không đánh giá, xếp loại năm 2024 (Quy định 366-QĐ/TW).",
    );
    expect(exempt.at(-1)?.choices.map((c) => c.label)).toEqual(["⬅️ Về danh sách"]);
    // A level typed now is for nobody: no dialog was left open for Tư.
    expect(texts(await h.say("Lan", "private", "tốt"))).toContain("chibo chưa hiểu");
    const forged = await h.sendChoiceValue(
      "Lan",
      "private",
      `danhgia:a:2024:${memberId("Tư")}:good`,
    );
    expect(forged[0]?.text).toContain("Tư đang được miễn sinh hoạt đảng");
    expect(allRows()).not.toContain(`"memberId":${memberId("Tư")}`);
    const summary = texts(await h.sendChoiceValue("Lan", "private", "danhgia:s:2024"));
    expect(summary).toContain("Miễn sinh hoạt, không xếp loại: 1.");
  });

  it("warns when the top level passes the plan's share of those rated good, and still records it", async () => {
    h = new Harness({ now: DECEMBER });
    const names = ["An", "Bình", "Chi", "Dũng", "Em", "Giang"];
    await h.cellWith(names);
    for (const name of names) reported(name, "good");
    const grade = async (name: string, label: string) => {
      await h.say("Lan", "private", "/danhgia");
      await h.press("Lan", "private", new RegExp(`^${name} —`));
      return texts(await h.press("Lan", "private", label));
    };
    for (const name of names.slice(0, 5)) {
      expect(await grade(name, "Hoàn thành tốt nhiệm vụ")).not.toContain("⚠️");
    }
    // 20% of 5 rated good allows 1.
    expect(await grade("Giang", "Hoàn thành xuất sắc nhiệm vụ")).not.toContain("⚠️");
    // Now 4 rated good allow none, and 2 are at the top.
    const warned = await grade("An", "Hoàn thành xuất sắc nhiệm vụ");
    expect(warned).toContain("Đã đổi: chi bộ xếp loại An Hoàn thành xuất sắc nhiệm vụ");
    expect(warned).toContain(
      "⚠️ Chi bộ đang xếp «Hoàn thành xuất sắc nhiệm vụ» cho 2 đồng chí. Theo kế hoạch, số này không quá 20% số đồng chí xếp «Hoàn thành tốt nhiệm vụ» (4 đồng chí), tức tối đa 0 đồng chí; đang vượt 2. chibo chỉ nhắc, chi bộ quyết định.",
    );
    expect(row("An")?.agreedLevel).toBe("excellent");

    const summary = texts(await h.press("Lan", "private", "📊 Tổng hợp mức xếp loại"));
    expect(summary).toContain("Hoàn thành xuất sắc nhiệm vụ: 2");
    expect(summary).toContain("Hoàn thành tốt nhiệm vụ: 4");
    expect(summary).toContain("Hoàn thành nhiệm vụ: 0");
    expect(summary).toContain("Không hoàn thành nhiệm vụ: 0");
    // Lan, the secretary, is still to grade, and reported nothing.
    expect(summary).toContain(
      "Chưa xếp loại: 1 (trong đó chưa báo cáo kết quả: 1). Miễn sinh hoạt, không xếp loại: 0.",
    );
    expect(summary).toContain("vượt 2");
  });

  it("counts members graded without a report in the levels and the cap warning", async () => {
    h = new Harness({ now: DECEMBER });
    const names = ["An", "Bình", "Chi", "Dũng", "Em", "Giang"];
    await h.cellWith(names);
    reported("An", "excellent");
    const grade = async (name: string, label: string) => {
      await h.say("Lan", "private", "/danhgia");
      await h.press("Lan", "private", new RegExp(`^${name} —`));
      return texts(await h.press("Lan", "private", label));
    };
    for (const name of ["Bình", "Chi", "Dũng", "Em"]) {
      expect(await grade(name, "Hoàn thành tốt nhiệm vụ")).not.toContain("⚠️");
    }
    // 20% of 4 rated good allows none: the second at the top (never reported) is over.
    expect(await grade("An", "Hoàn thành xuất sắc nhiệm vụ")).toContain("vượt 1");
    const warned = await grade("Giang", "Hoàn thành xuất sắc nhiệm vụ");
    expect(warned).toContain(
      "Đã ghi: chi bộ xếp loại Giang Hoàn thành xuất sắc nhiệm vụ (đồng chí ấy chưa báo cáo kết quả).",
    );
    expect(warned).toContain(
      "⚠️ Chi bộ đang xếp «Hoàn thành xuất sắc nhiệm vụ» cho 2 đồng chí. Theo kế hoạch, số này không quá 20% số đồng chí xếp «Hoàn thành tốt nhiệm vụ» (4 đồng chí), tức tối đa 0 đồng chí; đang vượt 2.",
    );
    const summary = texts(await h.press("Lan", "private", "📊 Tổng hợp mức xếp loại"));
    expect(summary).toContain("Hoàn thành xuất sắc nhiệm vụ: 2");
    expect(summary).toContain("Hoàn thành tốt nhiệm vụ: 4");
    expect(summary).toContain(
      "Chưa xếp loại: 1 (trong đó chưa báo cáo kết quả: 1). Miễn sinh hoạt, không xếp loại: 0.",
    );
    const list = (await h.say("Lan", "private", "/danhgia"))[0];
    expect(list?.text).toContain("Đã báo cáo kết quả: 1/7. Chi bộ đã xếp loại: 6.");
  });

  it("leaves out of the levels and the cap a member graded, then made exempt, as /baocao does", async () => {
    h = new Harness({ now: DECEMBER });
    const names = ["An", "Bình", "Chi", "Dũng", "Em"];
    await h.cellWith(names);
    const grade = async (name: string, label: string) => {
      await h.say("Lan", "private", "/danhgia");
      await h.press("Lan", "private", new RegExp(`^${name} —`));
      return texts(await h.press("Lan", "private", label));
    };
    for (const name of ["Bình", "Chi", "Dũng", "Em"]) await grade(name, "Hoàn thành tốt nhiệm vụ");
    expect(await grade("An", "Hoàn thành xuất sắc nhiệm vụ")).toContain("vượt 1");
    // An's level stays in the table, but an exempt member is not the cell's to grade.
    h.app.services.members.setStatus(memberId("An"), "exempt", h.clock.now());
    expect(row("An")?.agreedLevel).toBe("excellent");
    const warned = await grade("Bình", "Hoàn thành xuất sắc nhiệm vụ");
    expect(warned).toContain("Đã đổi: chi bộ xếp loại Bình Hoàn thành xuất sắc nhiệm vụ");
    // 1 at the top against 3 rated good: 20% of 3 allows none, so over by 1, not 2.
    expect(warned).toContain("cho 1 đồng chí");
    expect(warned).toContain("vượt 1");
    const summary = texts(await h.press("Lan", "private", "📊 Tổng hợp mức xếp loại"));
    expect(summary).toContain("Hoàn thành xuất sắc nhiệm vụ: 1");
    expect(summary).toContain("Hoàn thành tốt nhiệm vụ: 3");
    expect(summary).toContain("Miễn sinh hoạt, không xếp loại: 1.");
    const report = texts(await h.say("Lan", "private", "/baocao"));
    expect(report).toContain("• Hoàn thành xuất sắc nhiệm vụ: 1");
    expect(report).toContain("• Hoàn thành tốt nhiệm vụ: 3");
  });

  it("pages a long cell and goes back to the page of the member just graded", async () => {
    h = new Harness({ now: DECEMBER });
    const names = Array.from(
      { length: 20 },
      (_, i) => `Đảng viên ${String(i + 1).padStart(2, "0")}`,
    );
    await h.cellWith(names);
    reported("Đảng viên 15", "good");
    const first = (await h.say("Lan", "private", "/danhgia"))[0];
    expect(first?.text).toMatch(/\(trang 1\/\d\)/);
    expect(first?.choices.map((c) => c.label)).toContain("➡️ Xem tiếp (trang 2/3)");
    await h.press("Lan", "private", "➡️ Xem tiếp (trang 2/3)");
    await h.press("Lan", "private", /^Đảng viên 15/);
    await h.press("Lan", "private", "Hoàn thành tốt nhiệm vụ");
    const back = (await h.press("Lan", "private", "⬅️ Về danh sách"))[0];
    expect(back?.text).toContain("(trang 2/3)");
    expect(back?.choices.map((c) => c.label)).toContain(
      "Đảng viên 15 — tự nhận HTTNV, chi bộ: HTTNV",
    );
  });
});

describe("one screen at a time", () => {
  it.each([true, false])(
    "fits the longest results on one screen each (buttons: %s)",
    async (hasButtons) => {
      h = new Harness({ now: DECEMBER, hasButtons });
      const name = "Nguyễn Thị Phương Thảo Hoàng Anh";
      await h.cellWith([name, "Hùng"]);
      const id = memberId(name);
      const long = (word: string, length: number) => `${word} `.repeat(length).slice(0, length);
      h.app.services.commitments.save(
        id,
        2024,
        { study: long("học", 800), follow: long("làm", 800), example: long("gương", 800) },
        h.clock.now(),
      );
      const part = {
        outcome: "notDone" as const,
        text: long("kết quả", 2000),
        why: long("vì", 800),
      };
      h.app.database.db
        .insert(yearResults)
        .values({
          memberId: id,
          year: 2024,
          parts: { study: part, follow: part, example: part },
          proposedLevel: "notDone",
          submittedAt: h.clock.now(),
        })
        .run();
      for (const name of Array.from({ length: 60 }, (_, i) => `Trần Văn Người Thứ ${i}`)) {
        h.app.services.members.addByHand({
          cellId: h.app.services.cells.all()[0]?.id ?? 0,
          fullName: name,
          role: "member",
          status: "full",
          now: h.clock.now(),
        });
      }
      expectOneScreenEach(await h.say("Lan", "private", "/danhgia"));
      const first = await h.press("Lan", "private", new RegExp(`^${name}`));
      expectOneScreenEach(first);
      expect(texts(first)).toContain("(trang 1/3)");
      expect(texts(first)).toContain("…");
      const second = await h.press("Lan", "private", "➡️ Xem tiếp (trang 2/3)");
      expectOneScreenEach(second);
      expect(texts(second)).toContain("2. Làm theo");
      expectOneScreenEach(await h.press("Lan", "private", "Không hoàn thành nhiệm vụ"));
      expect(row(name)?.agreedLevel).toBe("notDone");
    },
  );
});

describe("who may see and record", () => {
  it("refuses a member, even with a forged choice, and shows them nothing", async () => {
    await cellInDecember();
    const before = allRows();
    const typed = texts(await h.say("Hùng", "private", "/danhgia"));
    expect(typed).toContain("Chỉ bí thư, phó bí thư và chi ủy viên");
    expect(typed).not.toContain("Mai");
    for (const value of [
      `danhgia:a:2024:${memberId("Hùng")}:excellent`,
      `danhgia:m:2024:${memberId("Mai")}:0`,
      "danhgia:s:2024",
    ]) {
      const said = texts(await h.sendChoiceValue("Hùng", "private", value));
      expect(said, value).toContain("Chỉ bí thư, phó bí thư và chi ủy viên");
      expect(said, value).not.toContain(STUDY_RESULT);
    }
    expect(allRows()).toBe(before);
  });

  it("lets a committee member see the results but not record a level", async () => {
    await cellInDecember();
    h.app.services.members.setRole(memberId("Mai"), "committee", h.clock.now());
    const list = texts(await h.say("Mai", "private", "/danhgia"));
    expect(list).toContain("Bí thư, phó bí thư ghi mức chi bộ xếp loại.");
    const shown = await h.press("Mai", "private", /^Hùng/);
    expect(texts(shown)).toContain(STUDY_RESULT);
    expect(shown.at(-1)?.choices.map((c) => c.label)).toEqual(["⬅️ Về danh sách"]);
    const before = allRows();
    const forged = texts(
      await h.sendChoiceValue("Mai", "private", `danhgia:a:2024:${memberId("Hùng")}:excellent`),
    );
    expect(forged).toContain("Chỉ bí thư, phó bí thư ghi mức chi bộ xếp loại");
    expect(allRows()).toBe(before);
  });

  it("grades nobody of another cell, nor another year, whatever a forged value says", async () => {
    await cellInDecember();
    h.admins.add("console:Bình");
    await h.say("Bình", "group:2", "/khoitao Chi bộ Khu phố 2");
    reported("Bình", "good");
    const other = memberId("Bình");
    const before = allRows();
    for (const value of [
      `danhgia:m:2024:${other}:0`,
      `danhgia:a:2024:${other}:excellent`,
      `danhgia:x:2024:${other}`,
      "danhgia:l:1999:0",
      `danhgia:a:2031:${memberId("Hùng")}:good`,
      `danhgia:a:2024:0${memberId("Hùng")}:good`,
      `danhgia:a:2024:${memberId("Hùng")}:best`,
      `danhgia:a:2024:${memberId("Hùng")}:excellent:1`,
    ]) {
      const said = texts(await h.sendChoiceValue("Lan", "private", value));
      expect(said, value).toContain("Lựa chọn này đã cũ");
      expect(said, value).not.toContain("Bình");
    }
    expect(allRows()).toBe(before);
  });

  it("records no level for a member of another cell who never reported, forged or asked of the store", async () => {
    await cellInDecember();
    h.admins.add("console:Bình");
    await h.say("Bình", "group:2", "/khoitao Chi bộ Khu phố 2");
    const other = memberId("Bình");
    const before = allRows();
    for (const value of [`danhgia:a:2024:${other}:excellent`, `danhgia:x:2024:${other}`]) {
      const said = texts(await h.sendChoiceValue("Lan", "private", value));
      expect(said, value).toContain("Lựa chọn này đã cũ");
      expect(said, value).not.toContain("Bình");
    }
    const { reviews, members } = h.app.services;
    const lanCell = members.byId(memberId("Lan"))?.cellId ?? 0;
    expect(reviews.agree(lanCell, other, 2024, "good", memberId("Lan"), h.clock.now())).toBe(false);
    expect(reviews.clear(lanCell, other, 2024)).toBe(false);
    expect(allRows()).toBe(before);
  });

  it("answers a year it cannot grade, or words, clearly", async () => {
    await cellInDecember();
    expect(texts(await h.say("Lan", "private", "/danhgia 2020"))).toContain(
      "Chỉ xếp loại được năm 2024 hoặc năm 2023",
    );
    expect(texts(await h.say("Lan", "private", "/danhgia năm ngoái <b>"))).toContain(
      "Gõ /danhgia để xếp loại năm nay",
    );
    h.clock.set("2025-01-08T02:00:00Z");
    const last = texts(await h.say("Lan", "private", "/danhgia 2024"));
    expect(last).toContain("Xếp loại năm 2024");
    expect(last).toContain("Đã báo cáo kết quả: 2/4.");
  });

  it("in a group gives only the way to the private chat; a choice there is refused", async () => {
    await cellInDecember();
    const group = await h.say("Lan", "group:1", "/danhgia");
    expect(group).toHaveLength(1);
    expect(group[0]?.privateLink).toBe("danhgia");
    expect(group[0]?.text).not.toMatch(/Hùng|Mai|HTXSNV|Hoàn thành/);
    const before = allRows();
    const pressed = await h.sendChoiceValue(
      "Lan",
      "group:1",
      `danhgia:a:2024:${memberId("Hùng")}:excellent`,
    );
    expect(pressed[0]?.reply.ack).toBe(true);
    expect(pressed[0]?.text).toContain("chỉ dùng trong chat riêng");
    expect(allRows()).toBe(before);
  });
});

describe("/danhgia where there are no buttons", () => {
  it("numbers the members and the levels, reads a digit and a typed level, and never names a button", async () => {
    await cellInDecember(false);
    const list = await h.say("Lan", "private", "/danhgia");
    expect(screens(list).join("\n")).toContain("2. Hùng — tự nhận HTXSNV");
    expect(wrongWords(screens(list), "typed")).toEqual([]);
    const hung = await h.press("Lan", "private", /^Hùng/);
    expect(wrongWords(screens(hung), "typed")).toEqual([]);
    expectOneScreenEach(hung);
    expect(screens(hung).join("\n")).toContain("1. Hoàn thành xuất sắc nhiệm vụ");
    const saved = texts(await h.say("Lan", "private", "1"));
    expect(saved).toContain("Đã ghi: chi bộ xếp loại Hùng Hoàn thành xuất sắc nhiệm vụ");
    expect(row("Hùng")?.agreedLevel).toBe("excellent");
    // The next member is offered; a typed level reads on their screen.
    await h.press("Lan", "private", /^➡️ Tiếp: Mai/);
    expect(texts(await h.say("Lan", "private", "Hoan thanh nhiem vu"))).toContain(
      "Đã ghi: chi bộ xếp loại Mai Hoàn thành nhiệm vụ",
    );
    const wrong = texts(await h.say("Lan", "private", "9"));
    expect(wrong).toContain("Chỉ có số 1 đến");
    expect(row("Mai")?.agreedLevel).toBe("done");
  });

  it("grades a member who never reported by a number, and lists them with the level", async () => {
    await cellInDecember(false);
    await h.say("Lan", "private", "/danhgia");
    const bao = await h.press("Lan", "private", "Bảo — chưa báo cáo");
    expect(wrongWords(screens(bao), "typed")).toEqual([]);
    expectOneScreenEach(bao);
    const shown = screens(bao).join("\n");
    expect(shown).toContain("Bảo — năm 2024: chưa báo cáo kết quả.");
    expect(shown).toContain("3. Hoàn thành nhiệm vụ");
    expect(shown).toContain("5. ⬅️ Về danh sách");
    expect(texts(await h.say("Lan", "private", "3"))).toContain(
      "Đã ghi: chi bộ xếp loại Bảo Hoàn thành nhiệm vụ (đồng chí ấy chưa báo cáo kết quả).",
    );
    expect(row("Bảo")).toMatchObject({ agreedLevel: "done", submittedAt: null, parts: null });
    const list = await h.say("Lan", "private", "/danhgia");
    expect(screens(list).join("\n")).toContain("1. Bảo — chưa báo cáo, chi bộ: HTNV");
  });
});
