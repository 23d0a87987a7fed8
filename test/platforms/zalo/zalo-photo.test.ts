import { describe, expect, it } from "vitest";
import { zaloFileRef, zaloPhoto } from "../../../src/platforms/zalo/zalo-photo.js";

const HREF = "https://photo.zalo.me/minh-chung.jpg";

function photoMessage(content: unknown, msgType = "chat.photo") {
  return { msgType, content } as Parameters<typeof zaloPhoto>[0];
}

describe("a Zalo photo as evidence", () => {
  it("keeps the address, the stated size and a caption with words", () => {
    const params = JSON.stringify({ fileSize: String(20 * 1024 * 1024) });
    expect(zaloPhoto(photoMessage({ href: HREF, title: "Sổ tay học tập", params }))).toEqual({
      ref: HREF,
      name: "",
      size: 20 * 1024 * 1024,
      sentAs: "photo",
      caption: "Sổ tay học tập",
    });
  });

  it("states no size it cannot read, and no blank caption", () => {
    for (const params of [undefined, "", "{not json", '{"fileSize":"many"}', '{"fileSize":-5}']) {
      const photo = zaloPhoto(photoMessage({ href: HREF, title: "   ", params }));
      expect(photo, String(params)).toEqual({ ref: HREF, name: "", sentAs: "photo" });
    }
  });

  it("is no photo without an address, or for another kind of message", () => {
    expect(zaloPhoto(photoMessage({ href: "" }))).toBeUndefined();
    expect(zaloPhoto(photoMessage({ title: "ảnh" }))).toBeUndefined();
    expect(zaloPhoto(photoMessage("https://photo.zalo.me/x.jpg"))).toBeUndefined();
    expect(zaloPhoto(photoMessage(null))).toBeUndefined();
    expect(zaloPhoto(photoMessage({ href: HREF }, "share.file"))).toBeUndefined();
    expect(zaloPhoto(photoMessage({ href: HREF }, "chat.sticker"))).toBeUndefined();
  });

  it("takes a file's address as its reference, where there is one", () => {
    expect(zaloFileRef({ content: { href: HREF } } as Parameters<typeof zaloFileRef>[0])).toBe(
      HREF,
    );
    expect(zaloFileRef({ content: { href: "" } } as Parameters<typeof zaloFileRef>[0])).toBe(
      undefined,
    );
    expect(zaloFileRef({ content: "text" } as Parameters<typeof zaloFileRef>[0])).toBe(undefined);
  });
});
