/**
 * Where chibo tags a person in a Zalo group: at their name written as a whole word, never at
 * letters that end a longer word, wherever those come first in the message.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { ZaloPerson } from "../../support/fake-zalo-server.js";
import { startZaloRig, type ZaloRig } from "../../support/zalo-rig.js";

const GROUP = "5550001";
const lan: ZaloPerson = { id: "101", name: "Lan" };
// A Zalo name in lower case, as many are: "an" is also the end of "Toan".
const toan: ZaloPerson = { id: "104", name: "an" };

let rig: ZaloRig | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

describe("tags in a Zalo group", () => {
  it("tags a person at their name standing alone, not at the end of another word", async () => {
    rig = await startZaloRig("2024-03-11T02:00:00Z");
    rig.zalo.addGroup(GROUP, "Chi bộ KP1", lan, [], [toan]);
    await rig.say(lan, "/khoitao Chi bộ Khu phố 1", GROUP);
    // The answer names "Nguyễn Văn Toan", then asks "an" to befriend the bot, tagged.
    await rig.say(toan, "/thamgia Nguyễn Văn Toan", GROUP);
    const answer = rig.zalo.sent.filter((m) => m.threadId === GROUP).at(-1);
    if (!answer) throw new Error("no answer in the group");
    const toanEnds = answer.text.indexOf("Toan") + "To".length;
    const alone = answer.text.indexOf("an: để chibo nhắn riêng");
    expect(toanEnds).toBeGreaterThan(1);
    expect(toanEnds).toBeLessThan(alone);
    expect(answer.mentions).toEqual([{ uid: toan.id, pos: alone, len: "an".length }]);
  });
});
