import { describe, expect, it } from "vitest";
import { plainText } from "../../src/domain/rich-text.js";
import { Translator } from "../../src/i18n.js";
import type { Reply } from "../../src/messages/reply.js";
import { renderReply, typedCommand } from "../../src/platforms/render-reply.js";
import { telegramHtml } from "../../src/platforms/telegram/telegram-html.js";
import { parseTelegramHtml } from "../support/telegram-html.js";

const vi = new Translator("vi");
const verbatim = (text: string) => ({ key: "verbatim", args: { text } });

describe("a reply rendered for a platform", () => {
  const typed = "<b>Lan</b> & <i>Hùng</i>";
  const reply: Reply = {
    chatId: "x:1",
    parts: [{ key: "thamgia-renamed", args: { old: typed, name: "Mai" } }],
    choices: [{ label: verbatim(typed), value: "x:1" }],
    privateLink: { label: { key: "poll-vote-button" }, command: "bophieu", argument: "12" },
  };

  it("shows what people typed as typed: escaped in Telegram's HTML, as it is in plain text", () => {
    const html = renderReply(reply, vi, 4096, telegramHtml);
    const plain = renderReply(reply, vi, 4096, plainText);
    expect(html.chunks).toEqual([
      "Đã sửa họ tên từ &lt;b&gt;Lan&lt;/b&gt; &amp; &lt;i&gt;Hùng&lt;/i&gt; thành <b>Mai</b>.",
    ]);
    expect(plain.chunks).toEqual([`Đã sửa họ tên từ ${typed} thành Mai.`]);
    // Buttons show no formatting: their labels are plain on every platform.
    expect(html.choices).toEqual([{ label: typed, value: "x:1" }]);
    expect(html.privateLink).toMatchObject({ command: "bophieu", argument: "12" });
  });

  it("cuts a line longer than a message between characters, never inside markup", () => {
    const long = "a & <b> ".repeat(100);
    const rendered = renderReply({ chatId: "x:1", parts: [verbatim(long)] }, vi, 50, telegramHtml);
    expect(rendered.chunks.length).toBeGreaterThan(1);
    for (const chunk of rendered.chunks) expect(chunk.length).toBeLessThanOrEqual(50);
    expect(rendered.chunks.map(parseTelegramHtml).join("")).toBe(long);
  });

  it("says a private link as the command to type where it cannot be a button", () => {
    expect(typedCommand({ command: "bophieu", argument: "12" })).toBe("bophieu 12");
    expect(typedCommand({ command: "dangky" })).toBe("dangky");
  });
});
