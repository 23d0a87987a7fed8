import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { pino } from "pino";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/cli.js";
import { loadConfig } from "../../../src/config.js";
import { UploadedFile } from "../../support/bot-api-spec.js";
import type { FakeBotApi } from "../../support/fake-bot-api.js";
import { TEST_DATABASE_KEY } from "../../support/harness.js";
import { startTelegramRig, type TelegramRig } from "../../support/telegram-rig.js";

const GROUP = -1009900;
const LAN = 901;

/**
 * The foundation's example cell on Telegram: the secretary asks /xuatbaocao for everything and
 * gets Word reports, the workbook and charts in private; the committee's roll-up comes from the
 * command line and from /tonghop.
 */
describe("report files", () => {
  let rig: TelegramRig;
  let fake: FakeBotApi;
  let dir: string;
  let code = "";

  beforeAll(async () => {
    rig = await startTelegramRig("2024-04-10T02:00:00Z");
    fake = rig.fake;
    dir = mkdtempSync(join(tmpdir(), "chibo-files-"));
    const group = fake.addGroup({ id: GROUP, title: "Chi bộ KP1", type: "supergroup" });
    const lan = fake.addUser({ id: LAN, first_name: "Nguyễn Thị", last_name: "Lan" });
    fake.setChatMember(GROUP, LAN, "administrator");
    fake.sendText({ from: lan, chat: group, text: "/khoitao Chi bộ Khu phố 1" });
    fake.sendText({ from: lan, text: "/start" });
    await fake.waitForIdle();
    const { cells, members, commitments } = rig.app.services;
    const cell = cells.all()[0];
    if (!cell) throw new Error("no cell");
    code = cell.code;
    cells.setCommittee(cell.id, "Đảng ủy phường Phú Cường", rig.clock.now());
    for (const [index, name] of ["Trần Văn Hùng", "Lê Thị Mai", "Phạm Văn Tú"].entries()) {
      const member = members.create({
        cellId: cell.id,
        fullName: name,
        role: "member",
        roster: "active",
        personId: `tg:${910 + index}`,
        displayName: name,
        now: rig.clock.now(),
      });
      if (index < 2) {
        commitments.save(
          member.id,
          2024,
          { study: `Học chuyên đề (${name})`, follow: "Làm đúng hạn", example: "Gương mẫu" },
          rig.clock.now(),
        );
      }
    }
  });

  afterAll(async () => {
    await rig.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const uploads = (method: string) =>
    fake.calls
      .filter((call) => call.method === method && call.ok)
      .map((call) => Object.values(call.params).find((v) => v instanceof UploadedFile))
      .filter((file): file is UploadedFile => file instanceof UploadedFile);

  it("sends the Word reports, the workbook and the charts in private", async () => {
    fake.sendText({ from: fake.users.get(LAN) as never, text: "/xuatbaocao" });
    const [menu] = await rig.lastTo(LAN);
    fake.clickButton({
      from: fake.users.get(LAN) as never,
      message: menu as never,
      label: "📦 Tất cả",
    });
    await fake.waitFor((call) => call.method === "sendPhoto" && call.ok, 20_000);
    await rig.lastTo(LAN);
    await fake.waitForIdle(300, 20_000);

    const documents = uploads("sendDocument");
    const names = documents.map((file) => file.filename);
    expect(names).toContain(`dang-ky-${code}-2024.docx`);
    expect(names).toContain(`ket-qua-${code}-2024-quy2.docx`);
    expect(names).toContain(`chi-bo-${code}-2024.xlsx`);

    const report = documents.find((file) => file.filename.startsWith("dang-ky"));
    const xml = await (await JSZip.loadAsync(report?.content ?? Buffer.alloc(0)))
      .file("word/document.xml")
      ?.async("string");
    expect(xml).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(xml).toContain("CHI BỘ KHU PHỐ 1");
    expect(xml).toContain("Học chuyên đề (Trần Văn Hùng)");

    const workbook = new ExcelJS.Workbook();
    const xlsx = documents.find((file) => file.filename.endsWith(".xlsx"));
    await workbook.xlsx.load(xlsx?.content as never);
    const roster = workbook.worksheets[0];
    const cells = roster?.getSheetValues().flat().map(String) ?? [];
    expect(cells).toContain("Lê Thị Mai");

    const charts = uploads("sendPhoto");
    expect(charts.length).toBeGreaterThanOrEqual(1);
    const png = PNG.sync.read(charts[0]?.content ?? Buffer.alloc(0));
    expect(png.width).toBeGreaterThan(300);
    // Nothing was sent to the group.
    expect(
      fake.calls.filter((c) => c.params.chat_id === GROUP && /send(Document|Photo)/.test(c.method)),
    ).toEqual([]);
  });

  it("gives the committee's roll-up from the command line and to its officer", async () => {
    const out: string[] = [];
    const cli = (...argv: string[]) =>
      runCli(
        argv,
        loadConfig({
          DATABASE_PATH: rig.app.database.sqlite.name,
          DATABASE_KEY: TEST_DATABASE_KEY,
        }),
        pino({ level: "silent" }),
        rig.clock,
        { out: (text) => out.push(text), err: (text) => out.push(text) },
      );
    const committee = "Đảng ủy phường Phú Cường";
    expect(await cli("report", "--committee", committee, "--format", "json")).toBe(0);
    const rollup = JSON.parse(out.join("\n"));
    expect(rollup.cells).toHaveLength(1);
    expect(rollup.totals).toMatchObject({ members: 4, registered: 2, missing: 2 });

    const file = join(dir, "tong-hop.xlsx");
    expect(await cli("report", "--committee", committee, "--format", "xlsx", "--out", file)).toBe(
      0,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as never);
    expect(workbook.worksheets[0]?.getSheetValues().flat().map(String)).toContain(
      "Chi bộ Khu phố 1",
    );
    expect(await cli("report", "--cell", code, "--format", "docx")).toBe(2);

    out.length = 0;
    expect(await cli("committee", "officer", committee)).toBe(0);
    const officerCode = /\/tonghop (\d{8})/.exec(out.join("\n"))?.[1];
    const officer = fake.addUser({ id: 990, first_name: "Cán bộ" });
    fake.sendText({ from: officer, text: "/tonghop" });
    expect((await rig.lastTo(990))[0]?.text).toContain("dành cho cán bộ đảng ủy");
    fake.sendText({ from: officer, text: `/tonghop ${officerCode}` });
    expect((await rig.lastTo(990))[0]?.text).toContain("cán bộ của Đảng ủy phường Phú Cường");
    fake.sendText({ from: officer, text: "/tonghop" });
    const [summary] = await rig.lastTo(990);
    expect(summary?.text).toContain(`${code} Chi bộ Khu phố 1: đăng ký 2/4`);
    fake.clickButton({
      from: officer,
      message: summary as never,
      label: "📄 Báo cáo tổng hợp (Word)",
    });
    await fake.waitFor(
      (call) => call.method === "sendDocument" && call.params.chat_id === 990,
      10_000,
    );
    expect(uploads("sendDocument").at(-1)?.filename).toMatch(/^tong-hop-\d+-2024\.docx$/);
  });
});
