import { afterEach, describe, expect, it } from "vitest";
import type { Harness } from "../support/harness.js";
import { texts } from "../support/harness.js";
import {
  cellAtYearEnd,
  HUNG_REASON,
  LAN_REASON,
  lastRead,
  member,
  trail,
} from "./data-reads-cell.js";

/**
 * Who looked (issue 19): a cell leader opening another member's plan, results, absence reason
 * or level on a chat screen leaves a row of who, whose, what and where; their own leaves none,
 * and so do screens of names and counts.
 */
let h: Harness;
afterEach(() => h?.close());

describe("/baocao in private", () => {
  it("records the plan a secretary opens, not the list of names nor her own plan", async () => {
    h = await cellAtYearEnd();
    await h.say("Lan", "private", "/baocao");
    await h.press("Lan", "private", "📝 Nội dung đăng ký (3)");
    expect(trail(h)).toEqual([]);

    const plan = texts(await h.press("Lan", "private", "Hùng"));
    expect(plan).toContain("Hùng học chuyên đề năm");
    expect(trail(h)).toEqual(["secretary Lan → Hùng: plan (chat)"]);

    await h.press("Lan", "private", "↩️ Danh sách đã đăng ký");
    expect(texts(await h.press("Lan", "private", "Lan"))).toContain("Lan học chuyên đề năm");
    expect(trail(h)).toEqual(["secretary Lan → Hùng: plan (chat)"]);
  });

  it("records a committee member's read under their role", async () => {
    h = await cellAtYearEnd();
    h.app.services.members.setRole(member(h, "Mai").id, "committee", h.clock.now());
    await h.say("Mai", "private", "/baocao");
    await h.press("Mai", "private", "📝 Nội dung đăng ký (3)");
    await h.press("Mai", "private", "Hùng");
    expect(trail(h)).toEqual(["committee Mai → Hùng: plan (chat)"]);
  });

  it("records the reasons a meeting's screen shows: not a reason never given, nor the reader's own", async () => {
    h = await cellAtYearEnd();
    await h.say("Lan", "private", "/baocao");
    await h.press("Lan", "private", "✅ Điểm danh (1 buổi)");
    await h.press("Lan", "private", "👥 Từng đảng viên qua các buổi họp");
    expect(trail(h)).toEqual([]);

    await h.press("Lan", "private", "↩️ Điểm danh các buổi");
    const sheet = texts(await h.press("Lan", "private", /có mặt/));
    expect(sheet).toContain(`Vắng có lý do: Hùng (${HUNG_REASON}).`);
    expect(sheet).toContain(`Vắng có lý do: Lan (${LAN_REASON}).`);
    expect(sheet).toContain("Vắng có lý do: Mai (chưa nêu lý do).");
    expect(trail(h)).toEqual(["secretary Lan → Hùng: reasons (chat)"]);
  });

  it("records a reason on the page it is shown on, not on the pages before it", async () => {
    const present = ["An", "Ba", "Cúc", "Dũng", "Đào", "Giang", "Hà", "Khải", "Linh"];
    h = await cellAtYearEnd(present);
    await h.say("Lan", "private", "/baocao");
    await h.press("Lan", "private", "✅ Điểm danh (1 buổi)");
    const first = texts(await h.press("Lan", "private", /có mặt/));
    expect(first).not.toContain(HUNG_REASON);
    expect(trail(h)).toEqual([]);

    const second = texts(await h.press("Lan", "private", /Xem tiếp/));
    expect(second).toContain(HUNG_REASON);
    expect(trail(h)).toEqual(["secretary Lan → Hùng: reasons (chat)"]);
  });
});

describe("/danhgia", () => {
  it("records the levels on the list, one member's plan, results and level, and the level recorded", async () => {
    h = await cellAtYearEnd();
    const list = await h.say("Lan", "private", "/danhgia");
    expect(list[0]?.choices.map((c) => c.label)).toContain("Hùng — tự nhận HTXSNV");
    // Hùng proposed one, Bảo was given one; Mai and Tư have none, Lan's is her own.
    expect(trail(h)).toEqual([
      "secretary Lan → Bảo: level (chat)",
      "secretary Lan → Hùng: level (chat)",
    ]);

    let after = lastRead(h);
    const shown = texts(await h.press("Lan", "private", "Hùng — tự nhận HTXSNV"));
    expect(shown).toContain("Hùng đã làm xong");
    expect(trail(h, after)).toEqual([
      "secretary Lan → Hùng: level (chat)",
      "secretary Lan → Hùng: plan (chat)",
      "secretary Lan → Hùng: results (chat)",
    ]);

    after = lastRead(h);
    await h.press("Lan", "private", "Hoàn thành tốt nhiệm vụ");
    expect(trail(h, after)).toEqual(["secretary Lan → Hùng: level (chat)"]);

    after = lastRead(h);
    await h.press("Lan", "private", "📊 Tổng hợp mức xếp loại");
    expect(trail(h, after)).toEqual([]);
  });

  it("leaves no row for the reviewer's own results", async () => {
    h = await cellAtYearEnd();
    await h.say("Lan", "private", "/danhgia");
    const after = lastRead(h);
    expect(texts(await h.press("Lan", "private", /^Lan — /))).toContain("Lan đã làm xong");
    expect(trail(h, after)).toEqual([]);
  });
});

describe("/diemdanh's sheet", () => {
  it("records the reasons it shows the secretary", async () => {
    h = await cellAtYearEnd();
    // Two days after the meeting: its sheet may still be corrected.
    h.clock.set("2024-11-22T02:00:00Z");
    const sheet = texts(await h.say("Lan", "private", "/diemdanh"));
    expect(sheet).toContain(`Vắng có lý do: Hùng (${HUNG_REASON}).`);
    expect(trail(h)).toEqual(["secretary Lan → Hùng: reasons (chat)"]);
  });
});

describe("a plain member", () => {
  it("cannot cause a row about others, and reading their own leaves none", async () => {
    h = await cellAtYearEnd();
    // The values of the leader's buttons, replayed by a member's tampered client.
    await h.say("Lan", "private", "/baocao");
    const plans = await h.press("Lan", "private", "📝 Nội dung đăng ký (3)");
    const planValue = plans[0]?.choices.find((c) => c.label === "Mai")?.value;
    const reviewed = await h.say("Lan", "private", "/danhgia");
    const reviewValue = reviewed[0]?.choices.find((c) => c.label.startsWith("Hùng"))?.value;
    if (!planValue || !reviewValue) throw new Error("no buttons to replay");
    const before = lastRead(h);

    for (const command of ["/baocao", "/danhgia", "/xuatbaocao", "/diemdanh", "/camket"]) {
      await h.say("Bảo", "private", command);
    }
    expect(texts(await h.sendChoiceValue("Bảo", "private", planValue))).not.toContain(
      "Mai học chuyên đề năm",
    );
    await h.sendChoiceValue("Bảo", "private", reviewValue);
    expect(texts(await h.say("Hùng", "private", "/camket"))).toContain("Hùng học chuyên đề năm");
    expect(trail(h, before)).toEqual([]);
  });
});
