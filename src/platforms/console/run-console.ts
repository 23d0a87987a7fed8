import { createInterface } from "node:readline/promises";
import { plainText } from "../../domain/rich-text.js";
import type { Translator } from "../../i18n.js";
import type { ConsoleChat } from "./console-chat.js";

/**
 * The console chat on the terminal: reads lines until Ctrl+D or Ctrl+C (or the end of piped
 * input), or until `stop` (a signal).
 */
export async function runConsole(
  chat: ConsoleChat,
  translator: Translator,
  stop?: AbortSignal,
): Promise<void> {
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  stop?.addEventListener("abort", () => terminal.close(), { once: true });
  process.stdout.write(`${plainText(translator.t("console-intro"))}\n\n`);
  terminal.setPrompt(chat.prompt);
  terminal.prompt();
  for await (const line of terminal) {
    for (const output of await chat.type(line)) process.stdout.write(`${output}\n`);
    terminal.setPrompt(chat.prompt);
    terminal.prompt();
  }
}
