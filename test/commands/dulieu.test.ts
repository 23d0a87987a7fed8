import { afterEach, describe, expect, it } from "vitest";
import { schemaTables } from "../../src/db/personal-data.js";
import type { CommitmentPart } from "../../src/domain/commitment-rules.js";
import type { MemberRole } from "../../src/domain/member-rules.js";
import { fitsOneScreen } from "../../src/domain/one-screen.js";
import { readPlanFile } from "../../src/plan/plan-file.js";
import { numberedChoices } from "../../src/platforms/render-reply.js";
import type { DataReader, ReadChannel, ReadKind } from "../../src/store/data-read-store.js";
import type { Member } from "../../src/store/member-store.js";
import { Harness, type Said, texts } from "../support/harness.js";
import { seedMemberRecords } from "../support/member-records.js";

let h: Harness;
afterEach(() => h?.close());

const HUNG = "Trần Văn Hùng";
const HA = "Phạm Thu Hà";
const PLAN: Record<string, string[]> = {
  [HUNG]: [
    "Học chuyên đề năm, ghi chép đầy đủ",
    "Giải quyết hồ sơ đúng hạn",
    "Giữ gìn gia đình văn hóa",
  ],
  [HA]: ["Đọc sách Bác Hồ mỗi tuần", "Tiết kiệm điện ở cơ quan", "Đưa con đi học đúng giờ"],
};
const REASON: Record<string, string> = {
  [HUNG]: "Ốm sốt phải nằm viện",
  [HA]: "Đi công tác Hà Giang",
};
const NOTE: Record<string, string> = { [HUNG]: "Đã đọc 6 bài", [HA]: "Đã đọc 9 bài bí mật" };

async function cell(options: { hasButtons?: boolean } = {}) {
  h = new Harness(options);
  await h.cellWith([HUNG, HA]);
  const { services } = h.app;
  const member = (name: string) => {
    const found = services.members.byPerson(`console:${name}`);
    if (!found) throw new Error(`no ${name}`);
    return found;
  };
  return { services, hung: member(HUNG), ha: member(HA), lan: member("Lan") };
}

/** One row of every kind of personal data a member can have, through the stores and commands. */
async function seedEverything(member: Member, name: string, lan: Member) {
  const { services } = h.app;
  const now = h.clock.now();
  await h.say(name, "private", "/dangky");
  for (const part of PLAN[name] ?? []) await h.say(name, "private", part);
  await h.press(name, "private", "✅ Lưu");
  const parts: CommitmentPart[] = ["study", "follow", "example"];
  // The secretary opened the member's plan.
  services.dataReads.record({
    reader: { role: "secretary", memberId: lan.id },
    cellId: member.cellId,
    memberIds: [member.id],
    kinds: ["plan"],
    channel: "chat",
    now,
  });
  services.progress.add(
    member.id,
    2024,
    [{ part: "study", status: "underway", note: NOTE[name] }],
    now,
  );
  services.results.save(
    member.id,
    2024,
    {
      parts: Object.fromEntries(
        parts.map((part) => [part, { outcome: "done", text: `${NOTE[name]} (${part})` }]),
      ) as never,
      proposedLevel: "good",
    },
    now,
  );
  seedMemberRecords(h, member, lan, { name, reason: REASON[name] ?? "", note: NOTE[name] ?? "" });
}

async function exported(name: string, memberId: number) {
  const said = await h.press(name, "private", "Tải dữ liệu về (tệp Word)");
  const files = said.flatMap((s) => (s.reply.document ? [s.reply.document] : []));
  // The copy to read first, then the whole of it as stored.
  expect(files.map((file) => file.kind)).toEqual(["member-data-docx", "member-data-json"]);
  const request = files[1];
  expect(request).toEqual({ kind: "member-data-json", memberId });
  if (!request) throw new Error("no file");
  const file = await h.app.documents(request);
  return { file, json: JSON.parse(file.data.toString("utf8")) as Export, said };
}

interface Export {
  member: { fullName: string };
  tables: Record<string, Record<string, unknown>[]>;
}

describe("/dulieu, a member's own data", () => {
  for (const hasButtons of [true, false]) {
    it(`sums up what chibo holds, in private (${hasButtons ? "buttons" : "numbered list"})`, async () => {
      const { hung, ha, lan } = await cell({ hasButtons });
      await seedEverything(hung, HUNG, lan);
      const said = await h.say(HUNG, "private", "/dulieu");
      const text = texts(said);
      expect(said.every((s) => s.chatId === `console:${HUNG}`)).toBe(true);
      expect(text).toContain(
        `Danh sách chi bộ: ${HUNG}, đảng viên (chính thức), Chi bộ Khu phố 1.`,
      );
      expect(text).toContain("Tài khoản chat gắn với đồng chí: 1.");
      expect(text).toMatch(
        /Đồng ý cho chibo lưu dữ liệu: ngày 10\/03\/2024 \(nội dung phiên bản \S+\)\./,
      );
      expect(text).toContain("Bản đăng ký kế hoạch cá nhân: 1 (các lần lưu: 1).");
      expect(text).toContain("Lần báo tiến độ: 1.");
      expect(text).toContain("Điểm danh: 1 buổi, vắng 1; lý do vắng đã ghi: 2.");
      expect(text).toContain("Phiếu ghi tên ở các cuộc bình chọn: 1");
      expect(text).toContain("Báo cáo kết quả cuối năm: 1.");
      expect(text).toMatch(/Năm 2024: đồng chí tự nhận mức .+\./);
      // The secretary's read seedEverything records, under its own heading.
      expect(text).toContain("• Bí thư Lan — kế hoạch cá nhân, 1 lần, ngày 10/03/2024");
      expect(text).not.toContain(HA);
      expect(ha.id).not.toBe(hung.id);
      expect(said.at(-1)?.choices.map((c) => c.label)).toEqual([
        "Tải dữ liệu về (tệp Word)",
        "Rút lại đồng ý",
        "Xin sửa",
        "Xin xóa",
      ]);
      // Pressed, or typed as its number where there are no buttons.
      expect(texts(await h.press(HUNG, "private", "Xin sửa"))).toContain("gõ điều cần sửa");
    });
  }

  it("sends every row of every personal table that holds the member's, and nothing of another member", async () => {
    const { hung, ha, lan } = await cell();
    await seedEverything(hung, HUNG, lan);
    await seedEverything(ha, HA, lan);
    await h.say(HUNG, "private", "/dulieu");
    const { file, json, said } = await exported(HUNG, hung.id);
    expect(said.every((s) => s.chatId === `console:${HUNG}`)).toBe(true);
    expect(file.filename).toBe("du-lieu-chibo-tran-van-hung.json");
    expect(file.image).toBe(false);
    expect(json.member.fullName).toBe(HUNG);

    // Checked against the schema: every table a member's rows are found in is in the file.
    const perMember = schemaTables()
      .filter(({ use }) => use !== "bookkeeping" && !("notPerMember" in use.ofMember))
      .map(({ table }) => table)
      .sort();
    expect(Object.keys(json.tables).sort()).toEqual(perMember);
    const seeded = [
      "members",
      "identities",
      "commitments",
      "commitment_revisions",
      "progress_notes",
      "year_results",
      "meeting_responses",
      "attendance",
      "attendance_changes",
      "absence_warnings",
      "poll_votes",
      "nominations",
      "nomination_votes",
      "departures",
      "consents",
      "data_reads",
      "private_chats",
      "code_attempts",
      "outbox",
    ];
    for (const table of seeded) {
      expect(json.tables[table]?.length, table).toBeGreaterThan(0);
    }
    // Tables with nothing of Hùng's: an officer's place and Zalo's bookkeeping (console accounts).
    expect(perMember.filter((table) => !seeded.includes(table)).sort()).toEqual([
      "committee_officers",
      "dialogs",
      "zalo_contacts",
      "zalo_stranger_sends",
    ]);
    const body = file.data.toString("utf8");
    expect(body).toContain(PLAN[HUNG]?.[0]);
    expect(body).toContain(REASON[HUNG]);
    expect(body).toContain(NOTE[HUNG]);
    for (const secret of [HA, ...(PLAN[HA] ?? []), REASON[HA], NOTE[HA]]) {
      expect(body, secret).not.toContain(secret);
    }
    for (const [table, rows] of Object.entries(json.tables)) {
      for (const row of rows) {
        const owner = row.memberId ?? row.nomineeId ?? (table === "members" ? row.id : hung.id);
        expect(owner, table).toBe(hung.id);
      }
    }
  });

  it("says how each table of personal data finds one member's rows, or why it has none", () => {
    for (const { table, use } of schemaTables()) {
      if (use === "bookkeeping") continue;
      const rows = use.ofMember;
      if ("notPerMember" in rows) expect(rows.notPerMember.length, table).toBeGreaterThan(20);
      else expect(rows.member ?? rows.account, table).toBeDefined();
    }
  });

  it("opens as typed without the slash or the marks: 'du lieu', 'Dữ liệu'", async () => {
    await cell();
    for (const typed of ["du lieu", "Dữ liệu", "xem dữ liệu"]) {
      expect(texts(await h.say(HUNG, "private", typed)), typed).toContain(
        "Dữ liệu chibo đang giữ về đồng chí",
      );
    }
  });

  it("answers a non-member plainly, and gives nothing in a group", async () => {
    await cell();
    const stranger = texts(await h.say("Khách", "private", "/dulieu"));
    expect(stranger).toContain("Đồng chí chưa có trong danh sách chi bộ nào");
    const before = h.snapshot();
    const inGroup = await h.say(HUNG, "group:1", "/dulieu");
    const shown = texts(inGroup);
    expect(shown).toContain("Việc này làm trong chat riêng với chibo");
    expect(shown).not.toContain("Tài khoản chat");
    expect(shown).not.toContain("phiên bản");
    expect(inGroup.every((s) => s.choices.every((c) => !c.value.startsWith("dulieu:")))).toBe(true);
    // A forged export choice in the group is refused: no file goes there.
    const forged = await h.sendChoiceValue(HUNG, "group:1", "dulieu:export");
    expect(forged.some((s) => s.reply.document)).toBe(false);
    expect(h.snapshot()).toBe(before);
  });
});

describe("who opened the member's data this year", () => {
  const readOf =
    (memberId: number, cellId: number) =>
    (reader: DataReader, kinds: ReadKind[], iso: string, channel: ReadChannel = "chat") =>
      h.app.services.dataReads.record({
        reader,
        cellId,
        memberIds: [memberId],
        kinds,
        channel,
        now: new Date(iso),
      });

  const leader = (cellId: number, fullName: string, role: MemberRole) =>
    h.app.services.members.addByHand({
      cellId,
      fullName,
      role,
      status: "full",
      now: h.clock.now(),
    });

  /** The message as its chat shows it: with numbered lines where there are no buttons. */
  const screen = (said: Said | undefined, hasButtons: boolean) => {
    if (!said) throw new Error("nothing said");
    const numbered = numberedChoices({ chunks: [], choices: said.choices }, h.app.translator);
    return [said.text, ...(hasButtons ? [] : numbered)].join("\n");
  };

  for (const hasButtons of [true, false]) {
    it(`names the reader and what they opened, grouped, newest first, on one screen (${hasButtons ? "buttons" : "numbered list"})`, async () => {
      const { hung, ha, lan } = await cell({ hasButtons });
      const read = readOf(hung.id, hung.cellId);
      const mai = leader(hung.cellId, "Nguyễn Thị <b>Mai</b>", "deputy");
      const secretary: DataReader = { role: "secretary", memberId: lan.id };
      // 23:59 on 31/12/2023 in Hà Nội: last year's, not shown.
      read(secretary, ["reasons"], "2023-12-31T16:59:00Z");
      // 00:00 on 1/1/2024 in Hà Nội: this year's.
      read(secretary, ["plan"], "2023-12-31T17:00:00Z");
      read(secretary, ["plan"], "2024-02-20T03:00:00Z");
      read(secretary, ["plan"], "2024-03-01T03:00:00Z");
      read(
        { role: "deputy", memberId: mai.id },
        ["results", "level"],
        "2024-03-05T03:00:00Z",
        "file",
      );
      read({ role: "officer", personId: "console:Cán bộ Tư" }, ["reasons"], "2024-03-08T03:00:00Z");
      read({ role: "operator" }, ["plan"], "2024-03-09T03:00:00Z", "cli");
      // Another member's data: not Hùng's to see.
      readOf(ha.id, ha.cellId)(secretary, ["plan"], "2024-03-09T04:00:00Z");

      const said = await h.say(HUNG, "private", "/dulieu");
      expect(said.every((s) => s.chatId === `console:${HUNG}`)).toBe(true);
      expect(said).toHaveLength(2);
      expect(said[0]?.text).toContain("Dữ liệu chibo đang giữ về đồng chí");
      expect(said[0]?.choices).toEqual([]);
      const trail = said[1];
      expect(trail?.text.split("\n")).toEqual([
        "Ai đã mở dữ liệu của đồng chí năm 2024 (kế hoạch, kết quả, lý do vắng, mức xếp loại):",
        "• Người quản lý máy chủ chibo — kế hoạch cá nhân, 1 lần, ngày 09/03/2024",
        "• Cán bộ đảng ủy — lý do vắng, 1 lần, ngày 08/03/2024",
        // Escaped as typed: not bold.
        "• Phó bí thư Nguyễn Thị <b>Mai</b> — mức xếp loại, 1 lần, ngày 05/03/2024",
        "• Phó bí thư Nguyễn Thị <b>Mai</b> — kết quả, tiến độ, 1 lần, ngày 05/03/2024",
        "• Bí thư Lan — kế hoạch cá nhân, 3 lần, lần cuối 01/03/2024",
      ]);
      expect(trail?.choices.map((c) => c.label)).toEqual([
        "Tải dữ liệu về (tệp Word)",
        "Rút lại đồng ý",
        "Xin sửa",
        "Xin xóa",
      ]);
      for (const message of said) {
        expect(fitsOneScreen(screen(message, hasButtons)), screen(message, hasButtons)).toBe(true);
      }
      // The officer's account is not shown to the member.
      expect(texts(said)).not.toContain("Tư");
    });

    it(`caps a long trail on one screen, counting the rest (${hasButtons ? "buttons" : "numbered list"})`, async () => {
      const { hung, lan } = await cell({ hasButtons });
      const read = readOf(hung.id, hung.cellId);
      read({ role: "secretary", memberId: lan.id }, ["plan", "results"], "2024-01-02T03:00:00Z");
      read({ role: "secretary", memberId: lan.id }, ["plan"], "2024-01-03T03:00:00Z");
      // Twelve committee members with long names, each reading once, a day apart.
      for (let at = 1; at <= 12; at++) {
        const name = `Nguyễn Thị Phương Thảo Minh Khai Đặng Hoàng Trung Kiên số ${at}`;
        const member = leader(hung.cellId, name, "committee");
        read({ role: "committee", memberId: member.id }, ["plan"], `2024-02-${10 + at}T03:00:00Z`);
      }
      const said = await h.say(HUNG, "private", "/dulieu");
      const trail = said.at(-1);
      const lines = trail?.text.split("\n") ?? [];
      expect(lines[1]).toBe(
        "• Chi ủy viên Nguyễn Thị Phương Thảo Minh Khai Đặng Hoàng Trung Kiên số 12 — kế hoạch cá nhân, 1 lần, ngày 22/02/2024",
      );
      const more = /^• và (\d+) lần khác$/.exec(lines.at(-1) ?? "");
      expect(more, lines.join("\n")).not.toBeNull();
      const shown = lines
        .slice(1, -1)
        .map((line) => Number(/, (\d+) lần,/.exec(line)?.[1] ?? Number.NaN));
      expect(shown.length).toBeGreaterThan(3);
      // Every read of the year is either on a line or counted in "và N lần khác".
      expect(shown.reduce((sum, count) => sum + count, 0) + Number(more?.[1])).toBe(15);
      expect(lines).not.toContain("• Bí thư Lan — kế hoạch cá nhân, 2 lần, lần cuối 03/01/2024");
      for (const message of said) {
        expect(fitsOneScreen(screen(message, hasButtons)), screen(message, hasButtons)).toBe(true);
      }
    });
  }

  it("says nobody opened it this year, when only last year's reads are kept", async () => {
    const { hung, lan } = await cell({ hasButtons: false });
    readOf(hung.id, hung.cellId)(
      { role: "secretary", memberId: lan.id },
      ["plan"],
      "2023-12-31T16:59:00Z",
    );
    const said = await h.say(HUNG, "private", "/dulieu");
    expect(said.at(-1)?.text).toBe("Chưa ai mở dữ liệu của đồng chí năm nay.");
    expect(said.at(-1)?.choices).toHaveLength(4);
    // Typed as its number, the choice still answers.
    expect(texts(await h.say(HUNG, "private", "3"))).toContain("gõ điều cần sửa");
  });
});

describe("withdrawing consent", () => {
  it("records it, tells the secretary the name only, and the member hears what happens", async () => {
    const { hung } = await cell();
    await h.say("Lan", "private", "/help");
    await h.say(HUNG, "private", "/dulieu");
    const asked = texts(await h.press(HUNG, "private", "Rút lại đồng ý"));
    expect(asked).toContain("chibo không nhắn nhắc việc riêng cho đồng chí nữa");
    const said = await h.press(HUNG, "private", "✅ Xác nhận rút lại đồng ý");
    const mine = said.filter((s) => s.chatId === `console:${HUNG}`);
    expect(texts(mine)).toContain("Đã ghi nhận đồng chí rút lại đồng ý.");
    const toLan = said.filter((s) => s.chatId === "console:Lan");
    expect(texts(toLan)).toBe(
      `Đồng chí ${HUNG} đã rút lại đồng ý cho chibo lưu dữ liệu. Xin chuyển đồng chí đi hoặc đưa ra khỏi danh sách chi bộ (/thanhvien). Từ nay chibo không nhắn nhắc việc riêng cho đồng chí ${HUNG}.`,
    );
    expect(h.app.services.consents.ofMember(hung.id).map((c) => c.answer)).toEqual([
      "given",
      "withdrawn",
    ]);
    expect(said.some((s) => s.chatId.startsWith("console:group"))).toBe(false);
    // Again: nothing more is recorded.
    await h.say(HUNG, "private", "/dulieu");
    expect(texts(await h.press(HUNG, "private", "Rút lại đồng ý"))).toContain(
      "đã rút lại đồng ý trước đây",
    );
    expect(h.app.services.consents.ofMember(hung.id)).toHaveLength(2);
  });

  it("is refused to the cell's only secretary, recording nothing", async () => {
    const { lan } = await cell({ hasButtons: false });
    await h.say("Lan", "private", "/dulieu");
    const said = texts(await h.press("Lan", "private", "Rút lại đồng ý"));
    expect(said).toContain("Đồng chí là bí thư duy nhất của chi bộ nên chưa rút lại đồng ý được");
    expect(said).toContain("Chi bộ cần có một bí thư khác trước");
    expect(h.app.services.consents.ofMember(lan.id).map((c) => c.answer)).toEqual(["given"]);
  });

  it("stops the member's private reminders; the others still get theirs", async () => {
    h = new Harness();
    h.app.services.plans.import(readPlanFile("plans/2024-binh-duong.yaml"), "all", h.clock.now());
    await h.cellWith(["Hùng", "Tư"]);
    for (const name of ["Hùng", "Tư"]) await h.say(name, "private", "/chuyende");
    const { services } = h.app;
    const hung = services.members.byPerson("console:Hùng");
    const tu = services.members.byPerson("console:Tư");
    await h.say("Hùng", "private", "/dulieu");
    await h.press("Hùng", "private", "Rút lại đồng ý");
    await h.press("Hùng", "private", "✅ Xác nhận rút lại đồng ý");
    h.clock.set("2024-04-16T01:00:00Z");
    const runs = h.app.scheduler.runDue(h.clock.now());
    expect(runs.some((r) => r.job === "registration-reminder" && r.outcome === "done")).toBe(true);
    const reminded = services.outbox
      .all()
      .filter((row) => row.intent?.job === "registration-reminder")
      .map((row) => row.memberId);
    expect(reminded).toContain(tu?.id);
    expect(reminded).not.toContain(hung?.id);
  });
  it("drops a private reminder queued before the withdrawal, when it goes out", async () => {
    h = new Harness();
    h.app.services.plans.import(readPlanFile("plans/2024-binh-duong.yaml"), "all", h.clock.now());
    await h.cellWith(["Hùng", "Tư"]);
    for (const name of ["Hùng", "Tư"]) await h.say(name, "private", "/chuyende");
    const { services } = h.app;
    h.clock.set("2024-04-16T01:00:00Z");
    h.app.scheduler.runDue(h.clock.now());
    const queued = services.outbox
      .all()
      .filter((row) => row.intent?.job === "registration-reminder" && row.memberId !== null);
    await h.say("Hùng", "private", "/dulieu");
    await h.press("Hùng", "private", "Rút lại đồng ý");
    await h.press("Hùng", "private", "✅ Xác nhận rút lại đồng ý");
    const composedFor = (who: string) => {
      const row = queued.find((queuedRow) => queuedRow.chatId === `console:${who}`);
      if (!row?.intent) throw new Error(`no reminder queued for ${who}`);
      return h.app.outboxRules.compose(row.intent, row.chatId, h.clock.now());
    };
    expect(composedFor("Hùng")).toBeUndefined();
    expect(composedFor("Tư")?.parts.length).toBeGreaterThan(0);
  });
});

describe("asking for a correction or a deletion", () => {
  it("passes the typed correction, normalized and escaped, to the secretary in private", async () => {
    await cell({ hasButtons: false });
    await h.say("Lan", "private", "/help");
    await h.say(HUNG, "private", "/dulieu");
    expect(texts(await h.press(HUNG, "private", "Xin sửa"))).toContain("gõ điều cần sửa");
    expect(texts(await h.say(HUNG, "private", "  \u200b "))).toContain(
      "Xin gõ điều cần sửa bằng chữ",
    );
    const long = texts(await h.say(HUNG, "private", "a".repeat(1001)));
    expect(long).toContain("Dài quá");
    const typed = "Tên tôi là Hu\u0300ng <b>không</b> phải Hùng ƣ";
    const said = await h.say(HUNG, "private", typed);
    expect(texts(said.filter((s) => s.chatId === `console:${HUNG}`))).toContain(
      "Đã chuyển yêu cầu sửa cho bí thư",
    );
    const notice = said.find((s) => s.chatId === "console:Lan");
    expect(notice?.text).toContain("Tên tôi là Hùng <b>không</b> phải Hùng ư");
    expect(JSON.stringify(notice?.reply.parts)).toContain("Hùng <b>không</b>");
    // The dialog is closed: the next line is not a correction.
    const after = await h.say(HUNG, "private", "thêm nữa");
    expect(after.filter((s) => s.chatId === "console:Lan")).toEqual([]);
  });

  it("sends the deletion request, says what the law lets go and what the minutes keep, and deletes nothing", async () => {
    const { hung, lan } = await cell();
    await seedEverything(hung, HUNG, lan);
    await h.say("Lan", "private", "/help");
    await h.say(HUNG, "private", "/dulieu");
    const asked = texts(await h.press(HUNG, "private", "Xin xóa"));
    expect(asked).toContain("chi bộ xóa được");
    expect(asked).toContain("điểm danh và lý do vắng trong biên bản các buổi họp đã kết thúc");
    expect(asked).toContain("chibo không tự xóa gì");
    const before = h.snapshot();
    const said = await h.press(HUNG, "private", "✅ Gửi yêu cầu xóa");
    expect(texts(said.filter((s) => s.chatId === `console:${HUNG}`))).toContain(
      "Đã chuyển yêu cầu xóa cho bí thư",
    );
    expect(texts(said.filter((s) => s.chatId === "console:Lan"))).toContain(
      `Đồng chí ${HUNG} xin xóa dữ liệu của mình.`,
    );
    expect(h.snapshot()).toBe(before);
  });
});
