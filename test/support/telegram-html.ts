/**
 * Telegram's HTML parse mode, as the Bot API server applies it when `parse_mode` is "HTML".
 * Modelled on tdlib's parse_html (td/telegram/MessageEntity.cpp), with one deliberate difference:
 * a "&" that starts no known entity is refused here. The documentation requires escaping it, but
 * the real server shows it literally, so a bot that forgets would print "&nbsp;" to people.
 */

/** Markup Telegram refuses; the message follows tdlib's wording. */
export class HtmlParseError extends Error {}

const SUPPORTED_TAGS = new Set([
  ...["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler"],
  ...["a", "tg-emoji", "tg-time", "code", "pre", "blockquote"],
]);

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"' };

// "<", an optional "/", the tag name, then anything up to ">" (a quoted value may contain ">").
const TAG = /<(\/?)([^\s>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
const ATTRIBUTE = /([^\s=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?/g;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/iy;

interface Tag {
  name: string;
  closing: boolean;
  attributes: Map<string, string>;
  end: number;
}

/** Returns the text Telegram would show: tags removed, entities decoded. Throws HtmlParseError. */
export function parseTelegramHtml(html: string): string {
  let text = "";
  const openTags: string[] = [];
  let position = 0;
  while (position < html.length) {
    const char = html.charAt(position);
    if (char === "&") {
      const entity = readEntity(html, position);
      text += entity.text;
      position = entity.end;
    } else if (char === "<") {
      const tag = readTag(html, position);
      if (tag.closing) closeTag(openTags, tag.name, at(html, position));
      else openTag(openTags, tag, at(html, position));
      position = tag.end;
    } else {
      text += char;
      position += 1;
    }
  }
  const unclosed = openTags.at(-1);
  if (unclosed !== undefined) {
    throw new HtmlParseError(`Can't find end tag corresponding to start tag "${unclosed}"`);
  }
  return text;
}

function readTag(html: string, start: number): Tag {
  TAG.lastIndex = start;
  const match = TAG.exec(html);
  if (match === null) throw new HtmlParseError(`Unclosed start tag ${at(html, start)}`);
  const [, slash, name = "", attributes = ""] = match;
  return {
    name: name.toLowerCase(),
    closing: slash === "/",
    attributes: parseAttributes(attributes),
    end: TAG.lastIndex,
  };
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name = "", double, single, bare] of source.matchAll(ATTRIBUTE)) {
    attributes.set(name.toLowerCase(), double ?? single ?? bare ?? "");
  }
  return attributes;
}

function openTag(openTags: string[], tag: Tag, where: string): void {
  if (!SUPPORTED_TAGS.has(tag.name)) {
    throw new HtmlParseError(`Unsupported start tag "${tag.name}" ${where}`);
  }
  if (tag.name === "span" && tag.attributes.get("class") !== "tg-spoiler") {
    throw new HtmlParseError(`Tag "span" must have class "tg-spoiler" ${where}`);
  }
  openTags.push(tag.name);
}

function closeTag(openTags: string[], name: string, where: string): void {
  const expected = openTags.pop();
  if (expected === undefined) throw new HtmlParseError(`Unexpected end tag ${where}`);
  if (name !== expected) {
    throw new HtmlParseError(
      `Unmatched end tag ${where}, expected "</${expected}>", found "</${name}>"`,
    );
  }
}

function readEntity(html: string, start: number): { text: string; end: number } {
  ENTITY.lastIndex = start;
  const match = ENTITY.exec(html);
  const [, decimal, hex, name] = match ?? [];
  const text =
    name !== undefined
      ? NAMED_ENTITIES[name]
      : codePointText(decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? "", 16));
  if (text === undefined) {
    const shown = match?.[0] ?? "&";
    throw new HtmlParseError(
      `Unsupported entity "${shown}" ${at(html, start)}; escape "&" as &amp;`,
    );
  }
  return { text, end: ENTITY.lastIndex };
}

function codePointText(codePoint: number): string | undefined {
  const valid =
    codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
  return valid ? String.fromCodePoint(codePoint) : undefined;
}

/** Telegram reports positions in UTF-8 bytes. */
function at(html: string, position: number): string {
  return `at byte offset ${Buffer.byteLength(html.slice(0, position))}`;
}
