import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainText, type Span } from "../../../src/domain/rich-text.js";
import { startCall } from "../../../src/engine/command.js";
import { startLink, telegramCommand } from "../../../src/platforms/telegram/start-link.js";
import { telegramHtml } from "../../../src/platforms/telegram/telegram-html.js";
import { parseTelegramHtml } from "../../support/telegram-html.js";

describe("rich text as Telegram HTML", () => {
  it("escapes every text and writes the styles as <b> and <i>", () => {
    expect(telegramHtml([{ text: "Lan " }, { text: "<b>a</b> & c", bold: true }])).toBe(
      "Lan <b>&lt;b&gt;a&lt;/b&gt; &amp; c</b>",
    );
    expect(
      telegramHtml([
        { text: "x ", bold: true },
        { text: "y", bold: true, italic: true },
        { text: "z", italic: true },
      ]),
    ).toBe("<b>x <i>y</i></b><i>z</i>");
  });

  it("is markup Telegram takes, and shows exactly the text", () => {
    const text = fc.string({ unit: fc.constantFrom(..."<>&;/bi x") });
    const span = fc.record(
      { text, bold: fc.constant(true), italic: fc.constant(true) },
      { requiredKeys: ["text"] },
    );
    fc.assert(
      fc.property(fc.array(span), (spans: Span[]) => {
        expect(parseTelegramHtml(telegramHtml(spans))).toBe(plainText(spans));
      }),
    );
  });
});

describe("a private link on Telegram", () => {
  it("is a t.me link whose start parameter joins the command and its argument by _", () => {
    expect(startLink("chibo_bot", { command: "lichhop", argument: "12" })).toBe(
      "https://t.me/chibo_bot?start=lichhop_12",
    );
    expect(startLink("chibo_bot", { command: "help" })).toBe("https://t.me/chibo_bot?start=help");
  });

  it("is refused when Telegram would not take its start parameter", () => {
    expect(() => startLink("chibo_bot", { command: "bophieu", argument: "1 2" })).toThrow();
    expect(() => startLink("chibo_bot", { command: "bophieu", argument: "phiếu" })).toThrow();
    expect(() => startLink("chibo_bot", { command: "a", argument: "1".repeat(63) })).toThrow();
    expect(startLink("chibo_bot", { command: "a", argument: "1".repeat(62) })).toContain("a_1");
  });

  it("reaches /start as the command and argument it carries", () => {
    for (const call of [{ command: "bophieu", argument: "12" }, { command: "dangky" }]) {
      const parameter = new URL(startLink("chibo_bot", call)).searchParams.get("start");
      const command = telegramCommand(`/start ${parameter}`, "chibo_bot");
      expect(command?.name).toBe("start");
      expect(startCall(command?.args ?? "")).toEqual({ argument: "", ...call });
    }
  });

  it("leaves what a person typed after /start as typed", () => {
    expect(telegramCommand("/start thamgia Nguyễn_Văn A", "chibo_bot")?.args).toBe(
      "thamgia Nguyễn_Văn A",
    );
    expect(telegramCommand("/dangky lichhop_12", "chibo_bot")?.args).toBe("lichhop_12");
  });
});
