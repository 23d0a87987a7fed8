import { afterEach, describe, expect, it } from "vitest";
import { DocumentData } from "../../src/documents/load-document-data.js";
import { fitsOneScreen } from "../../src/domain/one-screen.js";
import { Harness, PAPER_YES, type Said, texts } from "../support/harness.js";

let h: Harness;
afterEach(() => h?.close());

const AN = "Nguyễn Văn An";
const BINH = "Trần Thị Bình";

/** The secretary adds someone with no chat account; returns what was said. */
function add(line: string): Promise<Said[]> {
  return h.addByHand("Lan", line);
}

function memberNamed(fullName: string) {
  const cell = h.app.services.cells.all()[0];
  return h.app.services.members.ofCell(cell?.id ?? 0).find((m) => m.fullName === fullName);
}

/** The secretary gets the claim code for a member from their entry in /thanhvien. */
async function claimCodeFor(fullName: string): Promise<{ code: string; said: Said[] }> {
  await h.say("Lan", "private", "/thanhvien");
  await h.press("Lan", "private", new RegExp(`^${fullName} — `));
  const said = await h.press("Lan", "private", "🔑 Lấy mã nhận hồ sơ");
  const code = /\b(\d{8})\b/.exec(texts(said))?.[1];
  if (!code) throw new Error(`no code in: ${texts(said)}`);
  return { code, said };
}

function otherCode(code: string): string {
  return String((Number(code) + 1) % 10 ** 8).padStart(8, "0");
}

describe("the secretary adds a member who has no chat account", () => {
  it("puts them on the roster at once, marked as having no account, with status and role", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const added = texts(await add("nguyễn văn an"));
    expect(added).toContain(
      `Đã thêm ${AN} vào danh sách Chi bộ Khu phố 1, chưa có tài khoản chat. Từ nay đồng chí ấy được tính trong báo cáo, điểm danh và biên bản.`,
    );
    expect(added).toContain(`${AN}: đảng viên, chính thức.`);
    expect(added).toContain(`${AN} chưa có tài khoản chat: chibo không nhắn riêng được`);

    // Status and role after commas, typed as people type them: no marks, another case.
    await h.say("Lan", "private", `/thanhvien THÊM ${BINH}, du bi, Chi ủy viên`);
    const second = texts(await h.press("Lan", "private", PAPER_YES));
    expect(second).toContain(`${BINH}: chi ủy viên, dự bị.`);

    const list = await h.say("Lan", "private", "/thanhvien");
    const labels = list.flatMap((s) => s.choices.map((c) => c.label));
    expect(labels).toContain(`${AN} — đảng viên, chính thức (chưa có tài khoản chat)`);
    expect(labels).toContain(`${BINH} — chi ủy viên, dự bị (chưa có tài khoản chat)`);
    expect(labels).toContain("Hùng — đảng viên, chính thức");
    expect(texts(list)).toContain("4 người trong danh sách");
    expect(texts(list)).toContain("gõ /thanhvien them Họ và tên");

    const an = memberNamed(AN);
    expect(an).toMatchObject({ roster: "active", status: "full", role: "member" });
    expect(h.app.services.members.personIds(an?.id ?? 0)).toEqual([]);
  });

  it("stores NFD and the broken 'ƣ' as the same composed name", async () => {
    h = new Harness();
    await h.cellWith([]);
    await add("Lƣơng Thị Thu".normalize("NFD"));
    expect(memberNamed("Lương Thị Thu")?.fullName).toBe("Lương Thị Thu".normalize("NFC"));
  });

  it("refuses bad input with a clear answer and saves nothing", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const before = h.snapshot();
    const cases: [string, string][] = [
      ["/thanhvien them", "Gõ /thanhvien them kèm họ và tên đầy đủ"],
      ["/thanhvien them   ", "Gõ /thanhvien them kèm họ và tên đầy đủ"],
      ["/thanhvien them , dự bị", "Chưa thấy họ tên."],
      ["/thanhvien them An", "Xin gõ đủ họ và tên (ít nhất hai chữ)"],
      [`/thanhvien them ${"Nguyễn ".repeat(286)}`, "Họ tên dài quá 80 ký tự"],
      ["/thanhvien them <b>Nguyễn</b> &amp; An", "Họ tên chỉ gồm chữ cái và dấu cách"],
      ["/thanhvien them Nguyễn Văn <&>", "Họ tên chỉ gồm chữ cái và dấu cách"],
      [`/thanhvien them ${AN}, dự khuyết`, 'Chưa hiểu "dự khuyết".'],
      [`/thanhvien them ${AN}, <&>`, 'Chưa hiểu "<&>".'],
      [`/thanhvien them ${AN}, chuyển đi`, 'Chưa hiểu "chuyển đi".'],
      [`/thanhvien them ${AN}, bí thư`, 'Chưa hiểu "bí thư".'],
      [`/thanhvien them ${AN}, dự bị, chính thức`, '"chính thức": đã ghi tình trạng hoặc vai trò'],
      [`/thanhvien them ${AN}, ${"x".repeat(2000)}`, `Chưa hiểu "${"x".repeat(30)}…"`],
    ];
    for (const [line, answer] of cases) {
      const said = await h.say("Lan", "private", line);
      expect(said, line).toHaveLength(1);
      expect(said[0]?.text, line.slice(0, 60)).toContain(answer);
      expect(said[0]?.text.length).toBeLessThan(400);
    }
    expect(h.snapshot()).toBe(before);
  });

  it("is for the secretary and deputy only, and only the secretary adds a deputy", async () => {
    h = new Harness();
    await h.cellWith(["Hùng", "Mai"]);
    const before = h.snapshot();
    expect(texts(await h.say("Hùng", "private", `/thanhvien them ${AN}`))).toContain("bí thư");
    expect(h.snapshot()).toBe(before);
    await h.say("Lan", "private", "/thanhvien");
    await h.press("Lan", "private", /^Mai — /);
    await h.press("Lan", "private", "Vai trò: phó bí thư");
    const refused = texts(await h.say("Mai", "private", `/thanhvien them ${AN}, phó bí thư`));
    expect(refused).toContain("Chỉ bí thư mới giao hoặc bỏ vai trò bí thư, phó bí thư");
    expect(texts(await h.addByHand("Mai", `${AN}, dự bị`))).toContain(`Đã thêm ${AN}`);
  });

  it("warns of a name already on the roster, and a mistaken entry can be removed", async () => {
    h = new Harness();
    await h.cellWith([]);
    await add(AN);
    const twice = texts(await add("nguyen van an"));
    expect(twice).toContain(`⚠️ Trong danh sách đã có người tên Nguyen Van An.`);
    expect(texts(await h.say("Lan", "private", "/baocao"))).toContain("Đảng viên: 3.");

    await h.press("Lan", "private", "🗑 Xóa (ghi nhầm)");
    const removed = texts(await h.press("Lan", "private", "Xóa"));
    expect(removed).toBe("Đã xóa Nguyen Van An khỏi danh sách.");
    expect(texts(await h.say("Lan", "private", "/baocao"))).toContain("Đảng viên: 2.");
    expect(memberNamed(AN)).toBeDefined();
  });

  it("someone joining under the name of an entry with no account is pointed to the code", async () => {
    h = new Harness();
    await h.cellWith([]);
    await add(AN);
    const before = h.snapshot();
    const said = await h.join("An", `${AN}`, "group:1");
    const inGroup = said.find((s) => s.chatId === "console:group:1")?.text ?? "";
    expect(inGroup).toContain(`Trong danh sách chi bộ đã có đồng chí ${AN} do bí thư ghi vào`);
    expect(inGroup).toContain("/thamgia MÃ");
    const toLan = said.find((s) => s.chatId === "console:Lan")?.text ?? "";
    expect(toLan).toContain(`Tài khoản An xin vào chi bộ với tên ${AN}`);
    expect(h.snapshot()).toBe(before);
  });
});

describe("a roster of hand-added members, typed without buttons", () => {
  it("shows every page of /thanhvien on one screen, each member once", async () => {
    h = new Harness({ hasButtons: false });
    await h.cellWith([]);
    const family = ["Nguyễn", "Trần", "Hoàng", "Phạm", "Huỳnh"];
    const given = ["Thị Ngọc Ánh", "Văn Phương", "Thị Thu Hường", "Hữu Nghĩa", "Minh Trường"];
    const names = family.flatMap((f) => given.map((g) => `${f} ${g}`));
    for (const name of names) await add(name);
    // What the secretary reads: the text, then the choices as numbered lines.
    const screen = (said: Said[]) =>
      said
        .map((one) => [one.text, ...one.choices.map((c, i) => `  ${i + 1}. ${c.label}`)].join("\n"))
        .join("\n");
    const pages = [screen(await h.say("Lan", "private", "/thanhvien"))];
    while ((pages.at(-1) ?? "").includes("Xem tiếp")) {
      pages.push(screen(await h.press("Lan", "private", /Xem tiếp/)));
    }
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(fitsOneScreen(page), page).toBe(true);
    const listed = pages.flatMap((page) => page.match(/\(chưa có tài khoản chat\)/g) ?? []);
    expect(listed).toHaveLength(names.length);
  });
});

describe("everyone on the roster counts", () => {
  it("in /baocao: counts, who is missing, and who chibo cannot remind", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    await add(AN);
    await add(`${BINH}, miễn sinh hoạt`);
    const group = texts(await h.say("Lan", "group:1", "/baocao"));
    expect(group).toContain("Đảng viên: 4. Đã đăng ký: 0. Chưa đăng ký: 3. Miễn: 1.");
    expect(group).toContain(`Chưa đăng ký: Hùng, Lan, ${AN}`);
    expect(group).not.toContain("tài khoản chat");

    const own = texts(await h.say("Lan", "private", "/baocao"));
    expect(own).toContain(
      `Chưa có tài khoản chat, chibo không nhắc riêng được, xin nhắc trực tiếp: ${AN}`,
    );
    const missing = texts(await h.press("Lan", "private", /Chưa đăng ký/));
    expect(missing).toContain(`• ${AN} (chưa có tài khoản chat)`);
    expect(missing).toContain("• Hùng\n");
  });

  it("private reminders go only to those chibo can reach", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    await add(AN);
    await h.say("Hùng", "private", "/start");
    const answered = texts(await h.say("Lan", "private", "/nhacnho"));
    // The secretary is told whom to remind in person.
    expect(answered).toContain(
      "Chưa có tài khoản chat, chibo không nhắc riêng được, xin nhắc trực tiếp: Nguyễn Văn An",
    );
    const rows = h.app.database.sqlite
      .prepare("select chat_id as chatId, member_id as memberId from outbox order by id")
      .all() as { chatId: string; memberId: number | null }[];
    const hung = memberNamed("Hùng");
    expect(rows).toEqual([
      { chatId: "console:group:1", memberId: null },
      { chatId: "console:Hùng", memberId: hung?.id },
      { chatId: "console:Lan", memberId: memberNamed("Lan")?.id },
    ]);
  });

  it("on the attendance sheet: marked present by hand, or absent with a reason, and in the minutes' data", async () => {
    h = new Harness({ now: "2024-05-06T02:00:00Z" });
    await h.cellWith(["Hùng"]);
    await add(AN);
    await add(BINH);
    const cell = h.app.services.cells.all()[0];
    const lan = h.app.services.members.byPerson("console:Lan");
    if (!cell || !lan) throw new Error("no cell");
    const meeting = h.app.services.meetings.create(
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
    h.clock.set("2024-05-20T12:40:00Z");
    const [sheet] = await h.say("Lan", "private", "/diemdanh");
    expect(sheet?.choices.map((c) => c.label)).toEqual(
      expect.arrayContaining([`⬜ ${AN}`, `⬜ ${BINH}`, "⬜ Hùng"]),
    );
    const marked = texts(await h.press("Lan", "private", `⬜ ${AN}`));
    expect(marked).toContain("Có mặt: 1/4.");
    // Marked once, an entry is no mistake to remove (the mark refers to it).
    await h.say("Lan", "private", "/thanhvien");
    await h.press("Lan", "private", new RegExp(`^${AN} — `));
    await h.press("Lan", "private", "🗑 Xóa (ghi nhầm)");
    const marks = h.snapshot();
    expect(texts(await h.press("Lan", "private", "Xóa"))).toContain(
      `Không xóa được ${AN}: đã có điểm danh hoặc biên bản`,
    );
    expect(h.snapshot()).toBe(marks);
    const excused = texts(await h.say("Lan", "private", "/diemdanh vắng binh: ốm"));
    expect(excused).toContain(`Đã ghi ${BINH} vắng có lý do: ốm.`);

    h.clock.set("2024-05-20T14:31:00Z");
    h.app.scheduler.runDue(h.clock.now());
    const closed = h.app.services.meetings.byId(meeting.id);
    expect(closed?.state).toBe("closed");
    expect(closed?.roster?.map((entry) => entry.fullName)).toEqual(
      expect.arrayContaining([AN, BINH]),
    );

    const data = new DocumentData(h.app.services, h.app.translator);
    const minutes = data.minutes(cell, closed ?? meeting);
    expect(minutes.meeting.present).toEqual([AN]);
    expect(minutes.meeting.absentWithReason).toEqual([{ name: BINH, reason: "ốm" }]);
    expect(minutes.meeting.absentWithoutReason).toEqual(["Hùng", "Lan"]);
    expect(minutes.meeting.withoutAccount).toEqual([AN, BINH]);
    expect(minutes.byStatus).toEqual({ full: 4 });
    const plans = data.members(cell, 2024);
    expect(plans.map((p) => [p.name, p.hasAccount])).toEqual([
      ["Hùng", true],
      ["Lan", true],
      [AN, false],
      [BINH, false],
    ]);

    const report = texts(await h.say("Lan", "private", "/baocao"));
    expect(report).toContain("Họp trong năm: 1 buổi đã kết thúc, có mặt 1/4 lượt.");
    // An entry on a meeting's minutes is no mistake to remove.
    await h.say("Lan", "private", "/thanhvien");
    await h.press("Lan", "private", new RegExp(`^${AN} — `));
    await h.press("Lan", "private", "🗑 Xóa (ghi nhầm)");
    const before = h.snapshot();
    expect(texts(await h.press("Lan", "private", "Xóa"))).toContain(
      `Không xóa được ${AN}: đã có điểm danh hoặc biên bản`,
    );
    expect(h.snapshot()).toBe(before);
  });
});

describe("a member added by hand claims the entry with a one-time code", () => {
  it("gives the code in private; typed in the group it makes the account that member", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    await add(AN);
    const { code, said } = await claimCodeFor(AN);
    expect(said.map((s) => s.chatId)).toEqual(["console:Lan"]);
    expect(texts(said)).toContain(`Mã nhận hồ sơ của ${AN}: ${code} (dùng một lần, hết hạn lúc`);
    // Thirty days: 09:00 on 09/04/2024 in Hà Nội.
    expect(texts(said)).toContain("09/04/2024 09:00");
    expect(texts(said)).toContain(`/thamgia ${code}`);

    const claimed = await h.join("An", `${code.slice(0, 4)} ${code.slice(4)}`, "group:1");
    expect(claimed.find((s) => s.chatId === "console:group:1")?.text).toBe(
      `Đồng chí ${AN} đã nhận hồ sơ của mình trong danh sách Chi bộ Khu phố 1: cùng bản đăng ký, cùng điểm danh như trước. Gõ /dangky để đăng ký kế hoạch cá nhân. Nội dung chibo lưu dữ liệu của đồng chí ở tin sau; rút lại đồng ý bằng /dulieu.`,
    );
    expect(claimed.find((s) => s.chatId === "console:Lan")?.text).toContain(
      `${AN} đã nhận hồ sơ trong danh sách bằng tài khoản chat (tài khoản: An)`,
    );
    const an = memberNamed(AN);
    expect(h.app.services.members.byPerson("console:An")?.id).toBe(an?.id);
    expect(texts(await h.say("Lan", "private", "/baocao"))).toContain("Đảng viên: 3.");
    const list = await h.say("Lan", "private", "/thanhvien");
    expect(list.flatMap((s) => s.choices.map((c) => c.label))).toContain(
      `${AN} — đảng viên, chính thức`,
    );

    // Used once: nobody else can use it.
    const before = h.snapshot();
    const again = await h.join("Kẻ", `${code}`, "group:1");
    expect(again[0]?.text).toBe("Mã không đúng hoặc đã hết hạn. Xin bí thư chi bộ cho mã mới.");
    expect(h.snapshot()).toBe(before);
    // And the claimed member needs no code any more.
    expect(texts(await h.join("An", `${code}`, "group:1"))).toContain(
      `Tài khoản này đã có trong danh sách chi bộ (tên ${AN})`,
    );
  });

  it("a person waiting for approval drops the request for the entry they claim", async () => {
    h = new Harness();
    await h.cellWith([]);
    await h.say("Lan", "private", "/caidat");
    await h.press("Lan", "private", /tự động duyệt/);
    await add(AN);
    await h.join("An", "Nguyễn An", "group:1");
    expect(h.app.services.members.byPerson("console:An")?.roster).toBe("pending");
    const { code } = await claimCodeFor(AN);
    await h.join("An", `mã ${code}`, "group:1");
    expect(h.app.services.members.byPerson("console:An")?.fullName).toBe(AN);
    expect(memberNamed("Nguyễn An")?.roster).toBe("moved");
    expect(texts(await h.say("Lan", "private", "/duyet"))).toContain("không có ai đang chờ duyệt");
  });

  it("refuses an expired code, and a code for another cell", async () => {
    h = new Harness({ now: "2024-03-10T02:00:00Z" });
    await h.cellWith([]);
    await add(AN);
    const { code } = await claimCodeFor(AN);
    h.admins.add("console:Minh");
    await h.say("Minh", "group:2", "/khoitao Chi bộ Khu phố 2");
    let before = h.snapshot();
    expect(texts(await h.join("An", `${code}`, "group:2"))).toContain(
      "Mã không đúng hoặc đã hết hạn",
    );
    expect(h.snapshot()).toBe(before);

    h.clock.set("2024-04-09T02:01:00Z");
    before = h.snapshot();
    expect(texts(await h.join("An", `${code}`, "group:1"))).toContain(
      "Mã không đúng hoặc đã hết hạn",
    );
    expect(h.snapshot()).toBe(before);
    expect(h.app.services.members.byPerson("console:An")).toBeUndefined();
  });

  it("after five wrong codes even the right one is refused for an hour", async () => {
    h = new Harness({ now: "2024-03-10T02:00:00Z" });
    await h.cellWith([]);
    await add(AN);
    const { code } = await claimCodeFor(AN);
    for (let i = 0; i < 5; i++) {
      expect(texts(await h.join("Kẻ", `${otherCode(code)}`, "group:1"))).toContain("Mã không đúng");
    }
    const before = h.snapshot();
    expect(texts(await h.join("Kẻ", `${code}`, "group:1"))).toContain(
      "Đồng chí đã nhập sai mã nhiều lần. Để giữ an toàn, xin chờ đến 10/03/2024 10:00",
    );
    expect(h.snapshot()).toBe(before);
    expect(h.app.services.members.byPerson("console:Kẻ")).toBeUndefined();
    // Others are not locked out, and the code still works.
    await h.join("An", `${code}`, "group:1");
    expect(h.app.services.members.byPerson("console:An")?.fullName).toBe(AN);
  });

  it("a member without an account cannot be made secretary", async () => {
    h = new Harness();
    await h.cellWith([]);
    await add(AN);
    await h.say("Lan", "private", "/thanhvien");
    const card = await h.press("Lan", "private", new RegExp(`^${AN} — `));
    const labels = card.flatMap((s) => s.choices.map((c) => c.label));
    expect(labels).not.toContain("Vai trò: bí thư");
    expect(labels).toContain("Vai trò: phó bí thư");
    const an = memberNamed(AN);
    const before = h.snapshot();
    const forged = texts(
      await h.sendChoiceValue("Lan", "private", `thanhvien:r:${an?.id}:secretary`),
    );
    expect(forged).toContain(`${AN} chưa có tài khoản chat`);
    expect(h.snapshot()).toBe(before);
  });
});
