import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Harness, texts } from "../support/harness.js";

/**
 * The secretary corrects a meeting's attendance for 7 days after it: a reason for an absence,
 * or a member marked present by hand on the sheet. On the 8th day both are refused.
 */
describe("correcting attendance after a meeting", () => {
  let h: Harness;
  beforeEach(async () => {
    h = new Harness({ now: "2024-05-06T02:00:00Z" });
    await h.cellWith(["Hùng", "Mai"]);
    const cell = h.app.services.cells.all()[0];
    const lan = h.app.services.members.byPerson("console:Lan");
    if (!cell || !lan) throw new Error("no cell");
    // Monday 20/05/2024, 19:30 to 21:30 in Vietnam; the scheduler closes it at its end.
    h.app.services.meetings.create(
      {
        cellId: cell.id,
        kind: "regular",
        startsAt: new Date("2024-05-20T12:30:00Z"),
        endsAt: new Date("2024-05-20T14:30:00Z"),
        place: "Hội trường khu phố",
        topic: "",
        createdBy: lan.id,
      },
      h.clock.now(),
    );
    h.clock.set("2024-05-20T14:31:00Z");
    h.app.scheduler.runDue(h.clock.now());
    expect(h.app.services.meetings.byId(1)?.state).toBe("closed");
  });
  afterEach(() => h.close());

  it("takes a reason for an absence up to 7 days after the meeting, not on the 8th", async () => {
    // Monday 27/05, 18:30: a week less an hour after the start.
    h.clock.set("2024-05-27T11:30:00Z");
    expect(texts(await h.say("Lan", "private", "/diemdanh vắng Hùng: đi viện"))).toContain(
      "Đã ghi Hùng vắng có lý do: đi viện.",
    );
    h.clock.set("2024-05-28T12:30:00Z");
    const late = texts(await h.say("Lan", "private", "/diemdanh vắng Mai: đi công tác"));
    expect(late).toContain("Không có buổi họp nào đang diễn ra hay vừa kết thúc");
    expect(h.app.services.meetings.marks([1]).map((mark) => mark.reason)).toEqual(["đi viện"]);
  });

  it("marks a member present from the sheet within 7 days of the close, not on the 8th", async () => {
    h.clock.set("2024-05-27T02:00:00Z");
    const [sheet] = await h.say("Lan", "private", "/diemdanh");
    expect(sheet?.choices.map((choice) => choice.label)).toContain("⬜ Mai");
    const marked = await h.press("Lan", "private", "⬜ Mai");
    expect(texts(marked)).toContain("Có mặt 1/3.");
    expect(marked.flatMap((said) => said.choices.map((choice) => choice.label))).toContain(
      "✅ Mai",
    );
    // The same button, pressed again on the 8th day, would mark her absent: refused.
    h.clock.set("2024-05-28T14:31:00Z");
    expect(texts(await h.press("Lan", "private", "✅ Mai"))).toContain(
      "Không sửa điểm danh buổi này được nữa",
    );
    const marks = h.app.services.meetings.marks([1]);
    expect(marks.map((mark) => mark.present)).toEqual([true]);
  });
});
