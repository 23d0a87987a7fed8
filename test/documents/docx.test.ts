import { describe, expect, it } from "vitest";
import type {
  DocumentHeading,
  MeetingMinutes,
  PollOutcome,
  RegistrationReport,
  ResultsReport,
  Say,
} from "../../src/documents/document-data.js";
import { meetingMinutesDocx } from "../../src/documents/docx/meeting-minutes.js";
import {
  committeeInSentence,
  dateInWords,
  fitWidths,
  placeAndDate,
  roman,
  wordSafe,
} from "../../src/documents/docx/party-document.js";
import { registrationReportDocx } from "../../src/documents/docx/registration-report.js";
import { resultsReportDocx } from "../../src/documents/docx/results-report.js";
import { rollupDocx } from "../../src/documents/docx/rollup-report.js";
import { MEETING_KINDS } from "../../src/domain/meeting-rules.js";
import { MEMBER_ROLES, MEMBER_STATUSES } from "../../src/domain/member-rules.js";
import { plainText } from "../../src/domain/rich-text.js";
import { Translator } from "../../src/i18n.js";
import type { CellRollupRow, CommitteeRollup } from "../../src/reports/rollup.js";
import { type Docx, letterheadLines, open, tableGrids, tableRows } from "./docx-reader.js";

const vi = new Translator("vi");
const say: Say = (key, args) => plainText(vi.t(key, args));
const en = new Translator("en");
const sayEn: Say = (key, args) => plainText(en.t(key, args));

const TZ = "Asia/Ho_Chi_Minh";
/** A name a person pasted: markup characters and a bell character in it. */
const TRICKY = 'Lê Văn <b>&" \u0007Bảy';
const TRICKY_SHOWN = 'Lê Văn <b>&" Bảy';
/** Composed as Word should show it; the data carries it decomposed. */
const HOA = "Trần Thị Hòa";

/** The four levels as Quy định 366-QĐ/TW names them (plans/default.yaml). */
const LEVEL_NAMES = {
  excellent: "Hoàn thành xuất sắc nhiệm vụ",
  good: "Hoàn thành tốt nhiệm vụ",
  done: "Hoàn thành nhiệm vụ",
  notDone: "Không hoàn thành nhiệm vụ",
};
/** A 300-character name: it must wrap inside its column. */
const LONG = `${"Nguyễn Thị Minh Khai ".repeat(15).slice(0, 299)}X`;

const heading: DocumentHeading = {
  partyOrganisation: "Đảng bộ phường Phú Cường",
  committeeName: "Đảng ủy phường Phú Cường",
  cellName: "Chi bộ Khu phố 1",
  place: "Thủ Dầu Một",
  day: "2024-05-09",
  secretaryName: "Nguyễn Văn An",
};

/**
 * The narrowest a column can be, in twips, for a text in Times New Roman 13 pt not to break:
 * its advance widths (digits 0.5 em, "/" 0.278 em, as the font's metrics give them) and the
 * cell's margins of 80 twips on each side.
 */
const timesWidth = (em: number) => Math.ceil(em * 13 * 20) + 160;
/** "06/12/2026" in Times New Roman: eight digits and two slashes. */
const DATE_WIDTH = timesWidth(8 * 0.5 + 2 * 0.278);
/** "CB-D6GS" in Times New Roman: C, B, -, D, 6, G, S. */
const CODE_WIDTH = timesWidth(0.667 + 0.667 + 0.333 + 0.722 + 0.5 + 0.722 + 0.556);

function expectPartyLayout(doc: Docx) {
  // A4 portrait, left margin 3 cm, top and bottom 2 cm.
  expect(doc.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  expect(doc.xml).toMatch(/<w:pgMar [^>]*w:left="1701"/);
  expect(doc.xml).toMatch(/<w:pgMar [^>]*w:top="1134"/);
  expect(doc.xml).toMatch(/<w:pgMar [^>]*w:bottom="1134"/);
  // Times New Roman on the runs themselves and as the document's default.
  expect(doc.xml).toContain('w:ascii="Times New Roman"');
  expect(doc.styles).toContain('w:ascii="Times New Roman"');
  expect(doc.xml).not.toMatch(/w:ascii="(?!Times New Roman)/);
  expect(doc.paragraphs).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
  // Nothing Word refuses.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: checking they are gone.
  expect(doc.xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  expectPageNumbersFromTheSecond(doc);
  expectRowsWhole(doc);
}

/** Hướng dẫn 36: pages numbered from the second, in the middle at the top; none on the first. */
function expectPageNumbersFromTheSecond(doc: Docx) {
  // The first page has a header of its own…
  expect(doc.xml).toMatch(/<w:sectPr>[\s\S]*<w:titlePg\/>[\s\S]*<\/w:sectPr>/);
  expect(doc.headers.first).toBeDefined();
  expect(doc.headers.first).not.toContain("PAGE");
  // …and the others show the PAGE field, centred, in the body's size.
  const page = doc.headers.default ?? "";
  expect(page).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
  expect(page).toContain('<w:jc w:val="center"/>');
  expect(page).toContain('<w:sz w:val="28"/>');
}

/** Every row of every bordered table stays on one page; the first row repeats on the next. */
function expectRowsWhole(doc: Docx) {
  const bordered = [...doc.xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)]
    .map((m) => m[1] ?? "")
    .filter((table) => table.includes('<w:insideH w:val="single"'));
  for (const table of bordered) {
    const rows = [...table.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1] ?? "");
    for (const row of rows) expect(row).toContain("<w:cantSplit/>");
    expect(rows[0]).toContain("<w:tblHeader/>");
    for (const row of rows.slice(1)) expect(row).not.toContain("<w:tblHeader/>");
  }
}

/** The last line with text: the name under the signature on the right. */
const lastLine = (doc: Docx) => doc.paragraphs.filter((p) => p.trim()).at(-1);

const paragraphWith = (doc: Docx, text: string) => doc.paragraphs.find((p) => p.includes(text));

describe("registrationReportDocx", () => {
  const data: RegistrationReport = {
    heading,
    year: 2024,
    deadline: "2024-04-30",
    annualTopic: "Vận dụng tư tưởng Hồ Chí Minh về “ý Đảng hợp lòng dân”",
    partNames: { study: "Học tập", follow: "Làm theo", example: "Nêu gương" },
    members: [
      {
        name: "Nguyễn Văn An",
        role: "secretary",
        status: "full",
        registration: "registered",
        study: "Đọc chuyên đề năm 2024\nghi chép 2 trang",
        follow: "Giữ vệ sinh khu phố",
        example: "Đi họp đúng giờ",
      },
      {
        name: TRICKY,
        role: "member",
        status: "probationary",
        registration: "registered",
        study: "Học Bác tính tiết kiệm",
        follow: "Trồng cây xanh",
        example: "",
      },
      {
        name: HOA.normalize("NFD"),
        role: "member",
        status: "full",
        registration: "missing",
      },
      { name: LONG, role: "committee", status: "full", registration: "missing" },
      { name: "Phạm Văn Cường", role: "member", status: "exempt", registration: "exempt" },
      { name: "Đỗ Thị Dung", role: "member", status: "retired", registration: "exempt" },
    ],
  };

  it("lays out the letterhead of a cell: party organisation, cell, star, number, place and date", async () => {
    const doc = await open(await registrationReportDocx(data, say));
    expectPartyLayout(doc);
    expect(letterheadLines(doc)).toEqual([
      "ĐẢNG BỘ PHƯỜNG PHÚ CƯỜNG",
      "CHI BỘ KHU PHỐ 1",
      "*",
      "Số ……-BC/CB",
    ]);
    expect(doc.paragraphs).toContain("*");
    expect(doc.paragraphs).toContain("Thủ Dầu Một, ngày 09 tháng 5 năm 2024");
    expect(doc.paragraphs).toContain("BÁO CÁO");
    expect(doc.paragraphs).toContain(
      "Kết quả đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2024",
    );
    // Bold, underlined party line; italic date.
    const party = doc.xml.slice(0, doc.xml.indexOf("ĐẢNG CỘNG SẢN VIỆT NAM"));
    expect(party.slice(party.lastIndexOf("<w:r>"))).toMatch(/<w:b\/>[\s\S]*<w:u w:val="single"/);
  });

  it("gives the counts, each registered member's three parts, the missing and the exempt", async () => {
    const doc = await open(await registrationReportDocx(data, say));
    expect(doc.paragraphs).toContain("Tổng số đảng viên trong danh sách chi bộ: 6 đồng chí.");
    expect(doc.paragraphs).toContain("Số đảng viên phải đăng ký: 4 đồng chí.");
    expect(doc.paragraphs).toContain("Đã đăng ký: 2/4 đồng chí, đạt 50%.");
    expect(doc.paragraphs).toContain("Chưa đăng ký: 2 đồng chí.");
    expect(doc.paragraphs).toContain("Miễn đăng ký: 2 đồng chí.");
    for (const header of ["STT", "Họ và tên", "Học tập", "Làm theo", "Nêu gương"]) {
      expect(doc.cells).toContain(header);
    }
    expect(doc.cells).toContain("Nguyễn Văn An");
    expect(doc.cells).toContain("Đọc chuyên đề năm 2024\nghi chép 2 trang");
    expect(doc.cells).toContain("Giữ vệ sinh khu phố");
    expect(doc.cells).toContain("Đi họp đúng giờ");
    expect(doc.cells).toContain("Trồng cây xanh");
    expect(doc.cells).toContain("(chưa ghi)");
    // What a person typed arrives as typed: markup escaped, the bell character gone.
    expect(doc.cells).toContain(TRICKY_SHOWN);
    expect(doc.xml).toContain("Lê Văn &lt;b&gt;&amp;");
    expect(doc.xml).not.toContain("\u0007");
    // Composed, as Word shows it.
    expect(doc.cells).toContain(HOA);
    expect(doc.xml).not.toContain(HOA.normalize("NFD"));
    expect(doc.cells).toContain(LONG);
    expect(paragraphWith(doc, "ĐẢNG VIÊN CHƯA ĐĂNG KÝ")).toBe("III. ĐẢNG VIÊN CHƯA ĐĂNG KÝ");
    expect(doc.cells).toContain("Chi ủy viên");
    expect(doc.cells).toContain("Được miễn sinh hoạt đảng");
    expect(doc.cells).toContain("Đảng viên nghỉ hưu, theo quyết định của chi bộ");
  });

  it("heads the parts' columns with the names the year's plan gives them", async () => {
    const partNames = { study: "Học tập", follow: "Thực hành", example: "Nêu gương" };
    const doc = await open(await registrationReportDocx({ ...data, partNames }, say));
    const header = doc.cells.indexOf("STT");
    expect(doc.cells.slice(header, header + 5)).toEqual([
      "STT",
      "Họ và tên",
      "Học tập",
      "Thực hành",
      "Nêu gương",
    ]);
    expect(doc.text).not.toContain("Làm theo");
  });

  it("has a 300-character name to wrap", () => expect(LONG).toHaveLength(300));

  it("prints the party organisation as set, never the committee as typed, dots without one", async () => {
    const set = await open(
      await registrationReportDocx(
        {
          ...data,
          heading: {
            ...heading,
            partyOrganisation: "ĐẢNG BỘ PHƯỜNG PHÚ HÒA",
            committeeName: "ĐẢNG ỦY PHƯỜNG PHÚ HÒA",
          },
        },
        say,
      ),
    );
    expect(letterheadLines(set)[0]).toBe("ĐẢNG BỘ PHƯỜNG PHÚ HÒA");
    expect(set.text).not.toContain("ĐẢNG ỦY PHƯỜNG PHÚ HÒA");
    // The committee is who the report goes to.
    expect(set.paragraphs).toContain("- Đảng ủy Phường Phú Hòa (để báo cáo);");
    // Typed as a place only: "Đảng bộ" goes before it.
    const bare = await open(
      await registrationReportDocx(
        { ...data, heading: { ...heading, partyOrganisation: "phường Hiệp Thành" } },
        say,
      ),
    );
    expect(letterheadLines(bare)[0]).toBe("ĐẢNG BỘ PHƯỜNG HIỆP THÀNH");
    // Not set: a line to write it by hand, not a guess from the committee's name.
    const unset = await open(
      await registrationReportDocx(
        { ...data, heading: { ...heading, partyOrganisation: null, committeeName: "Đảng ủy X" } },
        say,
      ),
    );
    expect(letterheadLines(unset)).toEqual(["…………………………", "CHI BỘ KHU PHỐ 1", "*", "Số ……-BC/CB"]);
    expect(unset.text).not.toContain("ĐẢNG ỦY X");
    expect(unset.text).not.toContain("ĐẢNG BỘ X");
  });

  it("writes the place in the date line, and dots only when there is none", async () => {
    const set = await open(await registrationReportDocx(data, say));
    expect(set.paragraphs).toContain("Thủ Dầu Một, ngày 09 tháng 5 năm 2024");
    const unset = await open(
      await registrationReportDocx({ ...data, heading: { ...heading, place: null } }, say),
    );
    expect(unset.paragraphs).toContain("……………, ngày 09 tháng 5 năm 2024");
    expect(unset.text).not.toContain("Thủ Dầu Một");
  });

  it("keeps long names in fixed columns and signs for the cell", async () => {
    const doc = await open(await registrationReportDocx(data, say));
    expect(doc.xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(doc.xml).toMatch(/<w:gridCol w:w="\d+"\/>/);
    expect(doc.paragraphs).toContain("Nơi nhận:");
    expect(doc.paragraphs).toContain("- Đảng ủy phường Phú Cường (để báo cáo);");
    expect(doc.paragraphs).toContain("- Lưu chi bộ.");
    expect(doc.paragraphs).toContain("T/M CHI BỘ");
    expect(doc.paragraphs).toContain("BÍ THƯ");
    expect(lastLine(doc)).toBe("Nguyễn Văn An");
  });

  it("builds for a cell with no members and no committee, saying there is none", async () => {
    const empty: RegistrationReport = {
      ...data,
      heading: {
        ...heading,
        partyOrganisation: null,
        committeeName: null,
        secretaryName: null,
        cellName: "Khu phố 9",
      },
      annualTopic: "",
      members: [],
    };
    const doc = await open(await registrationReportDocx(empty, say));
    expectPartyLayout(doc);
    expect(doc.cells[0]).toBe("…………………………CHI BỘ KHU PHỐ 9*Số ……-BC/CB");
    expect(doc.text).not.toContain("ĐẢNG BỘ");
    expect(doc.paragraphs).toContain("Không có đảng viên nào đã đăng ký.");
    expect(doc.paragraphs).toContain("Không có đảng viên nào chưa đăng ký.");
    expect(doc.paragraphs).toContain("Đã đăng ký: 0 đồng chí.");
    expect(doc.paragraphs).toContain("- Cấp ủy cấp trên (để báo cáo);");
    expect(lastLine(doc)).toBe("……………");
  });

  it("builds in English from the same keys", async () => {
    const doc = await open(await registrationReportDocx(data, sayEn));
    expect(doc.paragraphs).toContain("COMMUNIST PARTY OF VIETNAM");
    expect(doc.paragraphs).toContain("Registered: 2/4, that is 50%.");
  });
});

describe("meetingMinutesDocx", () => {
  const data: MeetingMinutes = {
    heading,
    timeZone: TZ,
    meeting: {
      kind: "regular",
      // 19:30 to 21:30 in Vietnam (UTC+7).
      startsAt: new Date("2024-05-20T12:30:00Z"),
      endsAt: new Date("2024-05-20T14:30:00Z"),
      place: "Nhà văn hóa khu phố 1",
      topic: "Học tập chuyên đề năm 2024",
      present: ["Nguyễn Văn An", TRICKY, LONG],
      absentWithReason: [
        { name: "Trần Văn Bình", reason: "đi công tác" },
        { name: HOA.normalize("NFD"), reason: null },
      ],
      absentWithoutReason: ["Lý Văn Em"],
      exempt: ["Phạm Văn Cường"],
    },
    byStatus: { full: 5, probationary: 1, exempt: 1 },
    chairName: "Nguyễn Văn An",
    minuteTakerName: "Võ Thị Giang",
    poll: {
      question: "Chọn mô hình “Khu phố sạch” năm 2024?",
      anonymous: true,
      total: 3,
      options: [
        { option: "Đồng ý", votes: 2 },
        { option: "Không đồng ý", votes: 1 },
      ],
    },
  };

  it("writes time, place, attendance, chair, secretary, content, vote and signatures", async () => {
    const doc = await open(await meetingMinutesDocx(data, say));
    expectPartyLayout(doc);
    expect(doc.cells[0]).toBe("ĐẢNG BỘ PHƯỜNG PHÚ CƯỜNGCHI BỘ KHU PHỐ 1*Số ……-BB/CB");
    expect(doc.paragraphs).toContain("BIÊN BẢN");
    expect(doc.paragraphs).toContain("Sinh hoạt chi bộ định kỳ tháng 5 năm 2024");
    expect(doc.paragraphs).toContain(
      "Thời gian: từ 19 giờ 30 đến 21 giờ 30, ngày 20 tháng 5 năm 2024.",
    );
    expect(doc.paragraphs).toContain("Địa điểm: Nhà văn hóa khu phố 1.");
    expect(doc.paragraphs).toContain(
      "Tổng số đảng viên của chi bộ: 7 đồng chí (chính thức: 6, dự bị: 1).",
    );
    expect(doc.paragraphs).toContain("Trong đó có 1 đồng chí được miễn sinh hoạt.");
    expect(doc.paragraphs).toContain(
      `Có mặt: 3/6 đồng chí phải dự sinh hoạt (50%), gồm các đồng chí: Nguyễn Văn An, ${TRICKY_SHOWN}, ${LONG}.`,
    );
    expect(doc.paragraphs).toContain("- Đồng chí Trần Văn Bình — đi công tác;");
    expect(doc.paragraphs).toContain(`- Đồng chí ${HOA} — chưa nêu lý do;`);
    expect(doc.paragraphs).toContain(
      "Vắng không có lý do: 1 đồng chí, gồm các đồng chí: Lý Văn Em.",
    );
    expect(doc.paragraphs).toContain(
      "Miễn sinh hoạt (không tính vào số phải dự): 1 đồng chí, gồm các đồng chí: Phạm Văn Cường.",
    );
    expect(doc.paragraphs).toContain("Chủ trì: đồng chí Nguyễn Văn An.");
    expect(doc.paragraphs).toContain("Thư ký: đồng chí Võ Thị Giang.");
    expect(doc.paragraphs).toContain("Chủ đề: Học tập chuyên đề năm 2024");
    expect(doc.paragraphs).toContain("1. Diễn biến buổi sinh hoạt:");
    // Dotted lines to write on: a right tab with a dot leader across the page.
    expect(doc.xml).toMatch(/<w:tab w:val="right" w:pos="9071" w:leader="dot"\/>/);
    expect(doc.paragraphs).toContain("III. KẾT QUẢ BÌNH CHỌN");
    expect(doc.text).not.toContain("chưa kết thúc");
    expect(doc.paragraphs).toContain("Hình thức: bỏ phiếu kín.");
    expect(doc.cells).toContain("Đồng ý");
    expect(doc.cells).toContain("66,7%");
    expect(doc.paragraphs).toContain("Buổi sinh hoạt kết thúc lúc 21 giờ 30 cùng ngày.");
    expect(doc.paragraphs).toContain("THƯ KÝ");
    expect(doc.paragraphs).toContain("CHỦ TRÌ");
    expect(doc.paragraphs).toContain("Võ Thị Giang");
    expect(doc.paragraphs).not.toContain("Nơi nhận:");
    const signatures = doc.text.slice(doc.text.lastIndexOf("THƯ KÝ"));
    expect(signatures.indexOf("THƯ KÝ")).toBeLessThan(signatures.indexOf("CHỦ TRÌ"));
    expect(doc.xml).not.toContain("\u0007");
  });

  it("spells a meeting across midnight in full, and leaves dots for who is unknown", async () => {
    const doc = await open(
      await meetingMinutesDocx(
        {
          ...data,
          meeting: {
            ...data.meeting,
            kind: "thematic",
            startsAt: new Date("2024-01-05T16:00:00Z"),
            endsAt: new Date("2024-01-05T17:05:00Z"),
            present: [],
            absentWithReason: [],
            absentWithoutReason: [],
            exempt: [],
            topic: "",
          },
          byStatus: {},
          chairName: null,
          minuteTakerName: null,
          poll: null,
        },
        say,
      ),
    );
    expect(doc.paragraphs).toContain("Sinh hoạt chi bộ chuyên đề tháng 01 năm 2024");
    expect(doc.paragraphs).toContain(
      "Thời gian: từ 23 giờ 00, ngày 05 tháng 01 năm 2024 đến 0 giờ 05, ngày 06 tháng 01 năm 2024.",
    );
    expect(doc.paragraphs).toContain(
      "Có mặt: không có đồng chí nào (số phải dự sinh hoạt: 0 đồng chí).",
    );
    expect(doc.paragraphs).toContain("Vắng có lý do: không có.");
    expect(doc.paragraphs).toContain("Vắng không có lý do: không có.");
    expect(doc.paragraphs).toContain("Chủ trì: đồng chí …………….");
    expect(doc.paragraphs).toContain("Thư ký: đồng chí …………….");
    expect(doc.paragraphs).toContain(
      "Tổng số đảng viên của chi bộ: 0 đồng chí (chính thức: 0, dự bị: 0).",
    );
    expect(doc.text).not.toContain("Trong đó có");
    expect(doc.paragraphs).toContain("Chủ đề: ……………");
    expect(doc.text).not.toContain("KẾT QUẢ BÌNH CHỌN");
    expect(doc.paragraphs).toContain(
      "Buổi sinh hoạt kết thúc lúc 0 giờ 05, ngày 06 tháng 01 năm 2024.",
    );
  });

  it("keeps retirement and exemption out of the Party status", async () => {
    const doc = await open(
      await meetingMinutesDocx(
        { ...data, byStatus: { full: 4, probationary: 1, retired: 1, exempt: 1, transferred: 2 } },
        say,
      ),
    );
    // Retired and exempt members are full members; those who moved away are not the cell's.
    expect(doc.paragraphs).toContain(
      "Tổng số đảng viên của chi bộ: 7 đồng chí (chính thức: 6, dự bị: 1).",
    );
    expect(doc.paragraphs).toContain(
      "Trong đó có 1 đồng chí được miễn sinh hoạt, 1 đồng chí nghỉ hưu.",
    );
    expect(doc.text).not.toMatch(/Nghỉ hưu: \d|Chính thức: \d/);
  });

  it("marks a vote still open as such, not as its result", async () => {
    const doc = await open(
      await meetingMinutesDocx(
        {
          ...data,
          // Open until 21:30 the next day.
          poll: { ...(data.poll as PollOutcome), openUntil: new Date("2024-05-21T14:30:00Z") },
        },
        say,
      ),
    );
    expect(doc.paragraphs).toContain("III. BÌNH CHỌN (CHƯA KẾT THÚC)");
    expect(doc.text).not.toContain("KẾT QUẢ BÌNH CHỌN");
    expect(doc.paragraphs).toContain(
      "Cuộc bình chọn chưa kết thúc (mở đến 21 giờ 30, ngày 21 tháng 5 năm 2024): số phiếu dưới đây là số đã nhận khi lập văn bản, chưa phải kết quả cuối cùng.",
    );
  });

  it("writes every date in words the way the date line does", async () => {
    const doc = await open(
      await meetingMinutesDocx(
        {
          ...data,
          heading: { ...heading, day: "2026-12-06" },
          meeting: {
            ...data.meeting,
            // 13:50 to 15:50 in Vietnam, on 6 December.
            startsAt: new Date("2026-12-06T06:50:00Z"),
            endsAt: new Date("2026-12-06T08:50:00Z"),
          },
        },
        say,
      ),
    );
    expect(doc.paragraphs).toContain("Thủ Dầu Một, ngày 06 tháng 12 năm 2026");
    expect(doc.paragraphs).toContain(
      "Thời gian: từ 13 giờ 50 đến 15 giờ 50, ngày 06 tháng 12 năm 2026.",
    );
    expect(doc.text).not.toMatch(/ngày 6 tháng/);
  });
});

describe("resultsReportDocx", () => {
  const meeting = (day: string, kind: "regular" | "thematic", present: string[]) => ({
    kind,
    startsAt: new Date(`${day}T12:30:00Z`),
    endsAt: new Date(`${day}T14:30:00Z`),
    place: "Nhà văn hóa",
    topic: kind === "thematic" ? "Chuyên đề quý II" : "",
    present,
    absentWithReason: [{ name: "Trần Văn Bình", reason: "ốm" }],
    absentWithoutReason: kind === "regular" ? [TRICKY] : [],
    exempt: [],
  });
  const data: ResultsReport = {
    heading,
    timeZone: TZ,
    year: 2024,
    quarter: 2,
    registration: { members: 10, registered: 7, missing: 1, exempt: 2 },
    notRegistered: ["Hồ Văn Tám"],
    meetings: [
      meeting("2024-06-20", "thematic", ["Nguyễn Văn An", "Võ Thị Giang"]),
      meeting("2024-04-20", "regular", ["Nguyễn Văn An"]),
      meeting("2024-05-18", "regular", ["Nguyễn Văn An", "Võ Thị Giang"]),
    ],
    polls: [
      {
        question: "Biểu dương đồng chí nào?",
        anonymous: false,
        total: 4,
        options: [
          { option: "Nguyễn Văn An", votes: 3 },
          { option: LONG, votes: 1 },
        ],
      },
    ],
    next: { period: { year: 2024, quarter: 3 }, topic: "Nêu gương trong thực hành tiết kiệm" },
  };

  it("names the quarter and tables the meetings with their attendance", async () => {
    const doc = await open(await resultsReportDocx(data, say));
    expectPartyLayout(doc);
    expect(doc.paragraphs).toContain(
      "Kết quả thực hiện việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh Quý II/2024",
    );
    expect(doc.paragraphs).toContain("Đã đăng ký: 7/8 đồng chí, đạt 87,5%.");
    expect(doc.paragraphs).toContain(
      "Chi bộ đã tổ chức 3 buổi sinh hoạt (định kỳ: 2, chuyên đề: 1).",
    );
    // Sorted by date: April first.
    const april = doc.cells.indexOf("20/04/2024");
    const june = doc.cells.indexOf("20/06/2024");
    expect(april).toBeGreaterThan(0);
    expect(june).toBeGreaterThan(april);
    expect(doc.cells.slice(april, april + 6)).toEqual([
      "20/04/2024",
      "Định kỳ",
      "",
      "1/3",
      "1",
      "1",
    ]);
    expect(doc.cells.slice(june, june + 6)).toEqual([
      "20/06/2024",
      "Chuyên đề",
      "Chuyên đề quý II",
      "2/3",
      "1",
      "0",
    ]);
    expect(doc.cells).toContain("Tổng cộng");
    expect(doc.cells).toContain("5/10");
    expect(doc.paragraphs).toContain("1. Biểu dương đồng chí nào?");
    expect(doc.paragraphs).toContain("Hình thức: bình chọn công khai.");
    expect(doc.cells).toContain("75%");
    expect(doc.cells).toContain(LONG);
  });

  it("assesses the quarter: what chibo knows filled in, dotted lines for the rest", async () => {
    const doc = await open(await resultsReportDocx(data, say));
    const section = (title: string) => doc.paragraphs.indexOf(title);
    const assessment = section("IV. ĐÁNH GIÁ CHUNG");
    const strengths = section("1. Ưu điểm");
    const weaknesses = section("2. Hạn chế");
    const causes = section("3. Nguyên nhân");
    const direction = section("V. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III/2024");
    expect(assessment).toBeGreaterThan(0);
    expect([strengths, weaknesses, causes, direction]).toEqual(
      [strengths, weaknesses, causes, direction].sort((a, b) => a - b),
    );
    expect(strengths).toBeGreaterThan(assessment);
    const between = (from: number, to: number) => doc.paragraphs.slice(from + 1, to);
    expect(between(strengths, weaknesses).filter(Boolean)).toEqual([
      "- 7/8 đồng chí phải đăng ký đã đăng ký kế hoạch học tập và làm theo, đạt 87,5%.",
      "- Chi bộ đã tổ chức 3 buổi sinh hoạt, trong đó 1 buổi sinh hoạt chuyên đề; tỷ lệ đảng viên dự sinh hoạt đạt 50%.",
    ]);
    // Who is behind: not registered, and absent without a reason, most often first.
    expect(between(weaknesses, causes).filter(Boolean)).toEqual([
      "- Còn 1 đồng chí chưa đăng ký kế hoạch học tập và làm theo: Hồ Văn Tám.",
      `- 1 đồng chí vắng sinh hoạt không có lý do: ${TRICKY_SHOWN} (2 buổi).`,
    ]);
    // The causes only the cell knows: lines to write on.
    expect(between(causes, direction).filter(Boolean)).toEqual([]);
    expect(between(direction, doc.paragraphs.length).filter(Boolean).slice(0, 2)).toEqual([
      "- Tổ chức sinh hoạt chuyên đề Quý III/2024 với chủ đề “Nêu gương trong thực hành tiết kiệm”.",
      "- Đôn đốc 1 đồng chí chưa đăng ký hoàn thành việc đăng ký kế hoạch học tập và làm theo.",
    ]);
    const dotted = /<w:tab w:val="right" w:pos="9071" w:leader="dot"\/>/g;
    const xmlAfter = (title: string) => doc.xml.slice(doc.xml.indexOf(title));
    // 3 lines for strengths, 3 for shortcomings, 4 for causes, 4 for what comes next.
    expect(xmlAfter("1. Ưu điểm").match(dotted)).toHaveLength(14);
    expect(xmlAfter("3. Nguyên nhân").match(dotted)).toHaveLength(8);
  });

  it("gives dates and codes columns they fit in without breaking", async () => {
    const doc = await open(
      await resultsReportDocx(
        { ...data, meetings: [meeting("2026-12-06", "thematic", ["Nguyễn Văn An"])] },
        say,
      ),
    );
    expect(doc.cells).toContain("06/12/2026");
    // The meetings' table: STT, then the date.
    const grid = tableGrids(doc).find((columns) => columns.length === 7) ?? [];
    expect(grid[1]).toBeGreaterThanOrEqual(DATE_WIDTH);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(9071);
    expect(tableRows(doc).length).toBeGreaterThan(0);
  });

  it("says a vote still open is not a result yet", async () => {
    const poll = data.polls[0] as PollOutcome;
    const doc = await open(
      await resultsReportDocx(
        { ...data, polls: [{ ...poll, openUntil: new Date("2024-06-30T10:00:00Z") }] },
        say,
      ),
    );
    const title = doc.paragraphs.indexOf("1. Biểu dương đồng chí nào?");
    expect(doc.paragraphs[title + 1]).toBe(
      "Cuộc bình chọn chưa kết thúc (mở đến 17 giờ 00, ngày 30 tháng 6 năm 2024): số phiếu dưới đây là số đã nhận khi lập văn bản, chưa phải kết quả cuối cùng.",
    );
  });

  it("builds for a year with no data, saying there was none", async () => {
    const doc = await open(
      await resultsReportDocx(
        {
          ...data,
          quarter: null,
          registration: { members: 0, registered: 0, missing: 0, exempt: 0 },
          notRegistered: [],
          meetings: [],
          polls: [],
          next: null,
        },
        say,
      ),
    );
    expectPartyLayout(doc);
    expect(doc.paragraphs).toContain(
      "Kết quả thực hiện việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2024",
    );
    expect(doc.paragraphs).toContain("Không có buổi sinh hoạt nào được ghi nhận trong năm 2024.");
    expect(doc.paragraphs).toContain("Không có cuộc bình chọn nào trong năm 2024.");
    expect(doc.paragraphs).toContain("- Không có buổi sinh hoạt nào được ghi nhận trong năm 2024.");
    expect(doc.paragraphs).toContain("V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025");
    expect(doc.text).not.toContain("Đôn đốc");
    // The letterhead and the closing; no table of meetings or votes.
    expect(doc.xml.match(/<w:tbl>/g)).toHaveLength(2);
  });
});

describe("rollupDocx", () => {
  const data: CommitteeRollup = {
    committeeName: "Đảng bộ phường Phú Cường",
    year: 2024,
    day: "2024-10-01",
    levelNames: LEVEL_NAMES,
    cells: [
      {
        code: "KP1",
        name: "Chi bộ Khu phố 1",
        members: 12,
        registered: 10,
        missing: 1,
        exempt: 1,
        meetings: 9,
        meetingsByMonth: [1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0],
        attendanceRate: 0.857,
        atRemoval: 1,
        behind: false,
        reported: 9,
        levels: { excellent: 2, good: 6, done: 1, notDone: 0 },
        model: "Giữ đường phố sạch & đẹp <b>",
        nominated: { individuals: 2, collectives: 1 },
      },
      {
        code: "KP2",
        name: TRICKY,
        members: 8,
        registered: 3,
        missing: 5,
        exempt: 0,
        meetings: 0,
        meetingsByMonth: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        attendanceRate: null,
        atRemoval: 0,
        behind: true,
        reported: 0,
        levels: { excellent: 0, good: 0, done: 0, notDone: 0 },
        model: null,
        nominated: { individuals: 0, collectives: 0 },
      },
    ],
    totals: {
      members: 20,
      registered: 13,
      missing: 6,
      exempt: 1,
      meetings: 9,
      meetingsByMonth: [1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0],
      attendanceRate: 0.857,
      atRemoval: 1,
      reported: 9,
      levels: { excellent: 2, good: 6, done: 1, notDone: 0 },
      models: 1,
      nominated: { individuals: 2, collectives: 1 },
    },
  };

  it("heads with the committee only and tables each cell with the totals", async () => {
    const doc = await open(await rollupDocx(data, say));
    expectPartyLayout(doc);
    // The committee writes: its superior, which chibo does not know, is left to fill in.
    expect(letterheadLines(doc)).toEqual([
      "…………………………",
      "ĐẢNG ỦY PHƯỜNG PHÚ CƯỜNG",
      "*",
      "Số ……-BC/ĐU",
    ]);
    expect(doc.text).not.toContain("CHI BỘ KHU PHỐ 1");
    expect(doc.paragraphs).toContain("……………, ngày 01 tháng 10 năm 2024");
    const first = doc.cells.indexOf("KP1");
    expect(doc.cells.slice(first, first + 8)).toEqual([
      "KP1",
      "Chi bộ Khu phố 1",
      "12",
      "10",
      "1",
      "1",
      "9",
      "85,7%",
    ]);
    const second = doc.cells.indexOf("KP2");
    expect(doc.cells.slice(second, second + 8)).toEqual([
      "KP2",
      TRICKY_SHOWN,
      "8",
      "3",
      "5",
      "0",
      "0",
      "—",
    ]);
    const totals = doc.cells.indexOf("Tổng cộng");
    expect(doc.cells.slice(totals, totals + 7)).toEqual([
      "Tổng cộng",
      "20",
      "13",
      "6",
      "1",
      "9",
      "85,7%",
    ]);
    expect(doc.paragraphs).toContain("II. CÁC CHI BỘ CHẬM TIẾN ĐỘ");
    expect(doc.cells).toContain("3/8");
    // The year's end: counts per cell and the plan's names of the levels, never a member.
    expect(doc.paragraphs).toContain(
      "III. KẾT QUẢ THỰC HIỆN KẾ HOẠCH, XẾP LOẠI, MÔ HÌNH VÀ BIỂU DƯƠNG",
    );
    expect(doc.cells).toContain("Hoàn thành xuất sắc nhiệm vụ");
    // The meetings month by month: the months over without one, members at the rule by count.
    expect(doc.paragraphs).toContain("IV. SINH HOẠT CHI BỘ TRONG NĂM");
    const meetingsOf = (name: string) => {
      const at = doc.cells.lastIndexOf(name);
      return doc.cells.slice(at, at + 6);
    };
    expect(meetingsOf("Chi bộ Khu phố 1")).toEqual([
      "Chi bộ Khu phố 1",
      "9",
      "9",
      "",
      "85,7%",
      "1",
    ]);
    const missed = doc.cells.indexOf("1, 2, 3, 4, 5, 6, 7, 8, 9");
    expect(doc.cells.slice(missed - 2, missed + 3)).toEqual([
      "0",
      "0",
      doc.cells[missed],
      "—",
      "0",
    ]);
    const kp1 = doc.cells.indexOf("9/11") - 1;
    expect(doc.cells.slice(kp1, kp1 + 9)).toEqual([
      "Chi bộ Khu phố 1",
      "9/11",
      "2",
      "6",
      "1",
      "0",
      "Giữ đường phố sạch & đẹp <b>",
      "2",
      "1",
    ]);
    const kp2 = doc.cells.indexOf("0/8") - 1;
    expect(doc.cells[kp2]).toBe(TRICKY_SHOWN);
    expect(doc.cells.slice(kp2 + 1, kp2 + 7)).toEqual(["0/8", "0", "0", "0", "0", "Chưa đăng ký"]);
    const yearEndTotals = doc.cells.indexOf("9/19") - 1;
    expect(doc.cells.slice(yearEndTotals, yearEndTotals + 9)).toEqual([
      "Tổng cộng",
      "9/19",
      "2",
      "6",
      "1",
      "0",
      "1/2 chi bộ có mô hình",
      "2",
      "1",
    ]);
    expect(doc.paragraphs).toContain("T/M ĐẢNG ỦY");
    expect(doc.paragraphs).toContain("- Các chi bộ trực thuộc;");
    expect(doc.xml).not.toContain("\u0007");
  });

  it("builds for a committee without cells", async () => {
    const doc = await open(
      await rollupDocx(
        {
          ...data,
          committeeName: "Phường Chánh Nghĩa",
          cells: [],
          totals: {
            members: 0,
            registered: 0,
            missing: 0,
            exempt: 0,
            meetingsByMonth: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
            atRemoval: 0,
            meetings: 0,
            attendanceRate: null,
            reported: 0,
            levels: { excellent: 0, good: 0, done: 0, notDone: 0 },
            models: 0,
            nominated: { individuals: 0, collectives: 0 },
          },
        },
        say,
      ),
    );
    expect(letterheadLines(doc)[1]).toBe("ĐẢNG ỦY PHƯỜNG CHÁNH NGHĨA");
    expect(doc.paragraphs).toContain("Không có chi bộ trực thuộc nào có số liệu.");
    expect(doc.paragraphs).toContain("Không có chi bộ nào chậm tiến độ.");
  });

  it("writes the committee's place, and fits its cells' codes", async () => {
    const doc = await open(
      await rollupDocx(
        { ...data, cells: [{ ...(data.cells[0] as CellRollupRow), code: "CB-D6GS" }] },
        say,
        "Phú Hòa",
      ),
    );
    expect(doc.paragraphs).toContain("Phú Hòa, ngày 01 tháng 10 năm 2024");
    expect(doc.cells).toContain("CB-D6GS");
    // The table of cells: STT, then the code.
    const grid = tableGrids(doc).find((columns) => columns.length === 9) ?? [];
    expect(grid[1]).toBeGreaterThanOrEqual(CODE_WIDTH);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(9071);
  });
});

describe("the helpers", () => {
  it("make any text safe for Word", () => {
    expect(wordSafe("a\u0000b\u0007c\u001fd\u007fe\u0085f")).toBe("abcdef");
    expect(wordSafe("dòng 1\r\ndòng 2\rdòng 3\tcột")).toBe("dòng 1\ndòng 2\ndòng 3\tcột");
    expect(wordSafe("tƣ tƣởng")).toBe("tư tưởng");
    expect(wordSafe("Hòa".normalize("NFD"))).toBe("Hòa");
    expect(wordSafe("x\ud800y\udc00z\uffff")).toBe("xyz");
    expect(wordSafe("😀")).toBe("😀");
  });

  it("date documents as Hướng dẫn 36 wants", () => {
    expect(placeAndDate("Đức Phổ", "2023-01-09", say)).toBe("Đức Phổ, ngày 09 tháng 01 năm 2023");
    expect(placeAndDate("Đức Phổ", "2023-12-25", say)).toBe("Đức Phổ, ngày 25 tháng 12 năm 2023");
    expect(placeAndDate(null, "2024-03-01", say)).toBe("……………, ngày 01 tháng 3 năm 2024");
    // Its own date line: "Hà Nội, ngày 03 tháng 4 năm 2018".
    expect(dateInWords("2018-04-03")).toEqual({ day: "03", month: "4", year: "2018" });
    expect(dateInWords("2026-02-10")).toEqual({ day: "10", month: "02", year: "2026" });
  });

  it("name the committee in a sentence, and number sections", () => {
    const named = (name: string) => committeeInSentence(name, say);
    expect(named("ĐẢNG BỘ PHƯỜNG PHÚ CƯỜNG")).toBe("Đảng ủy Phường Phú Cường");
    expect(named("Đảng ủy xã An Tây")).toBe("Đảng ủy xã An Tây");
    expect(named("Phường Hiệp Thành")).toBe("Đảng ủy Phường Hiệp Thành");
    expect(named("THỊ ỦY ĐỨC PHỔ")).toBe("Thị ủy Đức Phổ");
    expect(named("Huyện ủy Bình Sơn")).toBe("Huyện ủy Bình Sơn");
    expect([1, 2, 3, 4, 9, 14].map(roman)).toEqual(["I", "II", "III", "IV", "IX", "XIV"]);
  });

  it("widen a column to its minimum, the others sharing the rest by weight", () => {
    expect(fitWidths([1, 1], 1000)).toEqual([500, 500]);
    expect(fitWidths([1, 3], 1000, [400, 0])).toEqual([400, 600]);
    expect(fitWidths([1, 1, 2], 1000, [0, 500, 0])).toEqual([166, 500, 334]);
    // Minimums that cannot all fit shrink alike, and the total holds.
    expect(fitWidths([1, 1], 1000, [900, 900])).toEqual([500, 500]);
  });

  it("have a word for every role, status and kind of meeting in both locales", () => {
    for (const translator of [vi, en]) {
      for (const role of MEMBER_ROLES) expect(translator.has(`doc-role-${role}`)).toBe(true);
      for (const status of MEMBER_STATUSES) {
        expect(translator.has(`doc-status-${status}`)).toBe(true);
        expect(translator.has(`doc-exempt-reason-${status}`)).toBe(true);
      }
      for (const kind of MEETING_KINDS) expect(translator.has(`doc-kind-${kind}`)).toBe(true);
    }
  });
});
