/**
 * A synthetic province for the benchmark, written with plain prepared statements in one
 * transaction (the stores insert one row per call; 1.5 million attendance marks need better).
 * Every id is known in advance: the database is fresh, so AUTOINCREMENT counts from 1 in the
 * order rows are written here, and the benchmark finds its members, groups and meetings by
 * arithmetic instead of by queries.
 */
import { fileURLToPath } from "node:url";
import { openDatabase } from "../src/db/database.js";
import { atLocalHour, atLocalTime, localDay, shiftDay } from "../src/domain/calendar.js";
import { loadHolidays } from "../src/domain/holidays.js";
import { type MeetingRule, meetingOn } from "../src/domain/meeting-recurrence.js";
import {
  type AttendanceMark,
  attendanceSheet,
  countsOf,
  endOf,
  fromMinutes,
  type MinutesEntry,
  meetingMinutes,
} from "../src/domain/meeting-rules.js";
import { weekdaysOfYear, weekPeriod } from "../src/domain/schedule-rules.js";
import { DEFAULT_SCHEDULE } from "../src/domain/schedule-settings.js";
import { foldKey } from "../src/domain/text.js";
import {
  monthOf,
  nextOccurrence,
  type Occurrence,
  previousOccurrence,
} from "../src/meetings/meeting-series.js";
import { readPlanFile } from "../src/plan/plan-file.js";
import { PlanStore } from "../src/store/plan-store.js";

export interface ProvinceSize {
  cells: number;
  membersPerCell: number;
  /**
   * Closed monthly meetings of every cell's rule, each with its attendance and its poll: the
   * months up to March 2024 (15: all of 2023 and three of 2024). April's is the upcoming one,
   * May's made on 01/04 as the scheduler makes it.
   */
  meetingsPerCell: number;
  cellsPerCommittee: number;
  /** The share of members who registered their personal plan. */
  registeredShare: number;
}

/** The plan of the seeded year, and the moment the benchmark's clock starts at. */
export const PLAN_FILE = fileURLToPath(new URL("../plans/2024-binh-duong.yaml", import.meta.url));
export const YEAR = 2024;
/** Wednesday 10/04/2024, 09:00 in Vietnam: registration still open, no quiet hours. */
export const BENCH_NOW = new Date("2024-04-10T02:00:00Z");
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

const PLAN_IMPORTED = Date.parse("2023-12-01T01:00:00Z");
/**
 * Every cell's rule: the 15th of each month at 19:30, moved to the next working day off a
 * holiday (no 15th of 2024 is one; 2023 has no table). April's meeting, on Monday 15/04, was
 * noticed on 08/04 (a week before, at the posting hour) and is being answered on 10/04: what
 * the buttons answer. Its materials reminder (13/04) and reminders are still to come.
 */
const RULE: MeetingRule = { kind: "day-of-month", day: 15, hour: 19, minute: 30 };
const HOLIDAY_SHIFT = "after";
const UPCOMING_MONTH: Occurrence = "2024-04";
const DAY = 86_400_000;

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"];
const MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Thu", "Xuân"];
const GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Hà",
  "Hải",
  "Hạnh",
  "Hoa",
  "Hùng",
  "Hương",
  "Khánh",
  "Lan",
  "Linh",
  "Long",
  "Mai",
  "Nam",
  "Nga",
  "Phong",
  "Phúc",
  "Quang",
  "Sơn",
  "Tâm",
  "Thảo",
  "Thắng",
  "Trang",
  "Trung",
  "Tuấn",
  "Vân",
  "Việt",
  "Yến",
];
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** Where everything of the seeded province is, by index: cell 0..cells-1, member 0..perCell-1. */
export class Province {
  constructor(readonly size: ProvinceSize) {}

  get committees(): number {
    return Math.ceil(this.size.cells / this.size.cellsPerCommittee);
  }

  cellId(cell: number): number {
    return cell + 1;
  }

  committeeId(cell: number): number {
    return Math.floor(cell / this.size.cellsPerCommittee) + 1;
  }

  /** A supergroup id as Telegram gives them: -100 followed by ten digits. */
  groupChatId(cell: number): number {
    return -(1_000_000_000_000 + 1_000_000 + cell);
  }

  memberId(cell: number, member: number): number {
    return cell * this.size.membersPerCell + member + 1;
  }

  /** The member's Telegram user id (and private chat id). */
  userId(cell: number, member: number): number {
    return 500_000_000 + this.memberId(cell, member);
  }

  role(member: number): "secretary" | "deputy" | "committee" | "member" {
    return member === 0
      ? "secretary"
      : member === 1
        ? "deputy"
        : member === 2
          ? "committee"
          : "member";
  }

  /** Who has answered the coming meeting's announcement: every other member, not the exempt. */
  answeredUpcoming(member: number): boolean {
    return member % 2 === 0 && this.status(member) !== "exempt";
  }

  status(member: number): "full" | "probationary" | "exempt" | "retired" {
    const last = this.size.membersPerCell - 1;
    if (member >= 3 && member === last) return "exempt";
    if (member >= 3 && member === last - 1) return "retired";
    return member % 9 === 8 ? "probationary" : "full";
  }

  /** Who registered: the cell committee always, the others by a fixed pseudo-random draw. */
  registered(cell: number, member: number): boolean {
    if (this.status(member) === "exempt") return false;
    if (member < 3) return true;
    return unit(cell * 7919 + member * 104_729) < this.size.registeredShare;
  }

  fullName(cell: number, member: number): string {
    const n = cell * this.size.membersPerCell + member;
    const family = FAMILY[n % FAMILY.length] ?? "";
    const middle = MIDDLE[Math.floor(n / 7) % MIDDLE.length] ?? "";
    const given = GIVEN[Math.floor(n / 3) % GIVEN.length] ?? "";
    return `${family} ${middle} ${given}`;
  }

  cellCode(cell: number): string {
    let code = "";
    let rest = cell;
    for (let i = 0; i < 4; i++) {
      code = (CODE_ALPHABET[rest % CODE_ALPHABET.length] ?? "") + code;
      rest = Math.floor(rest / CODE_ALPHABET.length);
    }
    return `CB-${code}`;
  }

  cellName(cell: number): string {
    return `Chi bộ Khu phố ${cell + 1}`;
  }

  /** Meetings per cell: the closed ones, the upcoming one, and next month's. */
  get meetingsEach(): number {
    return this.size.meetingsPerCell + 2;
  }

  /** Every cell's rule and the months of its meetings, in order: the same for all cells. */
  get rule(): MonthlyRule {
    this.monthly ??= monthlyRule(this.size.meetingsPerCell);
    return this.monthly;
  }

  private monthly: MonthlyRule | undefined;

  /** How many of a cell's meetings were held (and closed) in a year. */
  closedIn(year: number): number {
    return this.rule.months.filter((m) => m.closed && monthOf(m.occurrence).year === year).length;
  }

  /** Every cell's one rule, written in the order of the cells. */
  seriesId(cell: number): number {
    return cell + 1;
  }

  /**
   * The message id of the upcoming meeting's announcement in its group: the seed numbers each
   * group's messages from 1, two for each closed meeting (announcement, check-in).
   */
  get announcementMessageId(): number {
    return this.size.meetingsPerCell * 2 + 1;
  }

  meetingId(cell: number, meeting: number): number {
    return cell * this.meetingsEach + meeting + 1;
  }

  upcomingMeetingId(cell: number): number {
    return this.meetingId(cell, this.size.meetingsPerCell);
  }

  /** Every cell: one poll after each closed meeting, and one the secretary asked. */
  get pollsEach(): number {
    return this.size.meetingsPerCell + 1;
  }

  /** Members who have not registered, in the order the benchmark hands them out. */
  *unregistered(): Generator<{ cell: number; member: number }> {
    for (let cell = 0; cell < this.size.cells; cell++) {
      for (let member = 3; member < this.size.membersPerCell; member++) {
        if (this.status(member) !== "exempt" && !this.registered(cell, member)) {
          yield { cell, member };
        }
      }
    }
  }
}

/** One month of the rule, as the scheduler made, noticed, reminded of and closed it. */
export interface MonthlyMeeting {
  occurrence: Occurrence;
  startsAt: number;
  endsAt: number;
  /** Made with the rule (the first), or by meeting-series on the 1st of the month before. */
  createdAt: number;
  /** Its notice (meeting-notice), and its materials reminder; after BENCH_NOW: not yet. */
  noticeAt: number;
  materialsAt: number;
  closed: boolean;
}

/** When the cells and their rules were made, and the months of the rule's meetings. */
export interface MonthlyRule {
  /** The cells, their committees and members: the 1st of the month before the first meeting. */
  cellsCreated: number;
  /** The rule, with its first meeting: on the 16th of that month, its 15th passed. */
  seriesCreated: number;
  months: MonthlyMeeting[];
}

/**
 * `closed` months up to the one before UPCOMING_MONTH, that month, and the next: their times by
 * chibo's own rules (meetingOn, the default settings), as the scheduler would have set them.
 */
function monthlyRule(closed: number): MonthlyRule {
  const { postHour, meetingNoticeDays, meetingMaterialsDays } = DEFAULT_SCHEDULE;
  const minutes = meetingMinutes("regular", DEFAULT_SCHEDULE);
  const holidays = loadHolidays();
  let first = UPCOMING_MONTH;
  for (let i = 0; i < closed; i++) first = previousOccurrence(first);
  const before = previousOccurrence(first);
  const seriesCreated = atLocalHour(`${before}-16`, 10, TIME_ZONE).getTime();
  const months: MonthlyMeeting[] = [];
  let occurrence = first;
  for (let k = 0; k < closed + 2; k++, occurrence = nextOccurrence(occurrence)) {
    const { year, month } = monthOf(occurrence);
    const placed = meetingOn(RULE, HOLIDAY_SHIFT, year, month, holidays);
    const startsAt = atLocalTime(placed.day, placed.hour, placed.minute, TIME_ZONE);
    const dayBefore = (days: number) =>
      atLocalHour(shiftDay(localDay(startsAt, TIME_ZONE), -days), postHour, TIME_ZONE).getTime();
    months.push({
      occurrence,
      startsAt: startsAt.getTime(),
      endsAt: endOf(startsAt, minutes).getTime(),
      createdAt:
        k === 0
          ? seriesCreated
          : atLocalHour(`${previousOccurrence(occurrence)}-01`, postHour, TIME_ZONE).getTime(),
      noticeAt: dayBefore(meetingNoticeDays),
      materialsAt: dayBefore(meetingMaterialsDays),
      closed: k < closed,
    });
  }
  return {
    cellsCreated: atLocalHour(`${before}-01`, postHour, TIME_ZONE).getTime(),
    seriesCreated,
    months,
  };
}

/** A fixed pseudo-random number in [0, 1) for an integer: the same province every run. */
function unit(seed: number): number {
  let x = (seed ^ 0x9e3779b9) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return ((x ^ (x >>> 16)) >>> 0) / 4_294_967_296;
}

/**
 * Creates the database at `path` (the migrations applied by chibo's own openDatabase) and fills
 * it; returns where everything is.
 */
export function seedProvince(path: string, size: ProvinceSize): Province {
  const province = new Province(size);
  const database = openDatabase(path);
  const { sqlite } = database;
  // Consistent by construction; the checks would only slow the load down.
  sqlite.pragma("foreign_keys = OFF");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -200000");
  const plan = readPlanFile(PLAN_FILE);
  new PlanStore(database.db).import(plan, "all", new Date(PLAN_IMPORTED));
  const { cellsCreated: CELL_CREATED, seriesCreated, months } = province.rule;
  const examples = plan.examples;

  const insert = {
    committee: sqlite.prepare("insert into committees (name, created_at) values (?, ?)"),
    cell: sqlite.prepare(
      "insert into cells (code, name, committee_id, auto_approve, retired_register, created_at) values (?, ?, ?, 0, 1, ?)",
    ),
    group: sqlite.prepare(
      "insert into groups (chat_id, cell_id, title, active, linked_at) values (?, ?, ?, 1, ?)",
    ),
    member: sqlite.prepare(
      "insert into members (cell_id, full_name, name_key, role, status, roster, created_at, updated_at) values (?, ?, ?, ?, ?, 'active', ?, ?)",
    ),
    identity: sqlite.prepare(
      "insert into identities (person_id, member_id, display_name, created_at) values (?, ?, ?, ?)",
    ),
    privateChat: sqlite.prepare("insert into private_chats (person_id, opened_at) values (?, ?)"),
    commitment: sqlite.prepare(
      "insert into commitments (member_id, year, study, follow, example, revision, submitted_at, updated_at) values (?, ?, ?, ?, ?, 1, ?, ?)",
    ),
    revision: sqlite.prepare(
      "insert into commitment_revisions (commitment_id, revision, study, follow, example, saved_at) values (?, 1, ?, ?, ?, ?)",
    ),
    series: sqlite.prepare(
      "insert into meeting_series (cell_id, kind, rule, holiday_shift, place, topic, remote_allowed, state, created_by, created_at) values (?, 'regular', ?, ?, ?, '', 0, 'active', ?, ?)",
    ),
    meeting: sqlite.prepare(
      "insert into meetings (cell_id, kind, series_id, occurrence, starts_at, ends_at, place, topic, state, checkin_opened_at, closed_at, roster, noticed_at, created_by, created_at, updated_at) values (?, 'regular', ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    meetingCounts: sqlite.prepare(
      "update meetings set present_count = ?, counted_count = ?, unexcused_ids = ? where id = ?",
    ),
    warning: sqlite.prepare(
      "insert into absence_warnings (member_id, year, months, warned_at) values (?, ?, ?, ?)",
    ),
    response: sqlite.prepare(
      "insert into meeting_responses (meeting_id, member_id, answer, reason, answered_at) values (?, ?, ?, ?, ?)",
    ),
    attendance: sqlite.prepare(
      "insert into attendance (meeting_id, member_id, present, reason, marked_by, marked_at) values (?, ?, ?, ?, ?, ?)",
    ),
    poll: sqlite.prepare(
      "insert into polls (cell_id, meeting_id, question, options, anonymous, state, closes_at, created_by, created_at, closed_at) values (?, ?, ?, ?, ?, 'closed', ?, ?, ?, ?)",
    ),
    vote: sqlite.prepare(
      "insert into poll_votes (poll_id, person_id, member_id, option_ids, voted_at) values (?, ?, ?, ?, ?)",
    ),
    jobRun: sqlite.prepare(
      "insert into job_runs (job, cell_id, period, outcome, ran_at) values (?, ?, ?, 'done', ?)",
    ),
    posted: sqlite.prepare(
      "insert into posted_messages (chat_id, anchor, message_id, platform_poll_id, posted_at) values (?, ?, ?, ?, ?)",
    ),
  };

  const meetingPollQuestion = JSON.stringify({ key: "meeting-poll-question" });
  const meetingPollOptions = JSON.stringify(
    [1, 2, 3, 4].map((level) => ({ key: `meeting-poll-option-${level}` })),
  );
  const verbatim = (text: string) => ({ key: "verbatim", args: { text } });
  const namedQuestion = JSON.stringify(verbatim("Chọn thời gian sinh hoạt chi bộ quý II"));
  const namedOptions = JSON.stringify(
    ["Tối thứ Năm đầu tháng", "Sáng Chủ nhật đầu tháng", "Tối thứ Ba tuần thứ hai"].map(verbatim),
  );

  // What the scheduler has done for every cell since January: the weekly compilations and
  // summaries, the quarter's topic and summary. (Not the study reminder of 08/04: the sending
  // measurement sends that one.)
  const before = (day: string) => Date.parse(`${day}T00:00:00Z`) < BENCH_NOW.getTime() - DAY;
  const calendarRuns: [string, string, number][] = [
    ...weekdaysOfYear(YEAR, 7)
      .filter(before)
      .map((day): [string, string, number] => ["week-summary", weekPeriod(day), Date.parse(day)]),
    ...weekdaysOfYear(YEAR, 1)
      .filter(before)
      .map((day): [string, string, number] => ["weekly-summary", weekPeriod(day), Date.parse(day)]),
    ["quarter-summary", `${YEAR}-Q1`, Date.parse(`${YEAR}-03-31T16:00:00Z`)],
    ["quarter-topic", `${YEAR}-Q1`, Date.parse(`${YEAR}-01-02T01:00:00Z`)],
    ["quarter-topic", `${YEAR}-Q2`, Date.parse(`${YEAR}-04-01T01:00:00Z`)],
  ];

  const now = BENCH_NOW.getTime();
  const ruleJson = JSON.stringify(RULE);

  sqlite.transaction(() => {
    // The scheduler has been running all along: its first beat looks back a minute, not a year.
    const lookedAt = now - 60_000;
    sqlite
      .prepare("insert into schedule_looks (kind, looked_at) values ('sends', ?), ('silent', ?)")
      .run(lookedAt, lookedAt);
    for (let c = 0; c < province.committees; c++) {
      insert.committee.run(`Đảng ủy phường ${c + 1}`, CELL_CREATED);
    }
    let pollId = 0;
    let commitmentId = 0;
    let platformPoll = 0;
    for (let cell = 0; cell < size.cells; cell++) {
      const cellId = province.cellId(cell);
      const chatId = `tg:${province.groupChatId(cell)}`;
      insert.cell.run(
        province.cellCode(cell),
        province.cellName(cell),
        province.committeeId(cell),
        CELL_CREATED,
      );
      insert.group.run(chatId, cellId, `${province.cellName(cell)} (nhóm)`, CELL_CREATED);
      const roster: MinutesEntry[] = [];
      let message = 0;
      const posted = (anchor: string, pollKey: string | null, at: number) =>
        insert.posted.run(chatId, anchor, String(++message), pollKey, at);

      for (let m = 0; m < size.membersPerCell; m++) {
        const id = province.memberId(cell, m);
        const fullName = province.fullName(cell, m);
        const nameKey = foldKey(fullName);
        const status = province.status(m);
        const joined = CELL_CREATED + m * 60_000;
        insert.member.run(cellId, fullName, nameKey, province.role(m), status, joined, joined);
        const personId = `tg:${province.userId(cell, m)}`;
        insert.identity.run(personId, id, fullName, joined);
        insert.privateChat.run(personId, joined);
        roster.push({ id, fullName, nameKey, status });
        if (province.registered(cell, m)) {
          const at = Date.parse("2024-02-01T03:00:00Z") + ((cell * 31 + m * 17) % 60) * DAY;
          const study = `${examples.study[m % examples.study.length]} (${fullName}, tổ ${1 + (m % 5)})`;
          const follow = `${examples.follow[m % examples.follow.length]} Báo cáo kết quả với chi bộ mỗi quý.`;
          const example = `${examples.example[m % examples.example.length]} Nhận giúp đỡ ${1 + (m % 3)} hộ khó khăn trong khu phố.`;
          insert.commitment.run(id, YEAR, study, follow, example, at, at);
          insert.revision.run(++commitmentId, study, follow, example, at);
        }
      }
      const rosterJson = JSON.stringify(roster);
      const secretary = province.memberId(cell, 0);

      const place = `Hội trường khu phố ${cell + 1}`;
      const seriesId = province.seriesId(cell);
      insert.series.run(cellId, ruleJson, HOLIDAY_SHIFT, place, secretary, seriesCreated);
      // The months with an absence without reason, per member and year: the secretary was told
      // at 2, then 3 (the ledger's warnings).
      const unexcusedMonths = new Map<string, number>();
      for (let k = 0; k < months.length; k++) {
        const month = months[k] as MonthlyMeeting;
        const meetingId = province.meetingId(cell, k);
        const { occurrence, startsAt, endsAt, createdAt, noticeAt, materialsAt, closed } = month;
        const noticed = noticeAt <= now ? noticeAt : null;
        insert.meeting.run(
          cellId,
          seriesId,
          occurrence,
          startsAt,
          endsAt,
          place,
          closed ? "closed" : "scheduled",
          closed ? startsAt - 15 * 60_000 : null,
          closed ? endsAt : null,
          closed ? rosterJson : null,
          noticed,
          secretary,
          createdAt,
          closed ? endsAt : (noticed ?? createdAt),
        );
        // What the scheduler did for it: made it (but the first, made with the rule), noticed
        // it, and told the secretary that nothing was attached two days before.
        if (k > 0)
          insert.jobRun.run("meeting-series", cellId, `s${seriesId}/${occurrence}`, createdAt);
        if (noticed === null) continue;
        insert.jobRun.run("meeting-notice", cellId, `n${meetingId}/${startsAt}`, noticeAt);
        posted(`meeting:${meetingId}`, null, noticeAt);
        if (!closed) {
          // Half the cell has answered the notice so far.
          for (let m = 0; m < size.membersPerCell; m++) {
            if (!province.answeredUpcoming(m)) continue;
            const excused = m % 10 === 4;
            insert.response.run(
              meetingId,
              province.memberId(cell, m),
              excused ? "excused" : "attend",
              excused ? "Đi công tác" : null,
              noticeAt + m * 60_000,
            );
          }
          continue;
        }
        insert.jobRun.run(
          "materials-reminder",
          cellId,
          `m${meetingId}/${startsAt}/materials`,
          materialsAt,
        );
        posted(`checkin:${meetingId}`, null, startsAt - 15 * 60_000);
        // The reminders went out and the meeting was closed, each recorded once.
        for (const hours of DEFAULT_SCHEDULE.meetingReminderHours) {
          const due = startsAt - hours * 3_600_000;
          insert.jobRun.run("meeting-reminder", cellId, `m${meetingId}/${startsAt}/${hours}h`, due);
        }
        insert.jobRun.run("meeting-close", cellId, `m${meetingId}/${endsAt}/close`, endsAt);
        const marks: AttendanceMark[] = [];
        for (let m = 0; m < size.membersPerCell; m++) {
          if (province.status(m) === "exempt") continue;
          const draw = unit(meetingId * 131 + m);
          const present = draw < 0.85;
          // Four in ten answered the notice beforehand.
          if (unit(meetingId * 17 + m * 3) < 0.4) {
            const excused = !present && draw < 0.95;
            insert.response.run(
              meetingId,
              province.memberId(cell, m),
              excused ? "excused" : "attend",
              excused ? "Đi công tác" : null,
              noticeAt + m * 60_000,
            );
          }
          const reason = !present && draw < 0.95 ? "Đi công tác" : null;
          marks.push({ memberId: province.memberId(cell, m), present, reason });
          insert.attendance.run(
            meetingId,
            province.memberId(cell, m),
            present ? 1 : 0,
            reason,
            present ? "self" : "secretary",
            startsAt + (present ? m * 20_000 : 60 * 60_000),
          );
        }
        // What the meeting keeps from its close, by the rule chibo closes it with.
        const { presentCount, countedCount, unexcusedIds } = countsOf(
          attendanceSheet({ endsAt: new Date(endsAt) }, fromMinutes(roster), [], marks),
        );
        insert.meetingCounts.run(
          presentCount,
          countedCount,
          JSON.stringify(unexcusedIds),
          meetingId,
        );
        const { year } = monthOf(occurrence);
        for (const memberId of unexcusedIds) {
          const key = `${memberId}|${year}`;
          const count = (unexcusedMonths.get(key) ?? 0) + 1;
          unexcusedMonths.set(key, count);
          if (count === 2 || count === 3) insert.warning.run(memberId, year, count, endsAt);
        }
        // The poll on how the meeting went: a secret ballot, its votes kept under hashes.
        pollId += 1;
        insert.poll.run(
          cellId,
          meetingId,
          meetingPollQuestion,
          meetingPollOptions,
          1,
          endsAt + DAY,
          null,
          endsAt,
          endsAt + DAY,
        );
        [12 + (k % 5), 8, 3, k % 2].forEach((votes, option) => {
          for (let v = 0; v < votes; v++) {
            const hashed = `h${cellId}-${k}-${option}-${v}`;
            insert.vote.run(pollId, hashed, null, `[${option}]`, endsAt);
          }
        });
        insert.jobRun.run("poll-close", cellId, `p${pollId}/close`, endsAt + DAY);
      }
      // One named poll of the secretary's, two thirds of the cell voted.
      pollId += 1;
      const asked = Date.parse("2024-03-20T02:00:00Z");
      insert.poll.run(
        cellId,
        null,
        namedQuestion,
        namedOptions,
        0,
        asked + DAY,
        secretary,
        asked,
        asked + DAY,
      );
      posted(`poll:${pollId}`, String(5_400_000_000 + ++platformPoll), asked);
      insert.jobRun.run("poll-close", cellId, `p${pollId}/close`, asked + DAY);
      for (const [job, period, at] of calendarRuns) insert.jobRun.run(job, cellId, period, at);
      for (let m = 0; m < size.membersPerCell; m++) {
        if (m % 3 === 2) continue;
        const personId = `tg:${province.userId(cell, m)}`;
        const option = JSON.stringify([m % 3]);
        insert.vote.run(pollId, personId, province.memberId(cell, m), option, asked + m * 60_000);
      }
    }
  })();
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  database.close();
  return province;
}
