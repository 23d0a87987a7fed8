/**
 * The charts of a cell, as PNGs to send in a chat: registration progress towards the
 * deadline, attendance at meetings, and the outcome of a poll. Each has a spec builder (plain
 * data in, Vega-Lite spec out, no I/O) and a function that renders it. Every word comes from
 * the locale (keys `chart-…`), except what people typed: a poll's question and options.
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
  note: "#555",
};

/** Every chart is laid out CHART_LAYOUT_WIDTH wide, padding included, then scaled to the PNG. */
const FRAME = {
  $schema: "https://vega.github.io/schema/vega-lite/v6.json",
  width: CHART_LAYOUT_WIDTH,
  autosize: { type: "fit-x", contains: "padding" },
  padding: PADDING,
} as const;

/** A title broken into lines that fit, and its subtitle (also wrapped). */
function title(text: string, subtitle?: string) {
  return {
    text: wrapText(text, INNER_WIDTH, TITLE_SIZE, true),
    ...(subtitle ? { subtitle: wrapText(subtitle, INNER_WIDTH, SUBTITLE_SIZE) } : {}),
  };
}

/** A chart with nothing to draw: its title and a sentence saying there is no data yet. */
export function emptyChartSpec(heading: string, message: string, subtitle?: string): TopLevelSpec {
  return {
    ...FRAME,
    // Nothing spills out of the view here, so it is the inner width exactly.
    width: INNER_WIDTH,
    autosize: { type: "pad" },
    height: 120,
    title: title(heading, subtitle),
    data: { values: [{ message: wrapText(message, INNER_WIDTH - 20, 15).join("\n") }] },
    mark: {
      type: "text",
      fontSize: 15,
      color: COLORS.note,
      lineBreak: "\n",
      align: "center",
      baseline: "middle",
    },
    encoding: {
      text: { field: "message", type: "nominal" },
      x: { value: INNER_WIDTH / 2 },
      y: { value: 60 },
    },
    config: { view: { stroke: "#ccc", strokeDash: [4, 4] } },
  } as TopLevelSpec;
}

/** Where a local day sits on the chart's UTC time axis: its midnight in UTC. */
const dayMs = (day: LocalDay) => Date.parse(day);

/**
 * How many had registered by each day, up to today, against the number who must, with the
 * deadline marked. Days run from the day before the first registration to the deadline (or
 * to today, when the deadline has passed).
 */
export function registrationProgressSpec(input: RegistrationProgress, say: Say): TopLevelSpec {
  const days = input.registeredOn.filter(isValidDay).map(dayMs);
  const heading = say("chart-registration-title");
  const subtitle = say("chart-registration-subtitle", {
    registered: days.length,
    target: input.target,
    deadline: formatDayAndMonth(input.deadline),
  });
  if (days.length === 0) {
    return emptyChartSpec(heading, say("chart-registration-empty"), subtitle);
  }

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
      labelOverlap: true,
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

/** The registration chart as a PNG. */
export function registrationProgressChart(input: RegistrationProgress, say: Say): Promise<Buffer> {
  return renderChart(registrationProgressSpec(input, say));
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
 * For each meeting in time order, the members present, absent with a reason and absent without
 * one, stacked; exempt members are not counted. Above each bar: present / counted.
 */
export function attendanceSpec(
  meetings: MeetingAttendance[],
  timeZone: string,
  say: Say,
): TopLevelSpec {
  const heading = say("chart-attendance-title");
  if (meetings.length === 0) return emptyChartSpec(heading, say("chart-attendance-empty"));

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
  const top = Math.max(1, ...totals.map((total) => total.members));

  const x = {
    field: "meeting",
    type: "ordinal",
    sort: labels,
    axis: {
      title: say("chart-attendance-axis-meeting"),
      labelAngle: sorted.length > 8 ? -45 : 0,
      labelAlign: sorted.length > 8 ? "right" : "center",
    },
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
      ...(sorted.length <= 12
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

/** The attendance chart as a PNG. */
export function attendanceChart(
  meetings: MeetingAttendance[],
  timeZone: string,
  say: Say,
): Promise<Buffer> {
  return renderChart(attendanceSpec(meetings, timeZone, say));
}

const POLL_TEXT_SIZE = 13;
const POLL_LABEL_LIMIT = 170;
const POLL_LABEL_PADDING = 6;
const POLL_COUNT_GAP = 5;

/**
 * One horizontal bar per option, in the poll's order, with its votes and their share of the
 * voters. The question, as typed, is the title.
 */
export function pollSpec(poll: PollOutcome, say: Say): TopLevelSpec {
  const cast = poll.options.reduce((sum, option) => sum + option.votes, 0);
  const voters = poll.total > 0 ? poll.total : cast;
  const subtitle = [
    say("chart-poll-voters", { count: poll.total }),
    ...(poll.anonymous ? [say("chart-poll-secret")] : []),
  ].join(" · ");
  if (poll.options.length === 0 || cast === 0) {
    return emptyChartSpec(poll.question, say("chart-poll-empty"), subtitle);
  }

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

/** The poll chart as a PNG. */
export function pollChart(poll: PollOutcome, say: Say): Promise<Buffer> {
  return renderChart(pollSpec(poll, say));
}
