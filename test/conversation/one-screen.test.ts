import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endOf } from "../../src/domain/meeting-rules.js";
import { fitsOneScreen, ONE_SCREEN } from "../../src/domain/one-screen.js";
import { plainText } from "../../src/domain/rich-text.js";
import type { Reply } from "../../src/messages/reply.js";
import type { ChatAdapter, OutgoingMessage } from "../../src/outbox/chat-adapter.js";
import { OutboxSender } from "../../src/outbox/outbox-sender.js";
import { ReplySender } from "../../src/platforms/send-reply.js";
import { TELEGRAM_MAX_TEXT } from "../../src/platforms/telegram/telegram-adapter.js";
import { telegramHtml } from "../../src/platforms/telegram/telegram-html.js";
import { ZALO_MAX_TEXT } from "../../src/platforms/zalo/zalo-adapter.js";
import { Harness, type Said } from "../support/harness.js";
import { RecordingDeliverer } from "../support/recording-deliverer.js";
import { parseTelegramHtml } from "../support/telegram-html.js";

/**
 * One phone screen a message: in the example cell of 30 members, with plans, a meeting with its
 * check-in and attendance, polls and people waiting to join, every reply the secretary and
 * members get — the secretary's /baocao and every view under it, /thanhvien, /duyet,
 * /diemdanh, /lichhop, /help, the scheduled posts — fits in ONE_SCREEN on Telegram, Zalo and
 * the console, as each platform's sending steps cut it and show its choices.
 */

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"];
const MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Thu"];
const GIVEN = ["An", "Bình", "Cúc", "Dũng", "Hà", "Khánh"];
/** Lan, the secretary, and 29 members: 30 in all. */
const MEMBERS = Array.from({ length: 29 }, (_, i) => {
  const family = FAMILY[i % FAMILY.length];
  const middle = MIDDLE[Math.floor(i / FAMILY.length) % MIDDLE.length];
  const given = GIVEN[(i * 5) % GIVEN.length];
  return `${family} ${middle} ${given}`;
});
const PENDING = ["Đỗ Văn Tân", "Bùi Thị Hạnh", "Đặng Minh Quang"];
const GROUP = "group:1";

const STUDY =
  "Học tập, quán triệt chuyên đề năm 2024 về tư tưởng, đạo đức, phong cách Hồ Chí Minh; đọc tài liệu mỗi tối thứ Bảy và ghi chép những điều tâm đắc.";
const FOLLOW =
  "Làm theo Bác: giúp đỡ hộ nghèo trong tổ dân phố, tham gia dọn vệ sinh khu phố mỗi sáng Chủ nhật, vận động con cháu học tập tốt.";
const EXAMPLE =
  "Nêu gương trong gia đình và khu phố: giữ gìn đoàn kết, chấp hành tốt chủ trương, gương mẫu đóng đảng phí đúng hạn.";

interface Platform {
  name: string;
  buttons: boolean;
  adapter(): Omit<ChatAdapter, "send">;
  /** What a person reads of a message there. */
  read(message: OutgoingMessage): string;
}

const base: Pick<
  ChatAdapter,
  | "chatPrefix"
  | "sendsDocuments"
  | "fileWithText"
  | "sendPoll"
  | "edit"
  | "stopPoll"
  | "isChatAdmin"
> = {
  chatPrefix: "console:",
  sendsDocuments: false,
  fileWithText: () => true,
  sendPoll: async () => ({ messageId: "poll" }),
  edit: async () => false,
  stopPoll: async () => {},
  isChatAdmin: async () => true,
};

/** Each platform's capabilities and format, its messages recorded rather than sent. */
function recording(adapter: Omit<ChatAdapter, "send">, sent: OutgoingMessage[]): ChatAdapter {
  return {
    ...adapter,
    async send(message) {
      sent.push(message);
      return { messageId: String(sent.length) };
    },
  };
}

const PLATFORMS: Platform[] = [
  {
    name: "Telegram",
    buttons: true,
    adapter: () =>
      ({
        ...base,
        hasButtons: true,
        canEdit: true,
        hasNativePolls: true,
        canWriteFirst: false,
        maxText: TELEGRAM_MAX_TEXT,
        format: telegramHtml,
      }) as Omit<ChatAdapter, "send">,
    read: (message) => parseTelegramHtml(message.text),
  },
  {
    name: "Zalo",
    buttons: false,
    adapter: () =>
      ({
        ...base,
        hasButtons: false,
        canEdit: false,
        hasNativePolls: true,
        canWriteFirst: true,
        maxText: ZALO_MAX_TEXT,
        format: plainText,
        privateLinkText: (link) => ({ key: "zalo-private-link", args: { command: link.command } }),
      }) as Omit<ChatAdapter, "send">,
    read: (message) => message.text,
  },
  {
    name: "the console",
    buttons: false,
    adapter: () =>
      ({
        ...base,
        hasButtons: false,
        canEdit: true,
        hasNativePolls: false,
        canWriteFirst: true,
        maxText: Number.POSITIVE_INFINITY,
        format: plainText,
        privateLinkText: (link) => ({
          key: "console-private-link",
          args: { command: link.command },
        }),
      }) as Omit<ChatAdapter, "send">,
    read: (message) => message.text,
  },
];

/** Every reply and post of the example cell's life, as the router and the outbox made them. */
async function exampleCell(buttons: boolean): Promise<{ h: Harness; replies: Reply[] }> {
  // Sunday 10/03/2024, 09:00 in Vietnam.
  const h = new Harness({ now: "2024-03-10T02:00:00Z", hasButtons: buttons });
  const replies: Reply[] = [];
  const keep = (said: Said[]) => {
    replies.push(...said.map((s) => s.reply));
    return said;
  };
  const say = async (who: string, where: string, text: string) =>
    keep(await h.say(who, where, text));
  const press = async (who: string, where: string, label: string) =>
    keep(await h.press(who, where, label));
  const { services } = h.app;

  await h.cellWith(MEMBERS);
  const cell = services.cells.all()[0];
  if (!cell) throw new Error("no cell");
  const roster = services.members.ofCell(cell.id, "active");
  const lan = roster.find((m) => m.role === "secretary");
  if (!lan || roster.length !== 30) throw new Error(`a cell of ${roster.length}`);

  // Two members of three have registered; one wrote each part at full length.
  roster.slice(0, 20).forEach((member, index) => {
    const long = index === 0 ? "Rất dài. ".repeat(80).slice(0, 790) : undefined;
    services.commitments.save(
      member.id,
      2024,
      { study: long ?? STUDY, follow: long ?? FOLLOW, example: long ?? EXAMPLE },
      h.clock.now(),
    );
  });

  // Three people wait for the secretary's approval.
  await h.press("Lan", "private", /tự động duyệt/);
  for (const name of PENDING) {
    await say(name, GROUP, `/thamgia ${name}`);
    await say(name, GROUP, "đồng ý");
  }

  // Two polls: one closed, one open.
  await say("Lan", "private", "/binhchon Chọn ngày họp tháng Tư? | Thứ Hai | Thứ Tư | Thứ Sáu");
  await press("Lan", "private", "✅ Gửi, công khai (ghi tên người chọn)");
  // Where a digit answers, the group reads the poll's numbers once the outbox has sent it.
  if (!buttons) {
    const deliverer = new RecordingDeliverer(h.app.translator, h.clock);
    await new OutboxSender(
      services,
      [deliverer],
      pino({ level: "silent" }),
      h.app.outboxRules,
    ).drain();
  }
  const days = ["Thứ Hai", "Thứ Tư", "Thứ Sáu"];
  for (const [index, member] of roster.slice(1, 12).entries()) {
    await press(member.fullName, GROUP, days[index % 3] ?? "");
  }
  const votes = services.polls.votes(services.polls.open(cell.id).map((poll) => poll.id));
  if (votes.length !== 11) throw new Error(`${votes.length} votes of 11`);
  await say("Lan", "private", "/binhchon");
  await press("Lan", "private", "🏁 Kết thúc: Chọn ngày họp tháng Tư?");
  await say("Lan", "private", "/binhchon Tổ chức tham quan khu di tích? | Đồng ý | Không đồng ý");
  await press("Lan", "private", "✅ Gửi, công khai (ghi tên người chọn)");

  // A meeting on Friday 15/03 at 19:30, its check-in, reasons and its close; one more ahead.
  const startsAt = new Date("2024-03-15T12:30:00Z");
  services.meetings.create(
    {
      cellId: cell.id,
      kind: "regular",
      startsAt,
      endsAt: endOf(startsAt, 120),
      place: "Nhà văn hóa khu phố 1",
      topic: "",
      createdBy: lan.id,
    },
    h.clock.now(),
  );
  const next = new Date("2024-04-12T12:30:00Z");
  services.meetings.create(
    {
      cellId: cell.id,
      kind: "thematic",
      startsAt: next,
      endsAt: endOf(next, 120),
      place: "Hội trường phường",
      topic: "Học tập chuyên đề năm 2024",
      createdBy: lan.id,
    },
    h.clock.now(),
  );
  await say("Lan", "private", "/lichhop");
  await say(MEMBERS[3] ?? "", "private", "/lichhop");
  h.clock.set("2024-03-15T12:25:00Z");
  await say("Lan", GROUP, "/diemdanh");
  for (const member of roster.slice(1, 22)) {
    await press(member.fullName, GROUP, "✋ Có mặt");
  }
  await say("Lan", "private", "/diemdanh");
  for (const member of roster.slice(22, 26)) {
    const said = await say(
      "Lan",
      "private",
      `/diemdanh vắng ${member.fullName}: đi công tác xa, đã báo trước với bí thư`,
    );
    if (!said[0]?.text.startsWith("Đã ghi")) throw new Error(said[0]?.text);
  }
  h.clock.set("2024-03-15T14:00:00Z");
  await press("Lan", "private", "🏁 Kết thúc buổi họp");

  // The secretary's report and every view under it, every page, each reached from /baocao by
  // the buttons on the way (where a digit answers only the list shown last).
  h.clock.set("2024-03-18T02:00:00Z");
  await say("Lan", GROUP, "/baocao");
  const paths: string[][] = [[]];
  const seen = new Set<string>();
  for (let path = paths.shift(); path; path = paths.shift()) {
    let said = await h.say("Lan", "private", "/baocao");
    for (const label of path) said = await h.press("Lan", "private", label);
    keep(said);
    for (const { label, value } of said.flatMap((s) => s.choices)) {
      if (!value.startsWith("baocao:") || seen.has(value)) continue;
      seen.add(value);
      paths.push([...path, label]);
    }
  }
  if (seen.size < 30) throw new Error(`only ${seen.size} views of /baocao`);

  await say("Lan", "private", "/thanhvien");
  await say("Lan", "private", "/duyet");
  await say("Lan", "private", "/help");
  await say("Lan", GROUP, "/help");
  await say(MEMBERS[5] ?? "", "private", "/help");

  // The scheduled posts of the weeks that follow.
  for (const day of ["2024-03-18T02:00:00Z", "2024-03-25T02:00:00Z", "2024-04-01T02:00:00Z"]) {
    h.clock.set(day);
    h.app.scheduler.runDue(h.clock.now());
  }
  replies.push(...services.outbox.all().flatMap((row) => (row.reply ? [row.reply] : [])));
  return { h, replies };
}

/** What the person reads of a reply there: each message the platform's sending steps send. */
async function shown(h: Harness, platform: Platform, reply: Reply): Promise<string[]> {
  const sent: OutgoingMessage[] = [];
  const sender = new ReplySender(recording(platform.adapter(), sent), {
    translator: h.app.translator,
    posted: { find: () => undefined, save: () => {} } as never,
    clock: h.clock,
    documents: async () => {
      throw new Error("no files here");
    },
  });
  await sender.send({ ...reply, document: undefined, refresh: false });
  return sent.map(platform.read);
}

describe.each([true, false])("one screen a message (buttons: %s)", (buttons) => {
  let h: Harness;
  let replies: Reply[];

  beforeAll(async () => {
    ({ h, replies } = await exampleCell(buttons));
  }, 120_000);
  afterAll(() => h?.close());

  const platforms = PLATFORMS.filter((p) => p.buttons === buttons);

  it.each(platforms.map((p) => [p.name, p] as const))(
    "fits every reply on one screen on %s",
    async (_name, platform) => {
      expect(replies.length).toBeGreaterThan(100);
      const tooLong: string[] = [];
      for (const reply of replies) {
        for (const text of await shown(h, platform, reply)) {
          if (!fitsOneScreen(text)) {
            tooLong.push(
              `${reply.parts[0]?.key}: ${text.length} characters, ${text.split("\n").length} lines\n${text}`,
            );
          }
        }
      }
      expect(
        tooLong,
        `longer than ${ONE_SCREEN.lines} lines or ${ONE_SCREEN.characters} characters`,
      ).toEqual([]);
    },
  );

  it("shows the secretary's report as a summary and a menu, the group's without private data", async () => {
    const [group] = await h.say("Lan", GROUP, "/baocao");
    const [summary] = await h.say("Lan", "private", "/baocao");
    for (const text of [group?.text ?? "", summary?.text ?? ""]) {
      expect(text).toContain("Đảng viên: 30. Đã đăng ký: 20. Chưa đăng ký: 10. Miễn: 0.");
      expect(text).toContain("Họp trong năm: 1 buổi đã kết thúc, có mặt 21/30 lượt. Bình chọn: 3.");
      expect(text).not.toContain(STUDY);
      expect(text).not.toContain("đi công tác");
    }
    expect(summary?.choices.map((c) => c.label)).toEqual([
      "📋 Chưa đăng ký (10)",
      "📝 Nội dung đăng ký (20)",
      "✅ Điểm danh (1 buổi)",
      "🗳 Bình chọn (3)",
      "📎 Nhận tệp báo cáo (Word, Excel, biểu đồ)",
    ]);
    expect(group?.choices).toEqual([]);
  });
});
