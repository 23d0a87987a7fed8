import { describe, expect, it } from "vitest";
import { ZaloApiError } from "zca-js";
import {
  meansDeadSession,
  ZaloSendError,
  zaloFailureKind,
} from "../../../src/platforms/zalo/zalo-errors.js";
import { isNewer, isRecent } from "../../../src/platforms/zalo/zalo-history.js";

describe("what a failed Zalo call means", () => {
  it.each([
    // The wordings zca-js passes on from Zalo, as reported in RFS-ADRENO/zca-js's issues.
    [new ZaloApiError("Vượt quá số request cho phép", 221), "rate-limited"],
    [new ZaloApiError("Bạn đã gửi vượt quá số lượng tin nhắn cho phép"), "rate-limited"],
    [
      new ZaloApiError(
        "Bạn chưa thể gửi tin nhắn đến người này vì người này chặn không nhận tin nhắn từ người lạ.",
        122,
      ),
      "refuses-strangers",
    ],
    [new ZaloApiError("Không thể nhận tin nhắn từ bạn.", 123), "refused-for-now"],
    [new ZaloApiError("Không thể nhận tin nhắn từ bạn.", 127), "refused-for-now"],
    [new ZaloApiError("Retry limit", -69), "malformed"],
    [new ZaloApiError("Request failed with status code 502"), "temporary"],
    [new ZaloApiError("Request failed with status code 503"), "temporary"],
    [new ZaloApiError("Failed to parse response data"), "temporary"],
    [new TypeError("fetch failed"), "temporary"],
    [new ZaloSendError("timeout"), "temporary"],
    [new ZaloSendError("no-message-id"), "temporary"],
    [new ZaloApiError("Request failed with status code 404"), "rejected"],
    [new ZaloApiError("Tham số không hợp lệ", 114), "rejected"],
  ])("%s → %s", (error, kind) => {
    expect(zaloFailureKind(error)).toBe(kind);
  });

  it("takes only the two dead-cookie signatures for a dead session", () => {
    expect(meansDeadSession(new ZaloApiError("Đăng nhập thất bại"))).toBe(true);
    expect(
      meansDeadSession(new ZaloApiError("Failed to fetch server info: zpw_sek không hợp lệ")),
    ).toBe(true);
    expect(meansDeadSession(new TypeError("fetch failed"))).toBe(false);
    expect(meansDeadSession(new ZaloApiError("Request failed with status code 502"))).toBe(false);
    expect(meansDeadSession(new ZaloApiError("Failed to fetch login info: Bad Gateway"))).toBe(
      false,
    );
    expect(meansDeadSession(new ZaloApiError("Failed to fetch server info: Bad Gateway"))).toBe(
      false,
    );
  });
});

describe("Zalo's history after a reconnection", () => {
  it("compares message ids past 2^53 exactly", () => {
    // As floats these two are the same number.
    expect(Number("9007199254740993")).toBe(Number("9007199254740992"));
    expect(isNewer("9007199254740993", "9007199254740992")).toBe(true);
    expect(isNewer("9007199254740992", "9007199254740993")).toBe(false);
    expect(isNewer("9007199254740992", "9007199254740992")).toBe(false);
    // As text, "10" comes before "9".
    expect(isNewer("10", "9")).toBe(true);
    expect(isNewer("123", undefined)).toBe(true);
  });

  it("answers nothing older than the router remembers", () => {
    const now = new Date("2024-03-10T02:00:00Z");
    const daysAgo = (days: number) => String(now.getTime() - days * 24 * 3600 * 1000);
    expect(isRecent(daysAgo(1), now)).toBe(true);
    expect(isRecent(daysAgo(8), now)).toBe(false);
    expect(isRecent(daysAgo(14), now)).toBe(false);
    expect(isRecent("not a time", now)).toBe(false);
  });
});
