import type { Clock } from "../clock.js";
import { plainText } from "../domain/rich-text.js";
import type { Text, Translator } from "../i18n.js";
import { DocumentGone, type DocumentMaker } from "../messages/document-request.js";
import type { Reply } from "../messages/reply.js";
import type { ChatAdapter, OutgoingMessage, SentMessage } from "../outbox/chat-adapter.js";
import type { DeliveryProgress } from "../outbox/recorded-progress.js";
import type { PostedMessageStore } from "../store/posted-message-store.js";
import { numberedChoices, type RenderedReply, renderReply, wordingFor } from "./render-reply.js";

/** What sending needs besides the platform: the words, the record of posted messages, files. */
export interface SendingContext {
  translator: Translator;
  posted: PostedMessageStore;
  clock: Clock;
  documents: DocumentMaker;
}

/**
 * The steps every reply goes through on every platform, as answer or from the outbox; the
 * adapter only makes the platform's calls. Before it, the poll it closes is stopped. An
 * anchored reply edits the message it replaces where the platform can edit; a refresh is only
 * that edit, never a new message. The text is cut to the platform's size, choices are buttons
 * under the last part or a numbered list in it, and a file follows (or goes with the last part
 * as its caption). A poll goes out as the platform's own after its introduction. The last part
 * is recorded under the reply's anchor.
 *
 * The parts are counted: `progress.sentParts` of them went out before (a retry) and are not
 * sent again, and the count goes up as each one arrives, so that a failure never sends twice
 * what already arrived.
 */
export class ReplySender {
  constructor(
    readonly adapter: ChatAdapter,
    private readonly context: SendingContext,
  ) {}

  async send(reply: Reply, progress: DeliveryProgress = { sentParts: 0 }): Promise<void> {
    const { adapter } = this;
    const resumed = progress.sentParts > 0;
    if (reply.stopsPoll && !resumed) await this.stopPoll(reply.chatId, reply.stopsPoll);
    // A native poll carries its own options: its introduction shows no choices.
    const nativePoll = reply.poll !== undefined && adapter.hasNativePolls;
    const shown = nativePoll ? { ...reply, choices: undefined } : reply;
    const words = this.context.translator.worded(wordingFor(adapter, reply));
    const rendered = renderReply(shown, words, adapter.maxText, adapter.format);
    const texts = this.texts(rendered, words);
    const previous =
      adapter.canEdit && reply.anchor && !resumed && !nativePoll
        ? this.context.posted.find(reply.chatId, reply.anchor)
        : undefined;
    if (previous && texts.length === 1) {
      const edited = await adapter.edit(
        previous.messageId,
        this.message(reply, rendered, texts, 0),
      );
      if (edited || reply.refresh) return;
    }
    // Nothing to bring up to date here (not posted yet, gone, or never editable): no news.
    if (reply.refresh) return;
    await this.sendParts(reply, rendered, texts, progress, !nativePoll);
    if (nativePoll) await this.sendPoll(reply, texts.length, progress);
  }

  /**
   * The text in parts within the platform's size; where there are no buttons, the numbered
   * list and the way to the private chat under the last part if all of it fits, else starting
   * a part of their own.
   */
  private texts(rendered: RenderedReply, words: Translator): string[] {
    const { adapter } = this;
    if (adapter.hasButtons) return rendered.chunks;
    const tail = numberedChoices(rendered, words);
    const link = rendered.privateLink;
    if (link && adapter.privateLinkText) {
      tail.push(adapter.format(words.text(adapter.privateLinkText(link))));
    }
    if (tail.length === 0) return rendered.chunks;
    const chunks = [...rendered.chunks];
    return [...chunks.slice(0, -1), ...withList(chunks.at(-1) ?? "", tail, adapter.maxText)];
  }

  private message(
    reply: Reply,
    rendered: RenderedReply,
    texts: string[],
    index: number,
  ): OutgoingMessage {
    const last = index === texts.length - 1;
    const buttons = last && this.adapter.hasButtons;
    return {
      chatId: reply.chatId,
      text: texts[index] ?? "",
      choices: buttons ? rendered.choices : [],
      privateLink: buttons ? rendered.privateLink : undefined,
      mentions: reply.mentions ?? [],
    };
  }

  /** The text's parts, then the file, or the file as the last part's caption. */
  private async sendParts(
    reply: Reply,
    rendered: RenderedReply,
    texts: string[],
    progress: DeliveryProgress,
    anchored: boolean,
  ): Promise<void> {
    const { adapter, context } = this;
    const parts = texts.map((_, index) => this.message(reply, rendered, texts, index));
    const request = adapter.sendsDocuments ? reply.document : undefined;
    if (request && !(adapter.fileWithText(request) && parts.length > 0)) {
      parts.push({ chatId: reply.chatId, text: "", choices: [], mentions: [] });
    }
    const filePart = parts.at(-1);
    // Made first: if it cannot be made, no "here is your file" goes out without it. A file
    // gone for good (a meeting's attachment removed) leaves the words to go alone.
    if (request && filePart && parts.length > progress.sentParts) {
      try {
        filePart.file = await context.documents(request);
      } catch (error) {
        if (!(error instanceof DocumentGone)) throw error;
        if (filePart.text === "") parts.pop();
      }
    }
    const anchorPart = texts.length > 0 ? texts.length - 1 : parts.length - 1;
    for (const [index, part] of parts.entries()) {
      if (index < progress.sentParts) continue;
      const sent = await adapter.send(part);
      delivered(progress, sent);
      if (index === anchorPart && reply.anchor && anchored) this.record(reply, reply.anchor, sent);
    }
  }

  /** The poll itself, part `index` of the reply, after its introduction; its votes find it by its anchor. */
  private async sendPoll(reply: Reply, index: number, progress: DeliveryProgress): Promise<void> {
    const { poll, anchor } = reply;
    if (!poll || !anchor) throw new Error("A poll needs an anchor, by which its votes are found.");
    if (index < progress.sentParts) return;
    // Poll texts are plain: no formatting there.
    const words = this.context.translator.worded("poll");
    const plain = (text: Text) => plainText(words.text(text));
    const sent = await this.adapter.sendPoll({
      chatId: reply.chatId,
      question: plain(poll.question),
      options: poll.options.map(plain),
      closesAt: poll.closesAt,
    });
    delivered(progress, sent);
    this.record(reply, anchor, sent);
  }

  private async stopPoll(chatId: string, anchor: string): Promise<void> {
    const posted = this.context.posted.find(chatId, anchor);
    if (posted) await this.adapter.stopPoll(chatId, posted);
  }

  private record(reply: Reply, anchor: string, sent: SentMessage): void {
    this.context.posted.save({
      chatId: reply.chatId,
      anchor,
      messageId: sent.messageId,
      platformPollId: sent.pollId ?? null,
      pollOptionIds: sent.pollOptionIds,
      postedAt: this.context.clock.now(),
    });
  }
}

/** A part went out: counted, with the id the platform gave it where the count is recorded. */
function delivered(progress: DeliveryProgress, sent: SentMessage): void {
  if (progress.delivered) progress.delivered(sent.messageId);
  else progress.sentParts += 1;
}

/** The list goes under the last part if all of it fits; else it starts a part of its own. */
function withList(last: string, tail: string[], maxText: number): string[] {
  const joined = [last, ...tail].filter(Boolean).join("\n");
  if (joined.length <= maxText) return [joined];
  const parts = [last, ""];
  for (const line of tail) {
    const current = parts.at(-1) ?? "";
    const longer = current ? `${current}\n${line}` : line;
    if (longer.length <= maxText) parts[parts.length - 1] = longer;
    else parts.push(line);
  }
  return parts.filter(Boolean);
}
