import type { SentMessage } from "./fake-bot-api.js";

/** The labels of the buttons under a message the bot sent on Telegram. */
export function buttonLabels(message: SentMessage): string[] {
  const markup = message.replyMarkup as { inline_keyboard?: { text: string }[][] } | undefined;
  return (markup?.inline_keyboard ?? []).flat().map((button) => button.text);
}

/** The number in front of the latest offered line that contains `label`: what a person types. */
export function numberOf(texts: string[], label: string): string {
  for (const text of [...texts].reverse()) {
    const line = text.split("\n").find((l) => /^\s*\d+\. /.test(l) && l.includes(label));
    if (line) return line.trim().split(".")[0] ?? "";
  }
  throw new Error(`No numbered choice "${label}"`);
}
