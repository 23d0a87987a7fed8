import { z } from "zod";
import {
  MAX_AGENDA_CHARACTERS,
  MAX_AGENDA_ITEM,
  MAX_AGENDA_ITEMS,
  MAX_MATERIALS_BYTES,
  type MaterialsKind,
  materialsFileName,
  materialsKind,
  readAgenda,
  readLink,
} from "../src/domain/materials-rules.js";
import type { MeetingMaterials } from "../src/domain/meeting-rules.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import {
  dropDrafts,
  keepMaterialsFile,
  materialsParts,
  postMaterials,
  storeMaterialsFile,
} from "../src/meetings/meeting-materials.js";
import { meetingDetails, shortName } from "../src/meetings/meeting-texts.js";
import { type ChoiceOf, choice, choiceCodec, choiceId } from "../src/messages/choice-codec.js";
import type { IncomingFile } from "../src/messages/incoming.js";
import type { Choice } from "../src/messages/reply.js";
import type { Meeting } from "../src/store/meeting-store.js";

/** The meetings offered to pick from: a cell has one or two ahead, seldom more. */
const LISTED_MEETINGS = 6;

const materialsSchema = z.object({
  agenda: z.string().optional(),
  link: z.string().optional(),
  file: z.object({ name: z.string(), path: z.string() }).optional(),
}) satisfies z.ZodType<MeetingMaterials>;

const stateSchema = z.object({
  step: z.enum(["pick", "agenda", "file", "review"]),
  /** When the dialog began: its choices carry it, so that one from an earlier dialog is refused. */
  stamp: z.number(),
  meetingId: z.number().optional(),
  draft: materialsSchema,
});
type State = z.infer<typeof stateSchema>;
type Step = State["step"];

const choices = choiceCodec("tailieu", {
  pick: choice("pick:{meeting}:{stamp}", { meeting: choiceId, stamp: choiceId }),
  keepAgenda: choice("agenda:{stamp}", { stamp: choiceId }),
  noFile: choice("nofile:{stamp}", { stamp: choiceId }),
  keepFile: choice("keepfile:{stamp}", { stamp: choiceId }),
  edit: choice("edit:{stamp}", { stamp: choiceId }),
  save: choice("save:{stamp}", { stamp: choiceId }),
  cancel: choice("cancel:{stamp}", { stamp: choiceId }),
});
type Chosen = ChoiceOf<typeof choices>;

/** The steps at which each choice is offered: pressed at another, it is an old one. */
const OFFERED_AT: Record<Chosen["action"], readonly Step[]> = {
  pick: ["pick"],
  keepAgenda: ["agenda"],
  noFile: ["file"],
  keepFile: ["file"],
  edit: ["review"],
  save: ["review"],
  cancel: ["pick", "agenda", "file", "review"],
};

/**
 * /tailieu: the secretary or a deputy, in private, attaches the agenda and a document (a file
 * or a link) to the cell's next meeting. HD 42-HD/BTCTW wants them with the members a day
 * before: saved after the meeting's notice went out, they go to the groups at once; before,
 * they go with the notice. A file is kept on disk, readable by chibo only, until the meeting
 * closes or is cancelled.
 */
export const tailieu: Command<Chosen> = {
  name: "tailieu",
  where: "private",
  who: "manager",
  choices,
  run(turn) {
    const ahead = meetingsAhead(turn);
    const stamp = turn.now.getTime();
    if (ahead.length === 0) {
      turn.closeDialog("tailieu");
      return turn.reply("tailieu-no-meeting");
    }
    if (ahead.length === 1 && ahead[0]) return begin(turn, ahead[0], stamp);
    const state: State = { step: "pick", stamp, draft: {} };
    turn.openDialog("tailieu", state);
    prompt(turn, state);
  },

  answer(turn, text, stored) {
    const state = readState(stored);
    if (!state) return restart(turn);
    const meeting = state.meetingId === undefined ? undefined : usable(turn, state.meetingId);
    if (state.step === "pick") return useChoices(turn, state);
    if (!meeting) return;
    if (state.step === "agenda") return takeAgenda(turn, state, text);
    // A link, typed at the file step, or at the review to change it.
    const link = readLink(text);
    if (link.ok)
      return next(turn, { ...state, step: "review", draft: { ...state.draft, link: link.link } });
    if (state.step === "review") return useChoices(turn, state);
    turn.reply(link.problem === "scheme" ? "tailieu-link-scheme" : "tailieu-link-bad");
    prompt(turn, state);
  },

  resume(turn, stored) {
    const state = readState(stored);
    if (!state) return restart(turn);
    prompt(turn, state);
  },

  files: {
    maxBytes: MAX_MATERIALS_BYTES,
    inDialogOnly: true,
    // Any file sent while the dialog is open is looked at, so that a wrong one is named as such.
    accepts: () => true,
    async read(bytes, file) {
      const kind = materialsKind(file, bytes);
      return (turn) => takeFile(turn, file, kind, bytes);
    },
  },

  // A picture sent as a photo is compressed and comes by reference only: asked again as a file.
  photo(turn, _photo, stored) {
    const state = readState(stored);
    if (!state) return restart(turn);
    turn.reply("tailieu-photo-as-file");
    prompt(turn, state);
  },

  choose(turn, chosen) {
    const state = readState(turn.dialogState("tailieu"));
    if (!state || state.stamp !== chosen.stamp || !OFFERED_AT[chosen.action].includes(state.step)) {
      return turn.fail("choice-expired");
    }
    if (chosen.action === "cancel") return cancel(turn, state);
    if (chosen.action === "pick") {
      const meeting = usable(turn, chosen.meeting);
      return meeting && begin(turn, meeting, state.stamp);
    }
    const meeting = state.meetingId === undefined ? undefined : usable(turn, state.meetingId);
    if (!meeting) return;
    const { draft } = state;
    switch (chosen.action) {
      case "keepAgenda":
        if (!draft.agenda) return turn.fail("choice-expired");
        return next(turn, { ...state, step: "file" });
      case "noFile":
        return next(turn, { ...state, step: "review", draft: { agenda: draft.agenda } });
      case "keepFile":
        if (!draft.link && !draft.file) return turn.fail("choice-expired");
        return next(turn, { ...state, step: "review" });
      case "edit":
        return next(turn, { ...state, step: "agenda" });
      case "save":
        return save(turn, state, meeting);
    }
  },
};

/** The cell's meetings still to start, soonest first. */
function meetingsAhead(turn: Turn): Meeting[] {
  const { meetings } = turn.services;
  return meetings
    .upcoming(turn.knownMember.cellId, turn.now)
    .filter((meeting) => meeting.startsAt > turn.now)
    .slice(0, LISTED_MEETINGS);
}

/** Starts on a meeting, from what it has attached already. */
function begin(turn: Turn, meeting: Meeting, stamp: number): void {
  const draft = materialsSchema.parse(meeting.materials ?? {});
  next(turn, { step: "agenda", stamp, meetingId: meeting.id, draft });
}

function next(turn: Turn, state: State): void {
  turn.openDialog("tailieu", state);
  prompt(turn, state);
}

/**
 * The meeting the dialog is about, if materials may still be attached to it: the cell's, still
 * scheduled, not started. Else the dialog ends, saying why.
 */
function usable(turn: Turn, meetingId: number): Meeting | undefined {
  const meeting = turn.services.meetings.byId(meetingId);
  if (!meeting || meeting.cellId !== turn.knownMember.cellId) {
    turn.closeDialog("tailieu");
    turn.reply("tailieu-restart");
    return undefined;
  }
  const problem =
    meeting.state !== "scheduled"
      ? "tailieu-meeting-gone"
      : meeting.startsAt <= turn.now
        ? "tailieu-meeting-started"
        : undefined;
  if (!problem) return meeting;
  turn.closeDialog("tailieu");
  turn.reply(problem, { meeting: shortName(meeting, turn.services.timeZone) });
  return undefined;
}

function takeAgenda(turn: Turn, state: State, text: string): void {
  const read = readAgenda(text);
  if (!read.ok) {
    turn.reply(`tailieu-agenda-${read.problem}`, {
      items: MAX_AGENDA_ITEMS,
      characters: read.problem === "too-much" ? MAX_AGENDA_CHARACTERS : MAX_AGENDA_ITEM,
    });
    return prompt(turn, state);
  }
  const draft = { ...state.draft, agenda: read.items.join("\n") };
  next(turn, { ...state, step: "file", draft });
}

/** A file sent while the dialog is open: kept as the meeting's document if it is one. */
function takeFile(
  turn: Turn,
  file: IncomingFile,
  kind: MaterialsKind | undefined,
  bytes: Uint8Array,
): void {
  const state = readState(turn.dialogState("tailieu"));
  if (!state) return restart(turn);
  if (state.step === "pick" || state.step === "agenda") {
    turn.reply("tailieu-file-early");
    return prompt(turn, state);
  }
  const meeting = state.meetingId === undefined ? undefined : usable(turn, state.meetingId);
  if (!meeting) return;
  if (!kind) {
    turn.reply("tailieu-file-type");
    return prompt(turn, state);
  }
  const path = storeMaterialsFile(turn.services, meeting.id, turn.knownMember.id, kind, bytes);
  const saved = { name: materialsFileName(file.name, kind), path };
  next(turn, { ...state, step: "review", draft: { ...state.draft, file: saved } });
}

function save(turn: Turn, state: State, meeting: Meeting): void {
  const { services } = turn;
  const draft = materialsSchema.parse(state.draft);
  const file = draft.file && keepMaterialsFile(services, meeting.id, draft.file);
  if (draft.file && !file) {
    // Gone from disk since it was sent (a turn rolled back, the folder cleared): sent again.
    turn.reply("tailieu-file-gone", { name: draft.file.name });
    const { file: _gone, ...rest } = draft;
    return next(turn, { ...state, step: "file", draft: rest });
  }
  const materials = file ? { ...draft, file } : draft;
  const saved = services.meetings.update(meeting.id, { materials }, turn.now);
  turn.closeDialog("tailieu");
  const name = shortName(saved, services.timeZone);
  if (saved.noticedAt) {
    postMaterials(turn.poster(), saved);
    turn.reply("tailieu-saved-posted", { meeting: name });
  } else {
    turn.reply("tailieu-saved-later", { meeting: name });
  }
  // The files saved before stay until the meeting closes: a queued message may still send one.
  dropDrafts(services, meeting.id, turn.knownMember.id);
}

function cancel(turn: Turn, state: State): void {
  turn.closeDialog("tailieu");
  turn.reply("tailieu-cancelled");
  if (state.meetingId !== undefined)
    dropDrafts(turn.services, state.meetingId, turn.knownMember.id);
}

function restart(turn: Turn): void {
  turn.closeDialog("tailieu");
  turn.reply("tailieu-restart");
}

function useChoices(turn: Turn, state: State): void {
  turn.reply("tailieu-use-choices");
  prompt(turn, state);
}

/** The question of the step the dialog is at, with its choices. */
function prompt(turn: Turn, state: State): void {
  const { services } = turn;
  const { stamp, draft } = state;
  const cancelChoice: Choice = {
    label: { key: "tailieu-choice-cancel" },
    value: choices.encode("cancel", { stamp }),
  };
  if (state.step === "pick") {
    const offered = meetingsAhead(turn).map((meeting) => ({
      label: shortName(meeting, services.timeZone),
      value: choices.encode("pick", { meeting: meeting.id, stamp }),
    }));
    return turn.reply("tailieu-pick", {}, { choices: [...offered, cancelChoice] });
  }
  const meeting = services.meetings.byId(state.meetingId ?? 0);
  if (!meeting) return restart(turn);
  const parts: Text[] = [];
  const offered: Choice[] = [];
  switch (state.step) {
    case "agenda":
      if (draft.agenda) {
        // The agenda kept takes the room the meeting's details would: named in short.
        parts.push(
          {
            key: "tailieu-ask-agenda-again",
            args: { meeting: shortName(meeting, services.timeZone), items: MAX_AGENDA_ITEMS },
          },
          ...materialsParts({ materials: { agenda: draft.agenda } }),
        );
        offered.push({
          label: { key: "tailieu-choice-keep-agenda" },
          value: choices.encode("keepAgenda", { stamp }),
        });
      } else {
        parts.push({
          key: "tailieu-ask-agenda",
          args: { meeting: meetingDetails(meeting, services.timeZone), items: MAX_AGENDA_ITEMS },
        });
      }
      break;
    case "file":
      parts.push({
        key: "tailieu-ask-file",
        args: { megabytes: MAX_MATERIALS_BYTES / 2 ** 20 },
      });
      if (draft.link || draft.file) {
        parts.push(...materialsParts({ materials: { link: draft.link, file: draft.file } }));
        offered.push({
          label: { key: "tailieu-choice-keep-file" },
          value: choices.encode("keepFile", { stamp }),
        });
      }
      offered.push({
        label: { key: "tailieu-choice-no-file" },
        value: choices.encode("noFile", { stamp }),
      });
      break;
    case "review":
      parts.push(
        { key: "tailieu-review", args: { meeting: shortName(meeting, services.timeZone) } },
        ...materialsParts({ materials: draft }),
        { key: meeting.noticedAt ? "tailieu-review-now" : "tailieu-review-later" },
      );
      offered.push(
        { label: { key: "tailieu-choice-save" }, value: choices.encode("save", { stamp }) },
        { label: { key: "tailieu-choice-edit" }, value: choices.encode("edit", { stamp }) },
      );
      break;
  }
  turn.say(turn.chat.id, parts, { choices: [...offered, cancelChoice] });
}

function readState(stored: unknown): State | undefined {
  const parsed = stateSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}
