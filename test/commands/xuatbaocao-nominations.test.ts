import { afterEach, describe, expect, it } from "vitest";
import type { NominationRound } from "../../src/domain/nomination-rules.js";
import { Harness, texts } from "../support/harness.js";

let harness: Harness;
afterEach(() => harness?.close());

/** Lan's cell with proposals for Hùng in the given rounds of 2024. */
async function cellWithRounds(rounds: NominationRound[]): Promise<Harness> {
  const h = new Harness({ now: "2024-12-05T02:00:00Z" });
  await h.cellWith(["Hùng"]);
  const { cells, members, nominations } = h.app.services;
  const cellId = cells.all()[0]?.id ?? 0;
  const id = (name: string) => members.byPerson(`console:${name}`)?.id ?? 0;
  for (const round of rounds) {
    const ref = { cellId, year: 2024, round };
    nominations.open(ref, h.clock.now());
    nominations.propose(
      ref,
      { kind: "individual", nomineeId: id("Hùng"), reason: "Gương mẫu", proposedBy: id("Lan") },
      h.clock.now(),
    );
  }
  return h;
}

describe("/xuatbaocao: the lists of nominees for praise", () => {
  it("names the round of each list, as both may come one after the other", async () => {
    harness = await cellWithRounds(["midterm", "yearEnd"]);
    await harness.say("Lan", "private", "/xuatbaocao");
    const all = texts(await harness.press("Lan", "private", "📦 Tất cả"));
    expect(all).toContain(
      "Danh sách đề nghị biểu dương năm 2024 (đợt sơ kết giữa năm), theo mẫu 03.",
    );
    expect(all).toContain(
      "Danh sách đề nghị biểu dương năm 2024 (đợt tổng kết cuối năm), theo mẫu 03.",
    );
  });

  it("sends one round's list when chosen, and none for a round without proposals", async () => {
    harness = await cellWithRounds(["yearEnd"]);
    await harness.say("Lan", "private", "/xuatbaocao");
    const one = texts(await harness.press("Lan", "private", /dịp tổng kết năm 2024/));
    expect(one).toContain("Danh sách đề nghị biểu dương năm 2024 (đợt tổng kết cuối năm)");
    expect(one).not.toContain("đợt sơ kết giữa năm");
    const stale = texts(
      await harness.sendChoiceValue("Lan", "private", "xuatbaocao:nominations-midterm"),
    );
    expect(stale).toContain("Năm 2024 chi bộ chưa có đề nghị biểu dương nào");
  });
});
