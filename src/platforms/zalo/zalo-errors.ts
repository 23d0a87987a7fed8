import { ZaloApiError } from "zca-js";

/**
 * What a failed Zalo call means for what chibo does next. Zalo documents none of this: the
 * codes and words are those zca-js passes on (`handleZaloResponse`: the server's error_code and
 * error_message; code null for an HTTP error or an unreadable answer) and those reported in
 * RFS-ADRENO/zca-js's issues.
 */
export type ZaloFailureKind =
  /** 221 "Vượt quá số request cho phép": slow down (reported to last an hour or more). */
  | "rate-limited"
  /** 122: the person refuses messages from strangers; only friends reach them privately. */
  | "refuses-strangers"
  /**
   * 123/127 "Không thể nhận tin nhắn từ bạn.": the daily cap on strangers, two identical
   * messages too close, or a block. Worth one more try later, never a reason to drop a group.
   */
  | "refused-for-now"
  /** -69 "Retry limit": mostly a request Zalo could not read; a couple of quick retries. */
  | "malformed"
  /** An HTTP 5xx, an unreadable answer, the network, a call that never finished. */
  | "temporary"
  /**
   * 600 "zpw_sek bị thiếu hoặc không đúng" (zca-js#211): the session's cookies are no longer
   * accepted, though the connection may not know yet. What was being sent waits for a login.
   */
  | "session-gone"
  /** Anything else: Zalo will not take this message. */
  | "rejected";

/** A call that ran out of time (a file whose upload Zalo never confirmed), or sent nothing. */
export class ZaloSendError extends Error {
  constructor(readonly reason: "timeout" | "no-message-id" | "not-connected") {
    super(reason);
    this.name = "ZaloSendError";
  }
}

export function zaloFailureKind(error: unknown): ZaloFailureKind {
  if (error instanceof ZaloSendError) return "temporary";
  if (!(error instanceof ZaloApiError)) return "temporary";
  const { code, message } = error;
  if (code === 600 || /zpw_sek/.test(message)) return "session-gone";
  if (code === -69) return "malformed";
  if (code === 221 || /vượt quá|too many/i.test(message)) return "rate-limited";
  if (code === 122 || /người lạ/i.test(message)) return "refuses-strangers";
  if (code === 123 || code === 127 || /không thể nhận tin nhắn/i.test(message)) {
    return "refused-for-now";
  }
  if (code === null && /status code 5\d\d|failed to parse/i.test(message)) return "temporary";
  return "rejected";
}

export function isRateLimited(error: unknown): boolean {
  return zaloFailureKind(error) === "rate-limited";
}

/**
 * Whether a failed login means the saved cookies are dead (a new QR scan is needed): zca-js
 * says "Đăng nhập thất bại" when the login answer holds no session, and "Failed to fetch server
 * info: …" with Zalo's complaint about the session (its zpw_sek cookie, "the session key …
 * has reached its timeout", code 102 in issues #35, #47). Anything else (the network: a
 * TypeError "fetch failed"; a 5xx) is worth another try.
 */
export function meansDeadSession(error: unknown): boolean {
  if (!(error instanceof ZaloApiError)) return false;
  if (/^Đăng nhập thất bại/.test(error.message)) return true;
  return (
    /^Failed to fetch server info/.test(error.message) && /zpw_sek|session key/i.test(error.message)
  );
}
