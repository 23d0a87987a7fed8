import { and, asc, eq, inArray, like, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/database.js";
import {
  cells,
  departures,
  dialogs,
  identities,
  members,
  offeredChoices,
  outbox,
  privateChats,
  zaloContacts,
} from "../db/schema.js";
import {
  canManageRoster,
  type MemberRole,
  type MemberStatus,
  type RosterState,
} from "../domain/member-rules.js";
import { foldKey } from "../domain/text.js";
import type { Cell } from "./cell-store.js";
import { inParts } from "./in-parts.js";
import { prepareOnce } from "./prepared.js";

export type Member = typeof members.$inferSelect;
export type Departure = typeof departures.$inferSelect;
export type MemberWithCell = Member & { cell: Cell };

export interface NewMember {
  cellId: number;
  fullName: string;
  role: MemberRole;
  roster: RosterState;
  personId: string;
  displayName: string;
  now: Date;
}

/** A roster entry the secretary types in for someone without a chat account (or an import row). */
export interface HandAddedMember {
  cellId: number;
  fullName: string;
  role: MemberRole;
  status: MemberStatus;
  now: Date;
}

export class MemberStore {
  constructor(private readonly db: Db) {}

  // Asked for every update (docs/performance.md).
  private readonly memberOfPerson = prepareOnce(() =>
    this.db
      // The member and the cell: the account's own columns would only be read and dropped.
      .select({ members, cells })
      .from(identities)
      .innerJoin(members, eq(identities.memberId, members.id))
      .innerJoin(cells, eq(members.cellId, cells.id))
      .where(eq(identities.personId, sql.placeholder("personId")))
      .prepare(),
  );

  /** The member a platform account belongs to, with their cell. */
  byPerson(personId: string): MemberWithCell | undefined {
    const row = this.memberOfPerson().get({ personId });
    return row && { ...row.members, cell: row.cells };
  }

  byId(id: number): Member | undefined {
    return this.db.select().from(members).where(eq(members.id, id)).get();
  }

  /** Platform accounts of a member: where private messages to them can go. */
  personIds(memberId: number): string[] {
    return this.db
      .select({ personId: identities.personId })
      .from(identities)
      .where(eq(identities.memberId, memberId))
      .all()
      .map((row) => row.personId);
  }

  /** The names a member's accounts go by on their platforms, as they were when last linked. */
  displayNames(memberId: number): string[] {
    return this.db
      .select({ displayName: identities.displayName })
      .from(identities)
      .where(eq(identities.memberId, memberId))
      .all()
      .map((row) => row.displayName);
  }

  /** The active members' accounts on one platform ("zalo:"), with their names. */
  accountsOn(cellId: number, platformPrefix: string): { personId: string; fullName: string }[] {
    return this.db
      .select({ personId: identities.personId, fullName: members.fullName })
      .from(identities)
      .innerJoin(members, eq(members.id, identities.memberId))
      .where(
        and(
          eq(members.cellId, cellId),
          eq(members.roster, "active"),
          like(identities.personId, `${platformPrefix}%`),
        ),
      )
      .orderBy(asc(members.nameKey))
      .all();
  }

  /**
   * Adds a roster entry and points the person's platform account at it. A person refused
   * earlier, or who moved here from another cell, gets a new entry; the old one stays as history.
   */
  create(input: NewMember): Member {
    return this.db.transaction((tx) => {
      const previous = tx
        .select({ memberId: identities.memberId })
        .from(identities)
        .where(eq(identities.personId, input.personId))
        .get();
      if (previous) {
        tx.update(members)
          .set({ roster: "moved", updatedAt: input.now })
          .where(
            and(eq(members.id, previous.memberId), inArray(members.roster, ["active", "pending"])),
          )
          .run();
      }
      const member = tx
        .insert(members)
        .values({
          cellId: input.cellId,
          fullName: input.fullName,
          nameKey: foldKey(input.fullName),
          role: input.role,
          roster: input.roster,
          createdAt: input.now,
          updatedAt: input.now,
        })
        .returning()
        .get();
      const identity = {
        personId: input.personId,
        memberId: member.id,
        displayName: input.displayName,
        createdAt: input.now,
      };
      tx.insert(identities)
        .values(identity)
        .onConflictDoUpdate({
          target: identities.personId,
          set: { memberId: member.id, displayName: input.displayName },
        })
        .run();
      return member;
    });
  }

  /**
   * Puts a person on the roster by hand: active at once, with no platform account until they
   * claim the entry (a one-time code, /thamgia). The caller has checked the name.
   */
  addByHand(input: HandAddedMember): Member {
    return this.db
      .insert(members)
      .values({
        cellId: input.cellId,
        fullName: input.fullName,
        nameKey: foldKey(input.fullName),
        role: input.role,
        status: input.status,
        roster: "active",
        createdAt: input.now,
        updatedAt: input.now,
      })
      .returning()
      .get();
  }

  /**
   * Takes back an entry typed by mistake: only one no account has claimed and nothing refers to
   * (a mark, a plan, a message). False, and nothing removed, if anything does.
   */
  removeUnclaimed(memberId: number): boolean {
    if (this.personIds(memberId).length > 0) return false;
    try {
      return this.db.delete(members).where(eq(members.id, memberId)).run().changes === 1;
    } catch (error) {
      // The database knows every table that points at a member; only the statement is undone.
      if ((error as { code?: unknown }).code === "SQLITE_CONSTRAINT_FOREIGNKEY") return false;
      throw error;
    }
  }

  /** The members of a cell with at least one platform account: the others cannot be written to. */
  withAccounts(cellId: number): Set<number> {
    const rows = this.accountsOf().all({ cellId });
    return new Set(rows.map((row) => row.memberId));
  }

  // Every /baocao, reminder and document asks it.
  private readonly accountsOf = prepareOnce(() =>
    this.db
      .selectDistinct({ memberId: identities.memberId })
      .from(identities)
      .innerJoin(members, eq(members.id, identities.memberId))
      .where(eq(members.cellId, sql.placeholder("cellId")))
      .prepare(),
  );

  /** Another platform's account of the same member (/lienket): one member, one record. */
  addIdentity(memberId: number, personId: string, displayName: string, now: Date): void {
    this.db
      .insert(identities)
      .values({ personId, memberId, displayName, createdAt: now })
      .onConflictDoUpdate({ target: identities.personId, set: { memberId, displayName } })
      .run();
  }

  rename(memberId: number, fullName: string, now: Date): void {
    this.update(memberId, { fullName, nameKey: foldKey(fullName) }, now);
  }

  setRoster(memberId: number, roster: RosterState, now: Date): void {
    this.update(memberId, { roster }, now);
  }

  setRole(memberId: number, role: MemberRole, now: Date): void {
    this.update(memberId, { role }, now);
  }

  setStatus(memberId: number, status: MemberStatus, now: Date): void {
    this.update(memberId, { status }, now);
  }

  /**
   * The member leaves the cell ("chuyển đi"), the one way off the roster for an entry with
   * records: the entry stays, as the minutes, the ledger and the plans name it, and the chat
   * accounts go, with what only served reaching them (the private chat, what Zalo said of them,
   * their open dialogs and numbered lists). Returns how many accounts went.
   */
  transferOut(memberId: number, now: Date): number {
    return this.db.transaction((tx) => {
      tx.update(members)
        .set({ status: "transferred", updatedAt: now })
        .where(eq(members.id, memberId))
        .run();
      tx.delete(departures).where(eq(departures.memberId, memberId)).run();
      const accounts = tx
        .select({ personId: identities.personId })
        .from(identities)
        .where(eq(identities.memberId, memberId))
        .all()
        .map((row) => row.personId);
      if (accounts.length === 0) return 0;
      tx.delete(privateChats).where(inArray(privateChats.personId, accounts)).run();
      tx.delete(zaloContacts).where(inArray(zaloContacts.personId, accounts)).run();
      tx.delete(dialogs).where(inArray(dialogs.personId, accounts)).run();
      // A private chat's id is its person's: the lists offered there were for them alone.
      tx.delete(offeredChoices).where(inArray(offeredChoices.chatId, accounts)).run();
      // Reminders still waiting for their chats would reach someone who left, or name them in
      // the group when they cannot.
      tx.update(outbox)
        .set({ state: "dropped", lastError: "moved-away" })
        .where(and(inArray(outbox.chatId, accounts), eq(outbox.state, "pending")))
        .run();
      return tx.delete(identities).where(eq(identities.memberId, memberId)).run().changes;
    });
  }

  // Every report and every attendance sheet reads a cell's roster.
  private readonly rosterOf = prepareOnce(() => {
    const query = (roster?: SQL) =>
      this.db
        .select()
        .from(members)
        .where(and(eq(members.cellId, sql.placeholder("cellId")), roster))
        .orderBy(asc(members.nameKey), asc(members.id))
        .prepare();
    return { all: query(), some: query(eq(members.roster, sql.placeholder("roster"))) };
  });

  ofCell(cellId: number, roster?: RosterState): Member[] {
    const { all, some } = this.rosterOf();
    return roster ? some.all({ cellId, roster }) : all.all({ cellId });
  }

  /** The rosters of several cells in one query (a roll-up's), in the order ofCell gives. */
  ofCells(cellIds: number[]): Member[] {
    return inParts(cellIds, (part) =>
      this.db
        .select()
        .from(members)
        .where(inArray(members.cellId, part))
        .orderBy(asc(members.cellId), asc(members.nameKey), asc(members.id))
        .all(),
    );
  }

  /** Notes that a member left a group chat; false if that is noted already and not settled. */
  noteDeparture(memberId: number, chatId: string, now: Date): boolean {
    const row = { memberId, chatId, leftAt: now };
    return this.db.insert(departures).values(row).onConflictDoNothing().run().changes === 1;
  }

  /** The group a member was seen leaving, until the secretary says what it means. */
  departure(memberId: number): Departure | undefined {
    return this.db.select().from(departures).where(eq(departures.memberId, memberId)).get();
  }

  /** The members of a cell who left a group and are not settled yet. */
  departedIn(cellId: number): Set<number> {
    const rows = this.db
      .select({ memberId: departures.memberId })
      .from(departures)
      .innerJoin(members, eq(members.id, departures.memberId))
      .where(eq(members.cellId, cellId))
      .all();
    return new Set(rows.map((row) => row.memberId));
  }

  settleDeparture(memberId: number): void {
    this.db.delete(departures).where(eq(departures.memberId, memberId)).run();
  }

  /** The secretary and deputy, who approve new members. */
  managers(cellId: number): Member[] {
    return this.ofCell(cellId, "active").filter(canManageRoster);
  }

  /**
   * Who answers for the cell's papers and is asked for them: the secretary; where there is
   * none, the deputies.
   */
  secretaryOrDeputies(cellId: number): Member[] {
    const managers = this.managers(cellId);
    const secretary = managers.filter((m) => m.role === "secretary");
    return secretary.length > 0 ? secretary : managers;
  }

  private update(memberId: number, values: Partial<Member>, now: Date): void {
    this.db
      .update(members)
      .set({ ...values, updatedAt: now })
      .where(eq(members.id, memberId))
      .run();
  }
}
