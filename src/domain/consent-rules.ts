import { foldKey } from "./text.js";

/**
 * What people type to the consent question where there are no buttons: "đồng ý", "dong y",
 * "Tôi đồng ý ạ"; "không đồng ý", "không". Compared folded (no case, no diacritics, "ƣ" and
 * NFD repaired), so that "không đồng ý" is read before the "đồng ý" inside it.
 */
const REFUSALS = ["khong dong y", "toi khong dong y", "khong", "no"];
const AGREEMENTS = ["dong y", "toi dong y", "co", "yes", "ok"];

/** Politeness at the end ("đồng ý ạ", "không nhé"), which changes nothing. */
const PARTICLES = /(?: (?:a|nhe|nha|luon))+$/;

/** The answer a typed message gives to the consent question; undefined if it gives none. */
export function readConsentAnswer(text: string): "given" | "refused" | undefined {
  const key = foldKey(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(PARTICLES, "");
  if (REFUSALS.includes(key)) return "refused";
  if (AGREEMENTS.includes(key)) return "given";
  return undefined;
}
