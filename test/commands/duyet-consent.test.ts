import { afterEach, describe, expect, it } from "vitest";
import { CONSENT_TEXT_VERSION } from "../../commands/consent-text.js";
import type { Member } from "../../src/store/member-store.js";
import { Harness, texts } from "../support/harness.js";

/**
 * /duyet approves only a person whose latest answer is a consent given: an entry made before
 * consent was asked (a database older than migration 0020) has none, and stays waiting.
 */
let h: Harness;
afterEach(() => h?.close());

const OLD = "Trần Văn Hùng";
const NEW = "Phạm Thu Hà";

/** A cell without auto-approval, its secretary Lan reachable in private. */
async function cell(hasButtons = true): Promise<void> {
  h = new Harness({ hasButtons });
  h.admins.add("console:Lan");
  await h.say("Lan", "group:1", "/khoitao Chi bộ Khu phố 1");
  await h.say("Lan", "private", "/help");
}

/** A pending entry as one made before consent was asked: no consent row. */
function pendingWithoutConsent(name: string, who = "Hùng"): Member {
  const cellId = h.app.services.cells.all()[0]?.id;
  if (cellId === undefined) throw new Error("no cell");
  return h.app.services.members.create({
    cellId,
    fullName: name,
    role: "member",
    roster: "pending",
    personId: `console:${who}`,
    displayName: who,
    now: h.clock.now(),
  });
}

const roster = (id: number) => h.app.services.members.byId(id)?.roster;
const byPerson = (who: string) => h.app.services.members.byPerson(`console:${who}`);

describe("/duyet and consent", () => {
  for (const hasButtons of [true, false]) {
    it(`refuses an entry with no consent, approves one with (${hasButtons ? "buttons" : "numbers"})`, async () => {
      await cell(hasButtons);
      const old = pendingWithoutConsent(OLD);
      await h.join("Hà", NEW);
      const ha = byPerson("Hà");
      expect(ha?.roster).toBe("pending");

      await h.say("Lan", "private", "/duyet");
      const refused = await h.press("Lan", "private", `✅ Duyệt ${OLD}`);
      const text = texts(refused);
      expect(text).toContain(`Chưa duyệt ${OLD}: chibo chưa có sự đồng ý của người này`);
      expect(text).toContain(`gõ lại /thamgia ${OLD} trong nhóm`);
      expect(text).not.toContain("Đã duyệt");
      expect(roster(old.id)).toBe("pending");
      // Neither the person nor the group hears of an approval.
      expect(refused.every((s) => s.chatId === "console:Lan")).toBe(true);
      // Listed again, so that the request can be refused at once.
      expect(refused.at(-1)?.choices.map((c) => c.label)).toContain(`❌ Từ chối ${OLD}`);

      await h.say("Lan", "private", "/duyet");
      const approved = await h.press("Lan", "private", `✅ Duyệt ${NEW}`);
      expect(texts(approved)).toContain(`Đã duyệt ${NEW} vào chi bộ.`);
      expect(approved.some((s) => s.chatId === "console:group:1")).toBe(true);
      expect(ha && roster(ha.id)).toBe("active");
      expect(roster(old.id)).toBe("pending");
    });
  }

  it("refuses an entry whose consent was withdrawn after it was given", async () => {
    await cell();
    const member = pendingWithoutConsent(OLD);
    const consent = {
      cellId: member.cellId,
      personId: "console:Hùng",
      memberId: member.id,
      textVersion: CONSENT_TEXT_VERSION,
    };
    const { consents } = h.app.services;
    consents.record({ ...consent, answer: "given", now: new Date("2024-03-09T02:00:00Z") });
    consents.record({ ...consent, answer: "withdrawn", now: new Date("2024-03-09T03:00:00Z") });

    await h.say("Lan", "private", "/duyet");
    const refused = await h.press("Lan", "private", `✅ Duyệt ${OLD}`);
    expect(texts(refused)).toContain(`Chưa duyệt ${OLD}`);
    expect(roster(member.id)).toBe("pending");
  });

  it("approves all who consented and names those who did not, who stay waiting", async () => {
    await cell();
    const old = pendingWithoutConsent(OLD);
    const other = pendingWithoutConsent("Lê Văn Tư", "Tư");
    await h.join("Hà", NEW);

    await h.say("Lan", "private", "/duyet");
    await h.press("Lan", "private", "✅ Duyệt tất cả (3 người)");
    const said = await h.press("Lan", "private", "✅ Đúng, duyệt tất cả");
    const text = texts(said);
    expect(text).toContain(`Đã duyệt 1 người vào chi bộ: ${NEW}.`);
    expect(text).toContain(
      `Chưa duyệt 2 người vì chibo chưa có sự đồng ý của họ (hoặc họ đã rút lại) cho lưu dữ liệu: Lê Văn Tư, ${OLD}.`,
    );
    // The group is welcomed to the one approved only.
    const welcome = texts(said.filter((s) => s.chatId === "console:group:1"));
    expect(welcome).toContain(NEW);
    expect(welcome).not.toContain(OLD);
    expect([roster(old.id), roster(other.id)]).toEqual(["pending", "pending"]);
    // Still listed, to be refused.
    expect(said.at(-1)?.choices.map((c) => c.label)).toContain(`❌ Từ chối ${OLD}`);
  });

  it("approves none when nobody shown consented", async () => {
    await cell();
    const old = pendingWithoutConsent(OLD);
    pendingWithoutConsent("Lê Văn Tư", "Tư");

    await h.say("Lan", "private", "/duyet");
    await h.press("Lan", "private", "✅ Duyệt tất cả (2 người)");
    const said = await h.press("Lan", "private", "✅ Đúng, duyệt tất cả");
    expect(texts(said)).not.toContain("Đã duyệt");
    expect(texts(said)).toContain("Chưa duyệt 2 người");
    expect(said.some((s) => s.chatId === "console:group:1")).toBe(false);
    expect(roster(old.id)).toBe("pending");
  });

  it("lets the person in once refused and asked again, as the secretary is told", async () => {
    await cell();
    const old = pendingWithoutConsent(OLD);
    await h.say("Lan", "private", "/duyet");
    await h.press("Lan", "private", `✅ Duyệt ${OLD}`);
    // From the list shown again with the refusal to approve.
    await h.press("Lan", "private", `❌ Từ chối ${OLD}`);
    expect(roster(old.id)).toBe("rejected");

    await h.join("Hùng", OLD);
    const again = byPerson("Hùng");
    expect(again?.roster).toBe("pending");
    expect(again && h.app.services.consents.hasGiven(again.id)).toBe(true);
    await h.say("Lan", "private", "/duyet");
    const approved = await h.press("Lan", "private", `✅ Duyệt ${OLD}`);
    expect(texts(approved)).toContain(`Đã duyệt ${OLD} vào chi bộ.`);
    expect(byPerson("Hùng")?.roster).toBe("active");
  });
});
