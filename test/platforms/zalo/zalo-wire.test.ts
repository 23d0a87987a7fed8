/**
 * What Zalo really does, through the real zca-js client and the fake of Zalo's servers: files
 * whose upload is never confirmed, Zalo's refusals, the bot tagged first, links, polls listed
 * in another order, the bot removed from a group, friends and strangers.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Reply } from "../../../src/messages/reply.js";
import {
  ZALO_CONTENT,
  ZALO_ERRORS,
  type ZaloFault,
  type ZaloPerson,
} from "../../support/fake-zalo-server.js";
import { startZaloRig, type ZaloRig, type ZaloRigOptions } from "../../support/zalo-rig.js";

const GROUP = "5550001";
const GROUP_CHAT = `zalo:g${GROUP}`;
const lan: ZaloPerson = { id: "101", name: "Lan" };
const hung: ZaloPerson = { id: "102", name: "Hùng" };
const ha: ZaloPerson = { id: "103", name: "Hà" };
const FULL_NAMES: Record<string, string> = { Hùng: "Trần Văn Hùng", Hà: "Lê Thị Hà" };

let rig: ZaloRig | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

async function start(options: ZaloRigOptions = {}): Promise<ZaloRig> {
  rig = await startZaloRig("2024-03-11T02:00:00Z", options);
  rig.zalo.addGroup(GROUP, "Chi bộ KP1", lan, [], [hung, ha]);
  return rig;
}

/** Lan links the group and becomes secretary; Hùng and Hà join and are approved. */
async function cell(r: ZaloRig, people: ZaloPerson[] = [hung, ha]): Promise<void> {
  await r.say(lan, "/khoitao Chi bộ Khu phố 1", GROUP);
  for (const person of people) {
    await r.join(person, `${FULL_NAMES[person.name]}`, GROUP);
    await r.say(lan, "/duyet");
    await r.press(lan, `✅ Duyệt ${FULL_NAMES[person.name]}`);
  }
}

const memberId = (r: ZaloRig, who: ZaloPerson) => {
  const member = r.app.services.members.byPerson(`zalo:${who.id}`);
  if (!member) throw new Error(`${who.name} is not a member`);
  return member.id;
};

/** A reminder for one member, in private, through the outbox. */
function remind(r: ZaloRig, who: ZaloPerson, text: string): void {
  const now = r.clock.now();
  r.app.services.outbox.add(
    { chatId: `zalo:${who.id}`, parts: [{ key: "verbatim", args: { text } }] },
    { notBefore: now, now },
    memberId(r, who),
  );
}

function outboxState(r: ZaloRig, text: string) {
  return r.app.services.outbox.all().find((m) => m.reply.parts.some((p) => p.args?.text === text));
}

const later = (r: ZaloRig, minutes: number) =>
  r.clock.set(new Date(r.clock.now().getTime() + minutes * 60_000).toISOString());

describe("files on Zalo", () => {
  it("a file whose upload Zalo never confirms times out, /help is still answered, and it goes later", async () => {
    const r = await start({ fileTimeoutMs: 300 });
    await cell(r, []);
    r.zalo.fileDone = "never";
    await r.say(lan, "/xuatbaocao");
    const menu = r.zalo.textsTo(lan.id).at(-1) ?? "";
    const registration = /(\d+)\. 📄 Báo cáo đăng ký/.exec(menu)?.[1] ?? "";
    await r.say(lan, registration);
    // The text went; the file did not.
    const filesSent = () =>
      r.zalo.sent.filter((m) => m.threadId === lan.id).flatMap((m) => m.files);
    expect(r.zalo.textsTo(lan.id).at(-1)).toContain("Báo cáo kết quả đăng ký năm 2024");
    expect(filesSent()).toEqual([]);

    // Nothing else is held: the next question is answered.
    await r.say(lan, "/help");
    expect(r.zalo.textsTo(lan.id).at(-1)).toContain("Các lệnh đồng chí hay dùng");

    // The file waits in the outbox and goes once Zalo confirms uploads again; the text is not
    // sent twice.
    r.zalo.fileDone = "auto";
    later(r, 1);
    await r.beat();
    const names = filesSent().map((file) => file.filename);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/\.docx$/);
    const intros = r.zalo
      .textsTo(lan.id)
      .filter((text) => text.includes("Báo cáo kết quả đăng ký năm 2024"));
    expect(intros).toHaveLength(1);
  });

  it("sends no file while the listener is down: it waits for the connection", async () => {
    const r = await start({ timings: { reconnectMs: [60_000] } });
    await cell(r, []);
    const now = r.clock.now();
    r.app.services.outbox.add(
      {
        chatId: `zalo:${lan.id}`,
        parts: [{ key: "verbatim", args: { text: "Bảng tính" } }],
        document: { kind: "cell-xlsx", cellId: 1, year: 2024 },
      },
      { notBefore: now, now },
    );
    r.zalo.drop();
    await vi.waitFor(() => expect(r.bot.session.connected).toBe(false));
    await r.beat();
    expect(r.zalo.textsTo(lan.id)).toContain("Bảng tính");
    expect(r.zalo.sent.flatMap((m) => m.files)).toEqual([]);
    expect(outboxState(r, "Bảng tính")).toMatchObject({ state: "pending", sentParts: 1 });
  });

  it("keeps the anchor of a picture sent with its text, whose message id is the picture's", async () => {
    const r = await start();
    await cell(r, []);
    // A chart is drawn only when there is something to draw: the secretary has registered.
    const parts = { study: "Đọc sách", follow: "Giúp xóm", example: "Đi họp đủ" };
    r.app.services.commitments.save(memberId(r, lan), 2024, parts, r.clock.now());
    const reply: Reply = {
      chatId: GROUP_CHAT,
      parts: [{ key: "verbatim", args: { text: "Tiến độ đăng ký" } }],
      anchor: "chart:1",
      document: { kind: "registration-chart", cellId: 1, year: 2024 },
    };
    await r.bot.deliverer.deliver(reply, { sentParts: 0 });
    const picture = r.zalo.sent.at(-1);
    expect(picture?.text).toBe("Tiến độ đăng ký");
    expect(picture?.files[0]?.filename).toMatch(/\.png$/);
    expect(r.app.services.posted.find(GROUP_CHAT, "chart:1")?.messageId).toBe(picture?.msgId);
  });
});

describe("Zalo's refusals", () => {
  it("122, a member who refuses strangers: named in the group, and /baocao says why", async () => {
    const r = await start();
    await cell(r);
    r.zalo.fail("send", { ...ZALO_ERRORS.strangerBlocked, threadId: hung.id });
    remind(r, hung, "Nhắc đăng ký");
    await r.beat();
    expect(outboxState(r, "Nhắc đăng ký")?.state).toBe("unreachable");
    expect(r.zalo.textsTo(GROUP).at(-1)).toContain(
      "chibo chưa nhắn riêng được cho đồng chí Trần Văn Hùng trên Zalo",
    );
    await r.say(lan, "/baocao");
    const menu = r.zalo.textsTo(lan.id).join("\n");
    const line = menu.split("\n").find((l) => l.includes("Chưa nhắn riêng được trên Zalo (1)"));
    await r.say(lan, line?.trim().split(".")[0] ?? "");
    const report = r.zalo.textsTo(lan.id).at(-1) ?? "";
    expect(report).toContain("Chưa nhắn riêng được trên Zalo");
    expect(report).toContain("Trần Văn Hùng: chặn tin nhắn từ người lạ");
    // Never in the group.
    await r.say(lan, "/baocao", GROUP);
    expect(r.zalo.textsTo(GROUP).at(-1)).not.toContain("người lạ");
  });

  it("123 in a group: tried once more an hour later, and the group is never dropped", async () => {
    const r = await start();
    await cell(r, []);
    const now = r.clock.now();
    const post = { chatId: GROUP_CHAT, parts: [{ key: "verbatim", args: { text: "Lịch họp" } }] };
    r.app.services.outbox.add(post, { notBefore: now, now });
    r.zalo.fail("send", { ...ZALO_ERRORS.cannotReceive, threadId: GROUP, times: 1 });
    await r.beat();
    expect(outboxState(r, "Lịch họp")?.state).toBe("pending");
    expect(r.app.services.cells.groupLink(GROUP_CHAT)?.active).toBe(true);
    later(r, 30);
    await r.beat();
    expect(r.zalo.textsTo(GROUP)).not.toContain("Lịch họp");
    later(r, 31);
    await r.beat();
    expect(r.zalo.textsTo(GROUP).filter((text) => text === "Lịch họp")).toHaveLength(1);
    expect(r.app.services.cells.groupLink(GROUP_CHAT)?.active).toBe(true);
  });

  it("123 twice to a member: named in the group, once", async () => {
    const r = await start();
    await cell(r);
    r.zalo.fail("send", { ...ZALO_ERRORS.cannotReceive, threadId: ha.id, times: 2 });
    remind(r, ha, "Nhắc họp");
    await r.beat();
    later(r, 61);
    await r.beat();
    expect(outboxState(r, "Nhắc họp")?.state).toBe("unreachable");
    const named = r.zalo.textsTo(GROUP).filter((t) => t.includes("Lê Thị Hà trên Zalo"));
    expect(named).toHaveLength(1);
  });

  it.each<[string, ZaloFault]>([
    ["an HTTP 502", { status: 502 }],
    ["a send Zalo answers with no message id", { noMsgId: true }],
    ["the network", { network: true }],
  ])("%s is temporary: sent on the next try, once", async (_, fault) => {
    const r = await start();
    await cell(r);
    r.zalo.fail("send", { ...fault, threadId: hung.id });
    remind(r, hung, "Nhắc học tập");
    await r.beat();
    expect(outboxState(r, "Nhắc học tập")?.state).toBe("pending");
    expect(r.zalo.textsTo(hung.id)).not.toContain("Nhắc học tập");
    later(r, 1);
    await r.beat();
    expect(r.zalo.textsTo(hung.id).filter((t) => t === "Nhắc học tập")).toHaveLength(1);
  });

  it("a long message cut short by a missing message id resends only what did not arrive", async () => {
    const r = await start();
    await cell(r);
    const paragraphs = [1, 2, 3].map((n) => `Đoạn ${n}: ${"chữ ".repeat(400)}`);
    const now = r.clock.now();
    r.app.services.outbox.add(
      {
        chatId: `zalo:${hung.id}`,
        parts: paragraphs.map((text) => ({ key: "verbatim", args: { text } })),
      },
      { notBefore: now, now },
      memberId(r, hung),
    );
    // The first part arrives; the second gets no id.
    r.zalo.fail("send", { noMsgId: true, threadId: hung.id, times: 1 });
    const first = r.zalo.sent.length;
    await r.beat();
    later(r, 1);
    await r.beat();
    const texts = r.zalo.sent.slice(first).map((m) => m.text);
    for (const n of [1, 2, 3]) {
      expect(texts.filter((t) => t.includes(`Đoạn ${n}:`))).toHaveLength(1);
    }
  });

  it("-69 is tried twice, no more; 221 pauses Zalo's outbox for an hour", async () => {
    const r = await start();
    await cell(r);
    r.zalo.fail("send", { ...ZALO_ERRORS.retryLimit, threadId: hung.id, times: 5 });
    remind(r, hung, "Một");
    await r.beat();
    later(r, 1);
    await r.beat();
    expect(outboxState(r, "Một")).toMatchObject({ state: "failed", attempts: 2 });

    r.zalo.fail("send", { ...ZALO_ERRORS.tooManyRequests, times: 1 });
    remind(r, ha, "Hai");
    await r.beat();
    later(r, 30);
    await r.beat();
    expect(r.zalo.textsTo(ha.id)).not.toContain("Hai");
    later(r, 31);
    await r.beat();
    expect(r.zalo.textsTo(ha.id)).toContain("Hai");
  });
});

describe("what people send on Zalo", () => {
  it("takes '@Chibo /khoitao …', the bot tagged first, as the command", async () => {
    const r = await start();
    const tag = `@${r.zalo.botName}`;
    await r.say(lan, `${tag} /khoitao Chi bộ Khu phố 1`, GROUP, {
      mentions: [{ uid: r.zalo.botId, pos: 0, len: tag.length }],
    });
    // The consent text follows in a message of its own.
    expect(r.zalo.textsTo(GROUP).at(-2)).toContain("Đã tạo Chi bộ Khu phố 1");
    // Someone else tagged first: not a command for chibo.
    const before = r.zalo.textsTo(GROUP).length;
    await r.say(hung, "@Lan /thamgia Trần Văn Hùng", GROUP, {
      mentions: [{ uid: lan.id, pos: 0, len: 4 }],
    });
    expect(r.zalo.textsTo(GROUP)).toHaveLength(before);
    expect(r.app.services.members.byPerson(`zalo:${hung.id}`)).toBeUndefined();
  });

  it("reads a message holding a link (chat.recommended) as its text", async () => {
    const r = await start();
    await cell(r);
    await r.say(hung, "/dangky");
    await r.sayContent(hung, ZALO_CONTENT.link("Đọc sách về Bác https://thuvien.vn/bac-ho"));
    const asked = r.zalo.textsTo(hung.id).at(-1) ?? "";
    expect(asked).not.toContain("chỉ đọc được tin nhắn chữ");
    await r.say(hung, "Giúp hàng xóm sửa đường");
    await r.say(hung, "Gương mẫu ở khu phố");
    expect(r.zalo.textsTo(hung.id).at(-1)).toContain("Đọc sách về Bác https://thuvien.vn/bac-ho");
  });

  it("answers a sticker, photo, file or voice note in private with what it reads, and says nothing in the group", async () => {
    const r = await start();
    await cell(r, []);
    for (const content of [
      ZALO_CONTENT.sticker(),
      ZALO_CONTENT.photo(),
      ZALO_CONTENT.file("ke-hoach.docx"),
      ZALO_CONTENT.voice(),
    ]) {
      const before = r.zalo.textsTo(GROUP).length;
      await r.sayContent(lan, content, GROUP);
      expect(r.zalo.textsTo(GROUP)).toHaveLength(before);
      await r.sayContent(lan, content);
      expect(r.zalo.textsTo(lan.id).at(-1)).toContain("chibo chỉ đọc được tin nhắn chữ");
    }
  });

  it("answers nothing to a recalled message, and survives a 10,000-character one", async () => {
    const r = await start();
    await cell(r, []);
    const id = await r.say(lan, "/help");
    const before = r.zalo.sent.length;
    r.zalo.recall(lan, id);
    await r.say(lan, "x".repeat(10_000));
    const after = r.zalo.sent.slice(before).map((m) => m.text);
    expect(after).toHaveLength(1);
    expect(after[0]).toContain("chibo chưa hiểu tin nhắn này");
  });

  it("reads a reply that quotes another message as what it says", async () => {
    const r = await start();
    await cell(r, []);
    const quoted = await r.say(lan, "/chuyende", GROUP);
    await r.say(lan, "/help", GROUP, { quote: quoted });
    expect(r.zalo.textsTo(GROUP).at(-1)).toContain("Các lệnh đồng chí hay dùng");
  });

  it("keeps members with ids past 2^53 apart", async () => {
    const r = await start();
    const big1: ZaloPerson = { id: "9007199254740993", name: "Mai" };
    const big2: ZaloPerson = { id: "9007199254740992", name: "Minh" };
    r.zalo.addGroup("5550002", "Chi bộ KP2", big1, [], [big2]);
    await r.say(big1, "/khoitao Chi bộ Khu phố 2", "5550002");
    await r.join(big2, "Lê Văn Minh", "5550002");
    const secretary = r.app.services.members.byPerson(`zalo:${big1.id}`);
    const applicant = r.app.services.members.byPerson(`zalo:${big2.id}`);
    expect(secretary?.role).toBe("secretary");
    expect(applicant?.fullName).toBe("Lê Văn Minh");
    expect(applicant?.id).not.toBe(secretary?.id);
  });
});

describe("the group and the account", () => {
  it("marks a group inactive when the bot is removed from it", async () => {
    const r = await start();
    await cell(r, []);
    r.zalo.removeFromGroup(GROUP, lan);
    await vi.waitFor(() => expect(r.app.services.cells.groupLink(GROUP_CHAT)?.active).toBe(false));
  });

  it("asks the group's name through the send queue", async () => {
    const r = await start({ gapMs: 50 });
    let queued = 0;
    const run = r.queue.run.bind(r.queue);
    vi.spyOn(r.queue, "run").mockImplementation((call, options) =>
      run(async () => {
        queued += 1;
        try {
          return await call();
        } finally {
          queued -= 1;
        }
      }, options),
    );
    const api = r.api();
    const outside: boolean[] = [];
    const getGroupInfo = api.getGroupInfo.bind(api);
    vi.spyOn(api, "getGroupInfo").mockImplementation((id) => {
      outside.push(queued === 0);
      return getGroupInfo(id);
    });
    await r.say(lan, "/khoitao Chi bộ Khu phố 1", GROUP);
    expect(outside.length).toBeGreaterThan(0);
    expect(outside).not.toContain(true);
  });

  it("accepts a member's friend request, and stops asking them to befriend the bot", async () => {
    const r = await start();
    await r.say(lan, "/khoitao Chi bộ Khu phố 1", GROUP);
    await r.say(hung, "/thamgia Trần Văn Hùng", GROUP);
    const asked = r.zalo.sent.filter((m) => m.threadId === GROUP).at(-1);
    expect(asked?.text).toContain("kết bạn Zalo với tài khoản chibo");
    expect(asked?.mentions.map((m) => m.uid)).toContain(hung.id);
    await r.say(hung, "đồng ý", GROUP);

    r.zalo.friendRequest(hung, "Tôi là Hùng");
    await vi.waitFor(() => expect(r.zalo.acceptedFriends).toContain(hung.id));
    await vi.waitFor(() =>
      expect(r.app.services.zaloContacts.isFriend(`zalo:${hung.id}`)).toBe(true),
    );
    await r.say(lan, "/duyet");
    await r.press(lan, "✅ Duyệt Trần Văn Hùng");
    await r.say(hung, "/dangky", GROUP);
    expect(r.zalo.textsTo(GROUP).at(-1)).not.toContain("kết bạn");
  });

  it("writes to no more strangers a day than the cap, and names the rest in the group", async () => {
    const r = await start({ strangerCap: 1 });
    // The secretary is the bot's friend, as secretaries are asked to be.
    r.app.services.zaloContacts.befriend(`zalo:${lan.id}`, r.clock.now());
    await cell(r);
    remind(r, hung, "Nhắc Hùng");
    remind(r, ha, "Nhắc Hà");
    remind(r, hung, "Nhắc Hùng lần hai");
    await r.beat();
    expect(r.zalo.textsTo(hung.id)).toEqual(
      expect.arrayContaining(["Nhắc Hùng", "Nhắc Hùng lần hai"]),
    );
    expect(r.zalo.textsTo(ha.id)).not.toContain("Nhắc Hà");
    expect(outboxState(r, "Nhắc Hà")?.state).toBe("unreachable");
    expect(r.zalo.textsTo(GROUP).at(-1)).toContain("Lê Thị Hà trên Zalo");
    // A friend is not a stranger: no cap.
    r.app.services.zaloContacts.befriend(`zalo:${ha.id}`, r.clock.now());
    remind(r, ha, "Nhắc Hà lần hai");
    await r.beat();
    expect(r.zalo.textsTo(ha.id)).toContain("Nhắc Hà lần hai");
  });
});

describe("polls on Zalo", () => {
  it("counts no vote of an outsider in a named poll, and Zalo refuses votes on a locked one", async () => {
    const r = await start();
    await cell(r);
    const outsider: ZaloPerson = { id: "999", name: "Khách" };
    await r.say(lan, "/binhchon Họp ngày nào? | Thứ Hai | Thứ Tư");
    await r.press(lan, "công khai");
    const pollId = Math.max(...r.zalo.polls.keys());
    r.zalo.vote(hung, pollId, 1);
    r.zalo.vote(outsider, pollId, 0);
    await r.say(lan, "/binhchon");
    await r.press(lan, "Kết thúc: Họp ngày nào?");
    const result = r.zalo.textsTo(GROUP).at(-1) ?? "";
    expect(result).toContain("Thứ Tư");
    expect(result).toMatch(/1 phiếu/);
    expect(() => r.zalo.vote(ha, pollId, 0)).toThrow(/locked/);
    expect(r.zalo.calls.some((c) => c.path === "/api/poll/end")).toBe(true);
  });

  it("closes Zalo's poll by itself at chibo's closing time, and reads it every 12 minutes, not every minute", async () => {
    const r = await start();
    await cell(r);
    await r.say(lan, "/binhchon Họp ngày nào? | Thứ Hai | Thứ Tư | Thứ Sáu");
    await r.press(lan, "công khai"); // a secret ballot is no Zalo poll
    const created = r.zalo.calls.find((c) => c.path === "/api/poll/create");
    const poll = r.app.services.polls.open(1)[0];
    expect(created?.params.expired_time).toBe(poll?.closesAt.getTime());
    const reads = () => r.zalo.calls.filter((c) => c.path === "/api/poll/detail").length;
    await r.beat();
    const first = reads();
    for (let minute = 1; minute <= 11; minute += 1) {
      later(r, 1);
      await r.beat();
    }
    expect(reads()).toBe(first);
    later(r, 1);
    await r.beat();
    expect(reads()).toBe(first + 1);
  });
});
