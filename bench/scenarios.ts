/**
 * The updates each measurement sends: who writes, where, and what. Members are handed out so
 * that no two measurements use the same person for a write (a dialog moves on; a repeated
 * answer would take another path through the code).
 */
import type { Chat, Update, User } from "grammy/types";
import type { Province } from "./seed.js";
import type { UpdateFactory } from "./telegram-fixture.js";

/** The first answers of a /dangky draft: one per part of the plan. */
const ANSWERS = [
  "Dự đủ buổi học chuyên đề năm 2024 của chi bộ trước 15/4/2024, ghi chép vào sổ tay đảng viên.",
  "Mỗi quý hỏi ý kiến ít nhất 5 hộ dân trước nghị quyết của chi bộ, báo lại ở buổi sinh hoạt.",
  "Nơi cư trú: dự đủ họp tổ dân phố năm 2024, đi đầu giữ đường phố sạch đẹp.",
];

export type Kind = "read" | "write" | "button";
export const KINDS: readonly Kind[] = ["read", "write", "button"];

export interface MemberRef {
  cell: number;
  member: number;
}

/** Hands out members of the seeded province, each at most once per purpose. */
export class Members {
  private readonly unregistered: Generator<MemberRef>;
  private nextPresser = 0;
  private nextReader = 0;

  constructor(readonly province: Province) {
    this.unregistered = province.unregistered();
  }

  /** Members who have not registered yet: they can start a /dangky draft. */
  takeUnregistered(count: number): MemberRef[] {
    const taken: MemberRef[] = [];
    while (taken.length < count) {
      const next = this.unregistered.next();
      if (next.done) throw new Error(`The province has fewer than ${count} members to register.`);
      taken.push(next.value);
    }
    return taken;
  }

  /**
   * Members who have not answered their cell's coming meeting yet (nor are exempt), spread
   * over cells: each press records a first answer, the path a member's press usually takes.
   */
  takePressers(count: number): MemberRef[] {
    const { cells, membersPerCell } = this.province.size;
    const taken: MemberRef[] = [];
    while (taken.length < count) {
      const index = this.nextPresser++;
      const cell = index % cells;
      const member = Math.floor(index / cells);
      if (member >= membersPerCell) throw new Error("Out of members to press.");
      const { province } = this;
      if (!province.answeredUpcoming(member) && province.status(member) !== "exempt") {
        taken.push({ cell, member });
      }
    }
    return taken;
  }

  /** Anyone; reading changes nothing, so readers come round again. */
  takeReaders(count: number): MemberRef[] {
    const { cells, membersPerCell } = this.province.size;
    const taken: MemberRef[] = [];
    for (let i = 0; i < count; i++) {
      const index = this.nextReader++;
      taken.push({ cell: index % cells, member: Math.floor(index / cells) % membersPerCell });
    }
    return taken;
  }
}

/** Telegram's view of the seeded people and groups. */
export class People {
  constructor(
    readonly province: Province,
    private readonly updates: UpdateFactory,
  ) {}

  user(ref: MemberRef): User {
    return this.updates.user(
      this.province.userId(ref.cell, ref.member),
      this.province.fullName(ref.cell, ref.member),
    );
  }

  group(cell: number): Chat {
    return this.updates.group(this.province.groupChatId(cell), this.province.cellName(cell));
  }
}

/**
 * The updates of one measurement, in order, and what to do before them (unmeasured): the
 * /dangky commands that open the drafts whose steps are measured.
 */
export interface Workload {
  kind: Kind;
  setup: Update[];
  updates: Update[];
  /** The API method that answers each measured update: how the wire measurement counts them. */
  answeredBy: string;
}

export function workload(
  kind: Kind,
  count: number,
  members: Members,
  people: People,
  updates: UpdateFactory,
): Workload {
  if (kind === "read") {
    const readers = members.takeReaders(count);
    return {
      kind,
      setup: [],
      updates: readers.map((ref) => updates.text(people.user(ref), "/chuyende")),
      answeredBy: "sendMessage",
    };
  }
  if (kind === "write") {
    // Each draft takes three measured steps (the three parts), then is left at its review.
    const writers = members.takeUnregistered(Math.ceil(count / ANSWERS.length));
    const setup = writers.map((ref) => updates.text(people.user(ref), "/dangky"));
    const steps: Update[] = [];
    for (const answer of ANSWERS) {
      for (const ref of writers) {
        if (steps.length < count) steps.push(updates.text(people.user(ref), answer));
      }
    }
    // Part by part across all drafts: every draft is at the step its next answer is for.
    return { kind, setup, updates: steps, answeredBy: "sendMessage" };
  }
  const pressers = members.takePressers(count);
  const { province } = people;
  return {
    kind,
    setup: [],
    updates: pressers.map((ref) =>
      updates.press(
        people.user(ref),
        people.group(ref.cell),
        announcementMessageId(province),
        `lichhop:yes-${province.upcomingMeetingId(ref.cell)}`,
      ),
    ),
    answeredBy: "answerCallbackQuery",
  };
}

/** The seed numbers each group's messages from 1: the coming meeting's announcement. */
export function announcementMessageId(province: Province): number {
  return province.announcementMessageId;
}
