import { describe, expect, it } from "vitest";
import { plainText } from "../../src/domain/rich-text.js";
import { Translator } from "../../src/i18n.js";
import { DocumentGone, type DocumentRequest } from "../../src/messages/document-request.js";
import type { ChatAdapter, OutgoingMessage } from "../../src/outbox/chat-adapter.js";
import { ReplySender } from "../../src/platforms/send-reply.js";
import { TestClock } from "../support/harness.js";

/**
 * A file gone for good when its message goes out (a meeting's attachment, removed when the
 * meeting closed while the message waited): the words go alone, as a caption's text or as
 * the message before the file, and the message is done, not retried.
 */
const REQUEST: DocumentRequest = {
  kind: "meeting-materials",
  meetingId: 1,
  path: "materials/1/gone.pdf",
  name: "tai-lieu.pdf",
};

function adapter(fileWithText: boolean, sent: OutgoingMessage[]): ChatAdapter {
  return {
    chatPrefix: "console:",
    hasButtons: true,
    canEdit: false,
    hasNativePolls: false,
    sendsDocuments: true,
    canWriteFirst: true,
    maxText: 4096,
    format: plainText,
    fileWithText: () => fileWithText,
    async send(message) {
      sent.push(message);
      return { messageId: String(sent.length) };
    },
    sendPoll: async () => ({ messageId: "poll" }),
    edit: async () => false,
    stopPoll: async () => {},
    isChatAdmin: async () => true,
  };
}

describe.each([false, true])("a file gone when its message goes out (caption: %s)", (caption) => {
  it("sends the words without the file, and nothing empty", async () => {
    const sent: OutgoingMessage[] = [];
    const sender = new ReplySender(adapter(caption, sent), {
      translator: new Translator("vi"),
      posted: { find: () => undefined, save: () => {} } as never,
      clock: new TestClock(new Date("2024-03-10T02:00:00Z")),
      documents: async (request) => {
        throw new DocumentGone(request);
      },
    });
    const progress = { sentParts: 0 };
    await sender.send(
      { chatId: "console:group:1", parts: [{ key: "tailieu-cancelled" }], document: REQUEST },
      progress,
    );
    expect(sent.map((m) => [m.text, m.file])).toEqual([["Đã hủy, không lưu gì.", undefined]]);
    expect(progress.sentParts).toBe(1);
  });

  it("still fails a file that cannot be made for another reason: it is retried", async () => {
    const sent: OutgoingMessage[] = [];
    const sender = new ReplySender(adapter(caption, sent), {
      translator: new Translator("vi"),
      posted: { find: () => undefined, save: () => {} } as never,
      clock: new TestClock(new Date("2024-03-10T02:00:00Z")),
      documents: async () => {
        throw new Error("disk unreadable");
      },
    });
    await expect(
      sender.send({
        chatId: "console:group:1",
        parts: [{ key: "tailieu-cancelled" }],
        document: REQUEST,
      }),
    ).rejects.toThrow("disk unreadable");
    expect(sent).toEqual([]);
  });
});
