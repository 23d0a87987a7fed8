import { fileURLToPath } from "node:url";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { OutboxSender } from "../../src/outbox/outbox-sender.js";
import { readPlanFile } from "../../src/plan/plan-file.js";
import { projectFile } from "../../src/project-files.js";
import { Harness } from "../support/harness.js";
import { RecordingDeliverer } from "../support/recording-deliverer.js";

const GROUP = "console:group:1";
const LAN = "console:Lan";

let harness: Harness;
afterEach(() => harness?.close());

/** A harness whose jobs and outbox run when `at` is called, delivering to a recorder. */
function running(h: Harness) {
  const deliverer = new RecordingDeliverer(h.app.translator, h.clock);
  const sender = new OutboxSender(
    h.app.services,
    [deliverer],
    pino({ level: "silent" }),
    h.app.outboxRules,
  );
  return {
    deliverer,
    /** The clock moves to `iso`; the jobs due then run and the outbox is sent. */
    async at(iso: string) {
      h.clock.set(iso);
      h.app.scheduler.runDue(h.clock.now());
      await sender.drain();
    },
    modelMessages(chatId: string) {
      return deliverer.to(chatId).filter((d) => d.text.includes("mô hình"));
    },
  };
}

function registerModel(h: Harness, progress: [number, string][] = []) {
  const { cells, cellModels } = h.app.services;
  const cell = cells.all()[0];
  if (!cell) throw new Error("no cell");
  const model = cellModels.register(
    cell.id,
    2024,
    { title: "Tuyến đường hoa", what: "Trồng hoa", who: "Cả chi bộ", byDay: "2024-11-30" },
    h.clock.now(),
  );
  for (const [quarter, note] of progress) {
    cellModels.reportProgress(model.id, quarter, note, h.clock.now());
  }
  return model;
}

/** A plan for every cell whose model is reported by `day`. */
function reportModelBy(h: Harness, day: string) {
  const plan = readPlanFile(fileURLToPath(projectFile("plans/2024-binh-duong.yaml")));
  h.app.services.plans.import({ ...plan, model: { reportBy: day } }, "all", h.clock.now());
}

describe("the model's quarterly reminder", () => {
  it("asks the secretary, in private, to register a model some weeks before 15/4 by default, once", async () => {
    harness = new Harness({ now: "2024-03-01T02:00:00Z", hasButtons: false });
    await harness.cellWith(["Hùng"]);
    const run = running(harness);
    await run.at("2024-03-19T03:00:00Z");
    expect(run.modelMessages(LAN)).toEqual([]);
    await run.at("2024-03-20T01:00:00Z"); // 08:00 in Vietnam
    await run.at("2024-03-20T05:00:00Z");
    await run.at("2024-03-25T05:00:00Z");
    const asked = run.modelMessages(LAN);
    expect(asked.map((m) => m.at)).toEqual(["20/03/2024 08:00"]);
    expect(asked[0]?.text).toContain("Chi bộ chưa đăng ký mô hình, việc làm theo Bác năm 2024");
    expect(asked[0]?.text).toContain("trước ngày 15/04/2024");
    // Not the members, not the group.
    expect(run.modelMessages("console:Hùng")).toEqual([]);
    expect(run.modelMessages(GROUP)).toEqual([]);
    // Later quarters do not nag a cell without a model.
    await run.at("2024-06-20T01:00:00Z");
    await run.at("2024-09-20T01:00:00Z");
    expect(run.modelMessages(LAN)).toHaveLength(1);
  });

  it("asks for the model some weeks before the plan's own day for it, catching up until that day", async () => {
    harness = new Harness({ now: "2024-03-01T02:00:00Z", hasButtons: false });
    await harness.cellWith(["Hùng"]);
    reportModelBy(harness, "2024-06-10");
    const run = running(harness);
    await run.at("2024-03-20T01:00:00Z");
    await run.at("2024-05-14T03:00:00Z");
    expect(run.modelMessages(LAN)).toEqual([]);
    // Due on 15/5, 26 days before; the bot was down: it comes when the bot is back, once.
    await run.at("2024-05-20T03:00:00Z");
    await run.at("2024-06-01T03:00:00Z");
    const asked = run.modelMessages(LAN);
    expect(asked.map((m) => m.at)).toEqual(["20/05/2024 10:00"]);
    expect(asked[0]?.text).toContain("trước ngày 10/06/2024");
    // The quarter's reminder of a model not registered says nothing.
    await run.at("2024-06-20T01:00:00Z");
    expect(run.modelMessages(LAN)).toHaveLength(1);
  });

  it("lets the model's reminder go on the plan's day for it", async () => {
    harness = new Harness({ now: "2024-03-01T02:00:00Z", hasButtons: false });
    await harness.cellWith(["Hùng"]);
    reportModelBy(harness, "2024-06-10");
    const run = running(harness);
    // Down from 14/5 until the day itself: too late to ask to register "before 10/06".
    await run.at("2024-05-14T03:00:00Z");
    await run.at("2024-06-10T01:00:00Z");
    await run.at("2024-06-20T01:00:00Z");
    expect(run.modelMessages(LAN)).toEqual([]);
  });

  it("asks each quarter's progress near its end, unless reported, catching up within the quarter", async () => {
    harness = new Harness({ now: "2024-03-01T02:00:00Z", hasButtons: false });
    await harness.cellWith(["Hùng"]);
    registerModel(harness, [[1, "Đã khảo sát tuyến đường"]]);
    const run = running(harness);
    await run.at("2024-03-20T01:00:00Z");
    expect(run.modelMessages(LAN)).toEqual([]); // Q1 reported already

    // The bot was down on 20/6: the reminder comes when it is back, within the quarter.
    await run.at("2024-06-24T03:00:00Z");
    await run.at("2024-06-28T03:00:00Z");
    const q2 = run.modelMessages(LAN);
    expect(q2.map((m) => m.at)).toEqual(["24/06/2024 10:00"]);
    expect(q2[0]?.text).toContain("Sắp hết Quý II/2024");
    expect(q2[0]?.text).toContain("«Tuyến đường hoa»");

    // Down from 19/9 until October: Q3's reminder is let go with its quarter.
    await run.at("2024-10-02T03:00:00Z");
    expect(run.modelMessages(LAN)).toHaveLength(1);
  });

  it("says nothing if the progress was reported after it was queued", async () => {
    harness = new Harness({ now: "2024-12-01T02:00:00Z", hasButtons: false });
    await harness.cellWith([]);
    const model = registerModel(harness);
    const run = running(harness);
    // Queued at 08:00; reported before it went out, it is not sent.
    harness.clock.set("2024-12-20T01:00:00Z");
    harness.app.scheduler.runDue(harness.clock.now());
    harness.app.services.cellModels.reportProgress(model.id, 4, "Đã xong", harness.clock.now());
    await run.at("2024-12-20T01:01:00Z");
    expect(run.modelMessages(LAN)).toEqual([]);
  });

  it("names the secretary in the group when chibo cannot write to them in private", async () => {
    harness = new Harness({ now: "2024-05-01T02:00:00Z", hasButtons: false });
    harness.admins.add(LAN);
    await harness.say("Lan", "group:1", "/khoitao Chi bộ Khu phố 1");
    registerModel(harness);
    const run = running(harness);
    await run.at("2024-06-20T01:00:00Z");
    const posted = run.modelMessages(GROUP);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.text).toContain("chi bộ chưa báo cáo tiến độ mô hình «Tuyến đường hoa»");
    expect(posted[0]?.text).toContain("Xin đồng chí Lan nhắn riêng cho chibo /mohinh");
    expect(run.modelMessages(LAN)).toEqual([]);
  });
});
