import { afterEach, expect, it } from "vitest";
import { CONSENT_TEXT_VERSION } from "../../commands/consent-text.js";
import { Poster } from "../../src/outbox/poster.js";
import { Harness } from "../support/harness.js";

let h: Harness;
afterEach(() => h?.close());

it("writes nothing in private to a member who said no to what chibo keeps, from a job or a command", async () => {
  h = new Harness();
  await h.cellWith(["Hùng", "Mai"]);
  const { services } = h.app;
  const member = (name: string) => {
    const found = services.members.byPerson(`console:${name}`);
    if (!found) throw new Error(`no ${name}`);
    return found;
  };
  for (const name of ["Hùng", "Mai"]) await h.say(name, "private", "/help");
  const hung = member("Hùng");
  services.consents.record({
    cellId: hung.cellId,
    personId: "console:Hùng",
    memberId: hung.id,
    textVersion: CONSENT_TEXT_VERSION,
    answer: "withdrawn",
    now: h.clock.now(),
  });
  const before = services.outbox.all().length;
  const poster = new Poster(services, hung.cellId);
  const parts = [{ key: "verbatim", args: { text: "Nhắc họp tối nay" } }];

  expect(poster.toMember(hung.id, parts)).toBe(false);
  expect(poster.toMember(member("Mai").id, parts)).toBe(true);
  const queued = services.outbox
    .all()
    .slice(before)
    .map((message) => message.chatId);
  expect(queued).toEqual(["console:Mai"]);
});
