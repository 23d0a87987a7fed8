import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { OutboxSender } from "../../src/outbox/outbox-sender.js";
import { Harness } from "../support/harness.js";
import { RecordingDeliverer } from "../support/recording-deliverer.js";

let h: Harness;
let deliverer: RecordingDeliverer;
afterEach(() => h?.close());

const LAN = "console:Lan";
const HUNG = "console:Hùng";

/** The scheduler's beat at `at` (UTC), then the outbox sent: what the nomination job sent. */
async function beat(at: string): Promise<string[]> {
  h.clock.set(at);
  const ran = h.app.scheduler
    .runDue(h.clock.now())
    .filter((result) => result.job === "nomination-round" && result.outcome === "done");
  await new OutboxSender(
    h.app.services,
    [deliverer],
    pino({ level: "silent" }),
    h.app.outboxRules,
  ).drain();
  return ran.map((result) => result.period);
}

async function cell(): Promise<void> {
  h = new Harness({ now: "2024-05-01T02:00:00Z" });
  await h.cellWith(["Hùng"]);
  await h.say("Lan", "private", "/start");
  await h.say("Hùng", "private", "/start");
  deliverer = new RecordingDeliverer(h.app.translator, h.clock);
}

const nominationTexts = (chatId: string) =>
  deliverer
    .to(chatId)
    .map((d) => d.text)
    .filter((text) => text.includes("đề nghị biểu dương"));

describe("the secretary's reminders of a round of nominations", () => {
  it("reminds once to open on the first day and once to confirm on the last, in private", async () => {
    await cell();
    expect(await beat("2024-05-04T12:00:00Z")).toEqual([]);
    // Opening day, after the posting hour; a later beat sends nothing more.
    expect(await beat("2024-05-05T12:00:00Z")).toEqual(["2024-midterm-opens"]);
    expect(await beat("2024-05-06T12:00:00Z")).toEqual([]);
    expect(nominationTexts(LAN)).toEqual([
      "📣 Từ hôm nay đến hết ngày 15/05/2024 là thời gian đề nghị biểu dương đợt sơ kết giữa năm. Xin đồng chí gõ /bieuduong để mở nhận đề nghị; chibo sẽ báo trong nhóm chi bộ.",
    ]);
    expect(nominationTexts(HUNG)).toEqual([]);
    expect(nominationTexts("console:group:1")).toEqual([]);

    await h.say("Lan", "private", "/bieuduong");
    await h.press("Lan", "private", "📣 Mở đợt đề nghị biểu dương");
    expect(await beat("2024-05-15T12:00:00Z")).toEqual(["2024-midterm-closes"]);
    expect(nominationTexts(LAN).at(-1)).toContain(
      "Hôm nay (15/05/2024) là hạn chốt danh sách đề nghị biểu dương đợt sơ kết giữa năm",
    );
    expect(await beat("2024-05-16T12:00:00Z")).toEqual([]);
    expect(nominationTexts(LAN)).toHaveLength(2);
  });

  it("catches up after the bot was down, and says nothing of what was done meanwhile", async () => {
    await cell();
    // Down from 4 to 9 May: the opening reminder is still worth sending.
    expect(await beat("2024-05-09T12:00:00Z")).toEqual(["2024-midterm-opens"]);
    expect(nominationTexts(LAN)).toHaveLength(1);
    // Never opened: there is no list to confirm on the last day.
    await beat("2024-05-15T12:00:00Z");
    expect(nominationTexts(LAN)).toHaveLength(1);

    // The year-end round, opened and confirmed before its last day: no reminder to confirm.
    h.clock.set("2024-12-02T02:00:00Z");
    await h.say("Lan", "private", "/bieuduong");
    await h.press("Lan", "private", "📣 Mở đợt đề nghị biểu dương");
    const sent = nominationTexts(LAN).length;
    h.app.services.nominations.confirm(
      { cellId: h.app.services.cells.all()[0]?.id ?? 0, year: 2024, round: "yearEnd" },
      [],
      h.clock.now(),
    );
    await beat("2024-12-10T12:00:00Z");
    await beat("2024-12-20T12:00:00Z");
    expect(nominationTexts(LAN)).toHaveLength(sent);
  });
});
