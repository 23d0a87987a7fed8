import type { LocalDay } from "../domain/calendar.js";
import type { Reply } from "./reply.js";

/**
 * What a message whose truth can change is about (a reminder that counts days and names who
 * is missing, a summary of counts): the outbox keeps this, not the sentence, and the job that
 * queued it writes the message just before it goes out.
 */
export interface OutboxIntent {
  /** The job that writes it. */
  job: string;
  cellId: number;
  /** The plan's year and the job's period it is about. */
  year: number;
  period: string;
  /** What it counts down to. */
  deadline?: LocalDay;
  /** When it is no longer worth sending (ISO instant); unset: while it has something to say. */
  until?: string;
  /** The slot's own data (a meeting reminder's meeting and start), as the job typed it. */
  payload?: unknown;
  /** To a group of the cell, or to one member in private. */
  kind: "group" | "member";
  memberId?: number;
}

/** A message as written when it goes out, for the chat of its outbox row. */
export type ComposedMessage = Omit<Reply, "chatId">;

/** Writes an intent's message for a chat, as of now; undefined when nothing is left to say. */
export type Compose = (
  intent: OutboxIntent,
  chatId: string,
  now: Date,
) => ComposedMessage | undefined;
