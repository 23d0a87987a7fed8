import { afterEach, describe, expect, it } from "vitest";
import { capturedLog } from "../support/captured-log.js";
import type { ZaloPerson } from "../support/fake-zalo-server.js";
import { Harness, type Said, texts } from "../support/harness.js";
import { startTelegramRig } from "../support/telegram-rig.js";
import { wrongWords } from "../support/wrong-words.js";
import { startZaloRig } from "../support/zalo-rig.js";

let h: Harness;
afterEach(() => h?.close());

const HUNG = "Trần Văn Hùng";
const MAI = "Nguyễn Thị Mai";
const TU = "Lê Văn Tư";
const NAM = "Phạm Văn Nam";
const HOA = "Đỗ Thị Hoa";
const GROUP = "console:group:1";

/** 6 May 2024, 09:00 in Vietnam: the default plan's mid-year round is open from 5 to 15 May. */
const IN_ROUND = "2024-05-06T02:00:00Z";

function cellOf(name: string): number {
  const member = h.app.services.members.byPerson(`console:${name}`);
  if (!member) throw new Error(`no member ${name}`);
  return member.cellId;
}

function memberId(name: string): number {
  const member = h.app.services.members.byPerson(`console:${name}`);
  if (!member) throw new Error(`no member ${name}`);
  return member.id;
}

/** Everything the bot said or posted to a chat since the test began, as text. */
function allTo(chatId: string): string {
  const posted = h.app.services.outbox.all().filter((m) => m.chatId === chatId);
  return posted.map((m) => JSON.stringify(m.reply)).join("\n");
}

const tables = () =>
  JSON.stringify(
    ["nomination_rounds", "nominations", "nomination_votes"].map((table) =>
      h.app.database.sqlite.prepare(`select * from ${table} order by rowid`).all(),
    ),
  );

/** Lan's cell in the middle of May, the round opened by Lan in private. */
async function openRound(options: { hasButtons?: boolean } = {}): Promise<Said[]> {
  h = new Harness({ now: IN_ROUND, ...options });
  await h.cellWith([HUNG, MAI, TU, NAM, HOA]);
  const menu = await h.say("Lan", "private", "/bieuduong");
  expect(texts(menu)).toContain("từ 05/05/2024 đến 15/05/2024");
  return h.press("Lan", "private", "📣 Mở đợt đề nghị biểu dương");
}

/** `who` proposes a member by typing a name, then the reason. */
async function proposePerson(who: string, typed: string, reason: string): Promise<Said[]> {
  await h.say(who, "private", "/bieuduong");
  await h.press(who, "private", "👤 Một đảng viên của chi bộ");
  const asked = await h.say(who, "private", typed);
  if (!texts(asked).includes("Xin gõ ngắn gọn thành tích")) return asked;
  return h.say(who, "private", reason);
}

async function proposeCollective(who: string, name: string, reason: string): Promise<Said[]> {
  await h.say(who, "private", "/bieuduong");
  await h.press(who, "private", "👥 Một tập thể");
  const asked = await h.say(who, "private", name);
  if (!texts(asked).includes("Xin gõ ngắn gọn thành tích")) return asked;
  return h.say(who, "private", reason);
}

async function startVoting(): Promise<void> {
  await h.say("Lan", "private", "/bieuduong");
  await h.press("Lan", "private", "🗳 Kết thúc nhận đề nghị, chuyển sang bình xét");
  await h.press("Lan", "private", "🗳 Chuyển sang bình xét");
}

describe("a round of nominations, from opening to the confirmed list", () => {
  it("opens, takes proposals and votes in private, confirms, and tells the group only counts", async () => {
    const opened = await openRound();
    expect(texts(opened)).toContain("Đã mở nhận đề nghị biểu dương đợt sơ kết giữa năm");
    const announced = allTo(GROUP);
    expect(announced).toContain("bieuduong-announce");
    expect(h.app.services.outbox.all().filter((m) => m.chatId === GROUP)).toHaveLength(1);

    const saved = await proposePerson(HUNG, "mai", "Vận động 20 hộ hiến đất mở đường");
    expect(texts(saved)).toContain(`Đã ghi đề nghị biểu dương ${MAI}`);
    await proposeCollective(MAI, "Tổ dân phố 5", "Ba năm liền khu dân cư văn hóa");
    await proposePerson(TU, "Hùng", "Giải quyết hồ sơ đúng hạn");

    const inGroup = texts(await h.say(HUNG, "group:1", "/bieuduong"));
    expect(inGroup).toContain("đã có 3 đề nghị");

    const list = texts(
      await (async () => {
        await h.say("Lan", "private", "/bieuduong");
        return h.press("Lan", "private", "📋 Danh sách đề nghị (3)");
      })(),
    );
    expect(list).toContain("Vận động 20 hộ hiến đất mở đường");
    expect(list).toContain("Tổ dân phố 5 (tập thể) — 0 ủng hộ");
    // Never who proposed what.
    expect(list).not.toContain(TU);

    await startVoting();
    expect(texts(await h.say(NAM, "group:1", "/bieuduong"))).toContain("đang bình xét 3 đề nghị");
    await h.say(NAM, "private", "/bieuduong");
    const ballot = await h.press(NAM, "private", "🗳 Xem và ủng hộ");
    expect(texts(ballot)).not.toContain("Vận động");
    expect(ballot[0]?.choices.map((c) => c.label)).toEqual([
      `⬜ ${MAI} (cá nhân)`,
      `⬜ ${HUNG} (cá nhân)`,
      "⬜ Tổ dân phố 5 (tập thể)",
    ]);
    const voted = await h.press(NAM, "private", `⬜ ${MAI} (cá nhân)`);
    expect(texts(voted)).toContain("đã ủng hộ 1 cá nhân, 0 tập thể");
    expect(voted[0]?.choices.map((c) => c.label)).toContain(`☑️ ${MAI} (cá nhân)`);
    // Pressed again, taken back; and again, given.
    await h.press(NAM, "private", `☑️ ${MAI} (cá nhân)`);
    await h.press(NAM, "private", `⬜ ${MAI} (cá nhân)`);
    await h.say(HOA, "private", "/bieuduong");
    await h.press(HOA, "private", "🗳 Xem và ủng hộ");
    await h.press(HOA, "private", `⬜ ${MAI} (cá nhân)`);
    // A member is not shown their own nomination to support.
    await h.say(MAI, "private", "/bieuduong");
    const own = await h.press(MAI, "private", "🗳 Xem và ủng hộ");
    expect(own[0]?.choices.map((c) => c.label).join()).not.toContain(MAI);

    await h.say("Lan", "private", "/bieuduong");
    const review = await h.press("Lan", "private", "✅ Chốt danh sách đề nghị");
    expect(texts(review)).toContain("tối đa 3 cá nhân và 2 tập thể");
    expect(texts(review)).toContain("Vận động 20 hộ hiến đất mở đường");
    await h.press("Lan", "private", `⬜ ${MAI} — 2 ủng hộ`);
    await h.press("Lan", "private", "⬜ Tổ dân phố 5 — 0 ủng hộ");
    const confirmed = await h.press(
      "Lan",
      "private",
      /^💾 Xác nhận danh sách \(1 cá nhân, 1 tập thể\)/,
    );
    expect(texts(confirmed)).toContain(
      "Đã xác nhận danh sách đề nghị biểu dương đợt sơ kết giữa năm",
    );
    expect(texts(confirmed)).toContain(`• ${MAI} (cá nhân)`);

    const kept = h.app.services.nominations.confirmed(cellOf("Lan"), 2024, "midterm");
    expect(kept.map((n) => [n.name, n.kind, n.votes])).toEqual([
      [MAI, "individual", 2],
      ["Tổ dân phố 5", "collective", 0],
    ]);
    expect(kept[0]?.reason).toBe("Vận động 20 hộ hiến đất mở đường");

    // The group heard: the round opened, the vote began, the list confirmed, in counts.
    const group = allTo(GROUP);
    expect(group).toContain("bieuduong-confirmed-announce");
    for (const personal of ["Vận động", "Ba năm liền", "Giải quyết hồ sơ", MAI, HUNG, TU]) {
      expect(group).not.toContain(personal);
    }
    const groupText = texts(await h.say(HUNG, "group:1", "/bieuduong"));
    expect(groupText).toContain("1 cá nhân, 1 tập thể");
    expect(groupText).not.toContain(MAI);
  });
});

describe("proposals that cannot be taken get a clear answer and save nothing", () => {
  it("refuses oneself, someone outside the cell, and the same member twice, however typed", async () => {
    await openRound();
    await proposePerson(HUNG, "mai", "Vận động hiến đất");
    const before = tables();

    const self = texts(await proposePerson(TU, "le van tu", "Tự thấy xứng đáng"));
    expect(self).toContain("không tự đề nghị biểu dương mình");
    const stranger = texts(
      await proposePerson(TU, "Phạm Văn Ngoài", "Không phải đảng viên chi bộ"),
    );
    expect(stranger).toContain("Không có đồng chí «Phạm Văn Ngoài» trong danh sách chi bộ");
    for (const typed of [
      MAI,
      "nguyen thi mai",
      "NGUYỄN THỊ MAI",
      "Nguye\u0302\u0303n Thi\u0323 Mai",
      "Mai",
    ]) {
      const twice = texts(await proposePerson(TU, typed, "Lần nữa"));
      expect(twice, typed).toContain(`Đồng chí ${MAI} đã được đề nghị trong đợt này rồi`);
    }
    expect(tables()).toBe(before);

    // The one already proposed is not offered again, nor oneself.
    await h.say(TU, "private", "/bieuduong");
    const roster = await h.press(TU, "private", "👤 Một đảng viên của chi bộ");
    const offered = roster[0]?.choices.map((c) => c.label) ?? [];
    expect(offered).toContain(HUNG);
    expect(offered).not.toContain(MAI);
    expect(offered).not.toContain(TU);
  });

  it("refuses a collective typed again in other capitals or without marks", async () => {
    await openRound();
    await proposeCollective(HUNG, "Tổ dân phố 5", "Khu dân cư văn hóa");
    const before = tables();
    for (const typed of [
      "TỔ DÂN PHỐ 5",
      "to dan pho 5",
      "  Tổ  dân phố 5 ",
      "To\u0302\u0309 da\u0302n pho\u0302\u0301 5",
    ]) {
      const twice = texts(await proposeCollective(MAI, typed, "Lần nữa"));
      expect(twice, typed).toContain("đã được đề nghị trong đợt này rồi");
    }
    const empty = texts(await proposeCollective(MAI, "   ", "x"));
    expect(empty).toContain("Chưa thấy tên tập thể");
    const digits = texts(await proposeCollective(MAI, "12345", "x"));
    expect(digits).toContain("Tên tập thể cần có chữ");
    const long = texts(await proposeCollective(MAI, "Tổ ".repeat(100), "x"));
    expect(long).toContain("dài 299 ký tự");
    expect(tables()).toBe(before);
  });

  it("refuses empty and huge reasons, keeping the step; keeps hostile text as text", async () => {
    await openRound();
    await h.say(HUNG, "private", "/bieuduong");
    await h.press(HUNG, "private", "👤 Một đảng viên của chi bộ");
    await h.press(HUNG, "private", MAI);
    const before = tables();
    expect(texts(await h.say(HUNG, "private", "   "))).toContain("Chưa thấy lý do");
    expect(texts(await h.say(HUNG, "private", "👍👍"))).toContain("Lý do cần viết bằng chữ");
    const huge = texts(await h.say(HUNG, "private", "ư".repeat(10_000)));
    expect(huge).toContain("Lý do dài 10.000 ký tự; xin viết gọn trong 300 ký tự");
    expect(tables()).toBe(before);

    const hostile = '<b>Giỏi</b> <script>alert("x")</script> & <a href="http://x">link</a>';
    const saved = await h.say(HUNG, "private", hostile);
    expect(texts(saved)).toContain(`Đã ghi đề nghị biểu dương ${MAI}`);
    await h.say("Lan", "private", "/bieuduong");
    const list = await h.press("Lan", "private", "📋 Danh sách đề nghị (1)");
    expect(texts(list)).toContain(hostile);
  });

  it("answers outside the plan's days with the days, and opens nothing", async () => {
    h = new Harness({ now: "2024-03-10T02:00:00Z" });
    await h.cellWith([HUNG]);
    const dates =
      "đợt sơ kết giữa năm từ 05/05/2024 đến 15/05/2024; đợt tổng kết cuối năm từ 01/12/2024 đến 10/12/2024";
    const lan = texts(await h.say("Lan", "private", "/bieuduong"));
    expect(lan).toContain("chưa phải thời gian đề nghị biểu dương");
    expect(lan).toContain(dates);
    expect(texts(await h.say(HUNG, "private", "/bieuduong"))).toContain(dates);
    expect(texts(await h.say(HUNG, "group:1", "/bieuduong"))).toContain(dates);
    const forged = await h.sendChoiceValue("Lan", "private", "bieuduong:open-midterm");
    expect(texts(forged)).toContain(dates);
    expect(h.app.services.nominations.latest(cellOf("Lan"), 2024)).toBeUndefined();
    expect(h.app.services.outbox.all().filter((m) => m.chatId === GROUP)).toHaveLength(0);

    // After the last day, proposals in a round left open are refused with its last day.
    h.clock.set(IN_ROUND);
    await h.say("Lan", "private", "/bieuduong");
    await h.press("Lan", "private", "📣 Mở đợt đề nghị biểu dương");
    h.clock.set("2024-05-15T17:00:00Z"); // 16 May in Vietnam
    await h.say(HUNG, "private", "/bieuduong");
    const late = texts(await h.press(HUNG, "private", "👤 Một đảng viên của chi bộ"));
    expect(late).toContain("Đã hết hạn nhận đề nghị đợt sơ kết giữa năm (ngày 15/05/2024)");
  });

  it("refuses a proposal finished after the round's last day, and keeps nothing of it", async () => {
    await openRound();
    await h.say(HUNG, "private", "/bieuduong");
    await h.press(HUNG, "private", "👤 Một đảng viên của chi bộ");
    await h.press(HUNG, "private", MAI);
    const before = tables();
    h.clock.set("2024-05-15T17:00:00Z"); // 16 May in Vietnam
    const late = texts(await h.say(HUNG, "private", "Vận động hiến đất làm đường"));
    expect(late).toContain("Đã hết hạn nhận đề nghị");
    expect(late).toContain("15/05/2024");
    const forged = texts(
      await h.sendChoiceValue(TU, "private", `bieuduong:pick-${memberId(HUNG)}`),
    );
    expect(forged).toContain("Đã hết hạn nhận đề nghị");
    expect(tables()).toBe(before);
    expect(allTo(GROUP)).not.toContain("hiến đất");
  });

  it("tells a member the round is not opened yet, and only the committee may open it", async () => {
    h = new Harness({ now: IN_ROUND });
    await h.cellWith([HUNG]);
    const member = await h.say(HUNG, "private", "/bieuduong");
    expect(texts(member)).toContain("chi bộ chưa mở nhận đề nghị biểu dương");
    expect(member[0]?.choices).toEqual([]);
    const forged = await h.sendChoiceValue(HUNG, "private", "bieuduong:open-midterm");
    expect(texts(forged)).toContain("Chỉ bí thư, phó bí thư và chi ủy viên");
    expect(h.app.services.nominations.latest(cellOf(HUNG), 2024)).toBeUndefined();
  });
});

describe("forged and stale choice values", () => {
  it("refuses each with a clear answer and changes nothing", async () => {
    await openRound();
    // A second cell, whose secretary no one here may propose.
    h.admins.add("console:Ba");
    await h.say("Ba", "group:2", "/khoitao Chi bộ Khu phố 2");
    await proposePerson(HUNG, "mai", "Vận động hiến đất");
    const before = tables();
    const cases: [string, string, string][] = [
      [TU, `bieuduong:pick-${memberId("Ba")}`, "không có trong danh sách chi bộ"],
      [TU, `bieuduong:pick-${memberId(TU)}`, "không tự đề nghị"],
      [TU, `bieuduong:pick-${memberId(MAI)}`, "đã được đề nghị trong đợt này rồi"],
      [TU, "bieuduong:pick-999999", "đã cũ"],
      [TU, "bieuduong:pick-007", "đã cũ"],
      [TU, "bieuduong:open-yearEnd", "Chỉ bí thư, phó bí thư và chi ủy viên"],
      [TU, "bieuduong:votingyes", "Chỉ bí thư, phó bí thư và chi ủy viên"],
      [TU, "bieuduong:list-0", "Chỉ bí thư, phó bí thư và chi ủy viên"],
      [TU, "bieuduong:vote-1-0", "chưa bình xét"],
      [TU, "bieuduong:confirm", "Chỉ bí thư và phó bí thư"],
      ["Lan", "bieuduong:open-yearEnd", "chưa phải thời gian"],
      ["Lan", "bieuduong:review-0", "chưa bình xét"],
      [TU, "bieuduong:x", "đã cũ"],
      [TU, "bieuduong:vote-1-0-<b>", "đã cũ"],
    ];
    for (const [who, value, answer] of cases) {
      expect(texts(await h.sendChoiceValue(who, "private", value)), value).toContain(answer);
    }
    expect(tables()).toBe(before);

    await startVoting();
    const other = h.app.services.nominations.propose(
      { cellId: cellOf("Ba"), year: 2024, round: "midterm" },
      {
        kind: "collective",
        collective: "Tổ khác",
        reason: "Của chi bộ khác",
        proposedBy: memberId("Ba"),
      },
      h.clock.now(),
    );
    const voting = tables();
    for (const value of [`bieuduong:vote-${other}-0`, "bieuduong:vote-999-0"]) {
      expect(texts(await h.sendChoiceValue(TU, "private", value)), value).toContain("đã cũ");
    }
    const mine = h.app.services.nominations.entries({
      cellId: cellOf("Lan"),
      year: 2024,
      round: "midterm",
    });
    const maiEntry = mine.find((e) => e.nomineeId === memberId(MAI))?.id ?? 0;
    const self = await h.sendChoiceValue(MAI, "private", `bieuduong:vote-${maiEntry}-0`);
    expect(texts(self)).toContain("không tự ủng hộ");
    expect(texts(await h.sendChoiceValue("Lan", "private", `bieuduong:sel-${other}-0`))).toContain(
      "đã cũ",
    );
    expect(texts(await h.sendChoiceValue("Lan", "private", "bieuduong:confirm"))).toContain(
      "Chưa chọn đề nghị nào",
    );
    // In a group, no choice of this command is taken, whatever it says.
    const inGroup = await h.sendChoiceValue("Lan", "group:1", `bieuduong:sel-${maiEntry}-0`);
    expect(inGroup[0]?.text).toContain("chỉ dùng trong chat riêng");
    expect(tables()).toBe(voting);
  });
});

describe("the numbers the plan sets", () => {
  it("lets a member support, and the secretary confirm, no more than the round puts forward", async () => {
    await openRound();
    await proposePerson(HUNG, "mai", "Lý do một");
    await proposePerson(MAI, "hung", "Lý do hai");
    await proposePerson(TU, "nam", "Lý do ba");
    await proposePerson(NAM, "hoa", "Lý do bốn");
    await startVoting();

    await h.say(TU, "private", "/bieuduong");
    await h.press(TU, "private", "🗳 Xem và ủng hộ");
    await h.press(TU, "private", `⬜ ${MAI} (cá nhân)`);
    await h.press(TU, "private", `⬜ ${HUNG} (cá nhân)`);
    await h.press(TU, "private", `⬜ ${HOA} (cá nhân)`);
    const before = tables();
    const fourth = texts(await h.press(TU, "private", `⬜ ${NAM} (cá nhân)`));
    expect(fourth).toContain("Đồng chí đã ủng hộ đủ 3 cá nhân");
    expect(tables()).toBe(before);

    await h.say("Lan", "private", "/bieuduong");
    await h.press("Lan", "private", "✅ Chốt danh sách đề nghị");
    for (const name of [MAI, HUNG, HOA]) await h.press("Lan", "private", new RegExp(`^⬜ ${name}`));
    const over = texts(await h.press("Lan", "private", new RegExp(`^⬜ ${NAM}`)));
    expect(over).toContain("Cấp ủy cho đề nghị tối đa 3 cá nhân");
    const confirmed = await h.press(
      "Lan",
      "private",
      /^💾 Xác nhận danh sách \(3 cá nhân, 0 tập thể\)/,
    );
    expect(texts(confirmed)).toContain("3 cá nhân, 0 tập thể");
    // Confirmed once: a stale button does nothing more.
    const after = tables();
    expect(texts(await h.sendChoiceValue("Lan", "private", "bieuduong:confirm"))).toContain(
      "Chi bộ đã xác nhận danh sách đề nghị biểu dương đợt sơ kết giữa năm rồi",
    );
    expect(tables()).toBe(after);
  });
});

describe("on Telegram, with buttons", () => {
  let stop: () => Promise<void> = async () => {};
  afterEach(() => stop());

  it("keeps hostile names and reasons as text, and out of the group and the log", {
    timeout: 30_000,
  }, async () => {
    const captured = capturedLog();
    const rig = await startTelegramRig(IN_ROUND, { log: captured.log });
    stop = () => rig.stop();
    const { fake, app } = rig;
    const GROUP_ID = -100555;
    const group = fake.addGroup({ id: GROUP_ID, title: "Chi bộ KP1", type: "supergroup" });
    const lan = fake.addUser({ id: 111, first_name: "Thị Lan", last_name: "Nguyễn" });
    const hung = fake.addUser({ id: 222, first_name: "Văn Hùng", last_name: "Trần" });
    const mai = fake.addUser({ id: 333, first_name: "Mai" });
    fake.setChatMember(GROUP_ID, lan.id, "administrator");
    fake.sendText({ from: lan, chat: group, text: "/khoitao Chi bộ Khu phố 1" });
    await rig.lastTo(GROUP_ID);
    const cellId = app.services.cells.all()[0]?.id ?? 0;
    for (const [user, fullName] of [
      [hung, HUNG],
      [mai, "Nguyễn <Thị> & Mai"],
    ] as const) {
      app.services.members.create({
        cellId,
        fullName,
        role: "member",
        roster: "active",
        personId: `tg:${user.id}`,
        displayName: user.first_name,
        now: rig.clock.now(),
      });
    }

    fake.sendText({ from: lan, text: "/bieuduong" });
    await rig.press(lan, lan.id, "📣 Mở đợt đề nghị biểu dương");
    const [announced] = await rig.lastTo(GROUP_ID);
    expect(announced?.text).toContain("Đề nghị biểu dương — đợt sơ kết giữa năm");
    expect(JSON.stringify(announced?.replyMarkup)).toContain("?start=bieuduong");

    const reason = '<b>Giỏi</b> & <script>alert("x")</script> vận động hiến đất';
    fake.sendText({ from: hung, text: "/bieuduong" });
    await rig.press(hung, hung.id, "👤 Một đảng viên của chi bộ");
    await rig.press(hung, hung.id, "Nguyễn <Thị> & Mai");
    expect((await rig.lastTo(hung.id))[0]?.text).toContain(
      "Đề nghị biểu dương: Nguyễn <Thị> & Mai.",
    );
    fake.sendText({ from: hung, text: reason });
    expect((await rig.lastTo(hung.id))[0]?.text).toContain(
      "Đã ghi đề nghị biểu dương Nguyễn <Thị> & Mai",
    );

    fake.sendText({ from: mai, text: "/bieuduong" });
    await rig.press(mai, mai.id, "👥 Một tập thể");
    fake.sendText({ from: mai, text: "<i>Tổ</i> dân phố & 5" });
    await rig.lastTo(mai.id);
    fake.sendText({ from: mai, text: "Ba năm liền <u>văn hóa</u>" });
    expect((await rig.lastTo(mai.id))[0]?.text).toContain(
      "Đã ghi đề nghị biểu dương <i>Tổ</i> dân phố & 5",
    );

    fake.sendText({ from: lan, text: "/bieuduong" });
    await rig.press(lan, lan.id, "📋 Danh sách đề nghị (2)");
    const [list] = await rig.lastTo(lan.id);
    expect(list?.text).toContain(reason);
    expect(list?.text).toContain("Ba năm liền <u>văn hóa</u>");

    fake.sendText({ from: hung, chat: group, text: "/bieuduong" });
    const [status] = await rig.lastTo(GROUP_ID);
    expect(status?.text).toContain("đã có 2 đề nghị");

    const groupTexts = fake
      .messagesTo(GROUP_ID)
      .map((m) => m.text)
      .join("\n");
    const logged = captured.text();
    for (const personal of ["Giỏi", "hiến đất", "Ba năm liền", "Tổ</i>", "<Thị>", HUNG]) {
      expect(groupTexts).not.toContain(personal);
      expect(logged).not.toContain(personal);
    }
    expect(fake.refused).toEqual([]);
  });
});

describe("on Zalo, where a number is typed", () => {
  let stop: () => Promise<void> = async () => {};
  afterEach(() => stop());

  it("takes a whole round by numbers and typed names, in words that name no button", {
    timeout: 60_000,
  }, async () => {
    const rig = await startZaloRig(IN_ROUND);
    stop = () => rig.stop();
    const GROUP_ID = "5550017";
    const lan: ZaloPerson = { id: "101", name: "Nguyễn Thị Lan" };
    const hung: ZaloPerson = { id: "102", name: HUNG };
    const mai: ZaloPerson = { id: "103", name: MAI };
    const tu: ZaloPerson = { id: "104", name: TU };
    rig.zalo.addGroup(GROUP_ID, "Chi bộ KP1", lan);
    await rig.say(lan, "/khoitao Chi bộ Khu phố 1", GROUP_ID);
    const cellId = rig.app.services.cells.all()[0]?.id ?? 0;
    for (const person of [hung, mai, tu]) {
      rig.app.services.members.create({
        cellId,
        fullName: person.name,
        role: "member",
        roster: "active",
        personId: `zalo:${person.id}`,
        displayName: person.name,
        now: rig.clock.now(),
      });
    }
    const last = (who: ZaloPerson) => rig.zalo.textsTo(who.id).at(-1) ?? "";

    await rig.say(lan, "/bieuduong");
    await rig.press(lan, "📣 Mở đợt đề nghị biểu dương");
    expect(rig.zalo.textsTo(GROUP_ID).at(-1)).toContain("Đề nghị biểu dương — đợt sơ kết giữa năm");

    await rig.say(hung, "/bieuduong");
    await rig.press(hung, "👤 Một đảng viên của chi bộ");
    await rig.say(hung, "le van tu");
    expect(last(hung)).toContain(`Đề nghị biểu dương: ${TU}.`);
    await rig.say(hung, "Gương mẫu, vận động hiến đất");
    expect(last(hung)).toContain(`Đã ghi đề nghị biểu dương ${TU}`);

    await rig.say(mai, "/bieuduong");
    await rig.press(mai, "👤 Một đảng viên của chi bộ");
    await rig.press(mai, HUNG);
    await rig.say(mai, "Giải quyết hồ sơ đúng hạn");
    await rig.say(mai, "/bieuduong");
    await rig.press(mai, "👥 Một tập thể");
    await rig.say(mai, "Tổ dân phố 5");
    await rig.say(mai, "Khu dân cư văn hóa");
    await rig.say(tu, "/bieuduong");
    await rig.press(tu, "👥 Một tập thể");
    await rig.say(tu, "to dan pho 5");
    expect(last(tu)).toContain("Tập thể «to dan pho 5» đã được đề nghị trong đợt này rồi");

    await rig.say(lan, "/bieuduong");
    await rig.press(lan, "🗳 Kết thúc nhận đề nghị, chuyển sang bình xét");
    await rig.press(lan, "🗳 Chuyển sang bình xét");
    expect(rig.zalo.textsTo(GROUP_ID).at(-1)).toContain("Chi bộ có 3 đề nghị");

    await rig.say(tu, "/bieuduong");
    await rig.press(tu, "🗳 Xem và ủng hộ");
    await rig.press(tu, `⬜ ${HUNG} (cá nhân)`);
    expect(last(tu)).toContain("đã ủng hộ 1 cá nhân, 0 tập thể");
    await rig.press(tu, "⬜ Tổ dân phố 5 (tập thể)");
    expect(last(tu)).toContain("đã ủng hộ 1 cá nhân, 1 tập thể");

    await rig.say(lan, "/bieuduong");
    await rig.press(lan, "✅ Chốt danh sách đề nghị");
    await rig.press(lan, `⬜ ${HUNG} — 1 ủng hộ`);
    await rig.press(lan, `⬜ ${TU} — 0 ủng hộ`);
    await rig.press(lan, "⬜ Tổ dân phố 5 — 1 ủng hộ");
    await rig.press(lan, "💾 Xác nhận danh sách (2 cá nhân, 1 tập thể)");
    expect(last(lan)).toContain("Đã xác nhận danh sách đề nghị biểu dương");
    expect(rig.zalo.textsTo(GROUP_ID).at(-1)).toContain("2 cá nhân, 1 tập thể");

    const everything = rig.zalo.sent.map((m) => m.text).filter(Boolean);
    expect(wrongWords(everything, "typed")).toEqual([]);
    const inGroup = rig.zalo.textsTo(GROUP_ID).join("\n");
    for (const personal of ["vận động", "hồ sơ", "văn hóa", HUNG, TU, MAI]) {
      expect(inGroup).not.toContain(personal);
    }
  });
});
