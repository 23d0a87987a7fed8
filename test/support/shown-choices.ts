/** A message as a person reading the chat sees it: the buttons under it, or its numbered lines. */
export interface ShownMessage {
  /** What the bot edits it by: a later message with the same anchor replaces it. */
  anchor?: string;
  /** Buttons, with the value each one sends. */
  buttons: { label: string; value: string }[];
  /** Its text, where choices are lines to answer by number ("  2. ✅ Lưu"). */
  lines: string[];
}

/** What a person does to pick a choice: press its button, or type its number. */
export type Picked = { value: string } | { typed: string; label: string };

/** A numbered choice as the platforms write it: "  2. ✅ Lưu". */
const NUMBERED = /^ {2}(\d+)\. (.*)$/;

/**
 * Every chat's messages that show choices, oldest first, as a person scrolls up to press a
 * button or read the number to type. Buttons stay under a message until an edit replaces them.
 */
export class ShownChoices {
  private readonly chats = new Map<string, ShownMessage[]>();

  /** A message shown in `chatId`; a refresh only edits the message with its anchor, if any. */
  show(chatId: string, message: ShownMessage, refresh = false): void {
    const offers = message.buttons.length > 0 || numberedLines(message).length > 0;
    if (!offers && message.anchor === undefined) return;
    const messages = this.chats.get(chatId) ?? [];
    const edited =
      message.anchor === undefined ? -1 : messages.findIndex((m) => m.anchor === message.anchor);
    if (edited >= 0) messages[edited] = message;
    else if (!refresh) messages.push(message);
    this.chats.set(chatId, messages);
  }

  /** Every message of `chatId` forgotten: where a digit answers, a new list replaces the old. */
  forget(chatId: string): void {
    this.chats.delete(chatId);
  }

  /**
   * The choice labelled `label` (the whole label, or a RegExp found in it) in the latest message
   * of `chatId` that shows one, as a person presses the button nearest the bottom. Throws, listing
   * the labels shown, when no message shows one or that message shows several.
   */
  pick(chatId: string, label: string | RegExp): Picked {
    const messages = this.chats.get(chatId) ?? [];
    const fits = (text: string) =>
      typeof label === "string" ? text === label : text.search(label) >= 0;
    for (const message of [...messages].reverse()) {
      const buttons = message.buttons.filter((button) => fits(button.label));
      const numbered = numberedLines(message).filter((line) => fits(line.label));
      const found = [
        ...buttons.map((b) => b.label),
        ...numbered.map((n) => `${n.number}. ${n.label}`),
      ];
      if (found.length > 1) {
        throw new Error(`${String(label)} fits several choices in ${chatId}: ${found.join(" | ")}`);
      }
      if (buttons[0]) return { value: buttons[0].value };
      if (numbered[0]) return { typed: numbered[0].number, label: numbered[0].label };
    }
    const shown = messages.flatMap((m) => [
      ...m.buttons.map((b) => b.label),
      ...numberedLines(m).map((n) => `${n.number}. ${n.label}`),
    ]);
    throw new Error(
      `No choice ${String(label)} shown in ${chatId}; it shows: ${shown.join(" | ") || "none"}`,
    );
  }
}

function numberedLines(message: ShownMessage): { number: string; label: string }[] {
  return message.lines.flatMap((line) => {
    const match = NUMBERED.exec(line);
    return match ? [{ number: match[1] ?? "", label: match[2] ?? "" }] : [];
  });
}
