import { describe, expect, it } from "vitest";
import { readStatus } from "../../src/domain/progress-rules.js";

describe("a progress status typed at the start of a message", () => {
  it("reads the status and keeps the rest as the note", () => {
    expect(readStatus("xong")).toEqual({ status: "done", rest: "" });
    expect(readStatus("Đang làm: đã học 2 buổi")).toEqual({
      status: "underway",
      rest: "đã học 2 buổi",
    });
    expect(readStatus("chua lam vi om")).toEqual({ status: "notYet", rest: "vi om" });
  });

  it("reads the longest phrase first: 'chưa xong' is under way, 'chưa' alone not yet", () => {
    expect(readStatus("Chưa xong")?.status).toBe("underway");
    expect(readStatus("Chưa")?.status).toBe("notYet");
  });

  it("reads a button's label copied with its mark, a choice's number, and NFD text", () => {
    expect(readStatus("✅ Xong")?.status).toBe("done");
    expect(readStatus("2.")).toEqual({ status: "underway", rest: "" });
    expect(readStatus("Đã hoàn thành".normalize("NFD"))?.status).toBe("done");
  });

  it("reads 'đang' only alone or as 'đang làm', and nothing from other words", () => {
    expect(readStatus("đang")?.status).toBe("underway");
    expect(readStatus("đang học bài")).toBeUndefined();
    expect(readStatus("học được 3 buổi")).toBeUndefined();
    expect(readStatus("")).toBeUndefined();
    expect(readStatus("4")).toBeUndefined();
  });
});
