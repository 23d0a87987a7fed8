/**
 * The contract every chat platform keeps, checked against the three adapters as a person reads
 * them: Telegram (real grammY over the fake Bot API), Zalo (real zca-js over the fake Zalo
 * server) and the console chat. One rig a platform for the whole file, started at first use:
 * each case writes in the chats of the same linked cell.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { Text } from "../../src/i18n.js";
import { SchedulerLease } from "../../src/store/scheduler-lease.js";
import {
  type ContractPlatform,
  chatIdOf,
  consolePlatform,
  type Shown,
  telegramPlatform,
  type Where,
  zaloPlatform,
} from "./platforms.js";

const STARTS = {
  Telegram: telegramPlatform,
  Zalo: zaloPlatform,
  "the console": consolePlatform,
} as const;
type Name = keyof typeof STARTS;
const NAMES = Object.keys(STARTS) as Name[];

const started = new Map<Name, Promise<ContractPlatform>>();
function on(name: Name): Promise<ContractPlatform> {
  let platform = started.get(name);
  if (!platform) {
    platform = STARTS[name]();
    started.set(name, platform);
  }
  return platform;
}
afterAll(async () => {
  for (const platform of started.values()) await (await platform).stop();
});

/** A platform's rig starts within the first case that uses it. */
const SLOW = 60_000;

const verbatim = (text: string): Text => ({ key: "verbatim", args: { text } });

/** What a post to `where` shows there: the messages that came after those shown before it. */
async function shownBy(p: ContractPlatform, where: Where, post: () => Promise<void>) {
  const before = p.read(where).length;
  await post();
  return p.read(where).slice(before);
}

describe("ids", () => {
  describe.each(NAMES)("on %s", (name) => {
    it("sends answers and posts back to the chat and the person an id came from", {
      timeout: SLOW,
    }, async () => {
      const p = await on(name);
      const group = chatIdOf(p, "group");
      const hung = chatIdOf(p, "hung");
      expect(group.startsWith(p.prefix)).toBe(true);
      expect(hung.startsWith(p.prefix)).toBe(true);
      expect(group).not.toBe(hung);

      await p.post("group", { parts: [verbatim("Tối nay họp chi bộ")] });
      await p.post("hung", { parts: [verbatim("Nhắc riêng đồng chí Hùng")] });
      expect(p.read("group").at(-1)?.text).toBe("Tối nay họp chi bộ");
      expect(p.read("hung").at(-1)?.text).toBe("Nhắc riêng đồng chí Hùng");
      expect(p.read("lan").map((s) => s.text)).not.toContain("Nhắc riêng đồng chí Hùng");

      await p.say("hung", "hung", "chào chibo");
      expect(p.read("hung").at(-1)?.text).toContain("Chào đồng chí Trần Văn Hùng!");
    });
  });
});

describe("what people typed", () => {
  describe.each(NAMES)("on %s", (name) => {
    it("reads back as typed, markup and all", { timeout: SLOW }, async () => {
      const p = await on(name);
      // The cell's name, as Lan typed it in /khoitao.
      const linked = p.read("group").find((s) => s.text.includes("Đã tạo"));
      expect(linked?.text).toContain("Đã tạo Chi bộ <Khu phố 1> & Co");
      const typed = "<b>đậm</b> &amp; <i>nghiêng</i> <a href='x'>y</a>";
      await p.post("lan", { parts: [verbatim(typed)] });
      expect(p.read("lan").at(-1)?.text).toBe(typed);
    });
  });
});

describe("long messages", () => {
  describe.each(NAMES)("on %s", (name) => {
    it("are cut between paragraphs within the platform's size, nothing lost, the choices last", {
      timeout: SLOW,
    }, async () => {
      const p = await on(name);
      const paragraphs = Array.from(
        { length: 14 },
        (_, i) => `Đoạn ${i + 1}: ${"a & b < c ".repeat(70)}hết`,
      );
      const shown = await shownBy(p, "lan", () =>
        p.post("lan", {
          parts: paragraphs.map(verbatim),
          choices: [
            { label: verbatim("Đồng ý"), value: "x:1" },
            { label: verbatim("Không đồng ý"), value: "x:2" },
          ],
        }),
      );
      for (const message of shown) expect(message.text.length).toBeLessThanOrEqual(p.maxText);
      const lines = shown.flatMap((message) => message.text.split("\n"));
      expect(lines.filter((line) => line.startsWith("Đoạn"))).toEqual(paragraphs);
      const total = paragraphs.join("\n").length;
      expect(shown.length > 1).toBe(total > p.maxText);
      const last = shown.at(-1) as Shown;
      if (name === "Telegram") {
        expect(last.buttons).toEqual(["Đồng ý", "Không đồng ý"]);
        for (const message of shown.slice(0, -1)) expect(message.buttons).toEqual([]);
      } else {
        expect(
          last.text.endsWith("  1. Đồng ý\n  2. Không đồng ý\nTrả lời bằng một số: 1, 2."),
        ).toBe(true);
      }
    });
  });
});

describe("choices", () => {
  describe.each(NAMES)("on %s", (name) => {
    it("are buttons or a numbered list, and a press or the number typed answers", {
      timeout: SLOW,
    }, async () => {
      const p = await on(name);
      await p.say("lan", "lan", "/caidat");
      const menu = p.read("lan").at(-1) as Shown;
      expect(menu.text).toContain("Tự động duyệt người tham gia: Tắt");
      const labels = ["Bật/tắt tự động duyệt", "Bật/tắt đăng ký cho người nghỉ hưu"];
      if (name === "Telegram") expect(menu.buttons.slice(0, 2)).toEqual(labels);
      else expect(menu.text).toContain(`  1. ${labels[0]}\n  2. ${labels[1]}\n`);

      await p.press("lan", "lan", "Bật/tắt tự động duyệt");
      expect(p.read("lan").at(-1)?.text).toContain("Tự động duyệt người tham gia: Bật");
    });

    it("never hand the platform a value longer than a button carries", {
      timeout: SLOW,
    }, async () => {
      const p = await on(name);
      // 65 bytes: one more than Telegram's callback_data takes.
      const value = `caidat:${"x".repeat(58)}`;
      const shown = await shownBy(p, "lan", () =>
        p.post("lan", {
          parts: [verbatim("Chọn một")],
          choices: [{ label: verbatim("Lựa chọn dài"), value }],
        }),
      );
      expect(p.asked(value)).toBe(false);
      if (name === "Telegram") expect(shown).toEqual([]);
      else expect(shown.at(-1)?.text).toContain("  1. Lựa chọn dài");
    });
  });
});

describe("anchored messages", () => {
  describe.each(NAMES)("on %s", (name) => {
    it("are edited in place where the platform can edit, else posted again; a refresh is only an edit", {
      timeout: SLOW,
    }, async () => {
      const p = await on(name);
      const anchor = "contract:count";
      const shown = await shownBy(p, "group", async () => {
        await p.post("group", { parts: [verbatim("Có mặt: 1")], anchor });
        await p.post("group", { parts: [verbatim("Có mặt: 2")], anchor });
        await p.post("group", { parts: [verbatim("Có mặt: 3")], anchor, refresh: true });
        // Never posted: nothing to bring up to date.
        await p.post("group", {
          parts: [verbatim("Có mặt: 9")],
          anchor: "contract:none",
          refresh: true,
        });
      });
      const expected: Record<Name, string[]> = {
        Telegram: ["Có mặt: 3"],
        Zalo: ["Có mặt: 1", "Có mặt: 2"],
        // The console shows an edited message again, as it now reads.
        "the console": ["Có mặt: 1", "Có mặt: 2", "Có mặt: 3"],
      };
      expect(shown.map((s) => s.text)).toEqual(expected[name]);
    });
  });
});

describe("polls", () => {
  describe.each(NAMES)("on %s", (name) => {
    it("go out as the platform's own after their introduction, numbered where it has none, and are stopped", {
      timeout: SLOW,
    }, async () => {
      const p = await on(name);
      const anchor = "contract:poll";
      const options = ["Thứ bảy", "Chủ nhật"];
      const shown = await shownBy(p, "group", () =>
        p.post("group", {
          parts: [verbatim("Bình chọn ngày họp")],
          anchor,
          poll: {
            question: verbatim("Họp ngày nào?"),
            options: options.map(verbatim),
            closesAt: "2024-03-12T02:00:00.000Z",
          },
          choices: options.map((option, index) => ({
            label: verbatim(option),
            value: `x:${index}`,
          })),
        }),
      );
      const group = chatIdOf(p, "group");
      const offered = p.app.services.conversations.offeredChoice(group, 1);
      if (name === "the console") {
        expect(shown.map((s) => s.text)).toEqual([
          "Bình chọn ngày họp\n  1. Thứ bảy\n  2. Chủ nhật\nTrả lời bằng một số: 1, 2.",
        ]);
        expect(offered).toBe("x:0");
      } else {
        expect(shown.map((s) => s.text)).toEqual(["Bình chọn ngày họp", expect.any(String)]);
        expect(shown[0]?.buttons).toEqual([]);
        expect(shown[1]?.poll).toEqual({ question: "Họp ngày nào?", options, closed: false });
        // A native poll's options are not numbered: a digit typed there answers nothing.
        expect(offered).toBeUndefined();
      }

      await p.post("group", { parts: [verbatim("Đã chốt: thứ bảy")], stopsPoll: anchor });
      expect(p.read("group").at(-1)?.text).toBe("Đã chốt: thứ bảy");
      const poll = p.read("group").find((s) => s.poll?.question === "Họp ngày nào?")?.poll;
      if (name !== "the console") expect(poll?.closed).toBe(true);
    });
  });
});

describe("documents", () => {
  describe.each(NAMES)("on %s", (name) => {
    it("follow their words, or go with them as a caption", { timeout: SLOW }, async () => {
      const p = await on(name);
      const { cells, members, commitments, clock } = p.app.services;
      const cellId = cells.all()[0]?.id ?? 0;
      // A chart is made only when there is something to draw: one member has registered.
      const member = members.ofCell(cellId)[0];
      if (!member) throw new Error("the rig's cell has nobody");
      const parts = { study: "Đọc sách", follow: "Giúp xóm", example: "Đi họp đủ" };
      if (!commitments.of(member.id, 2024)) commitments.save(member.id, 2024, parts, clock.now());
      const shown = await shownBy(p, "lan", async () => {
        await p.post("lan", {
          parts: [verbatim("Bảng tính chi bộ")],
          document: { kind: "cell-xlsx", cellId, year: 2024 },
        });
        await p.post("lan", {
          parts: [verbatim("Tiến độ đăng ký")],
          document: { kind: "registration-chart", cellId, year: 2024 },
        });
      });
      const xlsx = expect.stringMatching(/\.xlsx$/);
      const png = expect.stringMatching(/\.png$/);
      const expected: Record<Name, Partial<Shown>[]> = {
        Telegram: [
          { text: "Bảng tính chi bộ" },
          { text: "", file: xlsx },
          { text: "Tiến độ đăng ký" },
          { text: "", file: "photo" },
        ],
        Zalo: [
          { text: "Bảng tính chi bộ" },
          { text: "", file: xlsx },
          { text: "Tiến độ đăng ký", file: png },
        ],
        "the console": [
          { text: "Bảng tính chi bộ", file: xlsx },
          { text: "Tiến độ đăng ký", file: png },
        ],
      };
      expect(shown).toEqual(expected[name].map((s) => expect.objectContaining(s)));
    });
  });
});

describe("logs", () => {
  describe.each(NAMES)("on %s", (name) => {
    it("say what happened, never what was written, when an answer does not go out", {
      timeout: SLOW,
    }, async () => {
      const p = await on(name);
      const secret = "bimatcuahung";
      if (name !== "the console") p.failNextSend("hung");
      const shown = await shownBy(p, "hung", async () => {
        await p.say("hung", "hung", `/${secret}`);
        await p.heartbeat.beat();
      });
      const answer = `Không có lệnh /${secret}`;
      const expected: Record<Name, string[]> = {
        // Refused (400): the update is given up.
        Telegram: [],
        // Not sent then: the outbox sends it with the next beat.
        Zalo: [answer],
        "the console": [answer],
      };
      expect(shown.map((s) => s.text.slice(0, answer.length))).toEqual(expected[name]);
      const logged = p.logged();
      expect(logged).toContain('"what":"unknown"');
      if (name === "Telegram") expect(logged).toContain("update failed");
      if (name === "Zalo") expect(logged).toContain("zalo reply not sent now");
      expect(logged).not.toContain(secret);
    });
  });
});

describe("the heartbeat", () => {
  describe.each(NAMES)("on %s", (name) => {
    it("sends nothing while another process holds the lease, then what a stop cut off", {
      timeout: SLOW,
    }, async () => {
      const p = await on(name);
      const { outbox } = p.app.services;
      const other = new SchedulerLease(p.app.database.db, "another process");
      p.heartbeat.releaseLease();
      expect(other.acquire(p.clock.now())).toBe(true);
      const now = p.clock.now();
      // Taken by the process that held the lease, which stopped before sending it.
      outbox.add(
        { chatId: chatIdOf(p, "hung"), parts: [verbatim("Gửi dở")] },
        { notBefore: now, now },
      );
      expect(outbox.claimDue(now, [p.prefix], 1)).toHaveLength(1);
      const blocked = await shownBy(p, "hung", () =>
        p.post("hung", { parts: [verbatim("Chờ đến lượt")] }),
      );
      expect(blocked).toEqual([]);
      expect(p.logged()).toContain("another chibo process runs the jobs");

      other.release();
      const sent = await shownBy(p, "hung", () =>
        p.post("hung", { parts: [verbatim("Đến lượt")] }),
      );
      expect(sent.map((s) => s.text).sort()).toEqual(["Chờ đến lượt", "Gửi dở", "Đến lượt"].sort());
    });
  });
});
