import type { Logger } from "pino";
import { CloseReason } from "zca-js";
import type { PlatformState } from "../../store/platform-status-store.js";
import type { Services } from "../../store/services.js";
import { CredentialsError } from "./credentials.js";
import { tellOperators } from "./operator-notice.js";
import type { ZaloApi } from "./zalo-api.js";
import { meansDeadSession } from "./zalo-errors.js";

export const ZALO = "zalo";

/** Where a login takes its cookies: the saved session, or the jar of the session running now. */
export type LoginSource = "saved" | "current";

export interface ZaloSessionTimings {
  /** Pauses between reconnections of the listener; after the last Zalo counts as unreachable. */
  reconnectMs: number[];
  /** Pauses between logins that failed for another reason than dead cookies (the network). */
  loginMs: number[];
  /** After Zalo said another Zalo Web login took the session (3003): one fresh login, this late. */
  kickRetryMs: number;
}

const TIMINGS: ZaloSessionTimings = {
  reconnectMs: [1_000, 5_000, 15_000, 60_000, 120_000, 300_000, 300_000, 300_000],
  loginMs: [5_000, 30_000, 120_000, 300_000],
  kickRetryMs: 20_000,
};

/** Drops this many in a row are Zalo's routine (it closes the socket about every minute): quiet. */
const QUIET_DROPS = 2;
/** Connections that close before Zalo sent its key: after this many, log in again. */
const HANDSHAKE_FAILURES_BEFORE_LOGIN = 3;

export interface ZaloSessionOptions {
  login(source: LoginSource): Promise<ZaloApi>;
  /** Subscribes the bot to a freshly logged-in client's listener (before it starts). */
  attach(api: ZaloApi): void;
  /** The connection is up: fetch what was missed. */
  onConnected(api: ZaloApi): void;
  services: Services;
  log: Logger;
  timings?: Partial<ZaloSessionTimings>;
  /** The session ended (a new QR scan is needed), or came back after it was taken as ended. */
  onEnded?(): void;
  onBack?(): void;
}

/**
 * Keeps the bot's Zalo account logged in and listening, as Zalo Web would: a dropped connection
 * is reopened with growing pauses (quietly, for Zalo's routine drops), a login that fails for
 * the network is tried again, a session taken by another login gets one fresh login before it
 * counts as kicked. Only when the cookies are dead are the operators told a QR scan is needed;
 * when it comes back they are told too. Telegram and the scheduler go on meanwhile.
 */
export class ZaloSession {
  private current: ZaloApi | undefined;
  private connectedNow = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private drops = 0;
  private logins = 0;
  private handshakeFailures = 0;
  private kickRetried = false;
  private relogging = false;
  private readonly timings: ZaloSessionTimings;

  constructor(private readonly options: ZaloSessionOptions) {
    this.timings = { ...TIMINGS, ...options.timings };
  }

  /** The logged-in client, once there is one. */
  get api(): ZaloApi | undefined {
    return this.current;
  }

  /** Whether the listener is connected (Zalo confirms uploaded files through it). */
  get connected(): boolean {
    return this.connectedNow;
  }

  start(): Promise<void> {
    return this.login("saved");
  }

  /**
   * Zalo refused a call for the session's cookies (600) while the connection seemed up: a fresh
   * login from the saved session tells whether they are dead (then it is said, once).
   */
  sessionGone(): void {
    if (this.stopped || this.relogging) return;
    this.relogging = true;
    this.connectedNow = false;
    this.options.log.warn("zalo refused the session; logging in again");
    this.later(0, () => this.login("saved").finally(() => (this.relogging = false)));
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.connectedNow = false;
    this.current?.listener.stop();
  }

  private async login(source: LoginSource): Promise<void> {
    let api: ZaloApi;
    try {
      api = await this.options.login(source);
    } catch (error) {
      return this.loginFailed(error);
    }
    if (this.stopped) return;
    this.logins = 0;
    this.current?.listener.stop();
    this.current = api;
    this.listen(api);
  }

  private loginFailed(error: unknown): void {
    if (this.stopped) return;
    if (error instanceof CredentialsError) {
      // A session file others can read is mended by a chmod on the server, not by a QR scan.
      return this.end(error.key === "zalo-session-open" ? "unprotected" : "expired", error.key);
    }
    if (meansDeadSession(error)) {
      // After a kick the fresh login failed: the kick is what the operator needs to hear of.
      if (this.kickRetried) return this.end("kicked", String(CloseReason.KickConnection));
      return this.end("expired", "zalo-login-failed");
    }
    const { loginMs } = this.timings;
    const delay = loginMs[Math.min(this.logins, loginMs.length - 1)];
    this.logins += 1;
    this.options.log.warn({ err: error, inMs: delay }, "zalo login failed; trying again");
    // A long outage is told, and still tried.
    if (this.logins > loginMs.length) this.end("unreachable", "login", false);
    else this.setState("reconnecting", "login");
    this.later(delay ?? 300_000, () => this.login("saved"));
  }

  private listen(api: ZaloApi): void {
    const { listener } = api;
    const { log } = this.options;
    let keyed = false;
    this.options.attach(api);
    // The session is really up once Zalo sends the key its messages are encrypted with.
    listener.on("cipher_key", () => {
      keyed = true;
      this.guard("connected", () => this.connectedOk(api));
    });
    listener.on("closed", (code) => {
      if (this.stopped || api !== this.current) return;
      this.connectedNow = false;
      if (!keyed) this.handshakeFailures += 1;
      keyed = false;
      this.guard("closed", () => this.closed(api, code));
    });
    // A websocket ErrorEvent, or a frame zca-js could not read: its own words, never content.
    listener.on("error", (event: unknown) => {
      const message = (event as { message?: unknown } | undefined)?.message;
      log.warn(
        { error: typeof message === "string" && !(event instanceof SyntaxError) ? message : null },
        "zalo listener error",
      );
    });
    listener.start({ retryOnClose: false });
  }

  private connectedOk(api: ZaloApi): void {
    const { services, log } = this.options;
    const before = services.platforms.get(ZALO)?.state;
    this.connectedNow = true;
    this.drops = 0;
    this.handshakeFailures = 0;
    this.kickRetried = false;
    // Zalo's routine reconnections change nothing: "since" stays the time it came up.
    if (before !== "ok") services.platforms.set(ZALO, "ok", null, services.clock.now());
    if (before !== undefined && before !== "ok" && before !== "reconnecting") {
      log.info({ was: before }, "zalo session is back");
      services.transaction(() => tellOperators(services, "back"));
      this.options.onBack?.();
    } else if (before !== "ok") {
      log.info("zalo connected");
    }
    this.options.onConnected(api);
  }

  private closed(api: ZaloApi, code: number): void {
    const { log } = this.options;
    if (code === CloseReason.DuplicateConnection) {
      // Two listeners on one session: another chibo runs with these cookies. They still work.
      api.listener.stop();
      return this.end("duplicate", String(code));
    }
    if (code === CloseReason.KickConnection) {
      if (this.kickRetried) return this.end("kicked", String(code));
      this.kickRetried = true;
      log.warn({ code, inMs: this.timings.kickRetryMs }, "zalo session taken; logging in again");
      return this.later(this.timings.kickRetryMs, () => this.login("saved"));
    }
    if (this.handshakeFailures >= HANDSHAKE_FAILURES_BEFORE_LOGIN) {
      // The listener's cookies are those of its login; a new login takes the jar's fresh ones.
      this.handshakeFailures = 0;
      log.warn({ code }, "zalo connection refused repeatedly; logging in again");
      return this.later(this.delay(), () => this.login("current"));
    }
    this.reconnect(api, code);
  }

  private reconnect(api: ZaloApi, code: number): void {
    const { reconnectMs } = this.timings;
    const delay = this.delay();
    this.drops += 1;
    const detail = String(code);
    if (this.drops > reconnectMs.length) {
      this.end("unreachable", detail, false);
    } else if (this.drops > QUIET_DROPS) {
      this.setState("reconnecting", detail);
      this.options.log.warn({ code, attempt: this.drops, inMs: delay }, "zalo reconnecting");
    } else {
      this.options.log.debug({ code, inMs: delay }, "zalo connection dropped; reconnecting");
    }
    this.later(delay, () => api.listener.start({ retryOnClose: false }));
  }

  private delay(): number {
    const { reconnectMs } = this.timings;
    return reconnectMs[Math.min(this.drops, reconnectMs.length - 1)] ?? 300_000;
  }

  /** Tells once that the session cannot go on by itself; `stop` also stops retrying. */
  private end(
    state: "kicked" | "expired" | "duplicate" | "unreachable" | "unprotected",
    detail: string,
    stop = true,
  ): void {
    const { services, log } = this.options;
    this.connectedNow = false;
    if (stop) {
      this.stopped = true;
      clearTimeout(this.timer);
      this.current?.listener.stop();
    }
    this.guard("session end", () => {
      if (!services.platforms.set(ZALO, state, detail, services.clock.now())) return;
      log.error({ state, code: detail }, "zalo session ended");
      services.transaction(() => tellOperators(services, state));
      this.options.onEnded?.();
    });
  }

  private setState(state: PlatformState, detail: string): void {
    const { services } = this.options;
    this.guard("status", () => services.platforms.set(ZALO, state, detail, services.clock.now()));
  }

  private later(ms: number, work: () => unknown): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (!this.stopped) this.guard("retry", () => void work());
    }, ms);
  }

  /** Listener callbacks run outside any promise: a failure there must not end the process. */
  private guard(what: string, work: () => void): void {
    try {
      work();
    } catch (error) {
      this.options.log.error({ what, err: error }, "zalo supervision step failed");
    }
  }
}
