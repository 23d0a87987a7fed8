import { describe, expect, it } from "vitest";
import type {
  DocumentHeading,
  MemberResultsReport,
  NominationList,
  Say,
  YearEndReport,
} from "../../src/documents/document-data.js";
import { memberResultsDocx } from "../../src/documents/docx/member-results-report.js";
import { nominationListDocx } from "../../src/documents/docx/nomination-list.js";
import { yearEndReportDocx } from "../../src/documents/docx/year-end-report.js";
import { plainText } from "../../src/domain/rich-text.js";
import { Translator } from "../../src/i18n.js";
import { letterheadLines, open } from "./docx-reader.js";

/** The year's end in Word: a member's own report, the cell's year-end report, the praise list. */

const vi = new Translator("vi");
const say: Say = (key, args) => plainText(vi.t(key, args));
const en = new Translator("en");
const sayEn: Say = (key, args) => plainText(en.t(key, args));

const HOSTILE = 'Đọc <b>sách</b> & "ghi" \u0007chép';
const HOSTILE_SHOWN = 'Đọc <b>sách</b> & "ghi" chép';

const LEVEL_NAMES = {
  excellent: "Hoàn thành xuất sắc nhiệm vụ",
  good: "Hoàn thành tốt nhiệm vụ",
  done: "Hoàn thành nhiệm vụ",
  notDone: "Không hoàn thành nhiệm vụ",
};
const PART_NAMES = { study: "Học tập", follow: "Thực hành", example: "Nêu gương" };
const RULE = "Quy định 366-QĐ/TW ngày 30/8/2025";

const heading: DocumentHeading = {
  partyOrganisation: "Đảng bộ phường Phú Hòa",
  committeeName: "Đảng ủy phường Phú Hòa",
  cellName: "Khu phố 1",
  place: "Thủ Dầu Một",
  day: "2024-12-10",
  secretaryName: "Nguyễn Văn An",
};

const member: MemberResultsReport = {
  heading,
  year: 2024,
  memberName: "Trần Thị Bích Ngọc",
  role: "member",
  status: "full",
  partNames: PART_NAMES,
  levelNames: LEVEL_NAMES,
  gradingRule: RULE,
  plan: {
    study: "Đọc 12 bài về đạo đức",
    follow: "Tiết kiệm điện nước",
    example: "Đi họp đúng giờ",
  },
  results: {
    parts: {
      study: { outcome: "done", text: HOSTILE, why: null },
      follow: { outcome: "partly", text: "Tắt đèn khi ra về", why: "Ốm tháng 9 & 10" },
      example: { outcome: "notDone", text: "", why: "Chuyển công tác" },
    },
    proposedLevel: "good",
    submittedOn: "2024-12-05",
  },
  progress: [
    { part: "study", status: "underway", note: "Đã đọc 6 bài", day: "2024-06-25", withPhoto: true },
    { part: "study", status: "done", note: null, day: "2024-09-25", withPhoto: false },
  ],
};

describe("memberResultsDocx", () => {
  it("reports the plan, each part's results and progress, and the level proposed", async () => {
    const doc = await open(await memberResultsDocx(member, say));
    // The member's own paper: no number in the cell's register.
    expect(letterheadLines(doc)).toEqual(["ĐẢNG BỘ PHƯỜNG PHÚ HÒA", "CHI BỘ KHU PHỐ 1", "*"]);
    expect(doc.paragraphs).toContain(
      "Kết quả thực hiện kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2024",
    );
    expect(doc.paragraphs).toContain("Họ và tên: Trần Thị Bích Ngọc.");
    expect(doc.paragraphs).toContain("I. KẾT QUẢ THỰC HIỆN KẾ HOẠCH");
    // The parts as the plan names them.
    expect(doc.paragraphs).toContain("2. Thực hành");
    expect(doc.paragraphs).toContain("Nội dung đã đăng ký: Đọc 12 bài về đạo đức");
    expect(doc.paragraphs).toContain(`Việc đã làm: ${HOSTILE_SHOWN}`);
    expect(doc.xml).toContain("&lt;b&gt;sách&lt;/b&gt; &amp;");
    expect(doc.paragraphs).toContain("Kết quả: Hoàn thành một phần.");
    expect(doc.paragraphs).toContain("Việc chưa làm được và lý do: Ốm tháng 9 & 10");
    expect(doc.paragraphs).toContain("Việc đã làm: (chưa ghi)");
    expect(doc.paragraphs).toContain(
      "- 25/06/2024: đang thực hiện — Đã đọc 6 bài (có ảnh minh chứng)",
    );
    expect(doc.paragraphs).toContain("- 25/09/2024: đã xong");
    expect(doc.paragraphs).toContain("II. TỰ ĐÁNH GIÁ, XẾP LOẠI");
    expect(doc.paragraphs).toContain(
      `Căn cứ ${RULE}, tôi tự nhận mức xếp loại chất lượng: Hoàn thành tốt nhiệm vụ.`,
    );
    // Signed by the member; the cell confirms.
    expect(doc.paragraphs).toContain("NGƯỜI BÁO CÁO");
    expect(doc.paragraphs).toContain("XÁC NHẬN CỦA CHI BỘ");
    expect(doc.paragraphs.filter((p) => p === "Trần Thị Bích Ngọc")).toHaveLength(1);
    expect(doc.xml).not.toContain("\u0007");
  });

  it("leaves lines to write by hand before results, and says when there is no plan", async () => {
    const before = await open(await memberResultsDocx({ ...member, results: null }, say));
    expect(before.paragraphs.filter((p) => p === "Chưa báo cáo kết quả phần này.")).toHaveLength(3);
    expect(before.paragraphs).toContain(`Căn cứ ${RULE}, tôi tự nhận mức xếp loại chất lượng:`);
    const none = await open(
      await memberResultsDocx({ ...member, plan: null, results: null, progress: [] }, say),
    );
    expect(none.paragraphs).toContain(
      "Tôi chưa đăng ký kế hoạch học tập và làm theo năm 2024 với Chi bộ.",
    );
    expect(none.paragraphs).not.toContain("1. Học tập");
  });

  it("builds in English from the same keys", async () => {
    const doc = await open(await memberResultsDocx(member, sayEn));
    expect(doc.paragraphs).toContain("Result: Partly done.");
    expect(doc.paragraphs).toContain("REPORTED BY");
  });
});

const yearEnd: YearEndReport = {
  heading,
  timeZone: "Asia/Ho_Chi_Minh",
  year: 2024,
  partNames: PART_NAMES,
  levelNames: LEVEL_NAMES,
  gradingRule: RULE,
  registration: { members: 5, registered: 3, missing: 1, exempt: 1 },
  required: [
    {
      name: "Nguyễn Văn An",
      role: "secretary",
      outcomes: { study: "done", follow: "done", example: "done" },
      agreedLevel: "excellent",
    },
    {
      name: "Lê <b>Bảy</b> & Co",
      role: "member",
      outcomes: { study: "done", follow: "partly", example: "notDone" },
      agreedLevel: "good",
    },
    {
      name: "Trần Thị Bích Ngọc",
      role: "member",
      outcomes: { study: "partly", follow: "done", example: "done" },
      agreedLevel: null,
    },
    // Graded by the cell without having reported (no chat account).
    { name: "Phạm Văn Dũng", role: "member", outcomes: null, agreedLevel: "done" },
  ],
  model: {
    title: "Giữ đường phố sạch & đẹp",
    what: "Mỗi tháng một buổi dọn vệ sinh",
    who: "Cả chi bộ",
    byDay: "2024-11-30",
    progress: [
      { quarter: 2, note: "Ba buổi, 40 hộ tham gia" },
      { quarter: 3, note: "Trồng 20 cây" },
    ],
  },
  meetings: [],
};

describe("yearEndReportDocx", () => {
  it("gives the registration, results reported, levels agreed with names, the model", async () => {
    const doc = await open(await yearEndReportDocx(yearEnd, say));
    expect(letterheadLines(doc).at(-1)).toBe("Số ……-BC/CB");
    expect(doc.paragraphs).toContain("I. KẾT QUẢ ĐĂNG KÝ KẾ HOẠCH HỌC TẬP VÀ LÀM THEO");
    expect(doc.paragraphs).toContain("Đã đăng ký: 3/4 đồng chí, đạt 75%.");
    expect(doc.paragraphs).toContain("II. KẾT QUẢ THỰC HIỆN KẾ HOẠCH CỦA ĐẢNG VIÊN");
    expect(doc.paragraphs).toContain(
      "Đã báo cáo kết quả: 3/4 đồng chí thuộc diện phải đăng ký, đạt 75%.",
    );
    expect(doc.paragraphs).toContain(
      "Chưa báo cáo kết quả: 1 đồng chí, gồm các đồng chí: Phạm Văn Dũng.",
    );
    // A row per member who reported: outcomes only, never what they wrote.
    const row = doc.cells.indexOf("Lê <b>Bảy</b> & Co");
    expect(doc.cells.slice(row, row + 4)).toEqual([
      "Lê <b>Bảy</b> & Co",
      "Đã hoàn thành",
      "Hoàn thành một phần",
      "Chưa hoàn thành",
    ]);
    expect(doc.cells).toContain("Thực hành");
    expect(doc.paragraphs).toContain("III. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI");
    expect(doc.paragraphs).toContain(`Căn cứ ${RULE}, Chi bộ đã đánh giá, xếp loại 3/4 đồng chí:`);
    expect(doc.paragraphs).toContain(
      "- Hoàn thành xuất sắc nhiệm vụ: 1 đồng chí, gồm các đồng chí: Nguyễn Văn An.",
    );
    expect(doc.paragraphs).toContain(
      "- Hoàn thành tốt nhiệm vụ: 1 đồng chí, gồm các đồng chí: Lê <b>Bảy</b> & Co.",
    );
    expect(doc.paragraphs).toContain(
      "- Hoàn thành nhiệm vụ: 1 đồng chí, gồm các đồng chí: Phạm Văn Dũng.",
    );
    expect(doc.paragraphs).toContain("- Không hoàn thành nhiệm vụ: 0 đồng chí.");
    expect(doc.paragraphs).toContain(
      "- Chưa xếp loại: 1 đồng chí, gồm các đồng chí: Trần Thị Bích Ngọc.",
    );
    expect(doc.paragraphs).toContain("IV. MÔ HÌNH, VIỆC LÀM THEO BÁC CỦA CHI BỘ");
    expect(doc.paragraphs).toContain("Tên mô hình: Giữ đường phố sạch & đẹp");
    expect(doc.paragraphs).toContain("Thời hạn hoàn thành: 30/11/2024.");
    const q1 = doc.cells.indexOf("Quý I/2024");
    expect(doc.cells.slice(q1, q1 + 8)).toEqual([
      "Quý I/2024",
      "(chưa báo cáo)",
      "Quý II/2024",
      "Ba buổi, 40 hộ tham gia",
      "Quý III/2024",
      "Trồng 20 cây",
      "Quý IV/2024",
      "(chưa báo cáo)",
    ]);
    expect(doc.paragraphs).toContain("V. SINH HOẠT CHI BỘ");
    expect(doc.paragraphs).toContain("T/M CHI BỘ");
  });

  it("says there is no model and no result yet", async () => {
    const doc = await open(
      await yearEndReportDocx(
        {
          ...yearEnd,
          model: null,
          required: yearEnd.required.map((m) => ({ ...m, outcomes: null, agreedLevel: null })),
        },
        say,
      ),
    );
    expect(doc.paragraphs).toContain(
      "Đã báo cáo kết quả: 0/4 đồng chí thuộc diện phải đăng ký, đạt 0%.",
    );
    expect(doc.paragraphs).toContain("Chi bộ chưa đăng ký mô hình, việc làm theo Bác trong năm.");
    expect(doc.cells).not.toContain("Đã hoàn thành");
  });
});

const nominations: NominationList = {
  heading,
  year: 2024,
  round: "yearEnd",
  confirmed: true,
  nominees: [
    {
      kind: "collective",
      name: "Tổ dân phố 3 <script>",
      role: null,
      reason: "Giữ đường phố sạch & xanh",
      votes: 9,
      confirmed: true,
    },
    {
      kind: "individual",
      name: "Nguyễn Văn An",
      role: "secretary",
      reason: "Gương mẫu, tận tụy",
      votes: 7,
      confirmed: true,
    },
  ],
};

describe("nominationListDocx", () => {
  it("lists collectives then members with position and achievements (mẫu 03)", async () => {
    const doc = await open(await nominationListDocx(nominations, say));
    expect(doc.paragraphs).toContain("DANH SÁCH");
    expect(doc.paragraphs).toContain(
      "Đề nghị biểu dương tập thể, cá nhân điển hình tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh dịp tổng kết năm 2024",
    );
    expect(doc.paragraphs).toContain("I. TẬP THỂ");
    expect(doc.paragraphs).toContain("II. CÁ NHÂN");
    const collective = doc.cells.indexOf("Tổ dân phố 3 <script>");
    expect(doc.cells.slice(collective, collective + 3)).toEqual([
      "Tổ dân phố 3 <script>",
      "Giữ đường phố sạch & xanh",
      "9",
    ]);
    expect(doc.cells).toContain("Vai trò");
    expect(doc.cells).toContain("Thành tích tiêu biểu");
    const person = doc.cells.indexOf("Nguyễn Văn An");
    expect(doc.cells.slice(person, person + 4)).toEqual([
      "Nguyễn Văn An",
      "Bí thư",
      "Gương mẫu, tận tụy",
      "7",
    ]);
    expect(doc.text).not.toContain("DỰ THẢO");
  });

  it("marks a list the secretary has not confirmed as a draft, and says who is missing", async () => {
    const doc = await open(
      await nominationListDocx(
        { ...nominations, round: "midterm", confirmed: false, nominees: [] },
        say,
      ),
    );
    expect(doc.text).toContain("DỰ THẢO");
    expect(doc.text).toContain("dịp sơ kết năm 2024");
    expect(doc.paragraphs).toContain("Không có tập thể nào được đề nghị.");
    expect(doc.paragraphs).toContain("Không có cá nhân nào được đề nghị.");
  });
});
