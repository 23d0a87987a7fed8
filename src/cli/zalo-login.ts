import {
  type LoginQRCallback,
  type LoginQRCallbackEvent,
  LoginQRCallbackEventType,
  Zalo,
  ZaloApiLoginQRAborted,
} from "zca-js";
import type { Text } from "../i18n.js";
import { saveCredentials } from "../platforms/zalo/credentials.js";
import { qrForTerminal } from "../platforms/zalo/qr-terminal.js";
import { zaloClientOptions } from "../platforms/zalo/zalo-server.js";

/** Zalo's QR login as zca-js does it, against Zalo or the server `ZALO_SERVER` names. */
export type QrLogin = (qrPath: string, callback: LoginQRCallback) => Promise<unknown>;

export function zaloQrLogin(server: string | undefined): QrLogin {
  return (qrPath, callback) => new Zalo(zaloClientOptions(server)).loginQR({ qrPath }, callback);
}

/**
 * `zalo login`: shows the QR in the terminal and as a PNG file, and once it is scanned on the
 * bot's phone saves the session, readable by its owner only.
 */
export async function zaloLogin(options: {
  credentialsPath: string;
  qrPath: string;
  login: QrLogin;
  say: (text: Text) => void;
  print: (text: string) => void;
}): Promise<boolean> {
  const { credentialsPath, qrPath, say, print } = options;
  let saved = false;
  // zca-js does not wait for the callback: a failure in it is kept and raised after the login.
  let failure: unknown;
  const login = options.login(qrPath, async (event) => {
    try {
      await step(event);
    } catch (error) {
      failure ??= error;
      if (event.actions) event.actions.abort();
    }
  });
  async function step(event: LoginQRCallbackEvent): Promise<unknown> {
    switch (event.type) {
      case LoginQRCallbackEventType.QRCodeGenerated:
        await event.actions.saveToFile(qrPath);
        print(qrForTerminal(event.data.image));
        return say({ key: "zalo-login-scan", args: { file: qrPath } });
      case LoginQRCallbackEventType.QRCodeExpired:
        say({ key: "zalo-login-expired" });
        return event.actions.retry();
      case LoginQRCallbackEventType.QRCodeScanned:
        return say({ key: "zalo-login-scanned", args: { name: event.data.display_name } });
      case LoginQRCallbackEventType.QRCodeDeclined:
        say({ key: "zalo-login-declined" });
        return event.actions.abort();
      case LoginQRCallbackEventType.GotLoginInfo: {
        const { cookie, imei, userAgent } = event.data;
        saveCredentials(credentialsPath, { cookie, imei, userAgent });
        saved = true;
        return say({ key: "zalo-login-saved", args: { file: credentialsPath } });
      }
    }
  }
  try {
    await login;
  } catch (error) {
    // Declined on the phone (said already), or aborted after a failure raised below.
    if (!(error instanceof ZaloApiLoginQRAborted)) throw error;
  }
  if (failure) throw failure;
  return saved;
}
