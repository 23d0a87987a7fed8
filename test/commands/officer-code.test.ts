import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Harness, texts } from "../support/harness.js";
import { operatorCli } from "../support/operator.js";

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

  /** `npm run cli -- committee officer NAME`: the code it prints, with how long it is valid. */
  async function issueCode(): Promise<string> {
    const { exit, printed } = await operatorCli(h, "committee", "officer", COMMITTEE);
    expect(exit).toBe(0);
    expect(printed).toContain("trong 7 ngày");
    const code = /\/tonghop (\d{8})/.exec(printed)?.[1];
    if (!code) throw new Error(`no code in: ${printed}`);
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
