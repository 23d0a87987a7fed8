import type { App } from "../../src/app.js";

/**
 * The roster entries with no consent given stored for them: empty when "no name on the roster
 * without stored consent" holds (issue 19).
 */
export function entriesWithoutConsent(app: App): string[] {
  return app.services.consents.entriesWithoutConsent().map((entry) => entry.fullName);
}
