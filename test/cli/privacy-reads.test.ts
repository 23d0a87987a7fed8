import { join } from "node:path";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/cli.js";
import { loadConfig } from "../../src/config.js";
import type { Cell } from "../../src/store/cell-store.js";
import type { DataReader, ReadChannel, ReadKind } from "../../src/store/data-read-store.js";
import type { Member } from "../../src/store/member-store.js";
import { Harness, TEST_DATABASE_KEY, TestClock } from "../support/harness.js";

let h: Harness;
let first: Cell;
let second: Cell;
let hung: Member;
let ha: Member;
let lan: Member;
let tam: Member;
let binh: Member;

beforeEach(async () => {
  h = new Harness();
  await h.cellWith(["Trần Văn Hùng", "Phạm Thu Hà"]);
  const { cells, members } = h.app.services;
  const now = h.clock.now();
  cells.createWithGroup("Chi bộ Khu phố 2", { chatId: "console:group:2", title: "Nhóm 2" }, now);
  const [one, two] = cells.all();
  if (!one || !two) throw new Error("two cells expected");
  [first, second] = [one, two];
  const byPerson = (name: string) => {
    const found = members.byPerson(`console:${name}`);
    if (!found) throw new Error(`no ${name}`);
    return found;
  };
  [hung, ha, lan] = [byPerson("Trần Văn Hùng"), byPerson("Phạm Thu Hà"), byPerson("Lan")];
  const add = (cellId: number, fullName: string, role: Member["role"]) =>
    members.addByHand({ cellId, fullName, role, status: "full", now });
  tam = add(first.id, "Lê Văn Tâm", "deputy");
  binh = add(second.id, "Đỗ Thị Bình", "member");
  const secondSecretary = add(second.id, "Vũ Minh Quang", "secretary");

  const read = (
    cell: Cell,
    reader: DataReader,
    member: Member,
    kinds: ReadKind[],
    iso: string,
    channel: ReadChannel = "chat",
  ) =>
    h.app.services.dataReads.record({
      reader,
      cellId: cell.id,
      memberIds: [member.id],
      kinds,
      channel,
      now: new Date(iso),
    });
  // 23:59 on 29/02/2024 in Hà Nội, then the first minutes of 1/3 and later.
  read(first, { role: "secretary", memberId: lan.id }, hung, ["plan"], "2024-02-29T16:59:00Z");
  read(first, { role: "deputy", memberId: tam.id }, ha, ["reasons"], "2024-02-29T17:00:00Z");
  read(
    first,
    { role: "officer", personId: "telegram:4242" },
    hung,
    ["level"],
    "2024-03-05T03:00:00Z",
    "file",
  );
  read(first, { role: "operator" }, ha, ["results"], "2024-03-06T03:00:00Z", "cli");
  read(
    second,
    { role: "secretary", memberId: secondSecretary.id },
    binh,
    ["plan"],
    "2024-03-07T03:00:00Z",
  );
});
afterEach(() => h.close());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const config = loadConfig({
    DATABASE_PATH: join(h.dir, "chibo.sqlite"),
    DATABASE_KEY: TEST_DATABASE_KEY,
  });
  const code = await runCli(
    argv,
    config,
    pino({ level: "silent" }),
    new TestClock(new Date("2024-03-12T02:00:00Z")),
    { out: (text) => out.push(text), err: (text) => err.push(text) },
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

interface JsonListing {
  at: string;
  cell: string | null;
  since: string | null;
  keptDays: number;
  count: number;
  reads: {
    at: string;
    cell: { code: string; name: string };
    reader: { role: string; memberId: number | null; name: string | null; account: string | null };
    member: { id: number; name: string };
    kind: string;
    channel: string;
  }[];
}

describe("npm run cli -- privacy reads", () => {
  it("lists every read kept, oldest first, in Vietnamese: when, cell, reader, whose, what, where", async () => {
    const { code, out, err } = await cli("privacy", "reads");
    expect(code).toBe(0);
    expect(err).toBe("");
    const [one, two] = [first, second].map((cell) => `${cell.name} (${cell.code})`);
    expect(out.split("\n")).toEqual([
      "Nhật ký mở dữ liệu cá nhân (lúc 12/03/2024 09:00): 5 lần; mọi chi bộ; mọi dòng còn giữ.",
      `- 29/02/2024 23:59, ${one}: bí thư Lan mở kế hoạch cá nhân của Trần Văn Hùng, trong chat.`,
      `- 01/03/2024 00:00, ${one}: phó bí thư Lê Văn Tâm mở lý do vắng của Phạm Thu Hà, trong chat.`,
      `- 05/03/2024 10:00, ${one}: cán bộ đảng ủy (tài khoản telegram:4242) mở mức xếp loại của Trần Văn Hùng, trong tệp.`,
      `- 06/03/2024 10:00, ${one}: người vận hành mở kết quả, tiến độ của Phạm Thu Hà, ở dòng lệnh.`,
      `- 07/03/2024 10:00, ${two}: bí thư Vũ Minh Quang mở kế hoạch cá nhân của Đỗ Thị Bình, trong chat.`,
      "Nhật ký giữ 365 ngày (RETENTION_AUDIT_DAYS); dòng cũ hơn được việc retention xóa lúc 3 giờ sáng.",
    ]);
  });

  it("gives the same as JSON, with ids and accounts", async () => {
    const { code, out } = await cli("privacy", "reads", "--format", "json");
    expect(code).toBe(0);
    const listing = JSON.parse(out) as JsonListing;
    expect(listing).toMatchObject({
      at: "2024-03-12T02:00:00.000Z",
      cell: null,
      since: null,
      keptDays: 365,
      count: 5,
    });
    expect(listing.reads[0]).toEqual({
      at: "2024-02-29T16:59:00.000Z",
      cell: { code: first.code, name: first.name },
      reader: { role: "secretary", memberId: lan.id, name: "Lan", account: null },
      member: { id: hung.id, name: "Trần Văn Hùng" },
      kind: "plan",
      channel: "chat",
    });
    expect(listing.reads.map((read) => [read.reader.role, read.reader.account])).toEqual([
      ["secretary", null],
      ["deputy", null],
      ["officer", "telegram:4242"],
      ["operator", null],
      ["secretary", null],
    ]);
    expect(listing.reads[1]?.reader).toEqual({
      role: "deputy",
      memberId: tam.id,
      name: "Lê Văn Tâm",
      account: null,
    });
  });

  it("keeps one cell's reads with --cell, and those from a local day on with --since", async () => {
    const cell = JSON.parse(
      (await cli("privacy", "reads", "--cell", second.code, "--format", "json")).out,
    ) as JsonListing;
    expect(cell.cell).toBe(second.code);
    expect(cell.reads.map((read) => read.member.name)).toEqual(["Đỗ Thị Bình"]);

    const since = await cli("privacy", "reads", "--since", "1/3/2024", "--cell", first.code);
    expect(since.code).toBe(0);
    const lines = since.out.split("\n");
    expect(lines[0]).toBe(
      `Nhật ký mở dữ liệu cá nhân (lúc 12/03/2024 09:00): 3 lần; chi bộ ${first.name} (${first.code}); từ ngày 01/03/2024.`,
    );
    // From 00:00 on 1 March in Hà Nội: 23:59 the day before is left out.
    expect(lines[1]).toContain("01/03/2024 00:00");
    expect(since.out).not.toContain("29/02/2024");
    expect(since.out).not.toContain("Đỗ Thị Bình");

    const json = JSON.parse(
      (await cli("privacy", "reads", "--since", "01/03/2024", "--format", "json")).out,
    ) as JsonListing;
    expect(json.since).toBe("2024-02-29T17:00:00.000Z");
    expect(json.count).toBe(4);

    const none = await cli("privacy", "reads", "--since", "13/03/2024");
    expect(none.out.split("\n").slice(0, 2)).toEqual([
      "Nhật ký mở dữ liệu cá nhân (lúc 12/03/2024 09:00): 0 lần; mọi chi bộ; từ ngày 13/03/2024.",
      "Không có lần mở nào.",
    ]);
  });

  it("is not itself a read: listing records nothing", async () => {
    const before = h.app.services.dataReads.list({}).length;
    await cli("privacy", "reads");
    await cli("privacy", "reads", "--format", "json");
    expect(h.app.services.dataReads.list({}).length).toBe(before);
  });

  it.each([
    [
      ["--cell", "KHONGCO"],
      "Không có chi bộ mã KHONGCO. Xem các mã bằng: npm run cli -- cell list",
    ],
    [["--cell", " "], "--cell không được để trống."],
    [["--since", ""], "--since không được để trống."],
    [
      ["--since", "2024-03-01"],
      '--since cần một ngày dạng dd/mm/yyyy (ví dụ 01/01/2026), không phải "2024-03-01".',
    ],
    [
      ["--since", "1/3"],
      '--since cần một ngày dạng dd/mm/yyyy (ví dụ 01/01/2026), không phải "1/3".',
    ],
    [
      ["--since", "30/02/2024"],
      "Không có ngày 30/02/2024 trên lịch. Xin ghi một ngày có thật, dạng dd/mm/yyyy.",
    ],
    [
      ["--since", "01/13/2024"],
      "Không có ngày 01/13/2024 trên lịch. Xin ghi một ngày có thật, dạng dd/mm/yyyy.",
    ],
    [["--since"], "Tùy chọn --since cần một giá trị ngay sau nó."],
    [["--format", "xml"], "--format không nhận xml; dùng một trong: text, json."],
  ])("refuses %j with a clear answer and exit code 2", async (options, said) => {
    const { code, out, err } = await cli("privacy", "reads", ...options);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err.split("\n")[0]).toBe(said);
  });

  it("is listed by help, with its options", async () => {
    const help = await cli("privacy", "reads", "--help");
    expect(help.out.split("\n").slice(0, 2)).toEqual([
      "Cách dùng: npm run cli -- privacy reads [--cell MÃ] [--since dd/mm/yyyy] [--format text|json] [--out TỆP]",
      "nhật ký ai đã mở kế hoạch, kết quả, lý do vắng, mức xếp loại của đảng viên nào, lúc nào, trong chat, tệp hay dòng lệnh; có in họ tên",
    ]);
    expect(help.out).toContain(
      "--since dd/mm/yyyy   chỉ từ ngày này (giờ Việt Nam); không ghi thì mọi dòng còn giữ",
    );
  });
});
