import { afterEach, describe, expect, it } from "vitest";
import { plainText } from "../../src/domain/rich-text.js";
import { parseCommand } from "../../src/platforms/parse-command.js";
import { renderReply } from "../../src/platforms/render-reply.js";
import { Harness, texts } from "../support/harness.js";

let h: Harness;
afterEach(() => h?.close());

const HUNG = "console:Hùng";
/** Hùng's account on the other platform. Ids are opaque: only their prefix names a platform. */
const HUNG_ZALO = "zalo:777";

let zaloUpdates = 0;

/** A private message from a Zalo account, built as harness.deliver builds a console one. */
async function sayOnZalo(person: string, text: string, displayName = "Hùng Zalo") {
  const content = parseCommand(text, "") ?? { type: "text" as const, text };
  const replies = await h.app.router.handle(
    {
      platform: "zalo",
      updateKey: `zalo:test-${++zaloUpdates}`,
      chat: { id: person, kind: "private", title: displayName },
      person: { id: person, displayName },
      content,
    },
    { hasButtons: false, canWriteFirst: true, isChatAdmin: async () => false },
  );
  return replies.map((reply) => ({
    chatId: reply.chatId,
    text: renderReply(reply, h.app.translator, 4096, plainText).chunks.join("\n"),
  }));
}

async function register(who: string) {
  await h.say(who, "private", "/dangky");
  for (const part of ["Học chuyên đề năm", "Giải quyết hồ sơ đúng hạn", "Giữ gia đình văn hóa"]) {
    await h.say(who, "private", part);
  }
  return h.press(who, "private", "✅ Lưu");
}

/** Asks for a code in Hùng's private chat; returns it and the whole answer. */
async function codeFor(who = "Hùng") {
  const said = await h.say(who, "private", "/lienket");
  const text = texts(said);
  const code = /\b(\d{8})\b/.exec(text)?.[1];
  if (!code) throw new Error(`no code in: ${text}`);
  return { code, text, said };
}

function linkCodeRows(): unknown[] {
  return h.app.database.sqlite.prepare("select * from one_time_codes where purpose = 'link'").all();
}

function otherCode(code: string): string {
  return String((Number(code) + 1) % 10 ** 8).padStart(8, "0");
}

describe("/lienket joins a member's accounts on two platforms", () => {
  it("gives a one-time code in private that makes the other account the same member", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    await register("Hùng");
    const own = texts(await h.say("Hùng", "private", "/camket"));
    const report = texts(await h.say("Lan", "group:1", "/baocao"));
    expect(report).toContain("Đã đăng ký: 1. Chưa đăng ký: 1");

    const { code, text, said } = await codeFor();
    expect(said).toHaveLength(1);
    expect(said[0]?.chatId).toBe(HUNG);
    // Valid ten minutes: 09:00 in Hà Nội now.
    expect(text).toContain(`Mã liên kết của đồng chí: ${code} (dùng một lần, hết hạn lúc`);
    expect(text).toContain("09:10");
    expect(text).toContain(`/lienket ${code}`);

    const done = await sayOnZalo(HUNG_ZALO, `/lienket ${code}`);
    expect(done).toEqual([
      {
        chatId: HUNG_ZALO,
        text: "Đã liên kết. Tài khoản này là của đồng chí Hùng: cùng bản đăng ký, cùng điểm danh.",
      },
    ]);

    const { members, commitments, cells } = h.app.services;
    const member = members.byPerson(HUNG);
    expect(members.byPerson(HUNG_ZALO)?.id).toBe(member?.id);
    expect(members.personIds(member?.id ?? 0).sort()).toEqual([HUNG, HUNG_ZALO].sort());
    // The same plan, seen from either account.
    const fromZalo = (await sayOnZalo(HUNG_ZALO, "/camket")).map((s) => s.text).join("\n---\n");
    expect(fromZalo).toBe(own);
    expect(fromZalo).toContain("Giải quyết hồ sơ đúng hạn");
    expect(texts(await h.say("Hùng", "private", "/camket"))).toBe(own);
    const again = (await sayOnZalo(HUNG_ZALO, "/dangky")).map((s) => s.text).join("\n");
    expect(again).toContain("Đồng chí đã đăng ký năm 2024");
    expect(commitments.of(member?.id ?? 0, 2024)?.revision).toBe(1);
    // Still one member: the report counts two people in the cell, one registered.
    expect(cells.list()[0]?.members).toBe(2);
    expect(texts(await h.say("Lan", "group:1", "/baocao"))).toBe(report);
    // The code is used up.
    expect(linkCodeRows()).toEqual([]);
  });

  it("takes a code typed with spaces", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const { code } = await codeFor();
    const spaced = `${code.slice(0, 4)} ${code.slice(4)}`;
    expect((await sayOnZalo(HUNG_ZALO, `/lienket ${spaced}`))[0]?.text).toContain("Đã liên kết");
    expect(h.app.services.members.byPerson(HUNG_ZALO)?.fullName).toBe("Hùng");
  });

  it("refuses a wrong code and changes nothing; the right one still works after", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const { code } = await codeFor();
    const before = h.snapshot();
    const refused = await sayOnZalo(HUNG_ZALO, `/lienket ${otherCode(code)}`);
    expect(refused[0]?.text).toBe(
      "Mã không đúng hoặc đã hết hạn. Xin gõ /lienket ở tài khoản kia để lấy mã mới.",
    );
    expect(h.snapshot()).toBe(before);
    expect(h.app.services.members.byPerson(HUNG_ZALO)).toBeUndefined();
    expect((await sayOnZalo(HUNG_ZALO, `/lienket ${code}`))[0]?.text).toContain("Đã liên kết");
  });

  it("refuses a code that is not a number, without using up the real one", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const { code } = await codeFor();
    const before = h.snapshot();
    for (const typed of ["abc", `${code}x`, `${code.slice(0, 4)}-${code.slice(4)}`, "１２３"]) {
      const refused = await sayOnZalo(HUNG_ZALO, `/lienket ${typed}`);
      expect(refused[0]?.text).toContain("Mã không đúng hoặc đã hết hạn");
    }
    expect(h.snapshot()).toBe(before);
    expect(linkCodeRows()).toHaveLength(1);
    expect((await sayOnZalo(HUNG_ZALO, `/lienket ${code}`))[0]?.text).toContain("Đã liên kết");
  });

  it("refuses an expired code (after ten minutes)", async () => {
    h = new Harness({ now: "2024-03-10T02:00:00Z" });
    await h.cellWith(["Hùng"]);
    const { code } = await codeFor();
    h.clock.set("2024-03-10T02:11:00Z");
    const before = h.snapshot();
    const refused = await sayOnZalo(HUNG_ZALO, `/lienket ${code}`);
    expect(refused[0]?.text).toContain("Mã không đúng hoặc đã hết hạn");
    expect(h.snapshot()).toBe(before);
    expect(h.app.services.members.byPerson(HUNG_ZALO)).toBeUndefined();
  });

  it("accepts a code until its tenth minute", async () => {
    h = new Harness({ now: "2024-03-10T02:00:00Z" });
    await h.cellWith(["Hùng"]);
    const { code } = await codeFor();
    h.clock.set("2024-03-10T02:09:59Z");
    expect((await sayOnZalo(HUNG_ZALO, `/lienket ${code}`))[0]?.text).toContain("Đã liên kết");
  });

  it("refuses a code used once already", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const { code } = await codeFor();
    await sayOnZalo(HUNG_ZALO, `/lienket ${code}`);
    const before = h.snapshot();
    const stranger = await sayOnZalo("zalo:888", `/lienket ${code}`, "Người lạ");
    expect(stranger[0]?.text).toContain("Mã không đúng hoặc đã hết hạn");
    expect(h.snapshot()).toBe(before);
    expect(h.app.services.members.byPerson("zalo:888")).toBeUndefined();
  });

  it("only the latest code counts: asking again replaces the earlier one", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const first = await codeFor();
    const second = await codeFor();
    if (first.code === second.code) return; // one chance in a hundred million
    const before = h.snapshot();
    expect((await sayOnZalo(HUNG_ZALO, `/lienket ${first.code}`))[0]?.text).toContain(
      "Mã không đúng",
    );
    expect(h.snapshot()).toBe(before);
    expect((await sayOnZalo(HUNG_ZALO, `/lienket ${second.code}`))[0]?.text).toContain(
      "Đã liên kết",
    );
  });

  it("refuses an account that is already a member, here or in another cell", async () => {
    h = new Harness();
    await h.cellWith(["Hùng", "Hà"]);
    h.admins.add("console:Minh");
    await h.say("Minh", "group:2", "/khoitao Chi bộ Khu phố 2");
    const { code } = await codeFor();
    const before = h.snapshot();

    for (const who of ["Hà", "Minh"]) {
      const refused = await h.say(who, "private", `/lienket ${code}`);
      expect(refused[0]?.text).toBe(
        "Tài khoản này đã có trong danh sách chi bộ. Nếu đó là nhầm lẫn, xin bí thư chuyển hồ sơ giúp.",
      );
    }
    expect(h.snapshot()).toBe(before);
    expect(h.app.services.members.byPerson("console:Minh")?.cell.name).toBe("Chi bộ Khu phố 2");
    // The refusal used nothing up: the code still joins a free account.
    expect((await sayOnZalo(HUNG_ZALO, `/lienket ${code}`))[0]?.text).toContain("Đã liên kết");
  });

  it("gives no code to someone who is not a member", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const before = h.snapshot();
    const refused = await sayOnZalo(HUNG_ZALO, "/lienket");
    expect(refused[0]?.text).toBe(
      "Đồng chí chưa có trong danh sách chi bộ nào. Xin vào nhóm chi bộ và gõ /thamgia Họ và tên trước.",
    );
    expect(h.snapshot()).toBe(before);
    expect(linkCodeRows()).toEqual([]);
  });

  it("in a group answers with the way to the private chat, and shows no code there", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const said = await h.say("Hùng", "group:1", "/lienket");
    expect(said).toHaveLength(1);
    expect(said[0]?.chatId).toBe("console:group:1");
    expect(said[0]?.privateLink).toBe("lienket");
    expect(said[0]?.text).not.toMatch(/\d{8}/);
    expect(linkCodeRows()).toEqual([]);
  });

  it("refuses a code used on the platform the member is already on: no taking over an account", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const { code } = await codeFor("Hùng");
    const before = h.snapshot();
    // Someone else on the same platform saw the code.
    expect(texts(await h.say("Kẻ lạ", "private", `/lienket ${code}`))).toContain(
      "dùng trên nền tảng kia",
    );
    expect(h.snapshot()).toBe(before);
    expect(linkCodeRows()).toHaveLength(1);
  });
});
