import { escapeMarkup, type RichText } from "../../domain/rich-text.js";

/** Rich text as Telegram's HTML parse mode takes it: every text escaped, styles as <b> and <i>. */
export function telegramHtml(text: RichText): string {
  let html = "";
  let bold = false;
  let italic = false;
  for (const span of text) {
    const wantBold = span.bold === true;
    const wantItalic = span.italic === true;
    // Tags close in the order they opened: italic sits inside bold.
    if (italic && (!wantItalic || bold !== wantBold)) {
      html += "</i>";
      italic = false;
    }
    if (bold !== wantBold) {
      html += bold ? "</b>" : "<b>";
      bold = wantBold;
    }
    if (wantItalic && !italic) {
      html += "<i>";
      italic = true;
    }
    // The locales' markup escapes as Telegram's HTML does.
    html += escapeMarkup(span.text);
  }
  if (italic) html += "</i>";
  if (bold) html += "</b>";
  return html;
}
