import { and, asc, desc, eq, inArray, isNull, notInArray, or, sql } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { cells, committees, plans, quarterTopics } from "../db/schema.js";
import { defaultPlan } from "../plan/default-plan.js";
import { givenSecondHalf, type Plan, type SecondHalf } from "../plan/plan-schema.js";
import { type StoredPlan, storedPlan } from "../plan/stored-plan.js";
import { prepareOnce } from "./prepared.js";

/**
 * Where a plan applies: one committee's cells (by name, as the command line gives it, or by
 * id), or every cell without a plan of its own.
 */
export type PlanScope = { committee: string } | { committeeId: number } | "all";

/** The scope of the plan every cell without its committee's falls back to. */
export const ALL_CELLS = 0;

/** Far more than the committees of a province, for a few years each: past it, all are read again. */
const PLANS_KEPT = 2000;

export class PlanStore {
  /**
   * The plans cells follow, by committee and year: every turn that shows the plan or a
   * deadline, and every beat for each committee, asks (docs/performance.md).
   */
  private readonly followed = new Map<string, StoredPlan>();
  private version: number | undefined;
  private readonly dataVersion = prepareOnce(() =>
    this.db.$client.prepare("pragma data_version").pluck(),
  );

  constructor(private readonly db: Db) {}

  // Every turn that shows the plan or a deadline reads it (docs/performance.md).
  private readonly plansFor = prepareOnce(() =>
    this.db
      .select()
      .from(plans)
      .leftJoin(committees, eq(plans.scope, committees.id))
      .where(
        and(
          eq(plans.year, sql.placeholder("year")),
          inArray(plans.scope, [sql.placeholder("committee"), ALL_CELLS]),
        ),
      )
      .orderBy(desc(plans.scope))
      .prepare(),
  );

  private readonly topicsOf = prepareOnce(() =>
    this.db
      .select()
      .from(quarterTopics)
      .where(eq(quarterTopics.planId, sql.placeholder("planId")))
      .orderBy(asc(quarterTopics.quarter))
      .prepare(),
  );

  /** Saves the plan, replacing an earlier one for the same year and scope. */
  import(plan: Plan, scope: PlanScope, now: Date): void {
    // This connection's own commits leave data_version as it is.
    this.followed.clear();
    this.db.transaction((tx) => {
      let scopeId = ALL_CELLS;
      if (scope !== "all" && "committeeId" in scope) {
        scopeId = scope.committeeId;
      } else if (scope !== "all") {
        tx.insert(committees)
          .values({ name: scope.committee, createdAt: now })
          .onConflictDoNothing()
          .run();
        scopeId =
          tx.select().from(committees).where(eq(committees.name, scope.committee)).get()?.id ??
          ALL_CELLS;
      }
      tx.delete(plans)
        .where(and(eq(plans.year, plan.year), eq(plans.scope, scopeId)))
        .run();
      const row = tx
        .insert(plans)
        .values({
          year: plan.year,
          scope: scopeId,
          issuedBy: plan.issuedBy,
          document: plan.document,
          annualTopic: plan.annualTopic.title,
          annualTopicSummary: plan.annualTopic.summary,
          studyDeadline: plan.deadlines.study,
          registrationDeadline: plan.deadlines.registration,
          midtermReview: plan.deadlines.midtermReview,
          yearEndReview: plan.deadlines.yearEndReview,
          examples: plan.examples,
          partLabels: plan.labels ?? null,
          secondHalf: secondHalfOf(plan),
          importedAt: now,
        })
        .returning()
        .get();
      if (plan.quarterTopics.length > 0) {
        tx.insert(quarterTopics)
          .values(plan.quarterTopics.map((t) => ({ planId: row.id, ...t })))
          .run();
      }
    });
  }

  /** The plan a cell follows in a year: its committee's, else the one for all cells, else the default. */
  forCell(committeeId: number | null, year: number): StoredPlan {
    this.forgetIfChangedElsewhere();
    const key = `${committeeId}:${year}`;
    let plan = this.followed.get(key);
    if (!plan) {
      plan = this.readForCell(committeeId, year);
      if (this.followed.size >= PLANS_KEPT) this.followed.clear();
      this.followed.set(key, plan);
    }
    return plan;
  }

  private readForCell(committeeId: number | null, year: number): StoredPlan {
    // Without a committee, "the committee's or all cells'" is all cells' twice.
    const rows = this.plansFor().all({ year, committee: committeeId ?? ALL_CELLS });
    const found = rows[0];
    if (!found) return storedPlan(defaultPlan(year), false, null);
    return storedPlan(this.planOf(found.plans), true, found.committees?.name ?? null);
  }

  /**
   * Plans change only by `import`, here or in another process (the command line): SQLite's
   * data_version moves when another connection commits, and then every plan is read again.
   */
  private forgetIfChangedElsewhere(): void {
    const version = this.dataVersion().get() as number;
    if (version !== this.version) {
      this.followed.clear();
      this.version = version;
    }
  }

  /** The plan saved for exactly this scope (a committee's id, or ALL_CELLS), if there is one. */
  ofScope(scope: number, year: number): Plan | undefined {
    const row = this.db
      .select()
      .from(plans)
      .where(and(eq(plans.year, year), eq(plans.scope, scope)))
      .get();
    return row && this.planOf(row);
  }

  /**
   * The cells that follow the plan for all cells in a year: those without a committee, and
   * those whose committee has no plan of its own for the year.
   */
  cellsFollowingAll(year: number): number[] {
    const withPlans = this.db
      .select({ scope: plans.scope })
      .from(plans)
      .where(eq(plans.year, year));
    return this.db
      .select({ id: cells.id })
      .from(cells)
      .where(or(isNull(cells.committeeId), notInArray(cells.committeeId, withPlans)))
      .all()
      .map((row) => row.id);
  }

  private planOf(row: typeof plans.$inferSelect): Plan {
    const topics = this.topicsOf().all({ planId: row.id });
    return {
      year: row.year,
      issuedBy: row.issuedBy,
      document: row.document ?? undefined,
      annualTopic: { title: row.annualTopic, summary: row.annualTopicSummary ?? undefined },
      quarterTopics: topics.map(({ quarter, title }) => ({ quarter, title })),
      deadlines: {
        study: row.studyDeadline,
        registration: row.registrationDeadline,
        midtermReview: row.midtermReview ?? undefined,
        yearEndReview: row.yearEndReview ?? undefined,
      },
      labels: row.partLabels ?? undefined,
      examples: row.examples,
      ...row.secondHalf,
    };
  }
}

/** What the plan says of the second half of the year; null when it says nothing. */
function secondHalfOf(plan: Plan): SecondHalf | null {
  const given = givenSecondHalf(plan);
  return Object.keys(given).length > 0 ? given : null;
}
