/**
 * The bytes between zca-js 2.2.0 and Zalo Web's servers, for the fake in fake-zalo-server.ts.
 * Everything here is READ from zca-js's own code (node_modules/zca-js/dist): utils.js
 * (ParamsEncryptor, encodeAES/decodeAES, decryptResp, getSignKey, decodeEventData) and
 * apis/listen.js (the websocket frames). A server-side websocket is written out here rather than
 * taken from the `ws` package, which is only a dependency of zca-js and has no types installed.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { deflateSync } from "node:zlib";

// --- HTTP parameters ------------------------------------------------------------------------

function aesCbc(key: Buffer, data: Buffer, encrypt: boolean): Buffer {
  const algorithm = `aes-${key.length * 8}-cbc`;
  const iv = Buffer.alloc(16);
  const cipher = encrypt
    ? createCipheriv(algorithm, key, iv)
    : createDecipheriv(algorithm, key, iv);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

/** AES-CBC, zero IV, PKCS7, base64 text: how zca-js encrypts `params` and reads `data`. */
export function encryptText(key: Buffer, text: string): string {
  return aesCbc(key, Buffer.from(text, "utf8"), true).toString("base64");
}

export function decryptText(key: Buffer, base64: string): string {
  return aesCbc(key, Buffer.from(base64, "base64"), false).toString("utf8");
}

/** The session key zpw_enk is base64 (utils.encodeAES parses it with enc.Base64). */
export function sessionKey(zpwEnk: string): Buffer {
  return Buffer.from(zpwEnk, "base64");
}

function md5(text: string): string {
  return createHash("md5").update(text, "utf8").digest("hex");
}

function evenOdd(text: string): { even: string[]; odd: string[] } {
  const even: string[] = [];
  const odd: string[] = [];
  for (const [index, char] of [...text].entries()) (index % 2 === 0 ? even : odd).push(char);
  return { even, odd };
}

/**
 * The key getLoginInfo's `params` are encrypted with, which the server can rebuild from the
 * query's zcid and zcid_ext (ParamsEncryptor.createEncryptKey). It is a 32-character string used
 * as UTF-8 bytes, and the answer's `data` is encrypted with it too (decryptResp).
 */
export function loginKey(zcid: string, zcidExt: string): Buffer {
  const hash = evenOdd(md5(zcidExt).toUpperCase()).even;
  const { even, odd } = evenOdd(zcid);
  const key =
    hash.slice(0, 8).join("") + even.slice(0, 12).join("") + odd.reverse().slice(0, 12).join("");
  return Buffer.from(key, "utf8");
}

const ZCID_KEY = Buffer.from("3FC4F0D2AB50057BCE0D90D9187A22B1", "utf8");

/** zcid is "type,imei,firstLaunchTime" encrypted with a fixed key, in upper-case hex. */
export function readZcid(zcid: string): { type: string; imei: string; time: string } | null {
  try {
    const [type = "", ...rest] = aesCbc(ZCID_KEY, Buffer.from(zcid, "hex"), false)
      .toString("utf8")
      .split(",");
    const time = rest.pop() ?? "";
    return { type, imei: rest.join(","), time };
  } catch {
    return null;
  }
}

/** getSignKey: md5 of "zsecure" + the call's type + every parameter's value, keys sorted. */
export function signKey(type: string, params: Record<string, string>): string {
  const keys = Object.keys(params).sort();
  return md5(`zsecure${type}${keys.map((key) => params[key]).join("")}`);
}

// --- Websocket events -----------------------------------------------------------------------

/**
 * 0 plain JSON, 1 base64 of deflate, 2 AES-GCM over deflate, 3 AES-GCM without deflate. For 2
 * and 3 the bytes are IV (16) + additional data (16) + ciphertext with its 16-byte tag, and the
 * key is the base64 cipher key sent in the cmd 1 frame (decodeEventData).
 */
export type EventEncryption = 0 | 1 | 2 | 3;

export function encodeEvent(payload: unknown, encrypt: EventEncryption, cipherKey: Buffer) {
  const json = JSON.stringify(payload);
  if (encrypt === 0) return { encrypt, data: json };
  const deflated = deflateSync(Buffer.from(json, "utf8"));
  if (encrypt === 1) return { encrypt, data: deflated.toString("base64") };
  const iv = randomBytes(16);
  const aad = randomBytes(16);
  const algorithm = `aes-${cipherKey.length * 8}-gcm` as "aes-128-gcm" | "aes-256-gcm";
  const cipher = createCipheriv(algorithm, cipherKey, iv);
  cipher.setAAD(aad);
  const plain = encrypt === 3 ? Buffer.from(json, "utf8") : deflated;
  const sealed = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return { encrypt, data: Buffer.concat([iv, aad, sealed]).toString("base64") };
}

/** A Zalo frame: version (u8, always 1), cmd (u16 little-endian), subCmd (u8), then JSON. */
export function zaloFrame(cmd: number, subCmd: number, body: unknown): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt8(1, 0);
  header.writeUInt16LE(cmd, 1);
  header.writeUInt8(subCmd, 3);
  return Buffer.concat([header, Buffer.from(JSON.stringify(body), "utf8")]);
}

export function readZaloFrame(
  data: Buffer,
): { version: number; cmd: number; subCmd: number; body: Record<string, unknown> } | null {
  if (data.length < 4) return null;
  try {
    const body = JSON.parse(data.subarray(4).toString("utf8")) as Record<string, unknown>;
    return { version: data[0] ?? 0, cmd: data.readUInt16LE(1), subCmd: data[3] ?? 0, body };
  } catch {
    return null;
  }
}

// --- A server-side websocket (RFC 6455), enough for zca-js's client --------------------------

const WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

/**
 * One accepted websocket. No extension is agreed (zca-js asks for permessage-deflate; a server
 * may decline), so frames are plain. The client's close frame is answered with the same code.
 */
export class ServerSocket {
  private buffer = Buffer.alloc(0);
  private fragments: Buffer[] = [];
  private closing = false;
  private ended = false;

  constructor(
    private readonly socket: Duplex,
    private readonly onMessage: (data: Buffer) => void,
    private readonly onEnd: (code: number) => void,
  ) {
    socket.on("data", (chunk: Buffer) => this.receive(chunk));
    socket.on("close", () => this.finish(1006));
    socket.on("error", () => this.finish(1006));
  }

  /** Completes the handshake; null if the request is not a websocket upgrade. */
  static accept(
    request: IncomingMessage,
    socket: Duplex,
    onMessage: (data: Buffer) => void,
    onEnd: (code: number) => void,
  ): ServerSocket | null {
    const key = request.headers["sec-websocket-key"];
    if (typeof key !== "string" || request.headers.upgrade?.toLowerCase() !== "websocket") {
      return null;
    }
    const accept = createHash("sha1").update(`${key}${WS_GUID}`).digest("base64");
    socket.write(
      "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
        `Sec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    return new ServerSocket(socket, onMessage, onEnd);
  }

  get open(): boolean {
    return !this.closing && !this.ended;
  }

  send(data: Buffer): void {
    if (this.open) this.socket.write(frame(0x2, data));
  }

  /** A close frame with `code`; the connection ends when the client answers it. */
  close(code: number, reason = ""): void {
    if (!this.open) return;
    this.closing = true;
    const payload = Buffer.alloc(2 + Buffer.byteLength(reason));
    payload.writeUInt16BE(code, 0);
    payload.write(reason, 2);
    this.socket.write(frame(0x8, payload));
  }

  /** Cuts the TCP connection without a close frame: the client sees 1006. */
  terminate(): void {
    this.socket.destroy();
  }

  private finish(code: number): void {
    if (this.ended) return;
    this.ended = true;
    this.onEnd(code);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const parsed = parseFrame(this.buffer);
      if (!parsed) return;
      this.buffer = this.buffer.subarray(parsed.size);
      this.handle(parsed.fin, parsed.opcode, parsed.payload);
    }
  }

  private handle(fin: boolean, opcode: number, payload: Buffer): void {
    if (opcode === 0x8) {
      const code = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
      if (!this.closing) this.socket.write(frame(0x8, payload.subarray(0, 2)));
      this.closing = true;
      this.socket.end();
      this.finish(code);
    } else if (opcode === 0x9) {
      this.socket.write(frame(0xa, payload));
    } else if (opcode === 0x1 || opcode === 0x2 || opcode === 0x0) {
      this.fragments.push(payload);
      if (!fin) return;
      const message = Buffer.concat(this.fragments);
      this.fragments = [];
      if (this.open) this.onMessage(message);
    }
  }
}

function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const head = length < 126 ? Buffer.alloc(2) : length < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  head[0] = 0x80 | opcode;
  if (length < 126) head[1] = length;
  else if (length < 65536) {
    head[1] = 126;
    head.writeUInt16BE(length, 2);
  } else {
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(length), 2);
  }
  return Buffer.concat([head, payload]);
}

function parseFrame(
  data: Buffer,
): { fin: boolean; opcode: number; payload: Buffer; size: number } | null {
  if (data.length < 2) return null;
  const first = data[0] ?? 0;
  const second = data[1] ?? 0;
  let length = second & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (data.length < 4) return null;
    length = data.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (data.length < 10) return null;
    length = Number(data.readBigUInt64BE(2));
    offset = 10;
  }
  const masked = (second & 0x80) !== 0;
  const mask = masked ? data.subarray(offset, offset + 4) : null;
  if (masked) offset += 4;
  if (data.length < offset + length) return null;
  const payload = Buffer.from(data.subarray(offset, offset + length));
  if (mask)
    for (let i = 0; i < payload.length; i++) payload[i] = (payload[i] ?? 0) ^ (mask[i % 4] ?? 0);
  return { fin: (first & 0x80) !== 0, opcode: first & 0x0f, payload, size: offset + length };
}

// --- Uploads --------------------------------------------------------------------------------

/** The parts of a multipart/form-data body (zca-js builds it with the form-data package). */
export function multipartParts(
  body: Buffer,
  contentType: string,
): { name: string; filename: string | null; data: Buffer }[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return [];
  const delimiter = Buffer.from(`--${marker}`);
  const parts: { name: string; filename: string | null; data: Buffer }[] = [];
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const from = start + delimiter.length;
    if (body.subarray(from, from + 2).toString() === "--") break;
    const next = body.indexOf(delimiter, from);
    if (next < 0) break;
    const part = body.subarray(from + 2, next - 2); // drop the CRLFs around the part
    const split = part.indexOf("\r\n\r\n");
    const headers = part.subarray(0, split).toString("utf8");
    parts.push({
      name: /name="([^"]*)"/.exec(headers)?.[1] ?? "",
      filename: /filename="([^"]*)"/.exec(headers)?.[1] ?? null,
      data: Buffer.from(part.subarray(split + 4)),
    });
    start = next;
  }
  return parts;
}
