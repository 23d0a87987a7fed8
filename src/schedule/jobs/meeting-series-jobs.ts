import { BoundedCache } from "../../domain/bounded-cache.js";
import {
  atLocalHour,
  formatDay,
  localDay,
  localTime,
  localYearBounds,
} from "../../domain/calendar.js";
import { MINUTE_MS } from "../../domain/durations.js";
import { ruleText } from "../../domain/meeting-recurrence.js";
import { groupBy } from "../../group-by.js";
import type { Text } from "../../i18n.js";
import { noticeMeeting, noticeOn } from "../../meetings/meeting-notice.js";
import {
  createNextMeeting,
  monthName,
  monthOf,
  type NextMeeting,
  nextOccurrence,
  noticeDay,
  type Occurrence,
  occurrenceOf,
  previousOccurrence,
} from "../../meetings/meeting-series.js";
import { meetingDetails, when } from "../../meetings/meeting-texts.js";
import type { Poster } from "../../outbox/poster.js";
import type { ActiveSeries, MeetingSeries } from "../../store/meeting-series-store.js";
import type { ScheduledMeeting } from "../../store/meeting-store.js";
import type { Services } from "../../store/services.js";
import type { CommitteeCache } from "../cell-year.js";
import { daysBeforeAt, SlotsBeforeMeetings } from "../days-before.js";
import type { Job, PayloadSlot } from "../job.js";

/*
 * The scheduler asks every cell for its slots on every beat. The rules are looked at once a
 * beat for all cells, beside the beat's other shared reads, and read again only when one
 * changed (MeetingSeriesStore.allActive); the meetings to notice are found among the beat's
 * scheduled meetings, read once already for the reminders. Most cells find nothing.
 */
const grouped = new WeakMap<readonly ActiveSeries[], Map<number, ActiveSeries[]>>();
const beats = new WeakMap<CommitteeCache, Map<number, ActiveSeries[]>>();

function activeSeries(
  services: Services,
  shared: CommitteeCache,
  cellId: number,
): ActiveSeries[] | undefined {
  let byCell = beats.get(shared);
  if (!byCell) {
    const all = services.meetingSeries.allActive();
    byCell = grouped.get(all) ?? groupBy(all, (active) => active.series.cellId);
    grouped.set(all, byCell);
    beats.set(shared, byCell);
  }
  return byCell.get(cellId);
}

/**
 * Not before the beat after something was made: a slot due at the very instant of a beat
 * that already looked would never be due.
 */
const afterMade = (made: Date) => made.getTime() + MINUTE_MS;

// The same few year bounds, asked for thousands of rules a beat: kept by zone, then year (a
// key string built for each rule cost more than the comparison).
const yearBounds = new Map<string, BoundedCache<number, { from: number; to: number }>>();

function inYear(instant: number, year: number, timeZone: string): boolean {
  let ofZone = yearBounds.get(timeZone);
  if (!ofZone) {
    ofZone = new BoundedCache(100);
    yearBounds.set(timeZone, ofZone);
  }
  const bounds = ofZone.get(year, () => {
    const { from, to } = localYearBounds(year, timeZone);
    return { from: from.getTime(), to: to.getTime() };
  });
  return instant >= bounds.from && instant < bounds.to;
}

/**
 * Creates each rule's next meeting: the month after the last one created, from the first of
 * the month before it at the cell's post hour (a month's notice for the secretary to move or
 * cancel it), or at once for a rule that just got its last one. A month passed over (its
 * meeting would overlap another, or the month has its regular meeting) is not made again; the
 * secretary hears of each meeting made, each month passed over, once a year of a year without
 * a holiday table, and of a rule stopped because it gave no meeting in a year.
 */
export const meetingSeries: Job<SeriesSlot> = {
  name: "meeting-series",
  sends: false,
  slots({ services, cell, year, schedule, shared }) {
    const rules = activeSeries(services, shared, cell.id);
    if (!rules) return [];
    const slots: SeriesSlot[] = [];
    for (const active of rules) {
      const slot = seriesSlot(active, schedule.postHour, services.timeZone);
      // One calendar year lists it: the scheduler asks this year's and the next.
      if (inYear(slot.dueAt.getTime(), year, services.timeZone)) slots.push(slot);
    }
    return slots;
  },
  run(run) {
    const { services } = run;
    const series = services.meetingSeries.byId(run.slot.payload.seriesId);
    if (series?.state !== "active") return 0;
    const now = services.clock.now();
    const previous = services.meetingSeries.lastOccurrence(series.id);
    const next = createNextMeeting(services, series, now);
    // Nothing to make for a year: the slot of this month ran and none would follow. The rule
    // stops, and the secretary hears it, rather than it going quiet.
    if (next.outcome === "none") services.meetingSeries.stop(series.id, now);
    tellSecretary(services, run, series, next, previous, now);
    return run.count;
  },
};

type SeriesSlot = PayloadSlot<{ seriesId: number; occurrence: Occurrence }>;

// A rule's slot follows from the row read (kept between beats while no rule changed) and the
// post hour: made once, not for every cell on every beat.
const seriesSlots = new WeakMap<
  ActiveSeries,
  { postHour: number; timeZone: string; slot: SeriesSlot }
>();

function seriesSlot(active: ActiveSeries, postHour: number, timeZone: string): SeriesSlot {
  const kept = seriesSlots.get(active);
  if (kept?.postHour === postHour && kept.timeZone === timeZone) return kept.slot;
  const { series, lastOccurrence, lastCreatedAt } = active;
  const occurrence = lastOccurrence
    ? nextOccurrence(lastOccurrence)
    : monthMade(series.createdAt, timeZone);
  const before = previousOccurrence(occurrence);
  const firstBefore = atLocalHour(`${before}-01`, postHour, timeZone).getTime();
  const slot: SeriesSlot = {
    period: `s${series.id}/${occurrence}`,
    payload: { seriesId: series.id, occurrence },
    dueAt: new Date(Math.max(firstBefore, afterMade(lastCreatedAt ?? series.createdAt))),
  };
  seriesSlots.set(active, { postHour, timeZone, slot });
  return slot;
}

/** The month a rule was made in: its first meeting's, if none was made with it. */
function monthMade(instant: Date, timeZone: string): Occurrence {
  const { year, month } = localTime(instant, timeZone);
  return occurrenceOf(year, month);
}

/** What the secretary (the deputies where there is none) hears in private of a rule's run. */
function tellSecretary(
  services: Services,
  poster: Poster,
  series: MeetingSeries,
  next: NextMeeting,
  previous: Occurrence | undefined,
  now: Date,
): void {
  const { timeZone } = services;
  const parts: Text[][] = next.skipped.map(({ occurrence, startsAt, other, reason }) => [
    {
      key: reason === "overlap" ? "series-overlap" : "series-month-taken",
      args: {
        month: monthName(occurrence),
        when: when(startsAt, timeZone),
        other: meetingDetails(other, timeZone),
      },
    },
  ]);
  if (next.outcome === "none") {
    parts.push([{ key: "series-stopped-none", args: { rule: ruleText(series.rule) } }]);
  }
  if (next.outcome === "created") {
    const { meeting, occurrence, shiftedFrom } = next;
    const created: Text[] = [
      {
        key: "series-created",
        args: {
          month: monthName(occurrence),
          meeting: meetingDetails(meeting, timeZone),
          notice: noticeOn(services, meeting, formatDay(noticeDay(services, meeting, now))),
        },
      },
    ];
    if (shiftedFrom) {
      created.push({
        key: "series-shifted",
        args: {
          from: formatDay(shiftedFrom.day),
          holiday: shiftedFrom.holiday,
          day: formatDay(localDay(meeting.startsAt, timeZone)),
        },
      });
    }
    // Once a year: the rule's first meeting made in a year without a table.
    const { year } = monthOf(occurrence);
    if (next.noTable && (!previous || monthOf(previous).year !== year)) {
      created.push({ key: "series-no-table", args: { year: String(year) } });
    }
    parts.push(created);
  }
  for (const manager of services.members.secretaryOrDeputies(series.cellId)) {
    for (const message of parts) poster.toMember(manager.id, message);
  }
}

/** What a notice is about: a meeting, at the start it had. */
interface Notice {
  meetingId: number;
  startsAt: number;
}

const noticeSlots = new SlotsBeforeMeetings<PayloadSlot<Notice>>();

/** A meeting's notice, unless it would fall once the meeting has begun. */
function noticeSlot(
  meeting: ScheduledMeeting,
  days: number,
  postHour: number,
  timeZone: string,
): PayloadSlot<Notice> | undefined {
  return noticeSlots.get(meeting, { days, postHour, timeZone }, () => {
    const startsAt = meeting.startsAt.getTime();
    const dueAt = Math.max(
      daysBeforeAt(meeting.startsAt, days, postHour, timeZone).getTime(),
      afterMade(meeting.createdAt),
    );
    if (dueAt >= startsAt) return undefined;
    return {
      period: `n${meeting.id}/${startsAt}`,
      payload: { meetingId: meeting.id, startsAt },
      dueAt: new Date(dueAt),
      // A notice after the meeting began says nothing of use.
      until: meeting.startsAt,
    };
  });
}

/**
 * The notice of a rule's meeting, `meetingNoticeDays` before it at the cell's post hour (or
 * once it is made, if later; at once if that day passed unnoticed): the groups and the
 * committee's officers, once a meeting and start. One moved before its notice is noticed at
 * its new time; one noticed already (or noticed by /hop) is not again.
 */
export const meetingNotice: Job<PayloadSlot<Notice>> = {
  name: "meeting-notice",
  sends: true,
  slots({ services, cell, year, schedule, shared }) {
    // By the year of its start, as the reminders: next year's are asked for too.
    const meetings = shared.scheduledIn(cell.id, year);
    if (meetings.length === 0) return [];
    const { timeZone, meetingSeries: store } = services;
    const { meetingNoticeDays: days, postHour } = schedule;
    const slots: PayloadSlot<Notice>[] = [];
    let now: number | undefined;
    for (const meeting of meetings) {
      if (!store.isUnnoticed(meeting.id)) continue;
      const slot = noticeSlot(meeting, days, postHour, timeZone);
      if (!slot) continue;
      now ??= services.clock.now().getTime();
      // Still unnoticed after its time (moved earlier into the notice days, the notice days
      // raised, made meanwhile): due now, or the scheduler, which runs only what fell due
      // since it last looked, would never run it. Its period and the noticed mark keep it to
      // once.
      slots.push(slot.dueAt.getTime() < now ? { ...slot, dueAt: new Date(now) } : slot);
    }
    return slots;
  },
  run(run) {
    const { services, slot } = run;
    const meeting = services.meetings.byId(slot.payload.meetingId);
    const now = services.clock.now();
    if (
      meeting?.state !== "scheduled" ||
      meeting.noticedAt !== null ||
      meeting.startsAt.getTime() !== slot.payload.startsAt ||
      now >= meeting.startsAt
    ) {
      return 0;
    }
    noticeMeeting(services, run, meeting, now);
    return run.count;
  },
};
