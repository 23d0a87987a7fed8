/**
 * Logging in to the fake Zalo server: saved cookies (wpa.chat.zalo.me's getLoginInfo and
 * getServerInfo, zca-js's apis/login.js) and the QR code (id.zalo.me and jr.chat.zalo.me,
 * apis/loginQR.js). Paths, parameters, encryption and the fields the client reads are READ from
 * zca-js 2.2.0; what Zalo answers beyond them is ASSUMED.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Credentials } from "zca-js";
import {
  DEAD_SESSION,
  loginInfo,
  qrImage,
  serverInfo,
  ZALO_ERRORS,
} from "./fake-zalo-server-data.js";
import { decryptText, encryptText, loginKey, readZcid, signKey } from "./zalo-wire.js";

/** One Zalo Web session: its cookies, the key of its calls (zpw_enk) and the device's imei. */
export interface ZaloSession {
  sek: string;
  zpsid: string;
  zpwEnk: string;
  /** Learnt at the first login for a QR session. */
  imei: string | null;
  alive: boolean;
}

export interface LoginAttempt {
  imei: string;
  ok: boolean;
}

/**
 * How the QR login goes on the "phone". ASSUMED: "expired" holds waiting-scan open (Zalo's long
 * poll) so that zca-js's own 100-second timer ends it, as it does against Zalo.
 */
export type QrOutcome = "confirmed" | "declined" | "expired";

export interface LoginHost {
  readonly botId: string;
  readonly wsUrl: string;
  readonly chunkSize: number;
  /** A login fault (fail("login", …)) applied to this response, if one is due. */
  loginFault(response: ServerResponse): boolean;
  /** Answers later (or never): closed with the server. */
  hold(response: ServerResponse): void;
}

// ASSUMED: the version id.zalo.me's page names in its script's address.
const LOGIN_PAGE = '<script src="https://stc-zlogin.zdn.vn/main-2.44.11.js"></script>';

export class ZaloLogin {
  readonly sessions = new Map<string, ZaloSession>();
  readonly attempts: LoginAttempt[] = [];
  readonly saved: ZaloSession;
  /** When cookies die: getLoginInfo answers without data, or getServerInfo refuses too. */
  deadVia: "loginInfo" | "serverInfo" = "loginInfo";
  qr: { outcome: QrOutcome; name: string } = { outcome: "confirmed", name: "Chibo" };
  qrLogins = 0;
  private readonly qrCodes = new Map<string, { scanPolls: number; confirmed: boolean }>();

  constructor(
    private readonly host: LoginHost,
    readonly imei: string,
    readonly userAgent: string,
  ) {
    this.saved = this.newSession(imei);
  }

  /** The saved session, as a bot keeps it: tough-cookie's JSON of its cookies. */
  credentials(): Credentials {
    const now = new Date().toISOString();
    const expires = new Date(Date.now() + 365 * 86_400_000).toISOString();
    const cookie = (key: string, value: string, domain: string) => ({
      key,
      value,
      domain,
      path: "/",
      expires,
      secure: true,
      httpOnly: true,
      hostOnly: false,
      creationTime: now,
      lastAccessed: now,
    });
    return {
      imei: this.imei,
      userAgent: this.userAgent,
      cookie: [
        cookie("zpsid", this.saved.zpsid, ".zalo.me"),
        cookie("zpw_sek", this.saved.sek, "chat.zalo.me"),
        cookie("__zi", "3000.SV5fakezalo", ".zalo.me"),
      ],
    };
  }

  /** Every session dies: the saved cookies no longer log in, calls and the socket are refused. */
  expire(via: "loginInfo" | "serverInfo" = "loginInfo"): void {
    this.deadVia = via;
    for (const session of this.sessions.values()) session.alive = false;
  }

  /** The live session the request's cookies name (zpw_sek), if any. */
  sessionOf(request: IncomingMessage): ZaloSession | null {
    const sek = /(?:^|;\s*)zpw_sek=([^;]+)/.exec(request.headers.cookie ?? "")?.[1];
    const session = sek ? this.sessions.get(sek) : undefined;
    return session?.alive ? session : null;
  }

  /** Answers a login or QR call; false if the path is not one. */
  handle(request: IncomingMessage, response: ServerResponse, url: URL, body: string): boolean {
    const form = new URLSearchParams(body);
    switch (url.pathname) {
      case "/api/login/getLoginInfo":
        this.getLoginInfo(request, response, url.searchParams);
        return true;
      case "/api/login/getServerInfo":
        this.getServerInfo(request, response, url.searchParams);
        return true;
      case "/account":
        response.writeHead(200, { "content-type": "text/html" }).end(LOGIN_PAGE);
        return true;
      case "/account/logininfo":
      case "/account/verify-client":
        json(response, { error_code: 0, error_message: "", data: { logged: false } });
        return true;
      case "/account/authen/qr/generate":
        this.generate(response);
        return true;
      case "/account/authen/qr/waiting-scan":
        this.waitingScan(response, form.get("code") ?? "");
        return true;
      case "/account/authen/qr/waiting-confirm":
        this.waitingConfirm(response, form.get("code") ?? "");
        return true;
      case "/account/checksession":
        this.checkSession(response);
        return true;
      case "/index.html":
        response.writeHead(200, { "content-type": "text/html" }).end("<html></html>");
        return true;
      case "/jr/userinfo": {
        const logged = this.sessionOf(request) !== null;
        const info = { uid: this.host.botId, name: this.qr.name, avatar: "" };
        json(response, { error_code: 0, error_message: "", data: { logged, info } });
        return true;
      }
      default:
        return false;
    }
  }

  private newSession(imei: string | null): ZaloSession {
    const session: ZaloSession = {
      sek: `Eb0d.${randomBytes(24).toString("hex")}`,
      zpsid: randomBytes(48).toString("base64url"),
      zpwEnk: randomBytes(32).toString("base64"),
      imei,
      alive: true,
    };
    this.sessions.set(session.sek, session);
    return session;
  }

  private getLoginInfo(request: IncomingMessage, response: ServerResponse, query: URLSearchParams) {
    if (this.host.loginFault(response)) return;
    // READ: the query carries zcid, zcid_ext, enc_ver, params, type, client_version, signkey.
    const zcid = query.get("zcid") ?? "";
    const zcidExt = query.get("zcid_ext") ?? "";
    const signed: Record<string, string> = {};
    for (const name of ["zcid", "zcid_ext", "enc_ver", "params", "type", "client_version"]) {
      signed[name] = query.get(name) ?? "";
    }
    const key = loginKey(zcid, zcidExt);
    let imei = "";
    try {
      imei = (JSON.parse(decryptText(key, signed.params ?? "")) as { imei: string }).imei;
    } catch {
      imei = "";
    }
    const session = this.sessionOf(request);
    const ok =
      signKey("getlogininfo", signed) === query.get("signkey") &&
      imei !== "" &&
      readZcid(zcid)?.imei === imei &&
      session !== null &&
      // ASSUMED: a session belongs to the device (imei) it was made on.
      (session.imei === null || session.imei === imei);
    this.attempts.push({ imei, ok });
    if (!session || !ok) {
      // ASSUMED (RFS-ADRENO/zca-js#35): `data` null, so zca-js's login() returns null and
      // loginCookie throws "Đăng nhập thất bại" once getServerInfo has answered.
      json(response, {
        error_code: DEAD_SESSION.code,
        error_message: DEAD_SESSION.message,
        data: null,
      });
      return;
    }
    session.imei = imei;
    const answer = {
      error_code: 0,
      error_message: "",
      data: loginInfo(this.host.botId, session.zpwEnk, this.host.wsUrl),
    };
    // READ: decryptResp(enk, data) — the same key, the JSON inside has the login info in `data`.
    json(response, {
      error_code: 0,
      error_message: "",
      data: encryptText(key, JSON.stringify(answer)),
    });
  }

  private getServerInfo(
    request: IncomingMessage,
    response: ServerResponse,
    query: URLSearchParams,
  ) {
    const signed: Record<string, string> = {};
    for (const name of ["imei", "type", "client_version", "computer_name"]) {
      signed[name] = query.get(name) ?? "";
    }
    if (signKey("getserverinfo", signed) !== query.get("signkey")) {
      json(response, { error_code: 1, error_message: "Tham số không hợp lệ", data: null });
    } else if (this.deadVia === "serverInfo" && this.sessionOf(request) === null) {
      // READ: zca-js throws "Failed to fetch server info: " + error_message when data is null.
      json(response, {
        error_code: ZALO_ERRORS.sessionGone.code,
        error_message: ZALO_ERRORS.sessionGone.message,
        data: null,
      });
    } else {
      json(response, { error_code: 0, error_message: "", data: serverInfo(this.host.chunkSize) });
    }
  }

  private generate(response: ServerResponse): void {
    const code = randomUUID().replace(/-/g, "").slice(0, 20);
    this.qrCodes.set(code, { scanPolls: 0, confirmed: false });
    const options = { enabledCheckOCR: false, enabledMultiLayer: false };
    const data = { code, image: qrImage(), options, token: randomBytes(16).toString("hex") };
    json(response, { error_code: 0, error_message: "", data });
  }

  private waitingScan(response: ServerResponse, code: string): void {
    const qr = this.qrCodes.get(code);
    if (!qr) return json(response, { error_code: -1, error_message: "Mã QR không hợp lệ" });
    if (this.qr.outcome === "expired") return this.host.hold(response);
    qr.scanPolls += 1;
    // READ: error_code 8 means "nothing yet, ask again"; ASSUMED once, as a long poll times out.
    if (qr.scanPolls === 1) return json(response, { error_code: 8, error_message: "Đang chờ" });
    const data = { avatar: "", display_name: this.qr.name };
    json(response, { error_code: 0, error_message: "", data });
  }

  private waitingConfirm(response: ServerResponse, code: string): void {
    const qr = this.qrCodes.get(code);
    if (!qr) return json(response, { error_code: -1, error_message: "Mã QR không hợp lệ" });
    // READ: -13 is the phone's refusal (ZaloApiLoginQRDeclined, or the QRCodeDeclined event).
    if (this.qr.outcome === "declined") {
      return json(response, { error_code: -13, error_message: "Người dùng từ chối đăng nhập" });
    }
    qr.confirmed = true;
    json(response, { error_code: 0, error_message: "", data: {} });
  }

  /**
   * READ: checksession is fetched with redirect "manual"; zca-js keeps the Set-Cookie headers
   * and follows the Location itself. ASSUMED: this is where Zalo hands out zpw_sek.
   */
  private checkSession(response: ServerResponse): void {
    const confirmed = [...this.qrCodes.values()].some((qr) => qr.confirmed);
    if (!confirmed) return json(response, { error_code: -1, error_message: "Chưa đăng nhập" });
    this.qrCodes.clear();
    this.qrLogins += 1;
    const session = this.newSession(null);
    response.writeHead(302, {
      location: "https://chat.zalo.me/index.html",
      "set-cookie": [
        `zpsid=${session.zpsid}; Domain=.zalo.me; Path=/; Secure; HttpOnly; SameSite=None`,
        `zpw_sek=${session.sek}; Domain=.chat.zalo.me; Path=/; Secure; HttpOnly; SameSite=Lax`,
      ],
    });
    response.end();
  }
}

export function json(response: ServerResponse, body: unknown): void {
  response.writeHead(200, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify(body));
}

/** An imei as zca-js makes one (generateZaloUUID): a UUID and the md5 of the user agent. */
export function zaloImei(userAgent: string): string {
  return `${randomUUID()}-${createHash("md5").update(userAgent).digest("hex")}`;
}
