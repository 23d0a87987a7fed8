import { checkDocumentText, type InheritedField } from "../src/domain/document-settings.js";
import type { Turn } from "../src/engine/turn.js";

/**
 * A party organisation line or a place as typed for the documents: in /caidat for one cell,
 * in /tonghop for the cells of a committee. Both take it alike, so that what one accepts the
 * other does. Returns the line tidied; one that is empty or too long refuses the turn, saying
 * why, so nothing is saved and the question stays open.
 */
export function typedDocumentText(turn: Turn, field: InheritedField, typed: string): string {
  const checked = checkDocumentText(field, typed);
  if (checked.ok) return checked.text;
  return turn.fail(`document-text-${checked.problem}`, {
    length: checked.length,
    max: checked.max,
  });
}
