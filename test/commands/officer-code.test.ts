import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/cli.js";
import { loadConfig } from "../../src/config.js";
import { Harness, texts } from "../support/harness.js";

const COMMITTEE = "Đảng ủy Phường 1";

/** A committee officer's one-time code, from the command line, claimed with /tonghop. */
describe("an officer's code", () => {
  let h: Harness;
  beforeEach(async () => {
    h = new Harness({ now: "2024-03-10T02:00:00Z" });
    await h.cellWith(["Hùng"]);
    const [cell] = h.app.services.cells.all();
    if (!cell) throw new Error("no cell");
    h.app.services.cells.setCommittee(cell.id, COMMITTEE, h.clock.now());
  });
  afterEach(() => h.close());

  /** `npm run cli -- committee officer NAME`, on the harness's database and clock. */
  async function issueCode(): Promise<string> {
    const out: string[] = [];
    const config = loadConfig({ DATABASE_PATH: h.app.database.sqlite.name });
    const io = { out: (text: string) => out.push(text), err: (text: string) => out.push(text) };
    expect(
      await runCli(
        ["committee", "officer", COMMITTEE],
        config,
        pino({ level: "silent" }),
        h.clock,
        io,
      ),
    ).toBe(0);
    expect(out.join("\n")).toContain("trong 7 ngày");
    const code = /\/tonghop (\d{8})/.exec(out.join("\n"))?.[1];
    if (!code) throw new Error(`no code in: ${out.join("\n")}`);
    return code;
  }

  it("is claimed within the 7 days it is valid", async () => {
    const code = await issueCode();
    h.clock.set("2024-03-17T01:59:00Z");
    expect(texts(await h.say("Cán bộ", "private", `/tonghop ${code}`))).toContain(
      `cán bộ của ${COMMITTEE}`,
    );
  });

  it("is refused once the 7 days are over", async () => {
    const code = await issueCode();
    h.clock.set("2024-03-17T02:01:00Z");
    expect(texts(await h.say("Cán bộ", "private", `/tonghop ${code}`))).toContain(
      "Mã không đúng hoặc đã hết hạn",
    );
    expect(h.app.services.officers.committeeOf("console:Cán bộ")).toBeUndefined();
  });
});
