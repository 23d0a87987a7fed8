/**
 * One scenario, three platforms: the same command modules carry a cell through linking, joining,
 * registering, a meeting with answers, reminders, check-in and its poll, the report and the
 * report files, on Telegram (grammY and the fake Bot API), Zalo (the real zca-js client and the
 * fake of Zalo's servers) and the console chat. Only the driver differs: how a person writes,
 * presses a choice, reads the answers and opens the files they were sent.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { User } from "grammy/types";
import JSZip from "jszip";
import { PNG } from "pngjs";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { App } from "../../src/app.js";
import { UploadedFile } from "../support/bot-api-spec.js";
import { buttonLabels, numberOf } from "../support/choices-shown.js";
import { startConsoleRig } from "../support/console-rig.js";
import type { ZaloPerson } from "../support/fake-zalo-server.js";
import type { TestClock } from "../support/harness.js";
import { startTelegramRig } from "../support/telegram-rig.js";
import { startZaloRig } from "../support/zalo-rig.js";

type Who = "lan" | "hung" | "ha";
type Where = "group" | "private";

/** A file as the person who received it saves it: its name and its bytes. */
interface ReceivedFile {
  name: string;
  data: Buffer;
}

interface Driver {
  app: App;
  clock: TestClock;
  say(who: Who, where: Where, text: string): Promise<void>;
  /** Presses the choice whose label contains `label`, or types its number. */
  choose(who: Who, where: Where, label: string): Promise<void>;
  /** Everything the bot said in that chat (a private chat is the person's), oldest first. */
  texts(who: Who, where: Where): string[];
  /** Every file the bot sent to that chat, oldest first. */
  files(who: Who, where: Where): ReceivedFile[];
  beat(): Promise<void>;
  stop(): Promise<void> | void;
}

const NAMES: Record<Who, string> = {
  lan: "Nguyễn Thị Lan",
  hung: "Trần Văn Hùng",
  ha: "Phạm Thu Hà",
};

function telegramDriver(): Promise<Driver> {
  const GROUP = -100777;
  const ids: Record<Who, number> = { lan: 11, hung: 12, ha: 13 };
  return startTelegramRig("2024-05-06T02:00:00Z").then((rig) => {
    const { fake } = rig;
    const group = fake.addGroup({ id: GROUP, title: "Chi bộ Khu phố 1", type: "supergroup" });
    const users = Object.fromEntries(
      (Object.keys(ids) as Who[]).map((who) => {
        const [last, ...first] = NAMES[who].split(" ").reverse();
        return [
          who,
          fake.addUser({ id: ids[who], first_name: first.reverse().join(" "), last_name: last }),
        ];
      }),
    ) as Record<Who, User>;
    fake.setChatMember(GROUP, ids.lan, "administrator");
    const chatOf = (who: Who, where: Where) => (where === "group" ? GROUP : ids[who]);
    return {
      app: rig.app,
      clock: rig.clock,
      async say(who, where, text) {
        fake.sendText({ from: users[who], chat: where === "group" ? group : undefined, text });
        await rig.lastTo(GROUP);
      },
      async choose(who, where, label) {
        const withButton = fake
          .messagesTo(chatOf(who, where))
          .findLast((m) => buttonLabels(m).some((text) => text.includes(label)));
        const exact = withButton && buttonLabels(withButton).find((text) => text.includes(label));
        if (!withButton || !exact) throw new Error(`No button "${label}"`);
        fake.clickButton({ from: users[who], message: withButton, label: exact });
        await rig.lastTo(GROUP);
      },
      texts: (who, where) => fake.messagesTo(chatOf(who, where)).map((m) => m.text),
      // As uploaded to sendDocument and sendPhoto: what Telegram hands the person.
      files: (who, where) =>
        fake.calls
          .filter(
            (call) =>
              call.ok &&
              /^send(Document|Photo)$/.test(call.method) &&
              String(call.params.chat_id) === String(chatOf(who, where)),
          )
          .flatMap((call) => Object.values(call.params))
          .filter((value): value is UploadedFile => value instanceof UploadedFile)
          .map((file) => ({ name: file.filename, data: file.content })),
      beat: async () => {
        await rig.beat();
        await rig.lastTo(GROUP);
      },
      stop: () => rig.stop(),
    };
  });
}

async function zaloDriver(): Promise<Driver> {
  const GROUP = "5980213370512318825";
  const rig = await startZaloRig("2024-05-06T02:00:00Z");
  const people: Record<Who, ZaloPerson> = {
    lan: { id: "6452310948373629184", name: NAMES.lan },
    hung: { id: "7718203942213746541", name: NAMES.hung },
    ha: { id: "5301842297461130752", name: NAMES.ha },
  };
  rig.zalo.addGroup(GROUP, "Chi bộ Khu phố 1", people.lan);
  const thread = (who: Who, where: Where) => (where === "group" ? GROUP : people[who].id);
  const sentTo = (who: Who, where: Where) =>
    rig.zalo.sent.filter((message) => message.threadId === thread(who, where));
  const driver: Driver = {
    app: rig.app,
    clock: rig.clock,
    async say(who, where, text) {
      await rig.say(people[who], text, where === "group" ? GROUP : undefined);
    },
    async choose(who, where, label) {
      await driver.say(who, where, numberOf(driver.texts(who, where), label));
    },
    // A file that is not a picture comes as a message of its own, with no text.
    texts: (who, where) =>
      sentTo(who, where)
        .map((message) => message.text)
        .filter(Boolean),
    files: (who, where) =>
      sentTo(who, where).flatMap((message) =>
        message.files.map((file) => ({ name: file.filename, data: file.data })),
      ),
    beat: async () => {
      await rig.beat();
      await rig.settle();
    },
    stop: () => rig.stop(),
  };
  return driver;
}

async function consoleDriver(): Promise<Driver> {
  const rig = await startConsoleRig("2024-05-06T02:00:00Z");
  const { app, clock, exportDir } = rig;
  const heard = new Map<string, string[]>();
  let here = "";
  const record = (lines: string[]) => {
    for (const block of lines.join("\n").split(/\n\n+/)) {
      const [first = "", ...rest] = block.split("\n");
      const elsewhere = /^\[chibo gửi tới (.+)\]$/.exec(first);
      const place = elsewhere ? (elsewhere[1] ?? "") : here;
      const text = (elsewhere ? rest : [first, ...rest]).join("\n").trim();
      if (text) heard.set(place, [...(heard.get(place) ?? []), text]);
    }
  };
  const placeOf = (who: Who, where: Where) =>
    where === "group" ? "Chi bộ Khu phố 1" : `chat riêng của ${NAMES[who]}`;
  const driver: Driver = {
    app,
    clock,
    async say(who, where, text) {
      await rig.type(`:la ${NAMES[who]}`);
      await rig.type(where === "group" ? ":nhom 1" : ":rieng");
      here = placeOf(who, where);
      record(await rig.type(text));
    },
    async choose(who, where, label) {
      await driver.say(who, where, numberOf(driver.texts(who, where), label));
    },
    texts: (who, where) => heard.get(placeOf(who, where)) ?? [],
    // Written to the export directory, the path printed under the reply it came with.
    files: (who, where) =>
      driver
        .texts(who, where)
        .flatMap((text) => text.split("\n"))
        .flatMap((line) => /^📎 Tệp đã lưu ở: (.+)$/.exec(line)?.[1] ?? [])
        .map((path) => {
          if (!path.startsWith(exportDir)) throw new Error(`${path} is not in ${exportDir}`);
          return { name: path.slice(exportDir.length + 1), data: readFileSync(path) };
        }),
    beat: async () => record(await rig.beat()),
    stop: () => rig.stop(),
  };
  return driver;
}

const platforms: [string, () => Driver | Promise<Driver>][] = [
  ["Telegram", telegramDriver],
  ["Zalo", zaloDriver],
  ["the console", consoleDriver],
];

describe.each(platforms)("the same month on %s", (_name, start) => {
  let d: Driver;
  afterEach(() => d.stop());

  // On Telegram it takes over 10 s: every step waits for the fake Bot API to fall quiet.
  it("links, joins, registers, meets, checks in, polls, reports and sends the files", {
    timeout: 60_000,
  }, async () => {
    d = await start();
    const last = (who: Who, where: Where) => d.texts(who, where).at(-1) ?? "";
    const all = (who: Who, where: Where) => d.texts(who, where).join("\n");

    await d.say("lan", "group", "/khoitao Chi bộ Khu phố 1");
    expect(all("lan", "group")).toContain("Đã tạo Chi bộ Khu phố 1");
    await d.say("lan", "private", "/start");
    for (const who of ["hung", "ha"] as const) {
      await d.say(who, "group", `/thamgia ${NAMES[who]}`);
      await d.say(who, "group", "đồng ý");
      await d.say(who, "private", "/start");
      await d.say("lan", "private", "/duyet");
      await d.choose("lan", "private", `Duyệt ${NAMES[who]}`);
    }
    expect(all("lan", "group")).toContain(`Chào mừng đồng chí ${NAMES.ha}`);

    await d.say("hung", "private", "/dangky");
    await d.say("hung", "private", "Học chuyên đề năm và ghi chép");
    await d.say("hung", "private", "Giải quyết hồ sơ đúng hạn");
    await d.say("hung", "private", "Giữ gia đình văn hóa");
    await d.choose("hung", "private", "✅ Lưu");
    expect(all("hung", "private")).toContain("Đã lưu bản đăng ký năm 2024");

    await d.say("lan", "private", "/hop");
    await d.choose("lan", "private", "Sinh hoạt định kỳ");
    await d.say("lan", "private", "20/5 19h30");
    await d.say("lan", "private", "Nhà văn hóa khu phố");
    await d.choose("lan", "private", "Không có nội dung riêng");
    await d.choose("lan", "private", "Gửi thông báo vào nhóm");
    expect(all("lan", "group")).toContain("THÔNG BÁO HỌP CHI BỘ");
    expect(all("lan", "group")).toContain("19 giờ 30, thứ Hai, ngày 20/05/2024");

    await d.choose("hung", "group", "Tham dự");
    await d.choose("ha", "group", "Vắng có lý do");
    expect(last("ha", "private")).toContain("Xin gõ lý do");
    await d.say("ha", "private", "Đi công tác tỉnh");
    expect(last("ha", "private")).toContain("Đã ghi lý do vắng");

    d.clock.set("2024-05-19T12:30:00Z");
    await d.beat();
    expect(all("lan", "group")).toContain("Còn khoảng 24 giờ nữa");

    d.clock.set("2024-05-20T12:35:00Z");
    await d.say("lan", "group", "/diemdanh");
    await d.choose("hung", "group", "Có mặt");
    expect(d.app.services.meetings.markOf(1, 2)?.present).toBe(true);

    d.clock.set("2024-05-20T14:31:00Z");
    await d.beat();
    d.clock.set("2024-05-21T00:00:00Z");
    await d.beat();
    expect(all("lan", "group")).toContain("Có mặt 1/3. Vắng có lý do: 1. Vắng không lý do: 1.");
    expect(all("lan", "private")).toContain(`${NAMES.ha} (Đi công tác tỉnh)`);

    // The meeting's poll is a secret ballot: cast in private, only the counts in the group.
    expect(all("lan", "group")).toContain("Phiếu kín");
    await d.say("hung", "private", "/bophieu");
    await d.choose("hung", "private", "Tốt");
    expect(all("hung", "private")).toContain("Đã ghi phiếu kín của đồng chí: Tốt");
    d.clock.set("2024-05-22T00:01:00Z");
    await d.beat();
    expect(all("lan", "group")).toContain("(1 phiếu)");
    expect(all("lan", "group")).toContain("Tốt: 1 (100%)");

    await d.say("lan", "private", "/baocao");
    expect(all("lan", "private")).toContain("Có mặt 1/3. Vắng có lý do: 1. Vắng không lý do: 1.");
    expect(all("lan", "group")).not.toContain("Đi công tác tỉnh");
    const code = d.app.services.cells.all()[0]?.code;
    const received = () => d.files("lan", "private").map((f) => f.name);
    // The report comes with its chart.
    await vi.waitFor(() => expect(received()).toEqual([`bieu-do-dang-ky-${code}.png`]));

    await d.say("lan", "private", "/xuatbaocao");
    await d.choose("lan", "private", "Tất cả");
    const expected = [
      `bieu-do-dang-ky-${code}.png`,
      `dang-ky-${code}-2024.docx`,
      `bien-ban-${code}-2024-05-20.docx`,
      `danh-sach-du-hop-${code}-2024-05-20.docx`,
      `theo-doi-sinh-hoat-${code}-2024.docx`,
      `theo-doi-sinh-hoat-${code}-2024.xlsx`,
      `ket-qua-${code}-2024-quy2.docx`,
      `ket-qua-${code}-2024-nam.docx`,
      `chi-bo-${code}-2024.xlsx`,
      `bieu-do-dang-ky-${code}.png`,
      `bieu-do-diem-danh-${code}-2024.png`,
      expect.stringMatching(new RegExp(`^bieu-do-binh-chon-${code}-\\d+\\.png$`)),
    ];
    await vi.waitFor(() => expect(received()).toEqual(expected), {
      timeout: 20_000,
      interval: 50,
    });
    const file = (prefix: string) => {
      const found = d.files("lan", "private").find((f) => f.name.startsWith(prefix));
      if (!found) throw new Error(`no ${prefix} file`);
      return found.data;
    };
    expect(all("lan", "private")).toContain("Báo cáo kết quả đăng ký năm 2024");
    expect(await docxText(file("dang-ky"))).toContain("Học chuyên đề năm và ghi chép");
    expect(await docxText(file("bien-ban"))).toContain("Đi công tác tỉnh");
    expect(await docxText(file("danh-sach-du-hop"))).toContain("Đi công tác tỉnh");
    expect(await xlsxCells(file("chi-bo"))).toEqual(
      expect.arrayContaining([NAMES.lan, NAMES.hung, NAMES.ha]),
    );
    for (const chart of d.files("lan", "private").filter((f) => f.name.endsWith(".png"))) {
      expect(PNG.sync.read(chart.data).width).toBeGreaterThan(300);
    }
    expect(d.files("lan", "group")).toEqual([]);
    expect(d.files("hung", "private")).toEqual([]);
  });
});

/** The words of a Word document's body. */
async function docxText(data: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
}

/** Every cell of a workbook's sheets, as text. */
async function xlsxCells(data: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as never);
  return workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String));
}
