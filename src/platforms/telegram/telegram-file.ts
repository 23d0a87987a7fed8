import type { Api } from "grammy";
import type { Document } from "grammy/types";
import { FileTooLarge, type IncomingFile } from "../../messages/incoming.js";
import { DownloadFailed, downloadBytes } from "../download.js";

/**
 * A document sent to the bot, fetched only when a command asks: getFile, then the Bot API's
 * file address (`<apiRoot>/file/bot<token>/<file_path>`), which holds the token and is never
 * logged. The Bot API gives bots files of up to 20 MB; the sizes Telegram states are checked
 * before anything is asked for.
 */
export function telegramFile(
  api: Api,
  where: { apiRoot: string; token: string },
  document: Document,
): IncomingFile {
  return {
    name: document.file_name ?? "",
    size: document.file_size,
    mime: document.mime_type,
    async fetch(maxBytes) {
      if ((document.file_size ?? 0) > maxBytes) throw new FileTooLarge(maxBytes);
      const file = await api.getFile(document.file_id);
      if ((file.file_size ?? 0) > maxBytes) throw new FileTooLarge(maxBytes);
      if (!file.file_path) throw new DownloadFailed(0);
      return downloadBytes(`${where.apiRoot}/file/bot${where.token}/${file.file_path}`, maxBytes);
    },
  };
}
