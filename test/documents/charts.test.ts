import { Resvg } from "@resvg/resvg-js";
import { PNG } from "pngjs";
import * as vega from "vega";
import type { TopLevelSpec } from "vega-lite";
import { beforeAll, describe, expect, it } from "vitest";
import {
  attendanceChart,
  attendanceSpec,
  dayTicks,
  MAX_TITLE_LINES,
  pollChart,
  pollSpec,
  type RegistrationProgress,
  registrationProgressChart,
  registrationProgressSpec,
} from "../../src/documents/charts/cell-charts.js";
import {
  CHART_LAYOUT_WIDTH,
  CHART_PNG_WIDTH,
  chartSvg,
  setUpChartText,
  svgToPng,
  textWidth,
  truncateText,
  wrapText,
} from "../../src/documents/charts/render-chart.js";
import type { MeetingAttendance, PollOutcome, Say } from "../../src/documents/document-data.js";
import { DAY_MS } from "../../src/domain/durations.js";
import { plainText } from "../../src/domain/rich-text.js";
import { Translator } from "../../src/i18n.js";

// As the document maker does before its first chart.
beforeAll(setUpChartText);

const translator = new Translator("vi");
const say: Say = (key, args) => plainText(translator.t(key, args));
/** The Vietnamese words, except for the keys given. */
const sayWith =
  (words: Record<string, string>): Say =>
  (key, args) =>
    words[key] ?? say(key, args);

const TIME_ZONE = "Asia/Ho_Chi_Minh";

const registration: RegistrationProgress = {
  deadline: "2025-03-31",
  target: 18,
  registeredOn: [
    "2025-03-02",
    "2025-03-02",
    "2025-03-05",
    "2025-03-07",
    "2025-03-07",
    "2025-03-10",
    "2025-03-12",
    "2025-03-15",
    "2025-03-18",
    "2025-03-19",
  ],
  today: "2025-03-20",
};

/** A meeting at 19:30 in Ho Chi Minh City on the (local) day given. */
function meeting(day: string, present: number, withReason: number, withoutReason: number) {
  const startsAt = new Date(`${day}T19:30:00+07:00`);
  return {
    kind: "regular",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
    place: "Nhà văn hóa khu phố",
    topic: "Sinh hoạt thường kỳ",
    present: Array.from({ length: present }, (_, i) => `Có mặt ${i}`),
    absentWithReason: Array.from({ length: withReason }, (_, i) => ({
      name: `Vắng ${i}`,
      reason: "Đi công tác",
    })),
    absentWithoutReason: Array.from({ length: withoutReason }, (_, i) => `Không lý do ${i}`),
    exempt: ["Miễn sinh hoạt"],
  } satisfies MeetingAttendance;
}

const meetings = [
  meeting("2025-01-05", 12, 2, 1),
  meeting("2025-02-05", 10, 3, 2),
  meeting("2025-03-05", 14, 1, 0),
  meeting("2025-04-05", 13, 1, 1),
];

const poll: PollOutcome = {
  question: "Thống nhất chủ đề sinh hoạt chuyên đề quý II?",
  anonymous: true,
  total: 15,
  options: [
    { option: "Đồng ý", votes: 11 },
    { option: "Không đồng ý", votes: 3 },
    { option: "Ý kiến khác", votes: 1 },
  ],
};

interface Image {
  width: number;
  height: number;
  data: Buffer;
}

const decode = (png: Buffer | undefined): Image => PNG.sync.read(defined(png));

/** What a builder gave when there is data to draw. */
function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("no chart");
  return value;
}

/** The SVG of a spec there must be. */
const svgOf = (spec: TopLevelSpec | undefined) => chartSvg(defined(spec));

/** How many pixels in rows [from, to) satisfy the test. */
function countPixels(
  image: Image,
  test: (r: number, g: number, b: number) => boolean,
  from = 0,
  to = image.height,
): number {
  let count = 0;
  for (let y = from; y < Math.min(to, image.height); y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      if (test(image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0)) count++;
    }
  }
  return count;
}

/** The words of an SVG, lines joined by spaces: a wrapped sentence reads whole again. */
const wordsOf = (svg: string) =>
  svg
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .replace(/&#xA;/g, " ");

const notWhite = (r: number, g: number, b: number) => Math.min(r, g, b) < 235;
/** Text is black or dark grey; the bars and lines of the charts are coloured or light. */
const dark = (r: number, g: number, b: number) => Math.max(r, g, b) < 90;

/** Pixels in rows [from, to) that differ clearly between two images of the same size. */
function differingPixels(a: Image, b: Image, from: number, to: number): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let count = 0;
  for (let y = from; y < Math.min(to, a.height); y++) {
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * 4;
      for (let c = 0; c < 3; c++) {
        if (Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0)) > 64) {
          count++;
          break;
        }
      }
    }
  }
  return count;
}

/** The title is at the top: these rows hold it (the PNG is the layout scaled by two). */
const TITLE_ROWS = 100;
/** The first line of the title alone, above the subtitle. */
const FIRST_TITLE_LINE_ROWS = 56;

function expectChartImage(png: Buffer | undefined): Image {
  expect(defined(png).subarray(1, 4).toString("latin1")).toBe("PNG");
  const image = decode(png);
  expect(image.width).toBe(CHART_PNG_WIDTH);
  expect(image.height).toBeGreaterThan(250);
  expect(image.height).toBeLessThan(1400);
  const share = countPixels(image, notWhite) / (image.width * image.height);
  expect(share).toBeGreaterThan(0.03);
  expect(share).toBeLessThan(0.8);
  // The corners are the white background, not transparent or black.
  expect([...image.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
  return image;
}

/** The same chart with two titles differs in the title rows, and (nearly) only there. */
async function expectTitleDrawn(
  render: (title: string) => Promise<Buffer | undefined>,
): Promise<void> {
  const one = decode(await render("Đăng ký học tập và làm theo"));
  const other = decode(await render("Kết quả thực hiện nghị quyết"));
  expect(differingPixels(one, other, 0, TITLE_ROWS)).toBeGreaterThan(1500);
  expect(differingPixels(one, other, TITLE_ROWS, one.height)).toBeLessThan(50);
}

describe("registrationProgressChart", () => {
  it("draws a PNG as wide as a phone screen shows, with ink on it", async () => {
    const image = expectChartImage(await registrationProgressChart(registration, say));
    expect(countPixels(image, dark)).toBeGreaterThan(3000);
  });

  it("draws its title as letters", async () => {
    await expectTitleDrawn((title) =>
      registrationProgressChart(registration, sayWith({ "chart-registration-title": title })),
    );
  });

  it("draws the Vietnamese marks: a title with them has more ink than one without", async () => {
    // A letter without a glyph is left out altogether: the marked title would have less ink.
    const ink = async (title: string) =>
      countPixels(
        decode(
          await registrationProgressChart(
            registration,
            sayWith({ "chart-registration-title": title }),
          ),
        ),
        dark,
        0,
        FIRST_TITLE_LINE_ROWS,
      );
    expect(await ink("Đăng ký học tập và làm theo")).toBeGreaterThan(
      await ink("Dang ky hoc tap va lam theo"),
    );
    expect(await ink("ẬẮẰẲẴẶẤẦẨẪ ỆỀỂỄ Ợ Ự Đ")).toBeGreaterThan(
      1.05 * (await ink("AAAAAAAAAA EEEE O U D")),
    );
  });

  it("marks the deadline and the target, and counts the registrations", async () => {
    const svg = await svgOf(registrationProgressSpec(registration, say));
    expect(svg).toContain("Đăng ký học tập và làm theo");
    expect(svg).toContain("Hạn đăng ký 31/03");
    expect(svg).toContain("Phải đăng ký: 18");
    expect(svg).toContain("Đã đăng ký 10/18 đảng viên");
    expect(svg).toContain('font-family="DejaVu Sans"');
    // Laid out 400 wide with the text measured as drawn, and scaled by two.
    expect(svg).toMatch(/^<svg[^>]* width="400(\.\d+)?"/);
  });

  it("draws no chart before anyone has registered", async () => {
    const empty = { ...registration, registeredOn: [] };
    expect(registrationProgressSpec(empty, say)).toBeUndefined();
    expect(await registrationProgressChart(empty, say)).toBeUndefined();
    // A day that is no day counts as none.
    const invalid = { ...registration, registeredOn: ["2025-02-30"] };
    expect(await registrationProgressChart(invalid, say)).toBeUndefined();
  });
});

describe("attendanceChart", () => {
  it("draws a PNG as wide as a phone screen shows, with ink on it", async () => {
    expectChartImage(await attendanceChart(meetings, TIME_ZONE, say));
  });

  it("draws its title as letters", async () => {
    await expectTitleDrawn((title) =>
      attendanceChart(meetings, TIME_ZONE, sayWith({ "chart-attendance-title": title })),
    );
  });

  it("labels the meetings by their local day and names the three groups", async () => {
    // 05/01 at 01:00 in Vietnam is still 04/01 in UTC.
    const late = { ...meeting("2025-01-05", 9, 0, 0), startsAt: new Date("2025-01-04T18:00:00Z") };
    const morning = { ...meeting("2025-02-05", 8, 0, 0), startsAt: new Date("2025-02-05T02:00Z") };
    const evening = meeting("2025-02-05", 10, 3, 2);
    const svg = await svgOf(attendanceSpec([evening, late, morning], TIME_ZONE, say));
    expect(svg).toContain(">05/01<");
    // Two meetings on one day are told apart by their time.
    expect(svg).toContain(">05/02 09:00<");
    expect(svg).toContain(">05/02 19:30<");
    for (const word of ["Có mặt", "Vắng có lý do", "Vắng không lý do"]) expect(svg).toContain(word);
    // Present over counted; the exempt member is not counted.
    expect(svg).toContain(">10/15<");
    expect(svg).toContain("3 buổi sinh hoạt · có mặt 27/32 lượt");
  });

  it("draws no chart without a meeting where someone was counted", async () => {
    expect(attendanceSpec([], TIME_ZONE, say)).toBeUndefined();
    expect(await attendanceChart([], TIME_ZONE, say)).toBeUndefined();
    // Everyone exempt: nobody counted.
    expect(await attendanceChart([meeting("2025-01-05", 0, 0, 0)], TIME_ZONE, say)).toBeUndefined();
  });

  it("would catch a missing font: without one, resvg leaves the letters out", async () => {
    const svg = await svgOf(attendanceSpec(meetings, TIME_ZONE, say));
    const withFonts = decode(svgToPng(svg));
    const withoutFonts = decode(
      new Resvg(svg, {
        background: "white",
        fitTo: { mode: "width", value: CHART_PNG_WIDTH },
        font: { loadSystemFonts: false },
      })
        .render()
        .asPng(),
    );
    expect([withoutFonts.width, withoutFonts.height]).toEqual([withFonts.width, withFonts.height]);
    const inked = countPixels(withFonts, dark);
    expect(inked).toBeGreaterThan(5000);
    expect(countPixels(withoutFonts, dark)).toBeLessThan(inked * 0.5);
    // The bars are there either way: only the text is gone.
    expect(countPixels(withoutFonts, notWhite)).toBeGreaterThan(
      0.5 * countPixels(withFonts, notWhite),
    );
  });
});

describe("pollChart", () => {
  it("draws a PNG as wide as a phone screen shows, with ink on it", async () => {
    expectChartImage(await pollChart(poll, say));
  });

  it("draws its question, the title, as letters", async () => {
    await expectTitleDrawn((question) => pollChart({ ...poll, question }, say));
  });

  it("shows each option with its votes and share, in the poll's order", async () => {
    const svg = await svgOf(pollSpec(poll, say));
    const order = ["Đồng ý", "Không đồng ý", "Ý kiến khác"].map((option) =>
      svg.indexOf(`>${option}<`),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(svg).toContain("11 phiếu (73%)");
    expect(svg).toContain("1 phiếu (7%)");
    expect(svg).toContain("15 người đã bỏ phiếu · Bỏ phiếu kín");
  });

  it("keeps two options with the same words apart, and cuts a long one", async () => {
    const long = "Đề nghị chi ủy xem xét lại toàn bộ kế hoạch sinh hoạt chuyên đề của năm nay";
    const svg = await svgOf(
      pollSpec(
        {
          ...poll,
          options: [
            { option: "Đồng ý", votes: 4 },
            { option: "Đồng ý", votes: 2 },
            { option: long, votes: 1 },
          ],
        },
        say,
      ),
    );
    expect(svg.split(">Đồng ý<")).toHaveLength(3);
    expect(svg).toContain("4 phiếu");
    expect(svg).toContain("2 phiếu");
    expect(svg).not.toContain(long);
    expect(svg).toContain("…");
    expect(svg).toMatch(/^<svg[^>]* width="400(\.\d+)?"/);
  });

  it("draws no chart before the first vote", async () => {
    const none = { ...poll, total: 0, options: poll.options.map((o) => ({ ...o, votes: 0 })) };
    expect(pollSpec(none, say)).toBeUndefined();
    expect(await pollChart(none, say)).toBeUndefined();
    expect(await pollChart({ ...poll, options: [] }, say)).toBeUndefined();
  });
});

/** A day's label on a time axis, and a meeting's ("05/12", "05/12 19:30"). */
const DAY_LABEL = /^\d\d\/\d\d( \d\d:\d\d)?$/;

interface AxisLabel {
  text: string;
  /** Where it stands along the axis, in the axis's own coordinates. */
  x: number;
  /** Its slant in degrees: 0 across, 315 (-45) slanted, 270 (-90) upright. */
  angle: number;
}

/**
 * The day labels of the x axis (12 px, unlike the counts above the bars) that Vega shows: it
 * hides one that overlaps with opacity 0. Left to right.
 */
function dayLabels(svg: string): AxisLabel[] {
  const text = /<text([^>]*)>([^<]*)<\/text>/g;
  return [...svg.matchAll(text)]
    .filter(
      ([, attributes = "", words = ""]) =>
        DAY_LABEL.test(words) &&
        attributes.includes('font-size="12px"') &&
        !/opacity="0"/.test(attributes),
    )
    .map(([, attributes = "", words = ""]) => {
      const place = attributes.match(/translate\(([-\d.]+),[-\d.]+\)(?: rotate\(([-\d.]+)\))?/);
      return { text: words, x: Number(place?.[1]), angle: Number(place?.[2] ?? 0) };
    })
    .sort((a, b) => a.x - b.x);
}

/**
 * No two labels touch: side by side, the room between their ends; slanted or upright, the room
 * between their parallel lines, at least the height of a line.
 */
function expectApart(labels: AxisLabel[], fontSize = 12) {
  for (let i = 1; i < labels.length; i++) {
    const [a, b] = [labels[i - 1] as AxisLabel, labels[i] as AxisLabel];
    const gap = b.x - a.x;
    const where = `${a.text} | ${b.text}`;
    if (a.angle === 0) {
      const halves = (textWidth(a.text, fontSize) + textWidth(b.text, fontSize)) / 2;
      expect(gap - halves, where).toBeGreaterThanOrEqual(6);
    } else {
      expect(gap * Math.abs(Math.sin((a.angle * Math.PI) / 180)), where).toBeGreaterThanOrEqual(
        fontSize,
      );
    }
  }
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe("axes that never overlap", () => {
  it("labels 12 weeks of days with a few spaced days, not one a day", () => {
    const start = Date.parse("2025-10-01");
    const ticks = dayTicks(start, start + 84 * DAY_MS);
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    expect(ticks.length).toBeLessThanOrEqual(8);
    // Evenly spaced whole days, from the first.
    expect(ticks[0]).toBe(start);
    const steps = new Set(ticks.slice(1).map((tick, i) => tick - (ticks[i] as number)));
    expect(steps.size).toBe(1);
    expect([...steps][0] ?? 0).toBeGreaterThanOrEqual(7 * DAY_MS);
  });

  it.each([6, 10, 12, 20, 45, 84, 120, 365])(
    "draws the registration days of %i days apart from each other",
    async (span) => {
      const first = Date.parse("2025-11-28");
      const input: RegistrationProgress = {
        registeredOn: ["2025-11-29", "2025-11-30", "2025-12-02"],
        today: "2025-12-03",
        deadline: isoDay(first + span * DAY_MS),
        target: 30,
      };
      const labels = dayLabels(await svgOf(registrationProgressSpec(input, say)));
      expect(labels.length).toBeGreaterThanOrEqual(3);
      expect(labels.length).toBeLessThanOrEqual(8);
      expect(new Set(labels.map((label) => label.text)).size).toBe(labels.length);
      expectApart(labels);
    },
  );

  it.each([4, 6, 8, 12, 16, 24, 30])(
    "labels %i meetings across, slanted or upright, never touching",
    async (count) => {
      // Two a day from 6 on: their labels carry the time and are twice as long.
      const perDay = count === 6 ? 2 : 1;
      const list = Array.from({ length: count }, (_, i) => {
        const day = isoDay(Date.parse("2025-01-05") + Math.floor(i / perDay) * 7 * DAY_MS);
        const at = meeting(day, 10 + (i % 5), i % 3, i % 2);
        return i % perDay === 0 ? { ...at, startsAt: new Date(`${day}T09:00:00+07:00`) } : at;
      });
      const labels = dayLabels(await svgOf(attendanceSpec(list, TIME_ZONE, say)));
      // Every meeting named, or every other one where even upright labels would touch.
      expect(labels.length).toBeGreaterThanOrEqual(Math.ceil(count / 2));
      if (count <= 16) expect(labels).toHaveLength(count);
      expectApart(labels);
    },
  );

  it("shows present / counted above the bars only where it fits", async () => {
    const few = await svgOf(attendanceSpec(meetings, TIME_ZONE, say));
    expect(few).toContain(">12/15<");
    const year = Array.from({ length: 16 }, (_, i) =>
      meeting(isoDay(Date.parse("2025-01-05") + i * 14 * DAY_MS), 10, 3, 2),
    );
    expect(await svgOf(attendanceSpec(year, TIME_ZONE, say))).not.toContain(">10/15<");
  });
});

describe("titles", () => {
  const question =
    "Đề nghị chi ủy xem xét lại toàn bộ kế hoạch sinh hoạt chuyên đề của năm nay, thống nhất " +
    "lịch họp định kỳ vào tối thứ bảy tuần đầu tiên của mỗi tháng, mời đại diện khu phố dự " +
    "và gửi tài liệu trước qua https://example.com/tai-lieu-sinh-hoat-chuyen-de-nam-2025-ban-cuoi";
  /** The title's lines as the spec gives them to Vega. */
  const titleLines = (spec: TopLevelSpec | undefined) =>
    (defined(spec) as { title: { text: string[] } }).title.text;
  /** The width a title may take: the chart's less its padding on both sides. */
  const across = CHART_LAYOUT_WIDTH - 24;

  it("breaks a long question between words into a few lines that fit across", () => {
    const lines = titleLines(pollSpec({ ...poll, question }, say));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(MAX_TITLE_LINES);
    for (const line of lines) expect(textWidth(line, 17, true), line).toBeLessThanOrEqual(across);
    // Whole words, in order, up to the "…" that ends the last line.
    const last = lines.at(-1) ?? "";
    expect(last.endsWith(" …")).toBe(true);
    const shown = lines.join(" ").replace(/ …$/, "");
    expect(question.startsWith(shown)).toBe(true);
    expect(question.charAt(shown.length)).toBe(" ");
  });

  it("keeps a short question whole on one line, and breaks a link between its letters", () => {
    const short = "Chọn ngày họp tháng sau?";
    expect(titleLines(pollSpec({ ...poll, question: short }, say))).toEqual([short]);
    const link = `Xem https://example.com/${"a".repeat(50)}`;
    const lines = titleLines(pollSpec({ ...poll, question: link }, say));
    expect(lines.join("")).toBe(link.replace(" ", ""));
    for (const line of lines) expect(textWidth(line, 17, true)).toBeLessThanOrEqual(across);
  });

  it("draws a long question no wider than the chart, at the chart's own scale", async () => {
    const svg = await svgOf(pollSpec({ ...poll, question }, say));
    expect(svg).toMatch(/^<svg[^>]* width="400(\.\d+)?"/);
    expect(wordsOf(svg)).toContain("Đề nghị chi ủy xem xét lại");
  });
});

describe("text layout", () => {
  it("measures letters by their advance widths in the DejaVu Sans files", () => {
    // 2048 units an em: at a size of 2048 pixels a width is in font units.
    expect(textWidth("i", 2048)).toBe(569);
    expect(textWidth("W", 2048)).toBe(2025);
    expect(textWidth("W", 2048, true)).toBe(2259);
    expect(textWidth("Đệ", 2048)).toBe(1587 + 1260);
    // Typed as a letter and two marks, drawn as the one precomposed letter.
    expect(textWidth("e\u0302\u0323", 2048)).toBe(1260);
    // Beyond the first 65,536 characters too, and the missing-letter box for what it lacks.
    expect(textWidth("𝔸", 2048)).toBe(1517);
    expect(textWidth("\u{10FFFD}", 2048)).toBe(1229);
    expect(textWidth("iiii", 12)).toBeCloseTo((4 * 569 * 12) / 2048, 9);
  });

  /** A bar whose axis label is 16 narrow letters: 53 px in DejaVu Sans, 154 px by Vega's guess. */
  const narrowLabel = "iiiiiiiiiiiiiiii";
  const labelledBar: TopLevelSpec = {
    width: 200,
    height: 40,
    data: { values: [{ name: narrowLabel, n: 1 }] },
    mark: "bar",
    encoding: {
      y: { field: "name", type: "nominal", axis: { labelLimit: 100, title: null } },
      x: { field: "n", type: "quantitative", axis: null },
    },
  };

  it("has Vega lay text out and cut it by the widths resvg draws", async () => {
    const svg = await chartSvg(labelledBar);
    // Not cut at the label limit of 100 px, as Vega's guess would have it…
    expect(svg).toContain(`>${narrowLabel}<`);
    // …and the plot starts after the padding, the label's real width and the tick.
    const left = Number(svg.match(/transform="translate\(([\d.]+),/)?.[1]);
    const label = textWidth(narrowLabel, 12);
    expect(label).toBeCloseTo(53.3, 1);
    expect(left).toBeGreaterThan(12 + label);
    expect(left).toBeLessThan(12 + label + 10);
  });

  it("draws no chart before Vega is set up to measure text so, and sets up once or again", async () => {
    const metrics = (vega as unknown as { textMetrics: { width: unknown; estimateWidth: unknown } })
      .textMetrics;
    metrics.width = metrics.estimateWidth;
    await expect(chartSvg(labelledBar)).rejects.toThrow("setUpChartText() was not called");
    setUpChartText();
    setUpChartText();
    expect(await chartSvg(labelledBar)).toContain(`>${narrowLabel}<`);
  });

  it("wraps words into lines that fit and cuts a line with an ellipsis", () => {
    const lines = wrapText("một hai ba bốn năm sáu bảy tám chín mười", 80, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe("một hai ba bốn năm sáu bảy tám chín mười");
    expect(truncateText("ngắn", 100, 12)).toBe("ngắn");
    const cut = truncateText("một câu rất dài không vừa chỗ dành cho nó", 80, 12);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThan(20);
  });
});
