import { existsSync, mkdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, loadConfig, retentionSettings } from "../../src/config.js";
import { DAY_MS, HOUR_MS, MINUTE_MS } from "../../src/domain/durations.js";
import type { RetentionSettings } from "../../src/domain/retention-settings.js";
import { offeredList, rememberNumbered } from "../../src/outbox/numbered-lists.js";
import { jobs } from "../../src/schedule/jobs/index.js";
import { retention } from "../../src/schedule/jobs/retention.js";
import { Scheduler } from "../../src/schedule/scheduler.js";
import { describeStartupError } from "../../src/startup-error.js";
import { capturedLog } from "../support/captured-log.js";
import { Harness } from "../support/harness.js";

let h: Harness;
afterEach(() => h?.close());

const DEFAULTS: RetentionSettings = retentionSettings(loadConfig({}));

/** The job alone, with its settings and a logger the test reads. */
function retentionOnly(settings: RetentionSettings = DEFAULTS) {
  const captured = capturedLog();
  h.app.services.retention = settings;
  const scheduler = new Scheduler(h.app.services, [retention], captured.log);
  const runAt = (iso: string) => {
    h.clock.set(iso);
    return scheduler.runDue(h.clock.now());
  };
  const lines = () => captured.entries().filter((entry) => entry.msg === "retention");
  return { captured, runAt, lines };
}

/** A cell set up in January 2025, with what setting it up left behind cleared. */
async function cell(): Promise<void> {
  h = new Harness({ now: "2025-01-06T02:00:00Z" });
  await h.cellWith(["Hùng", "Tư"]);
  for (const table of ["processed_updates", "dialogs", "offered_choices", "outbox"]) {
    h.app.database.sqlite.prepare(`delete from ${table}`).run();
  }
}

const ago = (now: Date, ms: number) => new Date(now.getTime() - ms);

function count(table: string): number {
  const row = h.app.database.sqlite.prepare(`select count(*) as n from ${table}`).get() as {
    n: number;
  };
  return row.n;
}

/** The secretary opened Hùng's plan `daysAgo` days before `now`. */
function readPlan(now: Date, daysAgo: number): void {
  const { members, dataReads } = h.app.services;
  const lan = members.byPerson("console:Lan");
  const hung = members.byPerson("console:Hùng");
  if (!lan || !hung) throw new Error("no Lan or Hùng");
  dataReads.record({
    reader: { role: "secretary", memberId: lan.id },
    cellId: hung.cellId,
    memberIds: [hung.id],
    kinds: ["plan"],
    channel: "chat",
    now: ago(now, daysAgo * DAY_MS),
  });
}

const readsLeft = () => h.app.services.dataReads.list({}).map((row) => row.readAt);

describe("retention removes what is past its window and keeps the rest", () => {
  // 09:00 in Hà Nội: the day's run (03:00) is due.
  const NOW = new Date("2025-06-10T02:00:00Z");

  it("dialogs, numbered lists, update ids, codes, sent messages, reads and exports, each by its own window", async () => {
    await cell();
    const { conversations, linkCodes, officerCodes, claimCodes, outbox } = h.app.services;

    conversations.saveDialog("console:Hùng", "console:Hùng", "dangky", {}, ago(NOW, 8 * DAY_MS));
    conversations.saveDialog("console:Tư", "console:Tư", "dangky", {}, ago(NOW, 6 * DAY_MS));

    conversations.noteProcessed("old-update", ago(NOW, 8 * DAY_MS), []);
    conversations.noteProcessed("recent-update", ago(NOW, 6 * DAY_MS), []);

    linkCodes.issue(1, ago(NOW, MINUTE_MS));
    officerCodes.issue(1, ago(NOW, HOUR_MS));
    const live = linkCodes.issue(2, new Date(NOW.getTime() + HOUR_MS));
    claimCodes.issue(3, new Date(NOW.getTime() + DAY_MS));

    const write = (daysAgo: number) => {
      const reply = { chatId: "console:group:1", parts: [] };
      const at = ago(NOW, daysAgo * DAY_MS);
      outbox.add(reply, { notBefore: at, now: at });
      const added = outbox.all().at(-1);
      if (!added) throw new Error("no outbox row");
      return { id: added.id, at };
    };
    const oldSent = write(366);
    outbox.markSent(oldSent.id, oldSent.at);
    outbox.giveUp(write(366).id, "dropped", 1, "nothing-left");
    outbox.giveUp(write(366).id, "failed", 5, "403");
    write(366); // still pending
    const recentSent = write(364);
    outbox.markSent(recentSent.id, recentSent.at);

    // Who opened Hùng's plan: a year and a day ago, and a day short of a year.
    readPlan(NOW, 366);
    readPlan(NOW, 364);

    const exports = join(h.dir, "exports");
    mkdirSync(join(exports, "older-folder"), { recursive: true });
    const file = (name: string, hoursAgo: number) => {
      const path = join(exports, name);
      writeFileSync(path, "x");
      const at = ago(NOW, hoursAgo * HOUR_MS);
      utimesSync(path, at, at);
      return path;
    };
    const oldFile = file("bao-cao-2025.docx", 25);
    const recentFile = file("so-diem-danh.xlsx", 23);
    const folder = join(exports, "older-folder");
    utimesSync(folder, ago(NOW, 48 * HOUR_MS), ago(NOW, 48 * HOUR_MS));

    // Numbered lists, with the names their labels show: one offered 8 days ago, one 6.
    const offer = (chatId: string, name: string, daysAgo: number) => {
      const choices = [{ label: { key: "duyet-approve", args: { name } }, value: "duyet:ok:7" }];
      const reply = { chatId, parts: [], choices };
      rememberNumbered(conversations, { hasButtons: false }, [reply], ago(NOW, daysAgo * DAY_MS));
    };
    offer("console:Lan", "Trần Văn Hùng", 8);
    offer("console:group:1", "Phạm Thu Hà", 6);

    const { runAt, lines } = retentionOnly();
    expect(runAt(NOW.toISOString()).map((r) => r.outcome)).toEqual(["done"]);

    expect(lines().map(({ level, time, msg, ...counts }) => counts)).toEqual([
      {
        dialogs: 1,
        offeredChoices: 2,
        updates: 1,
        codes: 2,
        messages: 2,
        dataReads: 1,
        exports: 1,
        exportsKept: 0,
      },
    ]);
    expect(readsLeft()).toEqual([ago(NOW, 364 * DAY_MS)]);
    expect(offeredList(conversations, "console:Lan")).toBeUndefined();
    expect(offeredList(conversations, "console:group:1")).toEqual({
      values: ["duyet:ok:7"],
      labels: [{ key: "duyet-approve", args: { name: "Phạm Thu Hà" } }],
    });
    expect(count("offered_choices")).toBe(2);
    expect(conversations.dialog("console:Hùng", "console:Hùng")).toBeUndefined();
    expect(conversations.dialog("console:Tư", "console:Tư")?.command).toBe("dangky");
    expect(conversations.seen("old-update")).toBeUndefined();
    expect(conversations.seen("recent-update")).toEqual([]);
    expect(count("one_time_codes")).toBe(2);
    expect(linkCodes.peek(live, NOW)).toBe(2);
    expect(outbox.all().map((row) => [row.state, row.createdAt])).toEqual([
      ["failed", ago(NOW, 366 * DAY_MS)],
      ["pending", ago(NOW, 366 * DAY_MS)],
      ["sent", ago(NOW, 364 * DAY_MS)],
    ]);
    expect(existsSync(oldFile)).toBe(false);
    expect(existsSync(recentFile)).toBe(true);
    expect(existsSync(folder)).toBe(true);
  });

  it("follows the settings: two days of dialogs, thirty of messages, ten of reads, one hour of exports", async () => {
    await cell();
    const { conversations, outbox } = h.app.services;
    conversations.saveDialog("console:Hùng", "console:Hùng", "dangky", {}, ago(NOW, 3 * DAY_MS));
    conversations.saveDialog("console:Tư", "console:Tư", "dangky", {}, ago(NOW, DAY_MS));
    for (const daysAgo of [31, 29]) {
      const at = ago(NOW, daysAgo * DAY_MS);
      outbox.add({ chatId: "console:group:1", parts: [] }, { notBefore: at, now: at });
      const row = outbox.all().at(-1);
      if (row) outbox.markSent(row.id, at);
    }
    for (const daysAgo of [11, 9]) readPlan(NOW, daysAgo);
    const exports = join(h.dir, "exports");
    mkdirSync(exports);
    for (const [name, minutes] of [
      ["a.docx", 61],
      ["b.docx", 59],
    ] as const) {
      writeFileSync(join(exports, name), "x");
      utimesSync(join(exports, name), ago(NOW, minutes * MINUTE_MS), ago(NOW, minutes * MINUTE_MS));
    }
    const settings = retentionSettings(
      loadConfig({
        RETENTION_DIALOG_DAYS: "2",
        RETENTION_SENT_DAYS: "30",
        RETENTION_AUDIT_DAYS: "10",
        RETENTION_EXPORT_HOURS: "1",
      }),
    );

    retentionOnly(settings).runAt(NOW.toISOString());

    expect(conversations.dialog("console:Hùng", "console:Hùng")).toBeUndefined();
    expect(conversations.dialog("console:Tư", "console:Tư")).toBeDefined();
    expect(outbox.all().map((row) => row.createdAt)).toEqual([ago(NOW, 29 * DAY_MS)]);
    expect(readsLeft()).toEqual([ago(NOW, 9 * DAY_MS)]);
    expect([existsSync(join(exports, "a.docx")), existsSync(join(exports, "b.docx"))]).toEqual([
      false,
      true,
    ]);
  });

  it("runs as registered in the app's scheduler, with the app's settings", async () => {
    await cell();
    h.app.services.retention = retentionSettings(loadConfig({ RETENTION_DIALOG_DAYS: "2" }));
    const { conversations } = h.app.services;
    conversations.saveDialog("console:Hùng", "console:Hùng", "dangky", {}, ago(NOW, 3 * DAY_MS));
    conversations.saveDialog("console:Tư", "console:Tư", "dangky", {}, ago(NOW, DAY_MS));
    expect(jobs.filter((job) => job.name === "retention")).toHaveLength(1);

    h.clock.set(NOW.toISOString());
    const ran = h.app.scheduler.runDue(NOW).filter((r) => r.job === "retention");

    expect(ran.map((r) => [r.period, r.outcome])).toEqual([["2025-06-10", "done"]]);
    expect(conversations.dialog("console:Hùng", "console:Hùng")).toBeUndefined();
    expect(conversations.dialog("console:Tư", "console:Tư")).toBeDefined();
  });
});

describe("a dialog still in use", () => {
  it("is kept while its member writes in it; one left for a week is closed", async () => {
    h = new Harness({ now: "2024-03-10T02:00:00Z" });
    await h.cellWith(["Hùng", "Tư"]);
    const { runAt } = retentionOnly();
    await h.say("Hùng", "private", "/dangky");
    await h.say("Tư", "private", "/dangky");
    h.clock.set("2024-03-16T02:00:00Z"); // six days later Tư writes the first part
    const second = await h.say("Tư", "private", "Học chuyên đề năm, ghi chép đầy đủ");
    expect(second[0]?.text).toContain("Phần 2/3");

    runAt("2024-03-18T02:00:00Z"); // eight days after /dangky

    const { conversations } = h.app.services;
    expect(conversations.dialog("console:Hùng", "console:Hùng")).toBeUndefined();
    const third = await h.say("Tư", "private", "Giải quyết hồ sơ đúng hạn");
    expect(third[0]?.text).toContain("Phần 3/3");
    // Hùng's words are no longer taken as the plan's first part.
    const late = await h.say("Hùng", "private", "Học chuyên đề năm, ghi chép đầy đủ");
    expect(late.map((said) => said.text).join("\n")).not.toContain("Phần 2/3");
  });
});

describe("the log", () => {
  it("carries counts only: no chat, person, command, state or file name", async () => {
    await cell();
    const now = new Date("2025-06-10T02:00:00Z");
    const { conversations, outbox } = h.app.services;
    const secret = "Kế hoạch riêng của Hùng: bỏ thuốc lá";
    conversations.saveDialog(
      "console:Hùng",
      "console:Hùng",
      "dangky",
      { secret },
      ago(now, 9 * DAY_MS),
    );
    conversations.noteProcessed("console:update-4711", ago(now, 9 * DAY_MS), []);
    const list = {
      chatId: "console:Hùng",
      parts: [],
      choices: [{ label: { key: "duyet-approve", args: { name: "Hùng" } }, value: "duyet:ok:1" }],
    };
    rememberNumbered(conversations, { hasButtons: false }, [list], ago(now, 9 * DAY_MS));
    const at = ago(now, 400 * DAY_MS);
    outbox.add(
      { chatId: "console:Hùng", parts: [{ key: "help-dangky" }] },
      { notBefore: at, now: at },
    );
    const row = outbox.all().at(-1);
    if (row) outbox.markSent(row.id, at);
    const exports = join(h.dir, "exports");
    mkdirSync(exports);
    writeFileSync(join(exports, "ke-hoach-Nguyen-Van-Hung.docx"), secret);
    readPlan(now, 400);
    utimesSync(join(exports, "ke-hoach-Nguyen-Van-Hung.docx"), at, at);

    const { runAt, lines, captured } = retentionOnly();
    runAt(now.toISOString());

    const [line] = lines();
    const { level, time, msg, ...counts } = line ?? {};
    expect(counts).toEqual({
      dialogs: 1,
      offeredChoices: 2,
      updates: 1,
      codes: 0,
      messages: 1,
      dataReads: 1,
      exports: 1,
      exportsKept: 0,
    });
    for (const word of ["Hùng", "Hung", "Lan", "console:", "4711", "dangky", "thuốc", ".docx"]) {
      expect(captured.text()).not.toContain(word);
    }
  });
});

/** Two cells, the first of them set up as a secretary does. */
async function twoCells(): Promise<void> {
  h = new Harness({ now: "2025-01-06T02:00:00Z" });
  await h.cellWith(["Hùng"]);
  const group = { chatId: "console:group:2", title: "Nhóm 2" };
  h.app.services.cells.createWithGroup("Chi bộ Khu phố 2", group, h.clock.now());
  expect(h.app.services.cells.all()).toHaveLength(2);
}

describe("once a day, for the whole database", () => {
  it("runs at 03:00 for one cell of several, once a day, and once after days down", async () => {
    await twoCells();
    const { runAt, lines } = retentionOnly();
    const firstCode = h.app.services.cells.byId(1)?.code;

    // Every half hour for three days, from 00:00 on the 7th (Hà Nội).
    const ran: { period: string; cell: string; at: string }[] = [];
    for (let t = Date.parse("2025-01-06T17:00:00Z"); t < Date.parse("2025-01-09T17:00:00Z"); ) {
      const at = new Date(t).toISOString();
      for (const r of runAt(at)) ran.push({ period: r.period, cell: r.cell, at });
      t += 30 * MINUTE_MS;
    }
    expect(ran).toEqual([
      { period: "2025-01-07", cell: firstCode, at: "2025-01-06T20:00:00.000Z" },
      { period: "2025-01-08", cell: firstCode, at: "2025-01-07T20:00:00.000Z" },
      { period: "2025-01-09", cell: firstCode, at: "2025-01-08T20:00:00.000Z" },
    ]);

    // Down from the 10th to the 14th, back at 10:00 on the 14th: one run, then none that day.
    const back = runAt("2025-01-14T03:00:00Z");
    expect(back.map((r) => [r.period, r.outcome])).toEqual([["2025-01-14", "done"]]);
    expect(runAt("2025-01-14T10:00:00Z")).toEqual([]);
    expect(runAt("2025-01-14T20:00:00Z").map((r) => r.period)).toEqual(["2025-01-15"]);
    expect(lines()).toHaveLength(5);
  });

  it("is listed for the first cell only", async () => {
    await twoCells();
    const [first, second] = [1, 2].map((id) => h.app.services.cells.byId(id));
    if (!first || !second) throw new Error("two cells expected");
    const next = (cell: typeof first) =>
      h.app.scheduler.nextRuns(cell, h.clock.now()).filter((run) => run.job === "retention");
    expect(next(first).map((run) => [run.period, run.dueAt])).toEqual([
      ["2025-01-07", new Date("2025-01-06T20:00:00Z")],
    ]);
    expect(next(second)).toEqual([]);
  });
});

describe("settings refused", () => {
  const refused = (variable: string, value: string) => {
    try {
      loadConfig({ [variable]: value });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return describeStartupError(error);
    }
    throw new Error(`${variable}=${value} was taken`);
  };

  it.each([
    ["RETENTION_DIALOG_DAYS", "0"],
    ["RETENTION_DIALOG_DAYS", "-7"],
    ["RETENTION_SENT_DAYS", "một năm"],
    ["RETENTION_SENT_DAYS", "1.5"],
    ["RETENTION_SENT_DAYS", "100000"],
    ["RETENTION_AUDIT_DAYS", "0"],
    ["RETENTION_AUDIT_DAYS", "một năm"],
  ])("%s=%s: days, from 1 to 36500, said in Vietnamese", (variable, value) => {
    expect(refused(variable, value)).toBe(
      [
        "Cấu hình chưa đúng (xem .env.example):",
        `  - ${variable}: phải là số ngày nguyên, từ 1 đến 36500 (ví dụ 7 hoặc 365)`,
      ].join("\n"),
    );
  });

  it.each([["0"], ["-1"], ["abc"], ["24h"], ["0.5"]])(
    "RETENTION_EXPORT_HOURS=%s: hours, said in Vietnamese",
    (value) => {
      expect(refused("RETENTION_EXPORT_HOURS", value)).toContain(
        "RETENTION_EXPORT_HOURS: phải là số giờ nguyên, từ 1 đến 876000 (ví dụ 24)",
      );
    },
  );

  it("takes empty or unset as the defaults: a week, a year, a year, a day", () => {
    expect(DEFAULTS).toEqual({ dialogDays: 7, sentDays: 365, auditDays: 365, exportHours: 24 });
    const empty = loadConfig({
      RETENTION_DIALOG_DAYS: "",
      RETENTION_SENT_DAYS: "",
      RETENTION_AUDIT_DAYS: "",
      RETENTION_EXPORT_HOURS: "",
    });
    expect(retentionSettings(empty)).toEqual(DEFAULTS);
  });
});
