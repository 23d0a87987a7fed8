import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Harness, texts } from "../support/harness.js";
import { codeIn, firstOfficerCode, newCommittee } from "../support/operator.js";

const COMMITTEE = "Đảng ủy Phường Phú Hòa";
const OTHER = "Đảng ủy Phường Tân Định";

let h: Harness;
afterEach(() => h.close());

/** A code other than `code`, as a mistyped one is. */
function wrong(code: string, by = 1): string {
  return String((Number(code) + by) % 10 ** 8).padStart(8, "0");
}

function cellNamed(name: string) {
  const cell = h.app.services.cells.all().find((c) => c.name === name);
  if (!cell) throw new Error(`no cell ${name}`);
  return cell;
}

/** An officer's menu choice under /tonghop; returns the code it gives. */
async function officerGives(officer: string, label: RegExp) {
  await h.say(officer, "private", "/tonghop");
  const said = texts(await h.press(officer, "private", label));
  return { code: codeIn(said), said };
}

/** Lan, the cell's secretary, types a committee's code in /caidat. */
async function secretaryTypes(code: string, secretary = "Lan") {
  await h.say(secretary, "private", "/caidat");
  await h.press(secretary, "private", /Cấp ủy cấp trên/);
  return texts(await h.say(secretary, "private", code));
}

describe("committee officers invite each other from the chat", () => {
  let committeeId: number;
  beforeEach(async () => {
    h = new Harness({ now: "2024-03-10T02:00:00Z" });
    committeeId = newCommittee(h, COMMITTEE);
    await h.say("Ánh", "private", `/tonghop ${await firstOfficerCode(h, COMMITTEE)}`);
  });

  it("an officer invites a second one, who types the code in private", async () => {
    const { code, said } = await officerGives("Ánh", /Mời thêm cán bộ/);
    expect(said).toContain(
      `Mã mời cán bộ ${COMMITTEE}: ${code} (dùng một lần, đến 17/03/2024 09:00)`,
    );
    expect(said).toContain(`/tonghop ${code}`);

    const claimed = texts(await h.say("Bảo", "private", `/tonghop ${code}`));
    expect(claimed).toContain(`Đồng chí đã được ghi là cán bộ của ${COMMITTEE}`);
    expect(h.app.services.officers.committeeOf("console:Bảo")).toBe(committeeId);
    expect(texts(await h.say("Bảo", "private", "/tonghop"))).toContain(`Tổng hợp ${COMMITTEE}`);
  });

  it("refuses an invitation used twice", async () => {
    const { code } = await officerGives("Ánh", /Mời thêm cán bộ/);
    await h.say("Bảo", "private", `/tonghop ${code}`);
    const again = texts(await h.say("Cúc", "private", `/tonghop ${code}`));
    expect(again).toContain("Mã không đúng hoặc đã hết hạn");
    expect(h.app.services.officers.committeeOf("console:Cúc")).toBeUndefined();
  });

  it("refuses an invitation once its 7 days are over", async () => {
    const { code } = await officerGives("Ánh", /Mời thêm cán bộ/);
    h.clock.set("2024-03-17T02:01:00Z");
    expect(texts(await h.say("Bảo", "private", `/tonghop ${code}`))).toContain(
      "Mã không đúng hoặc đã hết hạn",
    );
    expect(h.app.services.officers.committeeOf("console:Bảo")).toBeUndefined();
  });

  it("stops reading codes after five wrong ones, even the right one", async () => {
    const { code } = await officerGives("Ánh", /Mời thêm cán bộ/);
    for (let i = 1; i <= 5; i++) {
      expect(texts(await h.say("Bảo", "private", `/tonghop ${wrong(code, i)}`))).toContain(
        "Mã không đúng",
      );
    }
    expect(texts(await h.say("Bảo", "private", `/tonghop ${code}`))).toContain(
      "nhập sai mã nhiều lần",
    );
    expect(h.app.services.officers.committeeOf("console:Bảo")).toBeUndefined();
    // An hour on, the code still works: it was never read.
    h.clock.set("2024-03-10T03:01:00Z");
    expect(texts(await h.say("Bảo", "private", `/tonghop ${code}`))).toContain("cán bộ của");
  });

  it("leaves an officer's own invitation for the one it was meant for", async () => {
    const { code } = await officerGives("Ánh", /Mời thêm cán bộ/);
    expect(texts(await h.say("Ánh", "private", `/tonghop ${code}`))).toContain(
      "mã vẫn còn dùng được",
    );
    expect(texts(await h.say("Bảo", "private", `/tonghop ${code}`))).toContain("cán bộ của");
  });

  it("tells someone who is not an officer what to do in the chat, not on a command line", async () => {
    const refused = texts(await h.say("Dũng", "private", "/tonghop"));
    expect(refused).toContain("xin mã mời từ một cán bộ đảng ủy đã dùng chibo");
    expect(refused).toContain("/tonghop MÃ");
    expect(refused).not.toMatch(/npm|cli/);
  });
});

describe("a cell joins its committee with the committee's code", () => {
  let committeeId: number;
  beforeEach(async () => {
    h = new Harness({ now: "2024-03-10T02:00:00Z" });
    committeeId = newCommittee(h, COMMITTEE);
    await h.say("Ánh", "private", `/tonghop ${await firstOfficerCode(h, COMMITTEE)}`);
    await h.cellWith(["Hùng"]);
  });

  it("in /caidat: the secretary types the code an officer gave", async () => {
    const { code, said } = await officerGives("Ánh", /Mã cho chi bộ/);
    expect(said).toContain(`Mã để một chi bộ gắn vào ${COMMITTEE}: ${code}`);
    expect(said).toContain(`/khoitao Tên chi bộ ${code}`);

    const linked = await secretaryTypes(code);
    expect(linked).toContain(`Chi bộ Khu phố 1 đã thuộc ${COMMITTEE}`);
    expect(cellNamed("Chi bộ Khu phố 1").committeeId).toBe(committeeId);
    expect(texts(await h.say("Lan", "private", "/caidat"))).toContain(
      `Cấp ủy cấp trên: ${COMMITTEE}`,
    );
    expect(texts(await h.say("Ánh", "private", "/tonghop"))).toContain("Chi bộ Khu phố 1");
  });

  it("in /khoitao: a new cell is under the committee from the start", async () => {
    const { code } = await officerGives("Ánh", /Mã cho chi bộ/);
    h.admins.add("console:Mai");
    const created = texts(await h.say("Mai", "group:2", `/khoitao Chi bộ Khu phố 2 mã ${code}`));
    expect(created).toContain("Đã tạo Chi bộ Khu phố 2");
    expect(created).toContain(`Chi bộ thuộc ${COMMITTEE}`);
    expect(cellNamed("Chi bộ Khu phố 2").committeeId).toBe(committeeId);
  });

  it("/khoitao with a wrong code creates nothing", async () => {
    const { code } = await officerGives("Ánh", /Mã cho chi bộ/);
    h.admins.add("console:Mai");
    const before = h.snapshot();
    // A code mistyped, one digit short, is still taken as a code, not as part of the name.
    for (const typed of [wrong(code), code.slice(1)]) {
      const refused = texts(await h.say("Mai", "group:2", `/khoitao Chi bộ Khu phố 2 ${typed}`));
      expect(refused).toContain("nên chưa tạo chi bộ");
    }
    expect(h.snapshot()).toBe(before);
  });

  it("refuses a code used twice", async () => {
    const { code } = await officerGives("Ánh", /Mã cho chi bộ/);
    await secretaryTypes(code);
    h.admins.add("console:Mai");
    await h.say("Mai", "group:2", "/khoitao Chi bộ Khu phố 2");
    expect(await secretaryTypes(code, "Mai")).toContain("Mã không đúng hoặc đã hết hạn");
    expect(cellNamed("Chi bộ Khu phố 2").committeeId).toBeNull();
  });

  it("refuses a code once its 7 days are over", async () => {
    const { code, said } = await officerGives("Ánh", /Mã cho chi bộ/);
    expect(said).toContain("đến 17/03/2024 09:00");
    h.clock.set("2024-03-17T02:01:00Z");
    expect(await secretaryTypes(code)).toContain("Mã không đúng hoặc đã hết hạn");
    expect(cellNamed("Chi bộ Khu phố 1").committeeId).toBeNull();
  });

  it("stops reading codes after five wrong ones, in /caidat as in /khoitao", async () => {
    const { code } = await officerGives("Ánh", /Mã cho chi bộ/);
    await h.say("Lan", "private", "/caidat");
    await h.press("Lan", "private", /Cấp ủy cấp trên/);
    for (let i = 1; i <= 5; i++) {
      expect(texts(await h.say("Lan", "private", wrong(code, i)))).toContain("Mã không đúng");
    }
    expect(texts(await h.say("Lan", "private", code))).toContain("nhập sai mã nhiều lần");
    expect(cellNamed("Chi bộ Khu phố 1").committeeId).toBeNull();
  });

  it("asks a secretary who types letters for digits, without counting it as a guess", async () => {
    await h.say("Lan", "private", "/caidat");
    await h.press("Lan", "private", /Cấp ủy cấp trên/);
    for (const typed of ["<&>", "mã của đảng ủy", "x".repeat(2000)]) {
      expect(texts(await h.say("Lan", "private", typed))).toContain("Mã chỉ gồm chữ số");
    }
    const count = h.app.database.sqlite.prepare("select count(*) as n from code_attempts").get();
    expect(count).toEqual({ n: 0 });
  });
});

/**
 * A cell belongs to the committee whose cells it is listed with and whose plan it follows. A
 * code of another committee typed for it would take it from there: the secretary is asked.
 */
describe("a cell under one committee given another's code", () => {
  async function setUp(hasButtons = true) {
    h = new Harness({ now: "2024-03-10T02:00:00Z", hasButtons });
    newCommittee(h, COMMITTEE);
    await h.say("Ánh", "private", `/tonghop ${await firstOfficerCode(h, COMMITTEE)}`);
    await h.cellWith(["Hùng"]);
    // The operator put the cell under the other committee (`cell committee`).
    h.app.services.cells.setCommittee(cellNamed("Chi bộ Khu phố 1").id, OTHER, h.clock.now());
  }

  const under = () =>
    h.app.services.cells.committeeById(cellNamed("Chi bộ Khu phố 1").committeeId ?? 0)?.name;

  it("is asked before the move, and stays where it is if the secretary says so", async () => {
    await setUp();
    const { code } = await officerGives("Ánh", /Mã cho chi bộ/);
    const asked = await secretaryTypes(code);
    expect(asked).toContain(`Chi bộ Khu phố 1 đang thuộc ${OTHER}, còn mã này là của ${COMMITTEE}`);
    expect(under()).toBe(OTHER);

    const kept = texts(await h.press("Lan", "private", `Ở lại ${OTHER}`));
    expect(kept).toContain(`Chi bộ vẫn thuộc ${OTHER}`);
    expect(under()).toBe(OTHER);

    // The code was not used up: the secretary may still decide otherwise.
    await secretaryTypes(code);
    const moved = texts(await h.press("Lan", "private", `Chuyển sang ${COMMITTEE}`));
    expect(moved).toContain(`Chi bộ Khu phố 1 đã chuyển từ ${OTHER} sang ${COMMITTEE}`);
    expect(under()).toBe(COMMITTEE);
  });

  it("moves nothing when the code was used by another cell in the meantime", async () => {
    await setUp();
    const { code } = await officerGives("Ánh", /Mã cho chi bộ/);
    await secretaryTypes(code);
    h.admins.add("console:Mai");
    await h.say("Mai", "group:2", `/khoitao Chi bộ Khu phố 2 ${code}`);
    const late = texts(await h.press("Lan", "private", `Chuyển sang ${COMMITTEE}`));
    expect(late).toContain("Mã không đúng hoặc đã hết hạn");
    expect(under()).toBe(OTHER);
  });

  it("answers the same committee's code without using it", async () => {
    await setUp();
    const { code } = await officerGives("Ánh", /Mã cho chi bộ/);
    await secretaryTypes(code);
    await h.press("Lan", "private", `Chuyển sang ${COMMITTEE}`);
    const second = await officerGives("Ánh", /Mã cho chi bộ/);
    expect(await secretaryTypes(second.code)).toContain(
      `Chi bộ Khu phố 1 đã thuộc ${COMMITTEE}, không cần gắn lại`,
    );
  });

  it("asks by number where there are no buttons", async () => {
    await setUp(false);
    const { code } = await officerGives("Ánh", /Mã cho chi bộ/);
    const asked = await secretaryTypes(code);
    expect(asked).toContain("Chuyển chi bộ sang");
    expect(asked).not.toMatch(/bấm|nút/);
    expect(texts(await h.say("Lan", "private", "Chi bộ ở lại"))).toContain(
      "Xin chọn một dòng dưới đây",
    );
    expect(under()).toBe(OTHER);
    // The number of "Chuyển sang …" typed.
    expect(texts(await h.press("Lan", "private", `Chuyển sang ${COMMITTEE}`))).toContain(
      "đã chuyển từ",
    );
    expect(under()).toBe(COMMITTEE);
  });
});
