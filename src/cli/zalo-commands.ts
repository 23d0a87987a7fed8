import { formatInstant } from "../domain/calendar.js";
import type { Text } from "../i18n.js";
import { ZALO } from "../platforms/zalo/zalo-session.js";
import type { Services } from "../store/services.js";
import { defineCommand } from "./cli-command.js";
import { zaloLogin } from "./zalo-login.js";

/** `zalo login [--qr FILE]`: needs no database, only the file the session is saved to. */
export const zaloLoginCommand = defineCommand({
  path: "zalo login",
  options: { qr: { value: { word: "cli-word-file" } } },
  needsDatabase: false,
  async run(call) {
    const saved = await zaloLogin({
      credentialsPath: call.config.ZALO_CREDENTIALS_PATH,
      qrPath: call.options.qr ?? "zalo-qr.png",
      login: call.qrLogin,
      say: (text) => call.io.out(call.say(text)),
      print: call.io.out,
    });
    return saved ? 0 : 1;
  },
});

/** `zalo status`: whether the session works, since when, and what to do if not. */
export const zaloStatusCommand = defineCommand({
  path: "zalo status",
  needsDatabase: true,
  run(call, app) {
    call.io.out(call.say(zaloStatus(app.services)));
    return 0;
  },
});

function zaloStatus(services: Services): Text {
  const status = services.platforms.get(ZALO);
  if (!status) return { key: "zalo-status-never" };
  return {
    key: `zalo-status-${status.state}`,
    args: {
      since: formatInstant(status.updatedAt, services.timeZone),
      // Our own reasons are locale keys; Zalo's close codes are shown as they are.
      detail: status.detail?.startsWith("zalo-") ? { key: status.detail } : (status.detail ?? ""),
    },
  };
}
