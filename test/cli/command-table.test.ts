import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type LoginQRCallbackEvent, LoginQRCallbackEventType } from "zca-js";
import { runCli } from "../../src/cli/cli.js";
import { descriptionKey } from "../../src/cli/cli-command.js";
import { cliCommands } from "../../src/cli/commands.js";
import type { QrLogin } from "../../src/cli/zalo-login.js";
import { loadConfig } from "../../src/config.js";
import { plainText } from "../../src/domain/rich-text.js";
import { LOCALES, Translator } from "../../src/i18n.js";
import { TestClock } from "../support/harness.js";

let dir: string;
/** Where the database would be: a folder nothing here makes, unless a command opens it. */
let database: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "chibo-cli-table-"));
  database = join(dir, "data", "chibo.sqlite");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A QR login that is scanned at once and hands over a session. */
const scannedAtOnce: QrLogin = async (_qrPath, callback) => {
  const event: LoginQRCallbackEvent = {
    type: LoginQRCallbackEventType.GotLoginInfo,
    data: { cookie: [{ key: "zpw_sek", value: "secret" }], imei: "imei-1", userAgent: "ua" },
    actions: null,
  };
  await callback(event);
};

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const config = loadConfig({
    DATABASE_PATH: database,
    ZALO_CREDENTIALS_PATH: join(dir, "zalo", "credentials.json"),
  });
  const code = await runCli(
    argv,
    config,
    pino({ level: "silent" }),
    new TestClock(new Date("2024-03-10T02:00:00Z")),
    { out: (text) => out.push(text), err: (text) => err.push(text) },
    scannedAtOnce,
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const vi = new Translator("vi");
const said = (key: string) => plainText(vi.t(key));

/** The commands of the README's "Command line" table: their words, and the options shown. */
function documentedCommands(): { path: string; options: string[] }[] {
  const readme = readFileSync(join(import.meta.dirname, "../../README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Command line"));
  const table = section.slice(0, section.indexOf("\n## ", 1));
  return [...table.matchAll(/^\| `([^`]+)` \|/gm)].map(([, usage = ""]) => {
    const words = usage.split(" ");
    const end = words.findIndex((word) => !/^[a-z]+$/.test(word));
    return {
      path: words.slice(0, end < 0 ? undefined : end).join(" "),
      options: [...usage.matchAll(/--([a-z-]+)/g)].map(([, name = ""]) => name),
    };
  });
}

describe("npm run cli -- --help", () => {
  it("lists every command with what it does, in Vietnamese, and opens no database", async () => {
    for (const asked of [["--help"], ["help"]]) {
      const help = await cli(...asked);
      expect(help.code).toBe(0);
      expect(help.err).toBe("");
      expect(help.out).toMatch(/^Cách dùng: npm run cli -- <lệnh> \[tùy chọn\]\n/);
      const lines = help.out.split("\n");
      for (const command of cliCommands) {
        // Each command's usage line, and under it what it does.
        const at = lines.indexOf(`      ${said(descriptionKey(command))}`);
        expect(at, command.path).toBeGreaterThan(0);
        expect(`${lines[at - 1]} `.startsWith(`  ${command.path} `), command.path).toBe(true);
      }
      expect(help.out).toContain(
        '  report (--cell MÃ | --committee "TÊN ĐẢNG ỦY") [--year NĂM] [--format text|json|docx|xlsx]',
      );
      expect(help.out).toContain("  zalo login [--qr TỆP]\n      đăng nhập tài khoản Zalo");
      expect(help.out).toMatch(/\nXem kỹ một lệnh: npm run cli -- <lệnh> --help$/);
    }
    expect(existsSync(join(dir, "data"))).toBe(false);
  });

  it("keeps every command the README documents, with the options it shows", async () => {
    const documented = documentedCommands();
    expect(documented.length).toBeGreaterThanOrEqual(15);
    for (const { path, options } of documented) {
      const help = await cli(...path.split(" "), "--help");
      expect(help.code, path).toBe(0);
      expect(help.out, path).toMatch(new RegExp(`^Cách dùng: npm run cli -- ${path}\\b`));
      for (const option of options)
        expect(help.out, `${path} --${option}`).toContain(`--${option} `);
    }
  });

  it("explains each option of one command", async () => {
    const help = await cli("cell", "schedule", "--help");
    expect(help.code).toBe(0);
    expect(help.out.split("\n")).toEqual([
      "Cách dùng: npm run cli -- cell schedule MÃ [--post-hour 8] [--registration-days 14,7,3,1] " +
        "[--study-days 7,1] [--review-days 7] [--summary-weekday 1] [--meeting-hours 24,1] " +
        "[--meeting-minutes 90] [--combined-minutes 120] [--notice-days 7] [--materials-days 2] " +
        "[--format text|json] [--out TỆP]",
      "giờ gửi tin và số ngày nhắc trước của một chi bộ; không có tùy chọn thì xem cài đặt đang dùng",
      "Tùy chọn:",
      "  --post-hour 8                  giờ gửi tin theo lịch, từ 7 đến 20",
      "  --registration-days 14,7,3,1   nhắc đăng ký trước hạn bao nhiêu ngày",
      "  --study-days 7,1               nhắc học tập chuyên đề trước hạn bao nhiêu ngày",
      "  --review-days 7                nhắc sơ kết trước bao nhiêu ngày",
      "  --summary-weekday 1            ngày gửi tóm tắt hằng tuần cho bí thư: 1 là thứ Hai, 7 là Chủ nhật",
      "  --meeting-hours 24,1           nhắc họp trước giờ họp bao nhiêu giờ",
      "  --meeting-minutes 90           mỗi buổi họp kéo dài bao nhiêu phút, từ 30 đến 240",
      "  --combined-minutes 120         buổi định kỳ kết hợp chuyên đề kéo dài bao nhiêu phút, từ 30 đến 240",
      "  --notice-days 7                gửi thông báo họp trước bao nhiêu ngày, từ 1 đến 30",
      "  --materials-days 2             nhắc bí thư gửi tài liệu họp trước bao nhiêu ngày, từ 1 đến 14",
      "  --format text|json             định dạng: text để đọc, json cho chương trình khác",
      "  --out TỆP                      ghi vào tệp này (chỉ chủ tệp đọc được) thay vì in ra; thư mục phải có sẵn",
    ]);
  });

  it("has the words of every command, argument and option in each language", () => {
    for (const locale of LOCALES) {
      const translator = new Translator(locale);
      for (const command of cliCommands) {
        const keys = [
          descriptionKey(command),
          ...(command.arguments ?? []).map((argument) => argument.word),
          ...Object.entries(command.options ?? {}).flatMap(([name, option]) => [
            option.description ?? `cli-option-${name}`,
            ...("word" in option.value ? [option.value.word] : []),
          ]),
        ];
        for (const key of keys) expect(translator.has(key), `${key} in ${locale}.ftl`).toBe(true);
      }
    }
  });
});

describe("a mistyped command line", () => {
  it.each([
    [["nothing"], "Không có lệnh nothing.", "Cách dùng: npm run cli -- <lệnh> [tùy chọn]"],
    [
      ["cell", "delete"],
      "Không có lệnh cell delete.",
      "Cách dùng: npm run cli -- <lệnh> [tùy chọn]",
    ],
    [
      ["cell", "committee", "CB-1"],
      'Thiếu "TÊN ĐẢNG ỦY".',
      'Cách dùng: npm run cli -- cell committee MÃ "TÊN ĐẢNG ỦY"',
    ],
    [
      ["cell", "committee", "CB-1", "Đảng", "ủy"],
      "Thừa ủy: lệnh cell committee không nhận thêm. Tên có dấu cách thì đặt trong ngoặc kép.",
      'Cách dùng: npm run cli -- cell committee MÃ "TÊN ĐẢNG ỦY"',
    ],
    [["backup", " "], "Thiếu TỆP.", "Cách dùng: npm run cli -- backup TỆP"],
    [
      ["zalo", "status", "--format", "json"],
      "Lệnh zalo status không có tùy chọn --format.",
      "Cách dùng: npm run cli -- zalo status",
    ],
    [
      ["report", "--year", "--cell", "CB-1"],
      "Tùy chọn --year cần một giá trị ngay sau nó.",
      'Cách dùng: npm run cli -- report (--cell MÃ | --committee "TÊN ĐẢNG ỦY")',
    ],
    [
      ["report", "--cell", "CB-1", "--doc", "q5"],
      "--doc không nhận q5; dùng một trong: registration, minutes, q1, q2, q3, q4, year.",
      "Cách dùng: npm run cli -- report",
    ],
    [["report"], "Cần một trong: --cell, --committee.", "Cách dùng: npm run cli -- report"],
    [
      ["report", "--cell", "CB-1", "--committee", "Đảng ủy Sở"],
      "Chỉ dùng một trong: --cell, --committee.",
      "Cách dùng: npm run cli -- report",
    ],
  ])(
    "%j is answered in Vietnamese, exit 2, before any database is opened",
    async (argv, problem, usage) => {
      const result = await cli(...argv);
      expect(result.code).toBe(2);
      expect(result.out).toBe("");
      const [first, second] = result.err.split("\n");
      expect(first).toBe(problem);
      expect(second?.startsWith(usage), second).toBe(true);
      expect(existsSync(join(dir, "data"))).toBe(false);
    },
  );

  it("without a command, shows the usage with exit 2", async () => {
    const result = await cli();
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^Cách dùng: npm run cli -- <lệnh> \[tùy chọn\]\n {2}plan import/);
  });
});

describe("npm run cli -- zalo login", () => {
  it("saves the session without opening the database; zalo status does open it", async () => {
    const login = await cli("zalo", "login", "--qr", join(dir, "qr.png"));
    expect(login.code).toBe(0);
    expect(login.out).toContain(join(dir, "zalo", "credentials.json"));
    expect(existsSync(join(dir, "zalo", "credentials.json"))).toBe(true);
    expect(existsSync(join(dir, "data"))).toBe(false);

    const status = await cli("zalo", "status");
    expect(status.code).toBe(0);
    expect(existsSync(database)).toBe(true);
  });
});
