import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { EXIT, StopSteps } from "../src/shutdown.js";

function steps(waitLimitMs = 8000) {
  const lines: string[] = [];
  const log = pino({ level: "info" }, { write: (line: string) => lines.push(line) });
  return { steps: new StopSteps(log, waitLimitMs), lines };
}

const asked = { code: EXIT.stopped, reason: "SIGTERM" } as const;

describe("the steps of a stop", () => {
  it("go on after one that fails, which is logged and makes the stop unclean", async () => {
    const { steps: stop, lines } = steps();
    const ran: string[] = [];
    stop.run("heartbeat", () => {
      throw new Error("409: Conflict");
    });
    stop.run("database", () => ran.push("database"));
    expect(ran).toEqual(["database"]);
    expect(lines.join("")).toContain('"step":"heartbeat"');
    expect(stop.exitCode(asked)).toBe(EXIT.unclean);
  });

  it("stop waiting for what does not end by the deadline, and say so", async () => {
    const { steps: stop, lines } = steps(20);
    const never = new Promise<void>(() => {});
    expect(await stop.wait("beat under way", never)).toBe(false);
    expect(await stop.wait("telegram", Promise.resolve())).toBe(true);
    expect(lines.join("")).toContain('"step":"beat under way"');
    expect(stop.exitCode(asked)).toBe(EXIT.unclean);
  });

  it("exit 0 when every step ended, and keep the code of a stop that was not asked for", async () => {
    const { steps: stop } = steps();
    expect(await stop.wait("telegram", Promise.resolve())).toBe(true);
    expect(stop.exitCode(asked)).toBe(EXIT.stopped);
    expect(stop.exitCode({ code: EXIT.conflict, reason: "conflict" })).toBe(EXIT.conflict);
  });
});
