import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname } from "node:path";
import type { Credentials } from "zca-js";
import { z } from "zod";
import { makePrivateFolder, writePrivateFile } from "../../private-files.js";

/** Cookies, device id and user agent of the bot's Zalo session: as secret as a password. */
const credentialsSchema = z.object({
  imei: z.string().min(1),
  userAgent: z.string().min(1),
  cookie: z.array(z.record(z.string(), z.unknown())).min(1),
});

export class CredentialsError extends Error {
  constructor(readonly key: "zalo-no-session" | "zalo-session-open" | "zalo-session-bad") {
    super(key);
  }
}

/** The saved session; refused if others could read the file. */
export function readCredentials(path: string): Credentials {
  if (!existsSync(path)) throw new CredentialsError("zalo-no-session");
  if ((statSync(path).mode & 0o077) !== 0) throw new CredentialsError("zalo-session-open");
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    throw new CredentialsError("zalo-session-bad");
  }
  const parsed = credentialsSchema.safeParse(json);
  if (!parsed.success) throw new CredentialsError("zalo-session-bad");
  return parsed.data as Credentials;
}

/** Written readable by its owner only (0600), in a directory only they can enter. */
export function saveCredentials(path: string, credentials: Credentials): void {
  makePrivateFolder(dirname(path));
  writePrivateFile(path, `${JSON.stringify(credentials)}\n`);
}
