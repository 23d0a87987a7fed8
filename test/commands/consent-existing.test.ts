import { afterEach, describe, expect, it } from "vitest";
import { CONSENT_TEXT_VERSION, consentTerms } from "../../commands/consent-text.js";
import { fitsOneScreen } from "../../src/domain/one-screen.js";
import { plainText } from "../../src/domain/rich-text.js";
import { CONSENT_YES, Harness, type Said, texts } from "../support/harness.js";

let h: Harness;
afterEach(() => h?.close());

/**
 * A cell as a database made before consent was asked holds it: Hùng, Mai, Tư and Vy are on the
 * roster with no answer stored; Bảo joined since, with his consent. Lan is the secretary.
 */
async function olderCell(hasButtons = true): Promise<void> {
  h = new Harness({ hasButtons });
  await h.cellWith(["Bảo"]);
  const { members, cells } = h.app.services;
  const cellId = cells.all()[0]?.id ?? 0;
  for (const fullName of ["Hùng", "Mai", "Tư", "Vy"]) {
    members.create({
      cellId,
      fullName,
      role: "member",
      roster: "active",
      personId: `console:${fullName}`,
      displayName: fullName,
      now: h.clock.now(),
    });
  }
}

const memberId = (who: string) => h.app.services.members.byPerson(`console:${who}`)?.id ?? 0;
const answers = (who: string) => h.app.services.consents.ofMember(memberId(who));
const dialogOf = (who: string) =>
  h.app.services.conversations.dialog(`console:${who}`, `console:${who}`);
const to = (said: Said[], who: string) => said.filter((s) => s.chatId === `console:${who}`);
/** The roster's own rows: entries and their accounts. */
const roster = () =>
  JSON.stringify(
    ["members", "identities"].map((table) =>
      h.app.database.sqlite.prepare(`select * from ${table} order by rowid`).all(),
    ),
  );

describe("/dongy: consent for an entry older than consent", () => {
  it("shows the text and version /thamgia shows, with two buttons; a yes is stored with its time and version", async () => {
    await olderCell();
    const asked = await h.say("Hùng", "private", "/dongy");
    const terms = plainText(h.app.translator.text(consentTerms));
    expect(texts(asked)).toContain(terms);
    expect(texts(asked)).toContain(`phiên bản ${CONSENT_TEXT_VERSION}`);
    expect(texts(asked)).toContain("Đồng chí Hùng, chibo xin đồng chí đồng ý");
    expect(asked.at(-1)?.choices.map((c) => c.label)).toEqual(["✅ Đồng ý", "Không đồng ý"]);
    for (const said of asked) expect(fitsOneScreen(said.text), said.text).toBe(true);

    h.clock.set("2024-03-10T05:00:00Z");
    const given = await h.press("Hùng", "private", CONSENT_YES);
    expect(texts(given)).toBe(
      `Đã ghi nhận đồng chí đồng ý cho chibo lưu dữ liệu (nội dung phiên bản ${CONSENT_TEXT_VERSION}). Đồng chí xem, tải về hoặc rút lại bằng /dulieu.`,
    );
    expect(answers("Hùng")).toMatchObject([
      {
        answer: "given",
        personId: "console:Hùng",
        textVersion: CONSENT_TEXT_VERSION,
        answeredAt: new Date("2024-03-10T05:00:00Z"),
        recordedBy: null,
      },
    ]);
    expect(h.app.services.consents.hasGiven(memberId("Hùng"))).toBe(true);
    expect(dialogOf("Hùng")).toBeUndefined();
    // Nobody else is told of a yes given the first time.
    expect(given.filter((s) => s.chatId !== "console:Hùng")).toEqual([]);
    expect(texts(await h.say("Hùng", "private", "/dongy"))).toContain(
      "Đồng chí đã đồng ý cho chibo lưu dữ liệu ngày 10/03/2024",
    );
  });

  it("without buttons asks to type the answer, and reads it with or without marks, in NFC or NFD", async () => {
    await olderCell(false);
    const typed: [string, string][] = [
      ["Hùng", "đồng ý"],
      ["Mai", "Đồng ý".normalize("NFD")],
      ["Tư", "dong y"],
      ["Vy", "Dạ, tôi đồng ý ạ"],
    ];
    for (const [who, answer] of typed) {
      const asked = await h.say(who, "private", "/dongy");
      expect(asked.at(-1)?.choices).toEqual([]);
      expect(texts(asked)).toContain('Xin trả lời "đồng ý" hoặc "không đồng ý".');
      expect(texts(await h.say(who, "private", answer))).toContain("Đã ghi nhận đồng chí đồng ý");
      expect(
        answers(who).map((a) => a.answer),
        who,
      ).toEqual(["given"]);
    }
  });

  it("takes no 'Có' typed in the group, nor huge or empty text; the question stays open", async () => {
    await olderCell(false);
    await h.say("Hùng", "private", "/dongy");
    const before = h.snapshot();
    expect(await h.say("Hùng", "group:1", "Có")).toEqual([]);
    expect(await h.say("Hùng", "group:1", "đồng ý")).toEqual([]);
    for (const text of ["", "   ", "đồng ý ".repeat(3000), "có lẽ"]) {
      expect(texts(await h.say("Hùng", "private", text))).toBe(
        'Xin trả lời "đồng ý" hoặc "không đồng ý".',
      );
    }
    expect(h.snapshot()).toBe(before);
    expect(answers("Hùng")).toEqual([]);
    expect(texts(await h.say("Hùng", "private", "KHÔNG ĐỒNG Ý"))).toContain(
      "Đã ghi nhận đồng chí không đồng ý",
    );
    expect(answers("Hùng").map((a) => a.answer)).toEqual(["refused"]);
  });

  it("on a refusal keeps the entry, tells the secretary the name only, and sends the member no more reminders", async () => {
    await olderCell();
    for (const who of ["Hùng", "Mai"]) await h.say(who, "private", "xin chào");
    // A reminder already queued for Hùng before he answers.
    const reminded = await h.say("Lan", "private", "/nhacnho");
    expect(texts(reminded)).toContain("Đã nhắc");
    const entries = roster();
    await h.say("Hùng", "private", "/dongy");
    const refused = await h.press("Hùng", "private", "Không đồng ý");
    expect(texts(to(refused, "Hùng"))).toBe(
      "Đã ghi nhận đồng chí không đồng ý. Từ nay chibo không nhắn việc riêng cho đồng chí. Tên đồng chí vẫn ở trong danh sách chi bộ; chibo đã báo bí thư, phó bí thư để quyết định. Khi nào đồng ý, gõ /dongy.",
    );
    expect(texts(to(refused, "Lan"))).toBe(
      "Đồng chí Hùng không đồng ý cho chibo lưu dữ liệu (chibo hỏi những đồng chí có tên trong danh sách từ trước khi chibo hỏi ý kiến). Tên vẫn ở trong danh sách; từ nay chibo không nhắn việc riêng cho đồng chí Hùng. Xin đồng chí quyết định giữ, chuyển đi hay đưa ra khỏi danh sách (/thanhvien).",
    );
    expect(refused.map((s) => s.chatId).sort()).toEqual(["console:Hùng", "console:Lan"]);
    expect(roster()).toBe(entries);
    expect(answers("Hùng")).toMatchObject([
      { answer: "refused", personId: "console:Hùng", textVersion: CONSENT_TEXT_VERSION },
    ]);
    // The reminder queued before is no longer written for him; one the next day is not queued.
    const queuedFor = (who: string) =>
      h.app.database.sqlite
        .prepare("select id, intent from outbox where member_id = ? and state = 'pending'")
        .all(memberId(who)) as { id: number; intent: string }[];
    const [queued] = queuedFor("Hùng");
    const composed = (row: { intent: string } | undefined) =>
      row && h.app.outboxRules.compose(JSON.parse(row.intent), "console:Hùng", h.clock.now());
    expect(queued).toBeDefined();
    expect(composed(queued)).toBeUndefined();
    expect(composed(queuedFor("Mai")[0])).toBeDefined();
    h.clock.set("2024-03-11T03:00:00Z");
    await h.say("Lan", "private", "/nhacnho");
    expect(queuedFor("Hùng")).toEqual([queued]);
    expect(queuedFor("Mai")).toHaveLength(2);
  });

  it("a second 'no' changes nothing; a later yes is stored and the secretary told", async () => {
    await olderCell();
    await h.say("Hùng", "private", "/dongy");
    await h.press("Hùng", "private", "Không đồng ý");
    // The old question's button, pressed again.
    const again = await h.press("Hùng", "private", "Không đồng ý");
    expect(texts(again)).toContain("Không có gì thay đổi.");
    expect(answers("Hùng")).toHaveLength(1);

    h.clock.set("2024-03-12T02:00:00Z");
    const asked = await h.say("Hùng", "private", "/dongy");
    expect(asked.at(-1)?.choices.map((c) => c.label)).toEqual(["✅ Đồng ý", "Không đồng ý"]);
    const given = await h.press("Hùng", "private", CONSENT_YES);
    expect(texts(to(given, "Lan"))).toBe(
      "Đồng chí Hùng nay đã đồng ý cho chibo lưu dữ liệu: chibo lại nhắn việc riêng cho đồng chí Hùng như mọi người.",
    );
    expect(answers("Hùng").map((a) => a.answer)).toEqual(["refused", "given"]);
    expect(h.app.services.consents.hasSaidNo(memberId("Hùng"))).toBe(false);
  });

  it("a consent given is withdrawn only by /dulieu: a stale 'no' changes nothing", async () => {
    await olderCell(false);
    await h.say("Hùng", "private", "/dongy");
    await h.say("Hùng", "private", "đồng ý");
    const stale = await h.sendChoiceValue("Hùng", "private", "dongy:no");
    expect(texts(stale)).toContain('Muốn rút lại, gõ /dulieu rồi chọn "Rút lại đồng ý".');
    expect(answers("Hùng").map((a) => a.answer)).toEqual(["given"]);
  });

  it("the only secretary hands the role over before saying no", async () => {
    await olderCell(false);
    // Lan's entry, too, from before consent was asked.
    h.app.database.sqlite.prepare("delete from consents where member_id = ?").run(memberId("Lan"));
    await h.say("Lan", "private", "/dongy");
    const said = await h.say("Lan", "private", "không đồng ý");
    expect(texts(said)).toContain("Đồng chí là bí thư duy nhất của chi bộ");
    expect(answers("Lan")).toEqual([]);
  });

  it("shows the secretary who has not answered, whom chibo cannot ask, and who said no", async () => {
    await olderCell();
    // Mai and Vy have written to chibo in private; Tư never has.
    for (const who of ["Mai", "Vy"]) await h.say(who, "private", "xin chào");
    await h.say("Hùng", "private", "/dongy");
    await h.press("Hùng", "private", "Không đồng ý");
    await h.say("Vy", "private", "/dongy");
    await h.press("Vy", "private", CONSENT_YES);
    const shown = await h.say("Lan", "private", "/dongy");
    expect(shown.map((s) => s.text)).toEqual([
      // Her own consent, given at /khoitao: not asked again.
      `Đồng chí đã đồng ý cho chibo lưu dữ liệu ngày 10/03/2024 (nội dung phiên bản ${CONSENT_TEXT_VERSION}). Xem, tải về hoặc rút lại: /dulieu.`,
      [
        "Đồng ý cho chibo lưu dữ liệu, trong danh sách Chi bộ Khu phố 1:",
        "• Chưa trả lời (1): Mai.",
      ].join("\n"),
      "Chưa trả lời, và chưa mở chat riêng với chibo nên chibo không hỏi được (1): Tư. Xin nhắc các đồng chí ấy nhắn riêng cho chibo /dongy.",
      [
        "• Không đồng ý (1): Hùng.",
        "Tên những đồng chí không đồng ý hoặc đã rút lại vẫn ở trong danh sách, và chibo không nhắn việc riêng cho họ. Xin đồng chí quyết định giữ, chuyển đi hay đưa ra khỏi danh sách (/thanhvien).",
      ].join("\n"),
    ]);
    // A member sees only their own answer.
    expect(texts(await h.say("Bảo", "private", "/dongy"))).not.toContain("Mai");

    for (const who of ["Mai", "Tư"]) {
      await h.say(who, "private", "/dongy");
      await h.press(who, "private", CONSENT_YES);
    }
    await h.say("Hùng", "private", "/dongy");
    await h.press("Hùng", "private", CONSENT_YES);
    expect(texts(await h.say("Lan", "private", "/dongy"))).toContain(
      "• Mọi đồng chí trong danh sách đã đồng ý.",
    );
  });

  it("shows a whole older cell's names on one screen per message", async () => {
    await olderCell();
    const { members, cells } = h.app.services;
    const cellId = cells.all()[0]?.id ?? 0;
    for (let i = 0; i < 30; i++) {
      const fullName = `Nguyễn Thị Thanh Hương ${i}`;
      const personId = `console:${i}`;
      const now = h.clock.now();
      members.create({
        cellId,
        fullName,
        role: "member",
        roster: "active",
        personId,
        displayName: fullName,
        now,
      });
      // Half have written to chibo in private, half never have; a few said no.
      if (i % 2 === 0) h.app.services.conversations.notePrivateChat(personId, now);
      if (i % 5 === 0) {
        const memberId = members.byPerson(personId)?.id ?? 0;
        const answer = "refused";
        h.app.services.consents.record({
          cellId,
          personId,
          memberId,
          textVersion: CONSENT_TEXT_VERSION,
          answer,
          now,
        });
      }
    }
    const shown = await h.say("Lan", "private", "/dongy");
    expect(shown).toHaveLength(4);
    for (const said of shown) expect(fitsOneScreen(said.text), said.text).toBe(true);
    expect(texts(shown)).toContain("Nguyễn Thị Thanh Hương 29");
  });

  it("is answered in private only: the group is pointed there, and a choice pressed there refused", async () => {
    await olderCell();
    const inGroup = await h.say("Hùng", "group:1", "/dongy");
    expect(texts(inGroup)).toContain("chat riêng");
    const before = h.snapshot();
    const pressed = await h.sendChoiceValue("Hùng", "group:1", "dongy:yes");
    expect(texts(pressed)).toContain("chỉ dùng trong chat riêng");
    expect(h.snapshot()).toBe(before);
    expect(answers("Hùng")).toEqual([]);
  });
});
