import { z } from "zod";
import { HOLIDAY_SHIFTS } from "../src/domain/meeting-recurrence.js";
import { MEETING_KINDS } from "../src/domain/meeting-rules.js";
import { type ChoiceOf, choice, choiceCodec, choiceId } from "../src/messages/choice-codec.js";

/** What the review of a single meeting lets the secretary change. */
export const MEETING_FIELDS = ["time", "place", "topic"] as const;
/** What the review of a monthly rule lets the secretary change. */
export const SERIES_FIELDS = ["rule", "place", "topic", "kind", "holiday", "remote"] as const;

/** Every field either review changes, once. */
const CHANGEABLE = [...new Set([...MEETING_FIELDS, ...SERIES_FIELDS])] as [
  (typeof MEETING_FIELDS)[number] | (typeof SERIES_FIELDS)[number],
  ...((typeof MEETING_FIELDS)[number] | (typeof SERIES_FIELDS)[number])[],
];

/** /hop's choices, for a single meeting and for a monthly rule (commands/hop-series.ts). */
export const hopChoices = choiceCodec("hop", {
  new: choice("new"),
  edit: choice("edit-{meeting}", { meeting: choiceId }),
  cancel: choice("cancel-{meeting}", { meeting: choiceId }),
  cancelConfirmed: choice("cancelyes-{meeting}", { meeting: choiceId }),
  keep: choice("keep"),
  kind: choice("kind-{kind}", { kind: z.enum(MEETING_KINDS) }),
  topic: choice("topic"),
  change: choice("change-{field}", { field: z.enum(CHANGEABLE) }),
  abort: choice("abort"),
  confirm: choice("confirm"),
  remote: choice("remote-{allowed}", { allowed: z.enum(["yes", "no"]) }),
  monthly: choice("monthly"),
  fields: choice("fields"),
  seriesNew: choice("seriesnew"),
  holiday: choice("shift-{shift}", { shift: z.enum(HOLIDAY_SHIFTS) }),
  seriesCancel: choice("seriescancel-{series}", { series: choiceId }),
  seriesCancelConfirmed: choice("seriescancelyes-{series}", { series: choiceId }),
  seriesKeep: choice("serieskeep"),
});

export type HopChoice = ChoiceOf<typeof hopChoices>;
