import { FileTooLarge } from "../messages/incoming.js";

/** A file that takes longer than this to arrive is given up: the turns after it wait. */
const DOWNLOAD_TIMEOUT_MS = 30_000;

/** The download answered with an error status; the address is never said (it may hold a token). */
export class DownloadFailed extends Error {
  constructor(readonly status: number) {
    super(`the download answered HTTP ${status}`);
    this.name = "DownloadFailed";
  }
}

/**
 * The bytes at `url`, at most `maxBytes` of them: refused as soon as the server declares more
 * or sends more, so a large file is never held whole.
 */
export async function downloadBytes(url: string, maxBytes: number): Promise<Uint8Array> {
  const protocol = new URL(url).protocol;
  if (protocol !== "https:" && protocol !== "http:") throw new DownloadFailed(0);
  const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  if (!response.ok) {
    await response.body?.cancel();
    throw new DownloadFailed(response.status);
  }
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new FileTooLarge(maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  // Leaving the loop early cancels the rest of the body.
  for await (const chunk of response.body ?? []) {
    received += chunk.byteLength;
    if (received > maxBytes) throw new FileTooLarge(maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
