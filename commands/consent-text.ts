import type { Text } from "../src/i18n.js";

/**
 * The version of the consent text (locales/consent.*.ftl, `consent-terms`): stored with every
 * answer, so that what a person agreed to can be shown and printed later. Bump it whenever
 * the text changes.
 */
export const CONSENT_TEXT_VERSION = "2026-12.2";

/** What chibo keeps, who sees it, for how long, and /dulieu: the part every consent shows. */
export const consentTerms: Text = { key: "consent-terms", args: { version: CONSENT_TEXT_VERSION } };
