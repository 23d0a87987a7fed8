import { z } from "zod";
import type { EvidenceRef } from "../src/db/schema.js";
import { atLocalHour, formatDay, localDay, localYearBounds } from "../src/domain/calendar.js";
import { COMMITMENT_PARTS } from "../src/domain/commitment-rules.js";
import { isCellCommittee, mustReportResults } from "../src/domain/member-rules.js";
import {
  PROGRESS_STATUSES,
  type ProgressStatus,
  readStatus,
} from "../src/domain/progress-rules.js";
import { clip, normalizeText, visibleLength } from "../src/domain/text.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { type ChoiceOf, choice, choiceCodec } from "../src/messages/choice-codec.js";
import { type IncomingPhoto, isImageFile } from "../src/messages/incoming.js";
import type { Choice } from "../src/messages/reply.js";
import { loadCellReport } from "../src/reports/load-cell-report.js";

/** A note says how a part is going in a few words, not a report: the year-end results are that. */
const MAX_NOTE_LENGTH = 500;
/** A photo of evidence larger than this is refused: a phone's photo is a few megabytes. */
const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** How much of a part's plan a question shows, so that it stays one screen. */
const PLAN_SHOWN = 200;
/** How much of a note the summary repeats. */
const NOTE_SHOWN = 80;
/** How many names each line of the committee's view lists before it only counts. */
const NAMES_SHOWN = 15;

const partSchema = z.enum(COMMITMENT_PARTS);
const statusSchema = z.enum(PROGRESS_STATUSES);
const evidenceSchema = z.object({
  platform: z.string(),
  ref: z.string(),
  name: z.string(),
  size: z.number().optional(),
  mime: z.string().optional(),
});

/** A round of /tiendo between messages: the part asked now and the answers so far. */
const stateSchema = z.object({
  year: z.number().int(),
  /** The part asked now, by its place in COMMITMENT_PARTS. */
  step: z
    .number()
    .int()
    .min(0)
    .max(COMMITMENT_PARTS.length - 1),
  answers: z.array(
    z.object({
      part: partSchema,
      status: statusSchema,
      note: z.string().optional(),
      evidence: evidenceSchema.optional(),
    }),
  ),
  /** A note or a photo sent for the part asked now, before saying how it is going. */
  note: z.string().optional(),
  evidence: evidenceSchema.optional(),
});
type State = z.infer<typeof stateSchema>;
type Answer = State["answers"][number];

const choices = choiceCodec("tiendo", {
  status: choice("s-{part}-{status}", { part: partSchema, status: statusSchema }),
  view: choice("view"),
});

/**
 * /tiendo: a member who registered a plan says how each of its three parts is going (done,
 * under way, not yet), with a short note or a photo if they like: three questions and the
 * summary. The secretary, deputy and committee also see who has reported, in private only.
 */
export const tiendo: Command<ChoiceOf<typeof choices>> = {
  name: "tiendo",
  where: "private",
  who: "member",
  choices,
  run(turn) {
    const open = readState(turn.dialogState("tiendo"));
    if (open) {
      turn.reply("tiendo-resume");
      return prompt(turn, open);
    }
    if (!mayReport(turn, turn.year)) return;
    const state: State = { year: turn.year, step: 0, answers: [] };
    turn.openDialog("tiendo", state);
    prompt(turn, state);
  },

  answer(turn, text, stored) {
    const state = readState(stored);
    if (!state) {
      turn.closeDialog();
      return turn.reply("tiendo-restart");
    }
    const typed = normalizeText(text);
    const read = readStatus(typed);
    if (read) {
      const note = read.rest === "" ? state.note : checkedNote(turn, read.rest);
      return record(turn, state, read.status, note, state.evidence);
    }
    const next: State = { ...state, note: checkedNote(turn, typed) };
    turn.openDialog("tiendo", next);
    prompt(turn, next);
  },

  photo(turn, photo, stored) {
    const state = readState(stored);
    if (!state) {
      turn.closeDialog();
      return turn.reply("tiendo-restart");
    }
    const evidence = checkedEvidence(turn, photo);
    const caption = photo.caption === undefined ? "" : normalizeText(photo.caption);
    const read = caption === "" ? undefined : readStatus(caption);
    if (read) {
      const note = read.rest === "" ? state.note : checkedNote(turn, read.rest);
      return record(turn, state, read.status, note, evidence);
    }
    const note = caption === "" ? state.note : checkedNote(turn, caption);
    const next: State = { ...state, note, evidence };
    turn.openDialog("tiendo", next);
    prompt(turn, next);
  },

  resume(turn, stored) {
    const state = readState(stored);
    if (!state) {
      turn.closeDialog();
      return turn.reply("tiendo-restart");
    }
    turn.reply("tiendo-resume");
    prompt(turn, state);
  },

  choose(turn, chosen) {
    if (chosen.action === "view") {
      if (!isCellCommittee(turn.knownMember)) return turn.fail("refuse-committee-only");
      return showReported(turn);
    }
    // Buttons stay on old messages: only the part asked now takes an answer.
    const state = readState(turn.dialogState("tiendo"));
    if (!state || COMMITMENT_PARTS[state.step] !== chosen.part) return turn.fail("choice-expired");
    record(turn, state, chosen.status, state.note, state.evidence);
  },
};

function readState(stored: unknown): State | undefined {
  const parsed = stateSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Who reports: members who registered a plan for the year and must. Exempt members, and
 * retired ones where the cell does not ask them, are told they need not; the committee sees
 * who has reported instead.
 */
function mayReport(turn: Turn, year: number): boolean {
  const member = turn.knownMember;
  const committee = isCellCommittee(member);
  if (!mustReportResults(member, member.cell)) {
    if (committee) showReported(turn);
    else turn.reply(member.status === "retired" ? "tiendo-retired" : "tiendo-exempt");
    return false;
  }
  if (!turn.services.commitments.of(member.id, year)) {
    turn.reply("tiendo-no-plan", { year: String(year) });
    if (committee) showReported(turn);
    return false;
  }
  return true;
}

/** The answer to the part asked now: then the next part's question, or, after the third, all saved. */
function record(
  turn: Turn,
  state: State,
  status: ProgressStatus,
  note: string | undefined,
  evidence: EvidenceRef | undefined,
): void {
  const part = COMMITMENT_PARTS[state.step] ?? "study";
  const answer: Answer = { part, status, ...(note && { note }), ...(evidence && { evidence }) };
  const answers = [...state.answers, answer];
  if (state.step + 1 < COMMITMENT_PARTS.length) {
    const next: State = { year: state.year, step: state.step + 1, answers };
    turn.openDialog("tiendo", next);
    return prompt(turn, next);
  }
  turn.closeDialog();
  turn.services.progress.add(turn.knownMember.id, state.year, answers, turn.now);
  const plan = turn.plan(state.year);
  const args: Record<string, Text | string> = { year: String(state.year) };
  for (const done of answers) {
    args[done.part] = summaryLine(done);
    args[`${done.part}Label`] = plan.partLabels[done.part];
  }
  turn.reply("tiendo-saved", args);
}

function summaryLine(answer: Answer): Text {
  const status = statusText(answer.status);
  const note = answer.note === undefined ? undefined : clip(answer.note, NOTE_SHOWN);
  if (note !== undefined && answer.evidence) {
    return { key: "tiendo-saved-note-photo", args: { status, note } };
  }
  if (note !== undefined) return { key: "tiendo-saved-note", args: { status, note } };
  if (answer.evidence) return { key: "tiendo-saved-photo", args: { status } };
  return status;
}

const statusText = (status: ProgressStatus): Text => ({ key: `tiendo-status-${status}` });

/** One part's question: its plan, what was said last time, a note or photo held, the choices. */
function prompt(turn: Turn, state: State): void {
  const member = turn.knownMember;
  const part = COMMITMENT_PARTS[state.step] ?? "study";
  const saved = turn.services.commitments.of(member.id, state.year);
  const last = turn.services.progress.latest(member.id, state.year)[part];
  const parts: Text[] = [
    {
      key: "tiendo-ask",
      args: {
        step: state.step + 1,
        label: turn.plan(state.year).partLabels[part],
        plan: clip(saved?.[part] ?? "", PLAN_SHOWN),
      },
    },
    last
      ? {
          key: "tiendo-last",
          args: {
            status: statusText(last.status),
            day: formatDay(localDay(last.notedAt, turn.services.timeZone)),
          },
        }
      : { key: "tiendo-first" },
  ];
  if (state.note !== undefined) {
    parts.push({ key: "tiendo-held-note", args: { note: clip(state.note, NOTE_SHOWN) } });
  }
  if (state.evidence) parts.push({ key: "tiendo-held-photo" });
  parts.push({ key: "tiendo-ask-footer" });
  const offered: Choice[] = PROGRESS_STATUSES.map((status) => ({
    label: statusText(status),
    value: choices.encode("status", { part, status }),
  }));
  if (state.step === 0 && isCellCommittee(member)) {
    offered.push({ label: { key: "tiendo-choice-view" }, value: choices.encode("view") });
  }
  turn.say(turn.chat.id, parts, { choices: offered });
}

/** A note as it is kept, or a refusal that changes nothing. */
function checkedNote(turn: Turn, raw: string): string {
  const note = normalizeText(raw);
  if (note === "") return turn.fail("tiendo-note-empty");
  if (!/[\p{L}\p{N}]/u.test(note)) return turn.fail("tiendo-note-no-words");
  const length = visibleLength(note);
  if (length > MAX_NOTE_LENGTH) {
    return turn.fail("tiendo-note-too-long", { length, max: MAX_NOTE_LENGTH });
  }
  return note;
}

/** A photo kept by its reference, or a refusal: not a picture, or larger than 10 MB. */
function checkedEvidence(turn: Turn, photo: IncomingPhoto): EvidenceRef {
  if (photo.sentAs === "file" && !isImageFile(photo)) return turn.fail("tiendo-photo-not-image");
  if (photo.size !== undefined && photo.size > MAX_PHOTO_BYTES) {
    const megabytes = Math.ceil(photo.size / (1024 * 1024));
    return turn.fail("tiendo-photo-too-large", { size: megabytes, max: MAX_PHOTO_BYTES >> 20 });
  }
  return {
    platform: turn.incoming.platform,
    ref: photo.ref,
    name: photo.name,
    ...(photo.size !== undefined && { size: photo.size }),
    ...(photo.mime !== undefined && { mime: photo.mime }),
  };
}

/**
 * For the committee, in private: how many of those who registered have reported since the
 * latest progress day (or in the year, before the first), and who; never what they wrote.
 */
function showReported(turn: Turn): void {
  const member = turn.knownMember;
  const year = turn.year;
  const { services } = turn;
  const today = localDay(turn.now, services.timeZone);
  const day = turn
    .plan(year)
    .progress.days.filter((d) => d <= today)
    .at(-1);
  // From the start of the latest progress day, or of the year before the first one.
  const since = day
    ? atLocalHour(day, 0, services.timeZone)
    : localYearBounds(year, services.timeZone).from;
  const sinceText: Text = day
    ? { key: "tiendo-view-since", args: { day: formatDay(day) } }
    : { key: "tiendo-view-year", args: { year: String(year) } };
  const reported = services.progress.reportedSince(member.cellId, year, since);
  const { registered } = loadCellReport(services, member.cell, year);
  const done = registered.filter((m) => reported.has(m.id)).map((m) => m.fullName);
  const waiting = registered.filter((m) => !reported.has(m.id)).map((m) => m.fullName);
  const parts: Text[] = [
    {
      key: "tiendo-view",
      args: {
        year: String(year),
        cell: member.cell.name,
        since: sinceText,
        reported: done.length,
        registered: registered.length,
      },
    },
  ];
  if (done.length > 0) parts.push(namesLine("tiendo-view-reported", done));
  if (waiting.length > 0) parts.push(namesLine("tiendo-view-waiting", waiting));
  turn.say(turn.chat.id, parts);
}

function namesLine(key: string, names: string[]): Text {
  const shown = names.slice(0, NAMES_SHOWN).join(", ");
  const more = names.length - NAMES_SHOWN;
  const list: Text | string =
    more > 0 ? { key: "tiendo-view-more", args: { names: shown, more } } : shown;
  return { key, args: { count: names.length, names: list } };
}
