import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { cells, committees, groups, members } from "../db/schema.js";
import { generateCellCode } from "../domain/cell-code.js";
import type { DocumentField, InheritedField } from "../domain/document-settings.js";
import {
  effectiveSchedule,
  type ScheduleOverrides,
  type ScheduleSettings,
  scheduleOverrides,
} from "../domain/schedule-settings.js";
import { prepareOnce } from "./prepared.js";

export type Cell = typeof cells.$inferSelect;
export type GroupLink = typeof groups.$inferSelect;
/** What a cell's calendar follows from: when it started and its own schedule settings. */
export type CalendarCell = Pick<Cell, "id" | "committeeId" | "createdAt" | keyof ScheduleSettings>;

export interface CellListing {
  code: string;
  name: string;
  committee: string | null;
  groups: { chatId: string; title: string; active: boolean }[];
  members: number;
  pending: number;
}

export type CellSetting = "autoApprove" | "retiredRegister";

export class CellStore {
  constructor(private readonly db: Db) {}

  /** Creates a cell and links the group to it in one step, so a cell never exists without one. */
  createWithGroup(name: string, group: { chatId: string; title: string }, now: Date): Cell {
    return this.db.transaction((tx) => {
      let code = generateCellCode();
      while (tx.select().from(cells).where(eq(cells.code, code)).get()) code = generateCellCode();
      const cell = tx.insert(cells).values({ code, name, createdAt: now }).returning().get();
      tx.insert(groups)
        .values({ chatId: group.chatId, cellId: cell.id, title: group.title, linkedAt: now })
        .run();
      return cell;
    });
  }

  byId(id: number): Cell | undefined {
    return this.db.select().from(cells).where(eq(cells.id, id)).get();
  }

  all(): Cell[] {
    return this.db.select().from(cells).orderBy(cells.code).all();
  }

  // The scheduler reads every cell on every beat (docs/performance.md).
  private readonly calendarsOfAll = prepareOnce(() =>
    this.db
      .select({
        id: cells.id,
        committeeId: cells.committeeId,
        createdAt: cells.createdAt,
        postHour: cells.postHour,
        registrationReminderDays: cells.registrationReminderDays,
        studyReminderDays: cells.studyReminderDays,
        reviewReminderDays: cells.reviewReminderDays,
        weeklySummaryWeekday: cells.weeklySummaryWeekday,
        meetingReminderHours: cells.meetingReminderHours,
        meetingMinutes: cells.meetingMinutes,
        combinedMeetingMinutes: cells.combinedMeetingMinutes,
        meetingNoticeDays: cells.meetingNoticeDays,
        meetingMaterialsDays: cells.meetingMaterialsDays,
      })
      .from(cells)
      .orderBy(cells.code)
      .prepare(),
  );

  /** Every cell, in the order of `all`, with only what its calendar follows from. */
  calendarCells(): CalendarCell[] {
    return this.calendarsOfAll().all();
  }

  byCode(code: string): Cell | undefined {
    return this.db.select().from(cells).where(eq(cells.code, code.trim().toUpperCase())).get();
  }

  // Asked for every update in a group (docs/performance.md).
  private readonly linkOfGroup = prepareOnce(() =>
    this.db
      .select()
      .from(groups)
      .innerJoin(cells, eq(groups.cellId, cells.id))
      .where(eq(groups.chatId, sql.placeholder("chatId")))
      .prepare(),
  );

  /** The link of a group chat, also when the bot was removed from it (then `active` is false). */
  groupLink(chatId: string): (GroupLink & { cell: Cell }) | undefined {
    const row = this.linkOfGroup().get({ chatId });
    return row && { ...row.groups, cell: row.cells };
  }

  setGroupActive(chatId: string, active: boolean): void {
    this.db.update(groups).set({ active }).where(eq(groups.chatId, chatId)).run();
  }

  // Asked on every answer to a meeting announcement, to refresh it where it was posted.
  private readonly activeGroupsOf = prepareOnce(() =>
    this.db
      .select()
      .from(groups)
      .where(and(eq(groups.cellId, sql.placeholder("cellId")), eq(groups.active, true)))
      .prepare(),
  );

  activeGroups(cellId: number): GroupLink[] {
    return this.activeGroupsOf().all({ cellId });
  }

  /** Telegram moved the group to a new id (it became a supergroup): the link moves with it. */
  moveGroup(oldChatId: string, newChatId: string): void {
    this.db.update(groups).set({ chatId: newChatId }).where(eq(groups.chatId, oldChatId)).run();
  }

  /** Puts a cell under a committee, so that the committee's plan applies to it. */
  setCommittee(cellId: number, committee: string, now: Date): void {
    this.db.transaction(() => {
      const { id } = this.ensureCommittee(committee, now);
      this.db.update(cells).set({ committeeId: id }).where(eq(cells.id, cellId)).run();
    });
  }

  /** The committee of that name, created if there is none; `created` says which. */
  ensureCommittee(name: string, now: Date): { id: number; created: boolean } {
    const inserted = this.db
      .insert(committees)
      .values({ name, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: committees.id })
      .get();
    if (inserted) return { id: inserted.id, created: true };
    const row = this.db.select().from(committees).where(eq(committees.name, name)).get();
    if (!row) throw new Error("a committee was neither inserted nor found");
    return { id: row.id, created: false };
  }

  /** Puts a cell under a committee found by its code (/caidat, /khoitao). */
  setCommitteeId(cellId: number, committeeId: number): void {
    this.db.update(cells).set({ committeeId }).where(eq(cells.id, cellId)).run();
  }

  /** Sets what a cell's documents print; null goes back to the committee's, or to none. */
  setDocumentSetting(cellId: number, field: DocumentField, value: string | null): void {
    this.db
      .update(cells)
      .set({ [field]: value })
      .where(eq(cells.id, cellId))
      .run();
  }

  /** Sets what the documents of a committee's cells print where a cell sets nothing itself. */
  setCommitteeDocumentSetting(
    committeeId: number,
    field: InheritedField,
    value: string | null,
  ): void {
    this.db
      .update(committees)
      .set({ [field]: value })
      .where(eq(committees.id, committeeId))
      .run();
  }

  /** Sets a cell's own schedule settings; those not given keep inheriting. */
  setSchedule(cellId: number, schedule: ScheduleOverrides): void {
    if (Object.keys(schedule).length === 0) return;
    this.db.update(cells).set(schedule).where(eq(cells.id, cellId)).run();
  }

  // Every scheduler beat reads each committee's settings.
  private readonly committeeOfId = prepareOnce(() =>
    this.db
      .select()
      .from(committees)
      .where(eq(committees.id, sql.placeholder("committeeId")))
      .prepare(),
  );

  committeeById(id: number): typeof committees.$inferSelect | undefined {
    return this.committeeOfId().get({ committeeId: id });
  }

  /** The cells under a committee, by code. */
  cellsOf(committeeId: number): Cell[] {
    return this.db
      .select()
      .from(cells)
      .where(eq(cells.committeeId, committeeId))
      .orderBy(cells.code)
      .all();
  }

  committeeByName(name: string): typeof committees.$inferSelect | undefined {
    return this.db.select().from(committees).where(eq(committees.name, name)).get();
  }

  /** The settings in force for a cell: its own, else its committee's, else the defaults. */
  scheduleOf(cellId: number): ScheduleSettings {
    const cell = this.byId(cellId);
    if (!cell) return effectiveSchedule();
    const committee = cell.committeeId === null ? {} : this.committeeSchedule(cell.committeeId);
    return effectiveSchedule(scheduleOverrides(cell), committee);
  }

  /** A committee's schedule settings, which its cells inherit. */
  committeeSchedule(committeeId: number): ScheduleOverrides {
    const row = this.committeeById(committeeId);
    return row ? scheduleOverrides(row) : {};
  }

  /** Sets a committee's schedule settings; false if there is no such committee. */
  setCommitteeSchedule(name: string, schedule: ScheduleOverrides): boolean {
    const found = this.committeeByName(name);
    if (!found) return false;
    if (Object.keys(schedule).length > 0) {
      this.db.update(committees).set(schedule).where(eq(committees.id, found.id)).run();
    }
    return true;
  }

  setSetting(cellId: number, setting: CellSetting, value: boolean): void {
    this.db
      .update(cells)
      .set({ [setting]: value })
      .where(eq(cells.id, cellId))
      .run();
  }

  list(): CellListing[] {
    const rows = this.db
      .select({
        cell: cells,
        committee: committees.name,
        members: sql<number>`(select count(*) from ${members} m where m.cell_id = ${cells.id} and m.roster = 'active' and m.status != 'transferred')`,
        pending: sql<number>`(select count(*) from ${members} m where m.cell_id = ${cells.id} and m.roster = 'pending')`,
      })
      .from(cells)
      .leftJoin(committees, eq(cells.committeeId, committees.id))
      .orderBy(cells.code)
      .all();
    const links = this.db.select().from(groups).all();
    return rows.map((row) => ({
      code: row.cell.code,
      name: row.cell.name,
      committee: row.committee,
      groups: links
        .filter((link) => link.cellId === row.cell.id)
        .map(({ chatId, title, active }) => ({ chatId, title, active })),
      members: row.members,
      pending: row.pending,
    }));
  }
}
