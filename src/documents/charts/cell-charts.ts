/**
 * The charts of a cell, as PNGs to send in a chat: registration progress towards the
 * deadline, attendance at meetings, and the outcome of a poll. Each has a spec builder (plain
 * data in, Vega-Lite spec out, no I/O) and a function that renders it. Every word comes from
 * the locale (keys `chart-…`), except what people typed: a poll's question and options. With
 * nothing to draw there is no chart: the builders return undefined, and whoever asked for the
 * chart says so in words (`chart-…-empty`).
 */
import type { TopLevelSpec } from "vega-lite";
import {
  formatDayAndMonth,
  formatTimeOfDay,
  isValidDay,
  type LocalDay,
  localDay,
} from "../../domain/calendar.js";
import { DAY_MS } from "../../domain/durations.js";
import type { MeetingAttendance, PollOutcome, Say } from "../document-data.js";
import {
  CHART_LAYOUT_WIDTH,
  renderChart,
  textWidth,
  truncateText,
  wrapText,
} from "./render-chart.js";

export interface RegistrationProgress {
  /** The last day to register, local "YYYY-MM-DD". */
  deadline: string;
  /** How many members must register. */
  target: number;
  /** The day each personal plan was submitted, local "YYYY-MM-DD". */
  registeredOn: string[];
  /** Local "YYYY-MM-DD". */
  today: string;
}

const PADDING = 12;
/** What the title and text may take across: the layout width less the padding. */
const INNER_WIDTH = CHART_LAYOUT_WIDTH - 2 * PADDING;
const TITLE_SIZE = 17;
const SUBTITLE_SIZE = 13;

const COLORS = {
  line: "#1d4ed8",
  target: "#15803d",
  deadline: "#b91c1c",
  present: "#16a34a",
  withReason: "#f59e0b",
  withoutReason: "#dc2626",
  bar: "#2563eb",
};

/** Every chart is laid out CHART_LAYOUT_WIDTH wide, padding included, then scaled to the PNG. */
const FRAME = {
  $schema: "https://vega.github.io/schema/vega-lite/v6.json",
  width: CHART_LAYOUT_WIDTH,
  autosize: { type: "fit-x", contains: "padding" },
  padding: PADDING,
} as const;

/** A title of at most this many lines: a 300-character question would fill the picture. */
export const MAX_TITLE_LINES = 4;

/**
 * A title broken between words into lines that fit across (Vega draws an array as lines), the
 * last one cut with "…" if there are too many, and its subtitle (also wrapped).
 */
function title(text: string, subtitle?: string) {
  return {
    text: atMostLines(wrapText(text, INNER_WIDTH, TITLE_SIZE, true), TITLE_SIZE, true),
    ...(subtitle ? { subtitle: wrapText(subtitle, INNER_WIDTH, SUBTITLE_SIZE) } : {}),
  };
}

/** The lines, the last of them ended with "…" after the last whole word that fits. */
function atMostLines(lines: string[], fontSize: number, isBold: boolean): string[] {
  if (lines.length <= MAX_TITLE_LINES) return lines;
  const words = lines
    .slice(MAX_TITLE_LINES - 1)
    .join(" ")
    .split(" ");
  let last = "";
  for (const word of words) {
    const longer = last === "" ? word : `${last} ${word}`;
    if (textWidth(`${longer} …`, fontSize, isBold) > INNER_WIDTH) break;
    last = longer;
  }
  const ended =
    last === "" ? truncateText(`${words[0]} …`, INNER_WIDTH, fontSize, isBold) : `${last} …`;
  return [...lines.slice(0, MAX_TITLE_LINES - 1), ended];
}

/** Axis labels: their size, and the least room between two of them. */
const LABEL_SIZE = 12;
const LABEL_GAP = 12;
/**
 * What the y axis (its numbers and title) leaves of the width for the plot, or less: what the
 * x axis labels are spaced for.
 */
const PLOT_WIDTH = INNER_WIDTH - 60;

/** Where a local day sits on the chart's UTC time axis: its midnight in UTC. */
const dayMs = (day: LocalDay) => Date.parse(day);

/**
 * The days to label on a time axis from `start` to `end`: evenly spaced from the first, every
 * 1, 2 or 3 days, or every so many weeks, as many as fit side by side with room between them
 * ("05/12" and "09/12" never touch).
 */
export function dayTicks(start: number, end: number): number[] {
  const label = textWidth("00/00", LABEL_SIZE) + LABEL_GAP;
  const days = Math.round((end - start) / DAY_MS);
  let step = 1;
  while ((days / step) * label > PLOT_WIDTH) step = step < 3 ? step + 1 : step < 7 ? 7 : step + 7;
  const ticks: number[] = [];
  for (let day = start; day <= end; day += step * DAY_MS) ticks.push(day);
  return ticks;
}

/**
 * How many had registered by each day, up to today, against the number who must, with the
 * deadline marked. Days run from the day before the first registration to the deadline (or
 * to today, when the deadline has passed). Nothing to draw before the first registration.
 */
export function registrationProgressSpec(
  input: RegistrationProgress,
  say: Say,
): TopLevelSpec | undefined {
  const days = input.registeredOn.filter(isValidDay).map(dayMs);
  if (days.length === 0) return undefined;
  const heading = say("chart-registration-title");
  const subtitle = say("chart-registration-subtitle", {
    registered: days.length,
    target: input.target,
    deadline: formatDayAndMonth(input.deadline),
  });

  const today = dayMs(input.today);
  const deadline = dayMs(input.deadline);
  const first = Math.min(...days) - DAY_MS;
  const last = Math.max(today, ...days);
  const start = Math.min(first, today);
  const end = Math.max(deadline, last);

  const perDay = new Map<number, number>();
  for (const day of days) perDay.set(day, (perDay.get(day) ?? 0) + 1);
  const progress: { day: number; registered: number }[] = [];
  let registered = 0;
  for (let day = start; day <= last; day += DAY_MS) {
    registered += perDay.get(day) ?? 0;
    progress.push({ day, registered });
  }

  const top = Math.max(input.target, registered, 1);
  const x = {
    field: "day",
    type: "temporal",
    scale: { type: "utc", domain: [start, end] },
    axis: {
      title: say("chart-registration-axis-day"),
      format: "%d/%m",
      values: dayTicks(start, end),
      // Spaced for their width; should Vega still find two touching, it hides every other one.
      labelOverlap: true,
      labelSeparation: LABEL_GAP / 2,
      // Centred on their day: flush with the edge, the first would run into the second.
      labelFlush: false,
      grid: false,
    },
  };
  const y = {
    field: "registered",
    type: "quantitative",
    scale: { domain: [0, Math.ceil(top * 1.18)], nice: true },
    axis: { title: say("chart-registration-axis-count"), tickMinStep: 1, format: "d" },
  };
  const deadlineOnLeft = end === start || (deadline - start) / (end - start) < 0.35;

  return {
    ...FRAME,
    height: 260,
    title: title(heading, subtitle),
    layer: [
      {
        data: { values: progress },
        mark: {
          type: "area",
          interpolate: "step-after",
          color: COLORS.line,
          fillOpacity: 0.15,
          line: { color: COLORS.line, strokeWidth: 2.5 },
        },
        encoding: { x, y },
      },
      {
        data: { values: [{ registered: input.target }] },
        mark: { type: "rule", color: COLORS.target, strokeWidth: 2, strokeDash: [6, 4] },
        encoding: { y },
      },
      {
        data: {
          values: [
            {
              registered: input.target,
              label: say("chart-registration-target", { count: input.target }),
            },
          ],
        },
        mark: {
          type: "text",
          color: COLORS.target,
          align: "left",
          baseline: "bottom",
          dx: 4,
          dy: -4,
          fontWeight: "bold",
        },
        encoding: { y, x: { value: 0 }, text: { field: "label", type: "nominal" } },
      },
      {
        data: {
          values: [
            {
              day: deadline,
              label: say("chart-registration-deadline", {
                date: formatDayAndMonth(input.deadline),
              }),
            },
          ],
        },
        layer: [
          {
            mark: { type: "rule", color: COLORS.deadline, strokeWidth: 2 },
            encoding: { x },
          },
          {
            mark: {
              type: "text",
              color: COLORS.deadline,
              align: deadlineOnLeft ? "left" : "right",
              baseline: "top",
              dx: deadlineOnLeft ? 5 : -5,
              dy: 4,
              fontWeight: "bold",
            },
            encoding: { x, y: { value: 0 }, text: { field: "label", type: "nominal" } },
          },
        ],
      },
    ],
  } as TopLevelSpec;
}

/** The registration chart as a PNG; undefined before anyone has registered. */
export async function registrationProgressChart(
  input: RegistrationProgress,
  say: Say,
): Promise<Buffer | undefined> {
  const spec = registrationProgressSpec(input, say);
  return spec && renderChart(spec);
}

const LEGEND_GAP = 16;
const LEGEND_TEXT_SIZE = 12;

/** As many legend entries on a line as fit across: a symbol, its words, and a gap. */
function legendColumns(labels: string[]): number {
  const widths = labels.map((label) => 16 + textWidth(label, LEGEND_TEXT_SIZE));
  for (let columns = labels.length; columns > 1; columns--) {
    let widest = 0;
    for (let start = 0; start < labels.length; start += columns) {
      const line = widths.slice(start, start + columns);
      widest = Math.max(
        widest,
        line.reduce((sum, w) => sum + w, 0) + LEGEND_GAP * (line.length - 1),
      );
    }
    if (widest <= INNER_WIDTH) return columns;
  }
  return 1;
}

/** Labels of meetings on the axis: "dd/mm", with the time when two fall on the same day. */
function meetingLabels(meetings: MeetingAttendance[], timeZone: string): string[] {
  const days = meetings.map((m) => formatDayAndMonth(localDay(m.startsAt, timeZone)));
  return meetings.map((meeting, i) =>
    days.filter((day) => day === days[i]).length > 1
      ? `${days[i]} ${formatTimeOfDay(meeting.startsAt, timeZone)}`
      : (days[i] as string),
  );
}

/**
 * How the meetings' labels lie: across when the widest fits its band, else slanted, or upright
 * when even slanted lines would touch; when upright ones would too, every other one is hidden.
 */
function meetingAxisLabels(labels: string[]) {
  const band = PLOT_WIDTH / labels.length;
  const widest = Math.max(...labels.map((label) => textWidth(label, LABEL_SIZE)));
  // Two slanted (or upright) labels are this far apart across their lines.
  const apart = (angle: number) => band * Math.sin((angle * Math.PI) / 180);
  const line = LABEL_SIZE + 2;
  const angle = widest + LABEL_GAP <= band ? 0 : apart(45) >= line ? -45 : -90;
  // Vega tells overlaps by upright boxes, which slanted labels overlap without touching: it
  // is asked to hide labels only where even upright ones would touch.
  return { labelAngle: angle, labelOverlap: apart(90) >= line ? false : "parity" };
}

/**
 * For each meeting in time order, the members present, absent with a reason and absent without
 * one, stacked; exempt members are not counted. Above each bar, where it fits: present /
 * counted. Nothing to draw without a meeting where someone was counted.
 */
export function attendanceSpec(
  meetings: MeetingAttendance[],
  timeZone: string,
  say: Say,
): TopLevelSpec | undefined {
  const heading = say("chart-attendance-title");
  const sorted = [...meetings].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const labels = meetingLabels(sorted, timeZone);
  const statuses = [
    {
      label: say("chart-attendance-present"),
      color: COLORS.present,
      count: (m: MeetingAttendance) => m.present.length,
    },
    {
      label: say("chart-attendance-absent-with-reason"),
      color: COLORS.withReason,
      count: (m: MeetingAttendance) => m.absentWithReason.length,
    },
    {
      label: say("chart-attendance-absent-without-reason"),
      color: COLORS.withoutReason,
      count: (m: MeetingAttendance) => m.absentWithoutReason.length,
    },
  ];
  const bars = sorted.flatMap((meeting, i) =>
    statuses.map((status, order) => ({
      meeting: labels[i],
      status: status.label,
      order,
      members: status.count(meeting),
    })),
  );
  const totals = sorted.map((meeting, i) => {
    const counted = statuses.reduce((sum, status) => sum + status.count(meeting), 0);
    return { meeting: labels[i], members: counted, label: `${meeting.present.length}/${counted}` };
  });
  const present = sorted.reduce((sum, m) => sum + m.present.length, 0);
  const counted = totals.reduce((sum, total) => sum + total.members, 0);
  if (counted === 0) return undefined;
  const band = PLOT_WIDTH / sorted.length;
  const totalsFit = totals.every((total) => textWidth(total.label, 11) + 4 <= band);
  const top = Math.max(1, ...totals.map((total) => total.members));

  const x = {
    field: "meeting",
    type: "ordinal",
    sort: labels,
    axis: { title: say("chart-attendance-axis-meeting"), ...meetingAxisLabels(labels) },
  };
  const y = {
    field: "members",
    type: "quantitative",
    scale: { domain: [0, Math.ceil(top * 1.12)], nice: true },
    axis: { title: say("chart-attendance-axis-members"), tickMinStep: 1, format: "d" },
  };

  return {
    ...FRAME,
    height: 260,
    title: title(
      heading,
      say("chart-attendance-subtitle", { meetings: sorted.length, present, counted }),
    ),
    layer: [
      {
        data: { values: bars },
        mark: { type: "bar", stroke: "white", strokeWidth: 0.5 },
        encoding: {
          x,
          y: { ...y, stack: "zero" },
          color: {
            field: "status",
            type: "nominal",
            scale: {
              domain: statuses.map((status) => status.label),
              range: statuses.map((status) => status.color),
            },
            legend: {
              title: null,
              orient: "top",
              direction: "horizontal",
              symbolType: "square",
              // Each entry as wide as its own words, or three do not fit across.
              gridAlign: "none",
              columnPadding: LEGEND_GAP,
              columns: legendColumns(statuses.map((status) => status.label)),
            },
          },
          order: { field: "order", type: "quantitative" },
        },
      },
      ...(totalsFit
        ? [
            {
              data: { values: totals },
              mark: { type: "text", baseline: "bottom", dy: -3, fontSize: 11, color: "#222" },
              encoding: { x, y, text: { field: "label", type: "nominal" } },
            },
          ]
        : []),
    ],
  } as TopLevelSpec;
}

/** The attendance chart as a PNG; undefined without a meeting to show. */
export async function attendanceChart(
  meetings: MeetingAttendance[],
  timeZone: string,
  say: Say,
): Promise<Buffer | undefined> {
  const spec = attendanceSpec(meetings, timeZone, say);
  return spec && renderChart(spec);
}

const POLL_TEXT_SIZE = 13;
const POLL_LABEL_LIMIT = 170;
const POLL_LABEL_PADDING = 6;
const POLL_COUNT_GAP = 5;

/**
 * One horizontal bar per option, in the poll's order, with its votes and their share of the
 * voters. The question, as typed, is the title. Nothing to draw before the first vote.
 */
export function pollSpec(poll: PollOutcome, say: Say): TopLevelSpec | undefined {
  const cast = poll.options.reduce((sum, option) => sum + option.votes, 0);
  if (poll.options.length === 0 || cast === 0) return undefined;
  const voters = poll.total > 0 ? poll.total : cast;
  const subtitle = [
    say("chart-poll-voters", { count: poll.total }),
    ...(poll.anonymous ? [say("chart-poll-secret")] : []),
  ].join(" · ");

  // Cut here rather than by Vega, which would lay the axis out for the whole words.
  const labels = poll.options.map((option) =>
    truncateText(option.option.trim(), POLL_LABEL_LIMIT, POLL_TEXT_SIZE),
  );
  const rows = poll.options.map((option, i) => ({
    key: String(i),
    votes: option.votes,
    label: say("chart-poll-option-votes", {
      votes: option.votes,
      percent: voters > 0 ? Math.round((option.votes * 100) / voters) : 0,
    }),
  }));
  // The longest bar leaves room after it for its count: the plot is what the option labels
  // leave of the width, and the counts are drawn POLL_TEXT_SIZE pixels high.
  const most = Math.max(...rows.map((row) => row.votes));
  const optionsWidth = Math.max(...labels.map((label) => textWidth(label, POLL_TEXT_SIZE)));
  const plot = Math.floor(INNER_WIDTH - optionsWidth - POLL_LABEL_PADDING);
  const countsWidth = Math.max(...rows.map((row) => textWidth(row.label, POLL_TEXT_SIZE)));
  const room = Math.max(plot / 3, plot - countsWidth - POLL_COUNT_GAP - 4);
  const x = {
    field: "votes",
    type: "quantitative",
    scale: { domain: [0, (most * plot) / room], nice: false },
    axis: null,
  };
  const y = {
    field: "key",
    type: "ordinal",
    sort: rows.map((row) => row.key),
    axis: {
      title: null,
      // Keyed by position, so that two options with the same words keep their own bars.
      labelExpr: `${JSON.stringify(labels)}[toNumber(datum.value)]`,
      labelLimit: POLL_LABEL_LIMIT + 10,
      labelFontSize: POLL_TEXT_SIZE,
      labelPadding: POLL_LABEL_PADDING,
      ticks: false,
      domain: false,
    },
  };

  return {
    ...FRAME,
    // The width of the bars alone, as computed above; the option labels add to it.
    width: plot,
    autosize: { type: "pad" },
    height: { step: 34 },
    title: title(poll.question, subtitle),
    data: { values: rows },
    encoding: { x, y },
    layer: [
      { mark: { type: "bar", color: COLORS.bar, cornerRadiusEnd: 3, height: { band: 0.7 } } },
      {
        mark: {
          type: "text",
          align: "left",
          baseline: "middle",
          dx: POLL_COUNT_GAP,
          fontSize: POLL_TEXT_SIZE,
          color: "#111",
        },
        encoding: { text: { field: "label", type: "nominal" } },
      },
    ],
    config: { view: { stroke: null } },
  } as TopLevelSpec;
}

/** The poll chart as a PNG; undefined before the first vote. */
export async function pollChart(poll: PollOutcome, say: Say): Promise<Buffer | undefined> {
  const spec = pollSpec(poll, say);
  return spec && renderChart(spec);
}
