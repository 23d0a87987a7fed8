import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fitsOneScreen } from "../../src/domain/one-screen.js";
import { plainText } from "../../src/domain/rich-text.js";
import { readPlanFile } from "../../src/plan/plan-file.js";
import { PLAN_LIMITS, SECOND_HALF } from "../../src/plan/plan-schema.js";
import { numberedChoices, renderReply } from "../../src/platforms/render-reply.js";
import { telegramHtml } from "../../src/platforms/telegram/telegram-html.js";
import { projectFile } from "../../src/project-files.js";
import { ALL_CELLS } from "../../src/store/plan-store.js";
import { Harness, type Said, texts } from "../support/harness.js";
import { parseTelegramHtml } from "../support/telegram-html.js";

const COMMITTEE = "Đảng ủy phường Phú Hòa";
const OFFICER = "Cán bộ";
const TOPIC = "Học tập và làm theo Bác về lấy dân làm gốc trong xây dựng nghị quyết";
const Q1 = "Tư tưởng Hồ Chí Minh về văn hóa và văn hóa công sở";

let h: Harness;
afterEach(() => h.close());

/** Two cells (Lan's and Mai's) under one committee, and an officer of that committee. */
async function committeeWithTwoCells(): Promise<number> {
  h = new Harness({ now: "2024-03-10T02:00:00Z" });
  await h.cellWith(["Hùng"]);
  h.admins.add("console:Mai");
  await h.say("Mai", "group:2", "/khoitao Chi bộ Khu phố 2");
  const { cells, officers } = h.app.services;
  for (const cell of cells.all()) cells.setCommittee(cell.id, COMMITTEE, h.clock.now());
  const committee = cells.committeeByName(COMMITTEE);
  if (!committee) throw new Error("no committee");
  officers.appoint(`console:${OFFICER}`, committee.id, h.clock.now());
  return committee.id;
}

/** A reply as a phone shows it, with buttons and where a number is typed: one screen each. */
function expectOneScreen(said: Said): void {
  const buttons = renderReply(said.reply, h.app.translator.worded("buttons"), 4096, plainText);
  const worded = h.app.translator.worded("typed");
  const typed = renderReply(said.reply, worded, 4096, plainText);
  const numbered = [typed.chunks.join("\n"), ...numberedChoices(typed, worded)].join("\n");
  expect(fitsOneScreen(buttons.chunks.join("\n")), buttons.chunks.join("\n")).toBe(true);
  expect(fitsOneScreen(numbered), numbered).toBe(true);
}

const say = (text: string) => h.say(OFFICER, "private", text);
const press = (label: string | RegExp) => h.press(OFFICER, "private", label);

/** From /kehoach to step 1 of entering the 2024 plan by hand. */
async function startOwn(): Promise<void> {
  await say("/kehoach");
  await press("Năm 2024");
  await press("Nhập từng bước");
}

/** Every step answered, to the review; returns the review. */
async function enterPlan(): Promise<Said[]> {
  await startOwn();
  await press(/^Dùng tên/);
  await say(TOPIC);
  await say(Q1);
  await press("Không có");
  await say("Phát huy truyền thống văn hóa quê hương");
  await say("Đánh giá kết quả học tập và làm theo năm 2024");
  await say("15/4");
  await say("30/4/2024");
  await say("19-5-2024");
  await press("Không có");
  await say("Học tập / Thực hành / Nêu gương");
  await press("Giữ các ví dụ này");
  await say("- Giúp hộ nghèo trong tổ dân phố mỗi quý\n- Dọn vệ sinh khu phố mỗi sáng Chủ nhật");
  return press("Giữ các ví dụ này");
}

describe("/kehoach by a committee officer", () => {
  let committeeId: number;
  beforeEach(async () => {
    committeeId = await committeeWithTwoCells();
  });

  it("sets the plan step by step; both cells of the committee follow it", async () => {
    const review = await enterPlan();
    const shown = texts(review);
    expect(shown).toContain(
      `Kế hoạch năm 2024 của ${COMMITTEE}, cho các chi bộ của ${COMMITTEE} (2 chi bộ)`,
    );
    expect(shown).toContain(`Chuyên đề năm: ${TOPIC}`);
    expect(shown).toContain("Quý II: không có");
    expect(shown).toContain(
      "Thời hạn: học tập 15/04/2024; đăng ký 30/04/2024; sơ kết 19/05/2024; tổng kết không có",
    );
    expect(shown).toContain("Ba phần: Học tập / Thực hành / Nêu gương");
    expect(shown).toContain("Ví dụ gợi ý trong /dangky: 3, 2 và 3 câu");
    expect(review[0]?.choices.map((c) => c.label)).toEqual(["✅ Lưu", "✏️ Sửa", "Hủy"]);
    // Nothing is written before the confirmation.
    expect(h.app.services.plans.ofScope(committeeId, 2024)).toBeUndefined();

    const saved = await press("✅ Lưu");
    expect(texts(saved)).toContain(
      `Đã lưu kế hoạch năm 2024. 2 chi bộ của ${COMMITTEE} theo kế hoạch này từ bây giờ`,
    );
    for (const [who, group] of [
      ["Lan", "group:1"],
      ["Mai", "group:2"],
    ] as const) {
      const topic = texts(await h.say(who, group, "/chuyende"));
      expect(topic).toContain(`Chuyên đề năm 2024: ${TOPIC}`);
      expect(topic).toContain(`Chủ điểm Quý I/2024: ${Q1}`);
      expect(topic).toContain("Bản đăng ký cá nhân gồm ba phần: Học tập, Thực hành, Nêu gương.");
      expect(topic).toContain(`Theo kế hoạch của ${COMMITTEE}.`);
      expect(topic).not.toContain("lịch mặc định");
    }
    // Members register in the plan's words, with its examples.
    expect(texts(await h.say("Hùng", "private", "/dangky"))).toContain("Phần 1/3 — Học tập");
    const second = texts(await h.say("Hùng", "private", "Học chuyên đề năm, ghi sổ tay"));
    expect(second).toContain("Phần 2/3 — Thực hành");
    expect(second).toContain("Giúp hộ nghèo trong tổ dân phố mỗi quý");
  });

  it("reads the whole plan back on one screen, even at the longest each part may be", async () => {
    await startOwn();
    await say("Đ".repeat(PLAN_LIMITS.issuedBy));
    await say("C".repeat(PLAN_LIMITS.annualTopic));
    for (const _ of [1, 2, 3, 4]) await say("Q".repeat(PLAN_LIMITS.quarterTopic));
    for (const day of ["15/4", "30/4", "19/5", "15/12"]) await say(day);
    const label = "L".repeat(PLAN_LIMITS.partLabel - 1);
    await say(`${label}1 / ${label}2 / ${label}3`);
    const examples = Array.from(
      { length: PLAN_LIMITS.examples },
      (_, i) => `${i}${"V".repeat(PLAN_LIMITS.example - 1)}`,
    );
    for (const _ of [1, 2]) await say(examples.join("\n"));
    const [review] = await say(examples.join("\n"));
    if (!review) throw new Error("no review");
    expect(review.text).toContain("Ví dụ gợi ý trong /dangky: 6, 6 và 6 câu");
    expectOneScreen(review);
    await press("✏️ Sửa");
    const [step] = await press("Ví dụ gợi ý");
    if (!step) throw new Error("no step");
    expect(step.text).toContain("Bước 12/14");
    expectOneScreen(step);
    await press("Giữ các ví dụ này");
    await press("Giữ các ví dụ này");
    const [again] = await press("Giữ các ví dụ này");
    expect(again?.text).toContain("Kế hoạch năm 2024");
  });

  it("starts from a shipped plan, read back and saved as it is", async () => {
    await say("/kehoach");
    await press("Năm 2024");
    const review = texts(await press("Kế hoạch của Tỉnh ủy Bình Dương năm 2024"));
    expect(review).toContain("Kế hoạch năm 2024 của Tỉnh ủy Bình Dương");
    expect(review).toContain("Chủ điểm quý: không có");
    expect(review).toContain("Thời hạn: học tập 15/04/2024; đăng ký 30/04/2024; sơ kết 19/05/2024");
    expect(review).toContain("Ba phần: Học tập / Làm theo / Thực hiện trách nhiệm nêu gương");
    await press("✅ Lưu");
    const topic = texts(await h.say("Lan", "group:1", "/chuyende"));
    expect(topic).toContain("ý đảng hợp lòng dân");
    expect(topic).toContain("Theo kế hoạch của Tỉnh ủy Bình Dương.");
    // The plan's own words for the third part, in /dangky and /camket.
    await h.say("Hùng", "private", "/dangky");
    await h.say("Hùng", "private", "Học chuyên đề năm, ghi sổ tay");
    const third = texts(await h.say("Hùng", "private", "Giải quyết hồ sơ đúng hạn cho dân"));
    expect(third).toContain("Phần 3/3 — Thực hiện trách nhiệm nêu gương");
    await h.say("Hùng", "private", "Giữ gìn gia đình văn hóa");
    await h.press("Hùng", "private", "✅ Lưu");
    expect(texts(await h.say("Hùng", "private", "/camket"))).toContain(
      "3. Thực hiện trách nhiệm nêu gương: Giữ gìn gia đình văn hóa",
    );
  });

  it("changes the plan in force from the review, one part at a time", async () => {
    await say("/kehoach");
    await press("Năm 2024");
    await press("Kế hoạch của Tỉnh ủy Bình Dương năm 2024");
    await press("✅ Lưu");

    await say("/kehoach");
    const source = texts(await press("Năm 2024"));
    expect(source).toContain("Năm 2024 đã có kế hoạch của Tỉnh ủy Bình Dương");
    await press("Sửa kế hoạch đang có");
    await press("✏️ Sửa");
    const study = texts(await press("Thời hạn"));
    expect(study).toContain("Hiện đang ghi: 15/04/2024");
    await say("20/4");
    await press("Giữ nguyên");
    await press("Giữ nguyên");
    // Another command in between, then back to the step, which the plan leaves without a day.
    const between = texts(await say("/help"));
    expect(between).toContain("Tiếp tục kế hoạch đang nhập dở (chưa lưu gì)");
    expect(between).toContain("Bước 10/14");
    expect(between).toContain("Hiện đang ghi: không có.");
    const review = texts(await press("Không có"));
    expect(review).toContain(
      "Thời hạn: học tập 20/04/2024; đăng ký 30/04/2024; sơ kết 19/05/2024; tổng kết không có",
    );
    await press("✅ Lưu");
    expect(h.app.services.plans.ofScope(committeeId, 2024)?.deadlines.study).toBe("2024-04-20");
  });

  it("is reached by typing its name without a slash, and only in private", async () => {
    expect(texts(await say("kế hoạch"))).toContain("Nhập kế hoạch năm nào?");
    await h.say(OFFICER, "private", "/huy");
    expect(texts(await say("ke hoach"))).toContain("Nhập kế hoạch năm nào?");
    const inGroup = await h.say(OFFICER, "group:1", "/kehoach");
    expect(inGroup[0]?.privateLink).toBe("kehoach");
  });
});

describe("/kehoach refuses bad input, saving nothing", () => {
  let committeeId: number;
  beforeEach(async () => {
    committeeId = await committeeWithTwoCells();
  });

  /** The plans and dialogs as stored, without the dialog itself. */
  const plans = () => h.app.database.sqlite.prepare("select * from plans").all();

  it("a year in the past, or too far ahead", async () => {
    await say("/kehoach");
    expect(texts(await say("2023"))).toContain("Năm 2023 đã qua");
    expect(texts(await say("năm 2030"))).toContain("Năm 2030 còn xa");
    expect(texts(await say("hai nghìn"))).toContain("Xin gõ năm bằng bốn chữ số");
    // No plan is shipped for 2025: straight to the steps.
    expect(texts(await say("2025"))).toContain("Nhập kế hoạch năm 2025 qua 14 bước");
  });

  it("a review before the study or registration it reviews; a registration before the study is fine", async () => {
    await startOwn();
    await press(/^Dùng tên/);
    await say(TOPIC);
    for (const _ of [1, 2, 3, 4]) await press("Không có");
    await say("30/4/2024");
    // As Thị ủy Đức Phổ's 2023 plan: commitments in the first quarter, the study in April.
    expect(texts(await say("31/3/2024"))).toContain("Bước 9/14");
    const early = texts(await say("20/4/2024"));
    expect(early).toContain(
      "Theo kế hoạch, ngày sơ kết (20/04/2024) phải sau hạn học tập chuyên đề (30/04/2024)",
    );
    await say("19/5/2024");
    expect(texts(await say("1/5/2024"))).toContain("ngày tổng kết cuối năm (01/05/2024) phải sau");
    expect(texts(await say("15/12/2024"))).toContain("Bước 11/14");
    expect(plans()).toEqual([]);
  });

  it("a date that is not one, not in the calendar, or of another year", async () => {
    await startOwn();
    await press(/^Dùng tên/);
    await say(TOPIC);
    for (const _ of [1, 2, 3, 4]) await press("Không có");
    expect(texts(await say("ngày mai"))).toContain("chibo chưa đọc được ngày này");
    expect(texts(await say("31/2"))).toContain("Không có ngày này trong lịch");
    expect(texts(await say("15/4/2023"))).toContain("không thuộc năm 2024");
    expect(texts(await say("ngày 15 tháng 4 năm 2024"))).toContain("Bước 8/14");
  });

  it("a quarter's topic of 2,000 characters, empty, or without words", async () => {
    await startOwn();
    await press(/^Dùng tên/);
    await say(TOPIC);
    const long = texts(await say("Chủ điểm rất dài. ".repeat(112).slice(0, 2000)));
    expect(long).toContain(
      `Nội dung dài 2.000 ký tự, quá giới hạn ${PLAN_LIMITS.quarterTopic} ký tự`,
    );
    expect(texts(await say("   "))).toContain("Chưa thấy nội dung");
    expect(texts(await say("🎉🎉 !!"))).toContain("cần viết bằng chữ");
    expect(texts(await say(Q1))).toContain("Bước 4/14");
    expect(plans()).toEqual([]);
  });

  it("keeps <&>, decomposed letters and the broken ƣ as text, stored composed", async () => {
    await startOwn();
    const hostile = "Đảng ủy <b>&amp;</b> <&>";
    await say(hostile);
    await say("Tƣ tƣởng Hồ Chí Minh về văn hóa".normalize("NFD"));
    for (const _ of [1, 2, 3, 4]) await press("Không có");
    for (const day of ["15/4", "30/4"]) await say(day);
    await press("Không có");
    await press("Không có");
    await press(/^Giữ:/);
    await press("Giữ các ví dụ này");
    await press("Giữ các ví dụ này");
    const [review] = await press("Giữ các ví dụ này");
    expect(review?.text).toContain(hostile);
    expect(review?.text).toContain("Chuyên đề năm: Tư tưởng Hồ Chí Minh về văn hóa");
    if (!review) throw new Error("no review");
    const html = renderReply(review.reply, h.app.translator, 4096, telegramHtml).chunks.join("");
    expect(html).toContain("&lt;b&gt;&amp;amp;&lt;/b&gt; &lt;&amp;&gt;");
    expect(parseTelegramHtml(html)).toContain(hostile);
    await press("✅ Lưu");
    const saved = h.app.services.plans.ofScope(committeeId, 2024);
    expect(saved?.issuedBy).toBe(hostile);
    expect(saved?.annualTopic.title).toBe("Tư tưởng Hồ Chí Minh về văn hóa");
    expect(saved?.annualTopic.title).toBe(saved?.annualTopic.title.normalize("NFC"));
  });

  it("labels that are not three, alike, or too long; too many examples", async () => {
    await startOwn();
    await press(/^Dùng tên/);
    await say(TOPIC);
    for (const _ of [1, 2, 3, 4]) await press("Không có");
    for (const day of ["15/4", "30/4"]) await say(day);
    await press("Không có");
    await press("Không có");
    expect(texts(await say("Học tập / Làm theo"))).toContain("Cần đúng ba tên");
    expect(texts(await say("Học tập / hoc tap / Nêu gương"))).toContain("ba tên khác nhau");
    expect(texts(await say(`Học tập / ${"T".repeat(41)} / Nêu gương`))).toContain(
      `quá giới hạn ${PLAN_LIMITS.partLabel} ký tự`,
    );
    await say("Học tập; Thực hành; Nêu gương");
    const many = Array.from({ length: 7 }, (_, i) => `Ví dụ số ${i + 1}`).join("\n");
    expect(texts(await say(many))).toContain("Nhiều nhất 6 ví dụ");
    expect(plans()).toEqual([]);
  });

  it("leaves nothing saved when stopped with /huy or Hủy", async () => {
    const before = h.snapshot();
    await enterPlan();
    await press("Hủy");
    expect(plans()).toEqual([]);
    await enterPlan();
    await say("/huy");
    expect(h.app.services.conversations.dialog(`console:${OFFICER}`, `console:${OFFICER}`)).toBe(
      undefined,
    );
    expect(plans()).toEqual([]);
    expect(h.snapshot()).toBe(before);
  });
});

describe("/kehoach keeps the second half of the year the plan gives", () => {
  let committeeId: number;
  beforeEach(async () => {
    committeeId = await committeeWithTwoCells();
  });

  /** Bình Dương's plan with a second half of its own, saved for the committee as in force. */
  function planInForce(): void {
    const plan = readPlanFile(fileURLToPath(projectFile("plans/2024-binh-duong.yaml")));
    const round = (opens: string, closes: string) => ({
      opens,
      closes,
      individuals: 2,
      collectives: 1,
    });
    plans().import(
      {
        ...plan,
        deadlines: { ...plan.deadlines, yearEndReview: "2024-12-20" },
        progress: { days: ["2024-07-05", "2024-10-05"] },
        results: { opens: "2024-11-01" },
        nominations: { yearEnd: round("2024-12-01", "2024-12-05") },
      },
      { committeeId },
      h.clock.now(),
    );
  }
  const plans = () => h.app.services.plans;

  it("reads it back, and saves it unchanged after the deadlines are edited", async () => {
    planInForce();
    await say("/kehoach");
    await press("Năm 2024");
    const review = texts(await press("Sửa kế hoạch đang có"));
    // The plan's own days and round; the mid-term round it leaves out is the default's.
    expect(review).toContain(
      "Nửa cuối năm: hỏi tiến độ 2 lần; kết quả từ 01/11; biểu dương đến 15/05, 05/12",
    );
    await press("✏️ Sửa");
    await press("Thời hạn");
    await say("20/4");
    await press("Giữ nguyên");
    await press("Giữ nguyên");
    await say("18/12/2024");
    await press("✅ Lưu");
    const saved = plans().ofScope(committeeId, 2024);
    expect(saved?.deadlines.study).toBe("2024-04-20");
    expect(saved?.deadlines.yearEndReview).toBe("2024-12-18");
    expect(saved?.progress).toEqual({ days: ["2024-07-05", "2024-10-05"] });
    expect(saved?.results).toEqual({ opens: "2024-11-01" });
    expect(saved?.nominations).toEqual({
      yearEnd: { opens: "2024-12-01", closes: "2024-12-05", individuals: 2, collectives: 1 },
    });
    // What the plan leaves out stays out: its cells follow the default's for it.
    expect(saved?.grading).toBeUndefined();
    expect(saved?.nominations?.midterm).toBeUndefined();
    const followed = plans().forCell(committeeId, 2024);
    expect(followed.nominations.midterm.closes).toBe("2024-05-15");
    expect(followed.grading.levels.excellent).toBe("Hoàn thành xuất sắc nhiệm vụ");
  });

  it("keeps the day the model is reported by through an edit", async () => {
    const plan = readPlanFile(fileURLToPath(projectFile("plans/2024-binh-duong.yaml")));
    const deadlines = { ...plan.deadlines, yearEndReview: "2024-12-20" };
    const model = { reportBy: "2024-11-10" };
    plans().import({ ...plan, deadlines, model }, { committeeId }, h.clock.now());
    await say("/kehoach");
    await press("Năm 2024");
    await press("Sửa kế hoạch đang có");
    await press("✏️ Sửa");
    await press("Thời hạn");
    await say("20/4");
    for (const _ of [1, 2, 3]) await press("Giữ nguyên");
    await press("✅ Lưu");
    const saved = plans().ofScope(committeeId, 2024);
    expect(saved?.deadlines.study).toBe("2024-04-20");
    expect(saved?.model).toEqual({ reportBy: "2024-11-10" });
    expect(plans().forCell(committeeId, 2024).model.reportBy).toBe("2024-11-10");
  });

  it("refuses a year-end review before results open; none at all is fine", async () => {
    planInForce();
    await say("/kehoach");
    await press("Năm 2024");
    await press("Sửa kế hoạch đang có");
    await press("✏️ Sửa");
    await press("Thời hạn");
    for (const _ of [1, 2, 3]) await press("Giữ nguyên");
    expect(texts(await say("31/10/2024"))).toContain(
      "Theo kế hoạch, đảng viên báo cáo kết quả từ ngày 01/11/2024, trước ngày tổng kết cuối năm, nên ngày tổng kết không thể là 31/10/2024.",
    );
    expect(plans().ofScope(committeeId, 2024)?.deadlines.yearEndReview).toBe("2024-12-20");
    // On the day results open is not before it: accepted.
    expect(texts(await say("1/11/2024"))).toContain("tổng kết 01/11/2024");
    await press("✏️ Sửa");
    await press("Thời hạn");
    for (const _ of [1, 2, 3]) await press("Giữ nguyên");
    await press("Không có");
    await press("✅ Lưu");
    const saved = plans().ofScope(committeeId, 2024);
    expect(saved?.deadlines.yearEndReview).toBeUndefined();
    expect(saved?.results).toEqual({ opens: "2024-11-01" });
  });

  it("says the default applies to a plan without it, and saves none of it", async () => {
    await say("/kehoach");
    await press("Năm 2024");
    const review = texts(await press("Kế hoạch của Tỉnh ủy Bình Dương năm 2024"));
    expect(review).toContain(
      "Nửa cuối năm (mặc định): hỏi tiến độ 2 lần; kết quả từ 15/11; biểu dương đến 15/05, 10/12",
    );
    // A year-end review before the default's results day: /ketqua opens a month before it.
    await press("✏️ Sửa");
    await press("Thời hạn");
    for (const _ of [1, 2, 3]) await press("Giữ nguyên");
    expect(texts(await say("1/11/2024"))).toContain("kết quả từ 02/10");
    await press("✅ Lưu");
    const saved = plans().ofScope(committeeId, 2024);
    for (const name of SECOND_HALF) expect(saved?.[name]).toBeUndefined();
  });

  it("a step entered by hand leaves the second half to the default", async () => {
    const review = await enterPlan();
    expect(texts(review)).toContain("Nửa cuối năm (mặc định): hỏi tiến độ 2 lần");
    await press("✅ Lưu");
    const saved = plans().ofScope(committeeId, 2024);
    for (const name of SECOND_HALF) expect(saved?.[name]).toBeUndefined();
  });
});

describe("/kehoach with Thị ủy Đức Phổ's 2023 plan", () => {
  it("reads back and saves the results day its file gives", async () => {
    h = new Harness({ now: "2023-01-10T02:00:00Z" });
    await h.cellWith(["Hùng"]);
    await h.say("Lan", "private", "/kehoach");
    await h.press("Lan", "private", "Năm 2023");
    const review = texts(await h.press("Lan", "private", "Kế hoạch của Thị ủy Đức Phổ năm 2023"));
    expect(review).toContain(
      "Nửa cuối năm: hỏi tiến độ 2 lần; kết quả từ 01/10; biểu dương đến 15/05, 10/12",
    );
    await h.press("Lan", "private", "✅ Lưu");
    const saved = h.app.services.plans.ofScope(ALL_CELLS, 2023);
    expect(saved?.results).toEqual({ opens: "2023-10-01" });
    expect(saved?.progress).toBeUndefined();
    expect(h.app.services.plans.forCell(null, 2023).results.opens).toBe("2023-10-01");
  });
});

describe("/kehoach: who may set the plan", () => {
  it("refuses a member, and a secretary whose cell has a committee", async () => {
    await committeeWithTwoCells();
    expect(texts(await h.say("Hùng", "private", "/kehoach"))).toContain(
      "Kế hoạch năm do cấp ủy cấp trên nhập",
    );
    expect(texts(await h.say("Lan", "private", "/kehoach"))).toContain(
      `Chi bộ thuộc ${COMMITTEE} nên theo kế hoạch năm do ${COMMITTEE} nhập`,
    );
    expect(h.app.services.conversations.dialog("console:Hùng", "console:Hùng")).toBeUndefined();
  });

  it("lets the secretary of a cell without a committee set the plan all such cells follow", async () => {
    h = new Harness({ now: "2024-03-10T02:00:00Z" });
    await h.cellWith(["Hùng"]);
    expect(texts(await h.say("Hùng", "private", "/kehoach"))).toContain(
      "Kế hoạch năm do cấp ủy cấp trên nhập",
    );
    await h.say("Lan", "private", "/kehoach");
    await h.press("Lan", "private", "Năm 2024");
    await h.press("Lan", "private", "Kế hoạch của Tỉnh ủy Bình Dương năm 2024");
    const saved = texts(await h.press("Lan", "private", "✅ Lưu"));
    expect(saved).toContain("Đã lưu kế hoạch năm 2024 cho Chi bộ Khu phố 1");
    expect(h.app.services.plans.ofScope(ALL_CELLS, 2024)?.issuedBy).toBe("Tỉnh ủy Bình Dương");
    expect(texts(await h.say("Hùng", "group:1", "/chuyende"))).toContain("ý đảng hợp lòng dân");
  });

  it("refuses that secretary once another cell would follow the same plan", async () => {
    h = new Harness({ now: "2024-03-10T02:00:00Z" });
    await h.cellWith(["Hùng"]);
    h.admins.add("console:Mai");
    await h.say("Mai", "group:2", "/khoitao Chi bộ Khu phố 2");
    await h.say("Lan", "private", "/kehoach");
    const refused = texts(await h.press("Lan", "private", "Năm 2024"));
    expect(refused).toContain("còn áp dụng cho 1 chi bộ khác");
    expect(h.app.services.conversations.dialog("console:Lan", "console:Lan")).toBeUndefined();
  });
});

describe("/chuyende before any plan", () => {
  it("names /kehoach and says who uses it, with no shell command", async () => {
    h = new Harness({ now: "2024-03-10T02:00:00Z" });
    await h.cellWith(["Hùng"]);
    const topic = texts(await h.say("Hùng", "group:1", "/chuyende"));
    expect(topic).toContain("lịch mặc định");
    expect(topic).toContain("/kehoach");
    expect(topic).not.toMatch(/npm|cli/);
    expect(fitsOneScreen(topic)).toBe(true);
  });
});
