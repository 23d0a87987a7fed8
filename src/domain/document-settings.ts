import { hasWords, normalizeLine, visibleLength } from "./text.js";

/**
 * What a cell's documents print that chibo cannot know: the party organisation in the header
 * ("ĐẢNG BỘ PHƯỜNG PHÚ HÒA"), the place in the date line, the minutes' chair and minute-taker.
 */
export const DOCUMENT_FIELDS = [
  "partyOrganisation",
  "place",
  "defaultChair",
  "defaultMinuteTaker",
] as const;
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

/** The fields a cell inherits from its committee when it sets none of its own. */
export const INHERITED_FIELDS = ["partyOrganisation", "place"] as const satisfies DocumentField[];
export type InheritedField = (typeof INHERITED_FIELDS)[number];

/** The header's left column is narrow: a longer line wraps into a third row. */
export const MAX_PARTY_ORGANISATION_LENGTH = 100;
/** "Phú Hòa, ngày 06 tháng 12 năm 2026" stays on one line of the header's right column. */
export const MAX_PLACE_LENGTH = 40;

/** The longest line each inherited field takes, for a cell or a committee alike. */
export const MAX_TEXT_LENGTH: Record<InheritedField, number> = {
  partyOrganisation: MAX_PARTY_ORGANISATION_LENGTH,
  place: MAX_PLACE_LENGTH,
};

/** Where a setting in force comes from. */
export type SettingSource = "own" | "committee" | "unset";

export interface SettingInForce {
  value: string | null;
  source: SettingSource;
}

type DocumentValues = { [F in DocumentField]: string | null };
type CommitteeValues = { [F in InheritedField]: string | null };

/** A cell's setting in force: its own, else its committee's (for those inherited), else none. */
export function documentSetting(
  field: DocumentField,
  cell: DocumentValues,
  committee: CommitteeValues | undefined,
): SettingInForce {
  const own = cell[field];
  if (hasOwnSetting(field, cell)) return { value: own, source: "own" };
  const inherited =
    committee && (INHERITED_FIELDS as readonly string[]).includes(field)
      ? committee[field as InheritedField]
      : null;
  return inherited?.trim()
    ? { value: inherited, source: "committee" }
    : { value: null, source: "unset" };
}

/** Whether a cell sets this itself: a blank value is none, as in its documents. */
export function hasOwnSetting(field: DocumentField, cell: Partial<DocumentValues>): boolean {
  return Boolean(cell[field]?.trim());
}

export type DocumentTextCheck =
  | { ok: true; text: string }
  | { ok: false; problem: "empty" | "too-long"; length: number; max: number };

/** A party organisation line or a place, as typed: one line, with letters, within its cap. */
export function checkDocumentText(field: InheritedField, raw: string): DocumentTextCheck {
  const text = normalizeLine(raw);
  const length = visibleLength(text);
  const max = MAX_TEXT_LENGTH[field];
  if (!hasWords(text)) return { ok: false, problem: "empty", length, max };
  if (length > max) return { ok: false, problem: "too-long", length, max };
  return { ok: true, text };
}
