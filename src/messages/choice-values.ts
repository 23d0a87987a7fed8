import { z } from "zod";
import { choice, choiceCodec, choiceId } from "./choice-codec.js";

/**
 * The choices that layers below commands/ offer (meetings, the engine), declared here, below
 * them: a meeting's announcement and reminders (lichhop), a poll's options (bophieu), the way
 * out of another command's open draft (huy).
 */

/** "I will come" and "I will be absent", under a meeting's announcement. */
export const lichhopChoices = choiceCodec("lichhop", {
  yes: choice("yes-{meeting}", { meeting: choiceId }),
  no: choice("no-{meeting}", { meeting: choiceId }),
});

/** A poll from the list of open ballots ("bophieu:12"), or one of its options ("bophieu:12-0"). */
export const bophieuChoices = choiceCodec("bophieu", {
  ballot: choice("{poll}", { poll: choiceId }),
  vote: choice("{poll}-{option}", { poll: choiceId, option: choiceId }),
});

/** Back to the draft open, or leave it for the command that was refused. */
export const huyChoices = choiceCodec("huy", {
  resume: choice("resume"),
  switch: choice("switch-{command}", { command: z.string().regex(/^[a-z]+$/) }),
});
