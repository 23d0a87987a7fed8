/**
 * zca-js calls fixed hosts (wpa.chat.zalo.me to log in, id.zalo.me and jr.chat.zalo.me for the
 * QR) and whatever hosts the login answer names; every HTTP call goes through the fetch given as
 * its `polyfill` option. For tests against a local fake of Zalo's servers (`ZALO_SERVER`), that
 * fetch sends every call to one base URL, path and query unchanged. The websocket's address
 * comes from the login answer, so a fake names its own.
 */
function redirectedFetch(base: string): typeof fetch {
  const target = new URL(base);
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    url.protocol = target.protocol;
    url.host = target.host;
    return fetch(url, init);
  };
}

/**
 * zca-js's options: no update check at start (the version is pinned). `selfListen` is on because
 * zca-js drops every group event that names the account itself otherwise, the bot's removal
 * from a group included; the bot's own messages are skipped where they arrive.
 */
export function zaloClientOptions(server: string | undefined) {
  return {
    checkUpdate: false,
    selfListen: true,
    logging: false,
    ...(server ? { polyfill: redirectedFetch(server) } : {}),
  };
}
