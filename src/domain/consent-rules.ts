import { foldKey } from "./text.js";

/**
 * What people type to the consent question where there are no buttons: "đồng ý", "dong y",
 * "Dạ, tôi đồng ý ạ"; "không đồng ý", "không", "ko". Compared folded (no case, no diacritics,
 * "ƣ" and NFD repaired), so that "không đồng ý" is read before the "đồng ý" inside it.
 */
const REFUSALS = ["khong dong y", "khong", "ko", "no"];
const AGREEMENTS = ["dong y", "co", "yes", "ok"];
/**
 * In the group other talk goes on while the question is open: "Có" or "Không" may answer
 * someone else. There only the words themselves count as consent.
 */
const IN_GROUP = ["khong dong y", "dong y"];

/** Politeness before and after ("dạ, tôi đồng ý ạ", "không nhé"), which changes nothing. */
const BEFORE = /^(?:(?:da|vang|em|con|chau|toi) )+/;
const AFTER = /(?: (?:a|nhe|nha|luon))+$/;

/** The answer a typed message gives to the consent question; undefined if it gives none. */
export function readConsentAnswer(
  text: string,
  where: "private" | "group" = "private",
): "given" | "refused" | undefined {
  const key = foldKey(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(BEFORE, "")
    .replace(AFTER, "");
  if (where === "group" && !IN_GROUP.includes(key)) return undefined;
  if (REFUSALS.includes(key)) return "refused";
  if (AGREEMENTS.includes(key)) return "given";
  return undefined;
}
