import { statSync } from "node:fs";
import { open } from "node:fs/promises";
import { homedir } from "node:os";
import { basename, resolve } from "node:path";
import { FileTooLarge, type IncomingFile } from "../../messages/incoming.js";

/**
 * A file on this computer, as typed after ":tep": quotes a terminal adds around a dragged path
 * are dropped, and "~" is the home folder. Undefined when there is no such file.
 */
export function localFile(typed: string): IncomingFile | undefined {
  const unquoted = typed.replace(/^(["'])(.*)\1$/, "$2");
  const path = resolve(unquoted.replace(/^~(?=\/|$)/, homedir()));
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats?.isFile()) return undefined;
  return {
    name: basename(path),
    size: stats.size,
    async fetch(maxBytes) {
      const handle = await open(path);
      try {
        // Read again: the file may have grown since it was named.
        if ((await handle.stat()).size > maxBytes) throw new FileTooLarge(maxBytes);
        return await handle.readFile();
      } finally {
        await handle.close();
      }
    },
  };
}
