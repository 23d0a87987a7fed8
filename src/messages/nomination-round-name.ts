import type { NominationRound } from "../domain/nomination-rules.js";
import type { Text } from "../i18n.js";

const ROUND_NAMES: Record<NominationRound, string> = {
  midterm: "bieuduong-round-midterm",
  yearEnd: "bieuduong-round-year-end",
};

/** A round as sentences name it: "đợt sơ kết giữa năm". */
export function nominationRoundName(round: NominationRound): Text {
  return { key: ROUND_NAMES[round] };
}
