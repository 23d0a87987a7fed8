import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { endOf } from "../../src/domain/meeting-rules.js";
import { DEFAULT_SCHEDULE } from "../../src/domain/schedule-settings.js";
import type { Text } from "../../src/i18n.js";
import { answerChoices } from "../../src/meetings/meeting-texts.js";
import type { Reply } from "../../src/messages/reply.js";
import { OutboxSender } from "../../src/outbox/outbox-sender.js";
import { cellYear } from "../../src/schedule/cell-year.js";
import type { Job } from "../../src/schedule/job.js";
import { meetingClose, meetingReminder, pollClose } from "../../src/schedule/jobs/meeting-jobs.js";
import type { RunResult } from "../../src/schedule/scheduler.js";
import type { Cell } from "../../src/store/cell-store.js";
import type { Meeting } from "../../src/store/meeting-store.js";
import type { OutboxMessage } from "../../src/store/outbox-store.js";
import { Harness } from "../support/harness.js";
import { RecordingDeliverer } from "../support/recording-deliverer.js";

// The harness starts on Sunday 10/3/2024, 09:00 in Vietnam (UTC+7 all year, no summer time).
const GROUP = "console:group:1";
const MEETING_JOBS = ["meeting-reminder", "meeting-close", "poll-close"];

let h: Harness;
afterEach(() => h?.close());

/** An instant given as Vietnamese local time: "2024-03-15T19:30". */
const vn = (local: string) => new Date(`${local}:00+07:00`);

/**
 * A cell with the secretary Lan and the members named; everyone has opened a private chat with
 * the bot, so that private reminders can reach them.
 */
async function cellOf(names: string[]): Promise<{ cell: Cell; id: (name: string) => number }> {
  h = new Harness({ now: "2024-03-10T02:00:00Z" });
  await h.cellWith(names);
  for (const name of names) await h.say(name, "private", "/chuyende");
  const [cell] = h.app.services.cells.all();
  if (!cell) throw new Error("no cell");
  const id = (name: string) => {
    const member = h.app.services.members.byPerson(`console:${name}`);
    if (!member) throw new Error(`no member ${name}`);
    return member.id;
  };
  return { cell, id };
}

/** A two-hour meeting announced now by the secretary. */
function meet(cell: Cell, startsAt: Date): Meeting {
  const secretary = h.app.services.members.byPerson("console:Lan");
  if (!secretary) throw new Error("no secretary");
  return h.app.services.meetings.create(
    {
      cellId: cell.id,
      kind: "regular",
      startsAt,
      endsAt: endOf(startsAt, 120),
      place: "Hội trường khu phố 1",
      topic: "",
      createdBy: secretary.id,
    },
    h.clock.now(),
  );
}

/**
 * The scheduler's beat at `at`, then the outbox sent as the heartbeat does: what the meeting
 * jobs did. What a sent reminder said is in its outbox row, written when it went out.
 */
async function beat(at: Date): Promise<RunResult[]> {
  h.clock.set(at.toISOString());
  const results = h.app.scheduler
    .runDue(h.clock.now())
    .filter((result) => MEETING_JOBS.includes(result.job));
  const deliverer = new RecordingDeliverer(h.app.translator, h.clock);
  await new OutboxSender(
    h.app.services,
    [deliverer],
    pino({ level: "silent" }),
    h.app.outboxRules,
  ).drain();
  return results;
}

const outcomes = (results: RunResult[]) =>
  results.map((r) => `${r.job} ${r.period} ${r.outcome} ${r.messages}`);

/** Outbox rows about meetings and polls (not the other jobs' posts), oldest first. */
function queued(): OutboxMessage[] {
  return h.app.services.outbox.all().filter((row) => {
    const first = row.reply.parts[0]?.key ?? "";
    return ["meeting-", "poll-", "checkin-"].some((prefix) => first.startsWith(prefix));
  });
}

const firstKey = (reply: Reply) => reply.parts[0]?.key;
const keys = (reply: Reply) => reply.parts.map((part) => part.key);
const remindersIn = (rows: OutboxMessage[]) =>
  rows.filter((row) => firstKey(row.reply) === "meeting-reminder-soon");

/** The slots a job computes for the cell (read afresh, with its settings) in 2024. */
function slotsOf(job: Job, cell: Cell) {
  const fresh = h.app.services.cells.byId(cell.id) ?? cell;
  return job.slots(cellYear(h.app.services, fresh, 2024));
}

describe("meeting reminders: when", () => {
  it("are due the day before and an hour before the start by default", async () => {
    const { cell } = await cellOf(["Hùng"]);
    expect(DEFAULT_SCHEDULE.meetingReminderHours).toEqual([24, 1]);
    const startsAt = vn("2024-03-15T19:30");
    const meeting = meet(cell, startsAt);
    expect(slotsOf(meetingReminder, cell)).toEqual([
      // Each worth sending until the next is due, the last until the meeting starts.
      {
        period: `m${meeting.id}/${startsAt.getTime()}/24h`,
        payload: { meetingId: meeting.id, startsAt: startsAt.getTime(), hours: 24 },
        dueAt: vn("2024-03-14T19:30"),
        until: vn("2024-03-15T18:30"),
      },
      {
        period: `m${meeting.id}/${startsAt.getTime()}/1h`,
        payload: { meetingId: meeting.id, startsAt: startsAt.getTime(), hours: 1 },
        dueAt: vn("2024-03-15T18:30"),
        until: startsAt,
      },
    ]);
    expect(slotsOf(meetingClose, cell)).toEqual([
      {
        period: `m${meeting.id}/${meeting.endsAt.getTime()}/close`,
        payload: { meetingId: meeting.id },
        dueAt: vn("2024-03-15T21:30"),
      },
    ]);

    expect(await beat(vn("2024-03-14T19:29"))).toEqual([]);
    expect(outcomes(await beat(vn("2024-03-14T19:30")))).toEqual([
      `meeting-reminder m${meeting.id}/${startsAt.getTime()}/24h done 3`, // group, Lan, Hùng
    ]);
    expect(await beat(vn("2024-03-15T18:29"))).toEqual([]);
    expect(outcomes(await beat(vn("2024-03-15T18:30")))).toEqual([
      `meeting-reminder m${meeting.id}/${startsAt.getTime()}/1h done 3`,
    ]);
    const group = remindersIn(queued()).filter((row) => row.chatId === GROUP);
    expect(group.map((row) => row.reply.parts[0])).toEqual([
      { key: "meeting-reminder-soon", args: { hours: 24 } },
      { key: "meeting-reminder-soon", args: { hours: 1 } },
    ]);
  });

  it("follow the hours the cell set", async () => {
    const { cell } = await cellOf(["Hùng"]);
    h.app.services.cells.setSchedule(cell.id, { meetingReminderHours: [48, 2] });
    const startsAt = vn("2024-03-15T19:30");
    const meeting = meet(cell, startsAt);
    expect(slotsOf(meetingReminder, cell).map((slot) => [slot.period, slot.dueAt])).toEqual([
      [`m${meeting.id}/${startsAt.getTime()}/48h`, vn("2024-03-13T19:30")],
      [`m${meeting.id}/${startsAt.getTime()}/2h`, vn("2024-03-15T17:30")],
    ]);
    expect(outcomes(await beat(vn("2024-03-13T19:30")))).toHaveLength(1);
    expect(await beat(vn("2024-03-14T19:30"))).toEqual([]); // not the default day before
    expect(await beat(vn("2024-03-15T17:29"))).toEqual([]);
    expect(outcomes(await beat(vn("2024-03-15T17:30")))).toEqual([
      `meeting-reminder m${meeting.id}/${startsAt.getTime()}/2h done 3`,
    ]);
    expect(await beat(vn("2024-03-15T18:30"))).toEqual([]); // nor the default hour before
    const reminders = remindersIn(queued()).filter((row) => row.chatId === GROUP);
    expect(reminders.map((row) => row.reply.parts[0])).toEqual([
      { key: "meeting-reminder-soon", args: { hours: 48 } },
      { key: "meeting-reminder-soon", args: { hours: 2 } },
    ]);
  });

  it("none falls before the meeting was announced", async () => {
    const { cell } = await cellOf(["Hùng"]);
    // Announced on Sunday at 09:00 for the same evening: no reminder the day before.
    const startsAt = vn("2024-03-10T20:00");
    const meeting = meet(cell, startsAt);
    expect(slotsOf(meetingReminder, cell).map((slot) => slot.period)).toEqual([
      `m${meeting.id}/${startsAt.getTime()}/1h`,
    ]);
    expect(outcomes(await beat(vn("2024-03-10T09:05")))).toEqual([]);
    expect(outcomes(await beat(vn("2024-03-10T19:00")))).toEqual([
      `meeting-reminder m${meeting.id}/${startsAt.getTime()}/1h done 3`,
    ]);

    // Announced half an hour before it starts: no reminder at all.
    const soon = vn("2024-03-11T20:00");
    h.clock.set(vn("2024-03-11T19:30").toISOString());
    const late = meet(cell, soon);
    expect(
      slotsOf(meetingReminder, cell).filter((slot) => slot.period.startsWith(`m${late.id}/`)),
    ).toEqual([]);
    const ran = (await beat(vn("2024-03-11T19:59"))).filter((r) => r.job === "meeting-reminder");
    expect(ran).toEqual([]);
    expect(remindersIn(queued())).toHaveLength(3);
  });

  it("none, and no close, for a cancelled meeting", async () => {
    const { cell } = await cellOf(["Hùng"]);
    const startsAt = vn("2024-03-15T19:30");
    const meeting = meet(cell, startsAt);
    h.app.services.meetings.update(meeting.id, { state: "cancelled" }, h.clock.now());
    expect(slotsOf(meetingReminder, cell)).toEqual([]);
    expect(slotsOf(meetingClose, cell)).toEqual([]);
    for (const at of ["2024-03-14T19:30", "2024-03-15T18:30", "2024-03-15T21:30"]) {
      expect(await beat(vn(at))).toEqual([]);
    }
    expect(h.app.services.meetings.byId(meeting.id)?.state).toBe("cancelled");
    expect(queued()).toEqual([]);
    expect(h.app.services.polls.open(cell.id)).toEqual([]);
  });

  it("a meeting moved to another time is reminded for the new time", async () => {
    const { cell } = await cellOf(["Hùng"]);
    const first = vn("2024-03-15T19:30");
    const meeting = meet(cell, first);
    expect(outcomes(await beat(vn("2024-03-14T19:30")))).toHaveLength(1); // reminded for Friday
    // Moved to Saturday morning.
    const moved = vn("2024-03-16T08:00");
    h.app.services.meetings.update(
      meeting.id,
      { startsAt: moved, endsAt: endOf(moved, 120) },
      h.clock.now(),
    );
    expect(await beat(vn("2024-03-15T08:00"))).toEqual([
      expect.objectContaining({
        job: "meeting-reminder",
        period: `m${meeting.id}/${moved.getTime()}/24h`,
        outcome: "done",
      }),
    ]);
    expect(await beat(vn("2024-03-15T18:30"))).toEqual([]); // the old hour before
    expect(await beat(vn("2024-03-15T21:30"))).toEqual([]); // the old end
    expect(h.app.services.meetings.byId(meeting.id)?.state).toBe("scheduled");
    expect(outcomes(await beat(vn("2024-03-16T07:00")))).toEqual([
      `meeting-reminder m${meeting.id}/${moved.getTime()}/1h done 3`,
    ]);
    expect(outcomes(await beat(vn("2024-03-16T10:00")))).toEqual([
      `meeting-close m${meeting.id}/${endOf(moved, 120).getTime()}/close done 4`, // buttons off, group, Lan, poll
    ]);
    const group = remindersIn(queued()).filter((row) => row.chatId === GROUP);
    expect(group.map((row) => row.reply.parts[0])).toEqual([
      { key: "meeting-reminder-soon", args: { hours: 24 } },
      { key: "meeting-reminder-soon", args: { hours: 24 } },
      { key: "meeting-reminder-soon", args: { hours: 1 } },
    ]);
    // The latest say Saturday 16/03 at 8:00.
    const when = (row: OutboxMessage) => (row.reply.parts[1]?.args?.when as Text | undefined)?.args;
    expect(group.map((row) => when(row)?.date)).toEqual(["15/03/2024", "16/03/2024", "16/03/2024"]);
    expect(when(group[2] as OutboxMessage)?.time).toEqual({ key: "time-hour", args: { hour: 8 } });
  });

  it("sends nothing when its run comes after the meeting started", async () => {
    const { cell } = await cellOf(["Hùng"]);
    const startsAt = vn("2024-03-15T15:00");
    const meeting = meet(cell, startsAt);
    // Running, the bot saw the meeting announced; then it was down from before the day-before
    // reminder until half an hour into the meeting.
    expect(await beat(vn("2024-03-10T10:00"))).toEqual([]);
    expect(await beat(vn("2024-03-15T15:30"))).toEqual([]);
    expect(queued()).toEqual([]);
    const runs = [...h.app.services.jobRuns.periodsOf(cell.id)];
    expect(runs.filter((run) => run.startsWith(`meeting-reminder|m${meeting.id}/`))).toEqual([]);
  });
});

describe("meeting reminders: to whom", () => {
  it("go to the group with the buttons, and privately to the unanswered and the coming", async () => {
    const { cell, id } = await cellOf(["Hùng", "Tư", "Mai", "Cúc", "Bảo"]);
    const now = h.clock.now();
    h.app.services.members.setStatus(id("Mai"), "exempt", now);
    h.app.services.members.setStatus(id("Bảo"), "transferred", now);
    const startsAt = vn("2024-03-15T19:30");
    const meeting = meet(cell, startsAt);
    h.app.services.meetings.respond(meeting.id, id("Hùng"), "attend", null, now);
    h.app.services.meetings.respond(meeting.id, id("Tư"), "excused", "Đi công tác", now);
    h.app.services.meetings.respond(meeting.id, id("Mai"), "attend", null, now);

    await beat(vn("2024-03-14T19:30"));
    const rows = remindersIn(queued());
    expect(rows.map((row) => row.chatId).sort()).toEqual(
      [GROUP, "console:Cúc", "console:Hùng", "console:Lan"].sort(),
    );
    const to = (chatId: string) => rows.find((row) => row.chatId === chatId)?.reply;

    const group = to(GROUP);
    expect(group?.choices).toEqual(answerChoices(meeting.id));
    expect(keys(group as Reply)).toEqual([
      "meeting-reminder-soon",
      "meeting-details",
      "meeting-answer-count",
    ]);
    // Mai is exempt but answered: the count is of the answers.
    expect(group?.parts[2]?.args).toEqual({ attend: 2, excused: 1 });

    for (const unanswered of ["console:Cúc", "console:Lan"]) {
      expect(keys(to(unanswered) as Reply)).toEqual([
        "meeting-reminder-soon",
        "meeting-details",
        "meeting-reminder-unanswered",
      ]);
      expect(to(unanswered)?.choices).toEqual(answerChoices(meeting.id));
    }
    expect(keys(to("console:Hùng") as Reply)).toEqual([
      "meeting-reminder-soon",
      "meeting-details",
      "meeting-reminder-coming",
    ]);
    expect(to("console:Hùng")?.choices).toBeUndefined();

    // Private reminders name the member they are for.
    expect(rows.find((row) => row.chatId === "console:Hùng")?.memberId).toBe(id("Hùng"));
  });

  it("an hour-before reminder that falls in quiet hours goes at 07:00, before the start", async () => {
    const { cell } = await cellOf(["Hùng"]);
    const startsAt = vn("2024-03-16T07:30");
    const meeting = meet(cell, startsAt);
    expect(outcomes(await beat(vn("2024-03-15T07:30")))).toHaveLength(1); // the day before
    expect(await beat(vn("2024-03-16T06:30"))).toEqual([]); // quiet hours (21–07): it waits
    expect(await beat(vn("2024-03-16T06:59"))).toEqual([]);
    expect(outcomes(await beat(vn("2024-03-16T07:00")))).toEqual([
      `meeting-reminder m${meeting.id}/${startsAt.getTime()}/1h done 3`,
    ]);
    const latest = remindersIn(queued()).filter(
      (row) => row.createdAt.getTime() === vn("2024-03-16T07:00").getTime(),
    );
    expect(latest.map((row) => row.chatId).sort()).toEqual(
      [GROUP, "console:Hùng", "console:Lan"].sort(),
    );
    for (const row of latest) {
      expect(row.notBefore).toEqual(vn("2024-03-16T07:00"));
      expect(row.notBefore.getTime()).toBeLessThan(startsAt.getTime());
      expect(row.reply.parts[0]).toEqual({ key: "meeting-reminder-soon", args: { hours: 1 } });
    }
    expect(await beat(vn("2024-03-16T07:10"))).toEqual([]);
  });

  it("two reminders held through the night make one, the later", async () => {
    const { cell } = await cellOf(["Hùng"]);
    h.app.services.cells.setSchedule(cell.id, { meetingReminderHours: [2, 1] });
    const startsAt = vn("2024-03-16T07:30");
    const meeting = meet(cell, startsAt);
    expect(await beat(vn("2024-03-15T20:00"))).toEqual([]);
    expect(await beat(vn("2024-03-16T06:45"))).toEqual([]);
    const results = await beat(vn("2024-03-16T07:00"));
    expect(outcomes(results)).toEqual([
      `meeting-reminder m${meeting.id}/${startsAt.getTime()}/1h done 3`,
    ]);
    const group = remindersIn(queued()).filter((row) => row.chatId === GROUP);
    expect(group).toHaveLength(1);
    expect(group[0]?.reply.parts[0]).toEqual({ key: "meeting-reminder-soon", args: { hours: 1 } });
  });
});

describe("meeting close and its poll", () => {
  it("closes the meeting at its end, tells the counts, the names and posts the poll, once", async () => {
    const { cell, id } = await cellOf(["Hùng", "Tư", "Mai", "Cúc"]);
    const now = h.clock.now();
    h.app.services.members.setStatus(id("Mai"), "exempt", now);
    const startsAt = vn("2024-03-15T19:30");
    const meeting = meet(cell, startsAt);
    h.app.services.meetings.respond(meeting.id, id("Hùng"), "attend", null, now);
    h.app.services.meetings.respond(meeting.id, id("Tư"), "excused", "Đi công tác", now);

    await beat(vn("2024-03-14T19:30"));
    await beat(vn("2024-03-15T18:30"));
    h.clock.set(vn("2024-03-15T19:35").toISOString());
    h.app.services.meetings.mark(
      meeting.id,
      id("Hùng"),
      { present: true, reason: null, markedBy: "self" },
      h.clock.now(),
    );
    const before = h.app.services.outbox.all().length;

    expect(await beat(vn("2024-03-15T21:29"))).toEqual([]);
    expect(h.app.services.meetings.byId(meeting.id)?.state).toBe("scheduled");
    const end = vn("2024-03-15T21:30");
    expect(outcomes(await beat(end))).toEqual([
      `meeting-close m${meeting.id}/${end.getTime()}/close done 4`,
    ]);
    const closed = h.app.services.meetings.byId(meeting.id);
    expect(closed?.state).toBe("closed");
    expect(closed?.closedAt).toEqual(end);

    const rows = h.app.services.outbox.all().slice(before);
    expect(rows.map((row) => [row.chatId, firstKey(row.reply)])).toEqual([
      [GROUP, "meeting-announcement-header"],
      [GROUP, "meeting-closed-group"],
      ["console:Lan", "meeting-closed-secretary"],
      [GROUP, "poll-post-question"],
    ]);
    // 21:30 is in the quiet hours: all of it waits for the morning.
    for (const row of rows) expect(row.notBefore).toEqual(vn("2024-03-16T07:00"));

    const counts = {
      key: "attendance-counts",
      args: { present: 1, counted: 4, withReason: 1, withoutReason: 2 },
    };
    const [announcement, group, secretary, pollPost] = rows;
    // The announcement loses its buttons: nothing more to answer.
    expect(announcement?.reply).toMatchObject({ anchor: `meeting:${meeting.id}`, refresh: true });
    expect(announcement?.reply.choices).toBeUndefined();
    expect(group?.reply.parts.at(-1)).toEqual(counts);
    expect(keys(group?.reply as Reply)).toEqual([
      "meeting-closed-group",
      "meeting-details",
      "attendance-counts",
    ]);
    expect(secretary?.reply.parts.slice(2)).toEqual([
      counts,
      { key: "attendance-present", args: { names: "Hùng" } },
      { key: "attendance-excused", args: { name: "Tư", reason: "Đi công tác" } },
      { key: "attendance-absent", args: { names: expect.stringContaining("Cúc") } },
      { key: "attendance-exempt", args: { names: "Mai" } },
      // The minutes' end: the scheduled one, until the secretary gives another.
      expect.objectContaining({ key: "meeting-end-planned" }),
      { key: "meeting-end-hint" },
    ]);
    expect(secretary?.memberId).toBe(id("Lan"));
    // No names in the group.
    expect(JSON.stringify(group?.reply)).not.toMatch(/Hùng|Tư|Cúc|Mai/);

    const [poll] = h.app.services.polls.open(cell.id);
    expect(poll).toMatchObject({ meetingId: meeting.id, anonymous: true, createdBy: null });
    // A day from when it can be posted: 07:00, after the quiet hours.
    expect(poll?.closesAt).toEqual(vn("2024-03-17T07:00"));
    // A secret ballot: no native poll, no choices in the group; members vote in private.
    expect(keys(pollPost?.reply as Reply)).toEqual(["poll-post-question", "poll-post-secret"]);
    expect(pollPost?.reply.poll).toBeUndefined();
    expect(pollPost?.reply.choices).toBeUndefined();
    expect(pollPost?.reply.privateLink).toEqual({
      label: { key: "poll-vote-button" },
      command: "bophieu",
      argument: `${poll?.id}`,
    });

    // Again, and again later: nothing is repeated.
    const after = h.app.services.outbox.all().length;
    expect(await beat(end)).toEqual([]);
    expect(await beat(vn("2024-03-15T23:00"))).toEqual([]);
    expect(await beat(vn("2024-03-16T08:00"))).toEqual([]);
    expect(h.app.services.outbox.all()).toHaveLength(after);
    expect(h.app.services.polls.open(cell.id)).toHaveLength(1);
  });

  it("still closes a meeting whose end passed while the bot was down for two days", async () => {
    // Left "scheduled", a meeting is in no report (only closed ones are) and its attendance can
    // no longer be corrected or closed by hand (only current or closed meetings can).
    const { cell } = await cellOf(["Hùng"]);
    const meeting = meet(cell, vn("2024-03-15T19:30"));
    await beat(vn("2024-03-17T09:00"));
    expect(h.app.services.meetings.byId(meeting.id)?.state).toBe("closed");
    await beat(vn("2024-03-17T10:00"));
    expect(
      h.app.services.polls.ofCell(cell.id, vn("2024-03-01T00:00"), vn("2024-04-01T00:00")),
    ).toHaveLength(1);
  });

  it("tells the close in one message, the check-in's under its anchor when it was opened", async () => {
    const { cell } = await cellOf(["Hùng"]);
    const startsAt = vn("2024-03-15T19:30");
    const meeting = meet(cell, startsAt);
    h.app.services.meetings.update(
      meeting.id,
      { checkinOpenedAt: vn("2024-03-15T19:10") },
      h.clock.now(),
    );
    await beat(vn("2024-03-15T21:30"));
    const closing = queued().filter(
      (row) =>
        row.chatId === GROUP && row.reply.parts.some((part) => part.key === "attendance-counts"),
    );
    // Where the platform can edit, the check-in message becomes the close; elsewhere it is sent.
    expect(closing.map((row) => firstKey(row.reply))).toEqual(["meeting-closed-group"]);
    expect(closing[0]?.reply).toMatchObject({ anchor: `checkin:${meeting.id}` });
    expect(closing[0]?.reply?.refresh).toBeUndefined();
  });

  it("closes the poll at its time and posts the result, once", async () => {
    const { cell } = await cellOf(["Hùng", "Tư"]);
    const startsAt = vn("2024-03-15T19:30");
    meet(cell, startsAt);
    await beat(vn("2024-03-15T21:30"));
    const [poll] = h.app.services.polls.open(cell.id);
    if (!poll) throw new Error("no poll");
    expect(slotsOf(pollClose, cell)).toEqual([
      { period: `p${poll.id}/close`, payload: { pollId: poll.id }, dueAt: vn("2024-03-17T07:00") },
    ]);
    // Two secret votes: who chose what is not kept, only a salted hash of the voter.
    h.clock.set(vn("2024-03-16T08:00").toISOString());
    for (const [who, option] of [
      ["console:Hùng", 0],
      ["console:Tư", 1],
    ] as const) {
      const personId = h.app.services.polls.voterKey(poll, who);
      h.app.services.polls.vote(
        { pollId: poll.id, personId, memberId: null, optionIds: [option] },
        h.clock.now(),
      );
    }

    expect(await beat(vn("2024-03-17T06:59"))).toEqual([]);
    const before = h.app.services.outbox.all().length;
    const closesAt = vn("2024-03-17T07:00");
    expect(outcomes(await beat(closesAt))).toEqual([`poll-close p${poll.id}/close done 1`]);
    const closed = h.app.services.polls.byId(poll.id);
    expect(closed?.state).toBe("closed");
    expect(closed?.closedAt).toEqual(closesAt);

    // (The week's summary to Lan, due on Monday, is made up at this first beat out of the night.)
    const rows = h.app.services.outbox
      .all()
      .slice(before)
      .filter((row) => !row.intent);
    expect(rows).toHaveLength(1);
    const [result] = rows;
    expect(result?.chatId).toBe(GROUP);
    expect(result?.reply.stopsPoll).toBe(`poll:${poll.id}`);
    expect(result?.reply.parts[0]).toEqual({
      key: "poll-closed-header",
      args: { question: { key: "meeting-poll-question" }, total: 2 },
    });
    expect(result?.reply.parts.slice(1).map((part) => part.args?.count)).toEqual([1, 1, 0, 0]);

    expect(await beat(closesAt)).toEqual([]);
    expect(await beat(vn("2024-03-17T09:00"))).toEqual([]);
    expect(h.app.services.outbox.all().length).toBe(before + 2);
  });
});
