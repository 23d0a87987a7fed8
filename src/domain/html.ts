/** Escapes what a person typed before it goes into a Telegram HTML message. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"' };

/** The plain text of our own simple HTML (b, i, code): for the console and for Zalo. */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<\/?(b|i|u|s|code|pre|blockquote)>/g, "")
    .replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ENTITIES[name] ?? "");
}
