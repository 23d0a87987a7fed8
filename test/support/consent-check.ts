import { CONSENT_TEXT_VERSION } from "../../commands/consent-text.js";
import type { App } from "../../src/app.js";
import type { Member } from "../../src/store/member-store.js";

/**
 * The roster entries with no consent given stored for them: empty when "no name on the roster
 * without stored consent" holds (issue 19).
 */
export function entriesWithoutConsent(app: App): string[] {
  return app.services.consents.entriesWithoutConsent().map((entry) => entry.fullName);
}

/**
 * A roster entry made directly in the store, with the consent /thamgia would have stored:
 * as a cell made before a test's point begins, whose members all agreed.
 */
export function addConsentingMember(
  app: App,
  input: { cellId: number; fullName: string; personId: string; now: Date },
): Member {
  const { members, consents } = app.services;
  const member = members.create({
    ...input,
    role: "member",
    roster: "active",
    displayName: input.fullName,
  });
  consents.record({
    cellId: input.cellId,
    personId: input.personId,
    memberId: member.id,
    textVersion: CONSENT_TEXT_VERSION,
    answer: "given",
    now: input.now,
  });
  return member;
}
