import { afterEach, describe, expect, it } from "vitest";
import { CONSENT_TEXT_VERSION } from "../../commands/consent-text.js";
import { fitsOneScreen } from "../../src/domain/one-screen.js";
import { CONSENT_YES, Harness, texts } from "../support/harness.js";
import { codeIn, firstOfficerCode, newCommittee } from "../support/operator.js";

let harness: Harness;
afterEach(() => harness?.close());

/** A cell whose secretary Lan approves joins herself; auto-approval is left off. */
async function cell(hasButtons: boolean): Promise<Harness> {
  const h = new Harness({ hasButtons });
  h.admins.add("console:Lan");
  await h.say("Lan", "group:1", "/khoitao Chi bộ Khu phố 1");
  return h;
}

function consentsOf(h: Harness, personId: string) {
  return h.app.database.sqlite
    .prepare("select * from consents where person_id = ? order by id")
    .all(personId) as {
    member_id: number | null;
    text_version: string;
    answer: string;
    answered_at: number;
    recorded_by: number | null;
  }[];
}

const byPerson = (h: Harness, who: string) => h.app.services.members.byPerson(`console:${who}`);

describe("consent at join", () => {
  it("asks in the group before the name goes on the roster; a refusal adds nobody", async () => {
    harness = await cell(true);
    const asked = await harness.say("Hùng", "group:1", "/thamgia Trần Văn Hùng");
    const text = texts(asked);
    expect(text).toContain("Đồng chí Trần Văn Hùng");
    expect(text).toContain("kế hoạch cá nhân");
    expect(text).toContain("chỉ thấy số đếm");
    expect(text).toContain("/dulieu");
    expect(text).toContain(`phiên bản ${CONSENT_TEXT_VERSION}`);
    expect(asked[0]?.choices.map((c) => c.label)).toEqual(["✅ Đồng ý", "Không đồng ý"]);
    expect(byPerson(harness, "Hùng")).toBeUndefined();
    // Nobody is told before the answer.
    expect(asked.some((s) => s.chatId === "console:Lan")).toBe(false);

    const refused = await harness.press("Hùng", "group:1", "Không đồng ý");
    expect(texts(refused)).toContain("Chưa ghi tên Trần Văn Hùng vào danh sách");
    expect(byPerson(harness, "Hùng")).toBeUndefined();
    expect(consentsOf(harness, "console:Hùng")).toMatchObject([
      { answer: "refused", member_id: null, text_version: CONSENT_TEXT_VERSION },
    ]);

    // Asked again, and a yes makes the entry, pending as the cell wants.
    harness.clock.set("2024-03-10T03:00:00Z");
    await harness.say("Hùng", "group:1", "/thamgia Trần Văn Hùng");
    const joined = await harness.press("Hùng", "group:1", CONSENT_YES);
    expect(texts(joined)).toContain("Trần Văn Hùng");
    expect(joined.some((s) => s.chatId === "console:Lan")).toBe(true);
    const member = byPerson(harness, "Hùng");
    expect(member?.roster).toBe("pending");
    expect(consentsOf(harness, "console:Hùng")[1]).toEqual(
      expect.objectContaining({
        answer: "given",
        member_id: member?.id,
        text_version: CONSENT_TEXT_VERSION,
        answered_at: Date.parse("2024-03-10T03:00:00Z"),
        recorded_by: null,
      }),
    );
  });

  it("lets nobody else answer, and a stale or forged choice changes nothing", async () => {
    harness = await cell(true);
    const asked = await harness.say("Hùng", "group:1", "/thamgia Trần Văn Hùng");
    const yes = asked[0]?.choices[0]?.value ?? "";
    const before = harness.snapshot();

    const other = await harness.sendChoiceValue("Hà", "group:1", yes);
    expect(texts(other)).toContain("dành cho người đã gõ /thamgia");
    expect(other[0]?.reply.ack).toBe(true);
    const forged = await harness.sendChoiceValue("Hùng", "group:1", "thamgia:yes-1");
    expect(texts(forged)).toContain("Không có gì thay đổi");
    expect(harness.snapshot()).toBe(before);
    expect(consentsOf(harness, "console:Hà")).toEqual([]);

    await harness.sendChoiceValue("Hùng", "group:1", yes);
    expect(byPerson(harness, "Hùng")).toBeDefined();
    const after = harness.snapshot();
    const again = await harness.sendChoiceValue("Hùng", "group:1", yes);
    expect(texts(again)).toContain("Không có gì thay đổi");
    expect(harness.snapshot()).toBe(after);
  });

  it("asks in private when chibo can write there, answered by typing", async () => {
    harness = await cell(true);
    await harness.say("Hùng", "private", "xin chào");
    const asked = await harness.say("Hùng", "group:1", "/thamgia Trần Văn Hùng");
    const inGroup = asked.find((s) => s.chatId === "console:group:1");
    expect(inGroup?.text).toContain("chibo đã nhắn riêng");
    expect(inGroup?.text).not.toContain("kế hoạch cá nhân");
    expect(inGroup?.choices).toEqual([]);
    const privately = asked.find((s) => s.chatId === "console:Hùng");
    expect(privately?.text).toContain("kế hoạch cá nhân");
    expect(privately?.text).toContain('Xin trả lời "đồng ý" hoặc "không đồng ý"');
    expect(texts(await harness.say("Hùng", "private", "có lẽ"))).toContain("Xin trả lời");
    expect(byPerson(harness, "Hùng")).toBeUndefined();
    await harness.say("Hùng", "private", "Đồng ý");
    expect(byPerson(harness, "Hùng")?.roster).toBe("pending");
    expect(consentsOf(harness, "console:Hùng")).toMatchObject([{ answer: "given" }]);
  });

  it.each(["đồng ý", "dong y", "Đồng ý ạ", "đồng ý".normalize("NFD"), "Tôi đồng ý"])(
    "takes %j typed where there are no buttons",
    async (typed) => {
      harness = await cell(false);
      await harness.say("Hùng", "group:1", "/thamgia Trần Văn Hùng");
      await harness.say("Hùng", "group:1", typed);
      expect(byPerson(harness, "Hùng")?.roster).toBe("pending");
    },
  );

  it.each(["không đồng ý", "khong dong y", "Dạ, không đồng ý ạ"])(
    "reads %j typed as a refusal",
    async (typed) => {
      harness = await cell(false);
      await harness.say("Hùng", "group:1", "/thamgia Trần Văn Hùng");
      await harness.say("Hùng", "group:1", typed);
      expect(byPerson(harness, "Hùng")).toBeUndefined();
      expect(consentsOf(harness, "console:Hùng")).toMatchObject([{ answer: "refused" }]);
    },
  );

  it.each(["Có", "ok", "Không ạ", "không"])(
    "takes %j in the group as talk, not as an answer: it may answer someone else",
    async (typed) => {
      harness = await cell(false);
      await harness.say("Hùng", "group:1", "/thamgia Trần Văn Hùng");
      await harness.say("Hùng", "group:1", typed);
      expect(byPerson(harness, "Hùng")).toBeUndefined();
      expect(consentsOf(harness, "console:Hùng")).toEqual([]);
      // The question is still open: the words themselves answer it.
      await harness.say("Hùng", "group:1", "đồng ý");
      expect(consentsOf(harness, "console:Hùng")).toMatchObject([{ answer: "given" }]);
    },
  );

  it("asks without choices in a group without buttons: two asked at once each answer their own", async () => {
    harness = await cell(false);
    const hung = await harness.say("Hùng", "group:1", "/thamgia Trần Văn Hùng");
    // A numbered list would be the group's only one: the next question would take over its "1".
    expect(hung[0]?.choices).toEqual([]);
    expect(texts(hung)).toContain('Xin trả lời "đồng ý" hoặc "không đồng ý"');
    expect(texts(hung)).not.toContain("1.");
    const ha = await harness.say("Hà", "group:1", "/thamgia Nguyễn Thị Hà");
    expect(ha[0]?.choices).toEqual([]);

    // A "1" is nobody's answer, and says nothing in the group.
    expect(await harness.say("Hùng", "group:1", "1")).toEqual([]);
    expect(byPerson(harness, "Hùng")).toBeUndefined();
    await harness.say("Hùng", "group:1", "đồng ý");
    expect(byPerson(harness, "Hùng")?.fullName).toBe("Trần Văn Hùng");
    expect(byPerson(harness, "Hà")).toBeUndefined();
    await harness.say("Hà", "group:1", "không đồng ý");
    expect(byPerson(harness, "Hà")).toBeUndefined();
    expect(consentsOf(harness, "console:Hà")).toMatchObject([{ answer: "refused" }]);
    expect(consentsOf(harness, "console:Hùng")).toMatchObject([{ answer: "given" }]);
  });

  it("still gives the choices in the group where there are buttons", async () => {
    harness = await cell(true);
    const asked = await harness.say("Hùng", "group:1", "/thamgia Trần Văn Hùng");
    expect(asked[0]?.choices.map((c) => c.label)).toEqual(["✅ Đồng ý", "Không đồng ý"]);
    expect(texts(asked)).not.toContain("Xin trả lời");
  });

  it.each([true, false])(
    "shows a member added by hand the text when they claim their entry (buttons: %s)",
    async (hasButtons) => {
      harness = await cell(hasButtons);
      await harness.addByHand("Lan", "Nguyễn Văn An");
      await harness.say("Lan", "private", "/thanhvien");
      await harness.press("Lan", "private", /^Nguyễn Văn An — /);
      const given = texts(await harness.press("Lan", "private", "🔑 Lấy mã nhận hồ sơ"));
      const code = /\b(\d{8})\b/.exec(given)?.[1] ?? "";
      const claimed = await harness.say("An", "group:1", `/thamgia ${code}`);
      const inGroup = claimed.filter((s) => s.chatId === "console:group:1");
      expect(inGroup[0]?.text).toContain("đã nhận hồ sơ của mình");
      expect(inGroup[0]?.text).toContain("ở tin sau; rút lại đồng ý bằng /dulieu");
      expect(inGroup[1]?.text).toContain("kế hoạch cá nhân");
      expect(inGroup[1]?.text).toContain(`phiên bản ${CONSENT_TEXT_VERSION}`);
      for (const said of inGroup) expect(fitsOneScreen(said.text), said.text).toBe(true);
      const an = byPerson(harness, "An");
      expect(an?.fullName).toBe("Nguyễn Văn An");
      // The paper consent, then the account it was shown to, with the same secretary's word.
      expect(harness.app.services.consents.ofMember(an?.id ?? 0)).toMatchObject([
        { answer: "given", personId: null, recordedBy: byPerson(harness, "Lan")?.id },
        {
          answer: "given",
          personId: "console:An",
          textVersion: CONSENT_TEXT_VERSION,
          recordedBy: byPerson(harness, "Lan")?.id,
        },
      ]);
    },
  );

  it("records the secretary's consent at /khoitao, with the text shown", async () => {
    harness = new Harness();
    harness.admins.add("console:Lan");
    const made = await harness.say("Lan", "group:1", "/khoitao Chi bộ Khu phố 1");
    expect(texts(made)).toContain("chibo ghi nhận đồng chí đồng ý");
    expect(texts(made)).toContain("sau khi đã giao vai trò bí thư cho đồng chí khác");
    expect(texts(made)).toContain("/dulieu");
    expect(consentsOf(harness, "console:Lan")).toMatchObject([
      { answer: "given", member_id: byPerson(harness, "Lan")?.id },
    ]);
  });

  it.each([true, false])(
    "keeps each of /khoitao's messages on one screen, with a committee's code (buttons: %s)",
    async (hasButtons) => {
      harness = new Harness({ hasButtons });
      newCommittee(harness, "Đảng ủy Phường Phú Hòa");
      await harness.say(
        "Ánh",
        "private",
        `/tonghop ${await firstOfficerCode(harness, "Đảng ủy Phường Phú Hòa")}`,
      );
      await harness.say("Ánh", "private", "/tonghop");
      const code = codeIn(texts(await harness.press("Ánh", "private", /Mã cho chi bộ/)));
      harness.admins.add("console:Lan");
      const made = await harness.say(
        "Lan",
        "group:1",
        `/khoitao Chi bộ Khu phố Phú Hòa Một mã ${code}`,
      );
      expect(texts(made)).toContain("Chi bộ thuộc Đảng ủy Phường Phú Hòa");
      expect(texts(made)).toContain("kế hoạch cá nhân");
      expect(made.length).toBeGreaterThan(1);
      for (const said of made) expect(fitsOneScreen(said.text), said.text).toBe(true);
    },
  );

  it("adds a member by hand only when the secretary confirms consent on paper", async () => {
    harness = await cell(true);
    const asked = await harness.say("Lan", "private", "/thanhvien them Nguyễn Văn An");
    expect(texts(asked)).toContain("đã đồng ý (ký trên giấy)");
    const none = await harness.press("Lan", "private", "Chưa, không thêm");
    expect(texts(none)).toContain("Chưa thêm Nguyễn Văn An");
    const roster = () => harness.app.services.members.ofCell(1).map((m) => m.fullName);
    expect(roster()).not.toContain("Nguyễn Văn An");

    await harness.say("Lan", "private", "/thanhvien them Nguyễn Văn An");
    await harness.press("Lan", "private", "✅ Đã đồng ý trên giấy, thêm");
    const an = harness.app.services.members.ofCell(1).find((m) => m.fullName === "Nguyễn Văn An");
    expect(an).toBeDefined();
    expect(harness.app.services.consents.ofMember(an?.id ?? 0)).toMatchObject([
      { answer: "given", recordedBy: byPerson(harness, "Lan")?.id, personId: null },
    ]);
  });
});
