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

/**
 * The button a person presses for `label` (its whole text, or a RegExp found in it): under the
 * latest message that has one. Throws, naming the buttons, when none or several there match.
 */
export function pressable(
  messages: SentMessage[],
  label: string | RegExp,
): { message: SentMessage; text: string } {
  const fits = (text: string) =>
    typeof label === "string" ? text === label : text.search(label) >= 0;
  for (const message of [...messages].reverse()) {
    const found = buttonLabels(message).filter(fits);
    if (found.length > 1)
      throw new Error(`${String(label)} fits several buttons: ${found.join(" | ")}`);
    if (found[0] !== undefined) return { message, text: found[0] };
  }
  const shown = messages.flatMap(buttonLabels);
  throw new Error(`No button ${String(label)}; the chat shows: ${shown.join(" | ") || "none"}`);
}
