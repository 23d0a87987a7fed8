import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { committees, plans, quarterTopics } from "../db/schema.js";
import { defaultPlan } from "../plan/default-plan.js";
import type { Plan } from "../plan/plan-schema.js";
import type { StoredPlan } from "../plan/stored-plan.js";
import { prepareOnce } from "./prepared.js";

/** Where a plan applies: one committee's cells, or every cell without a plan of its own. */
export type PlanScope = { committee: string } | "all";

const ALL_CELLS = 0;

export class PlanStore {
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
    this.db.transaction((tx) => {
      let scopeId = ALL_CELLS;
      if (scope !== "all") {
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
    // Without a committee, "the committee's or all cells'" is all cells' twice.
    const rows = this.plansFor().all({ year, committee: committeeId ?? ALL_CELLS });
    const found = rows[0];
    if (!found) return { ...defaultPlan(year), imported: false, committee: null };
    const row = found.plans;
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
      examples: row.examples,
      imported: true,
      committee: found.committees?.name ?? null,
    };
  }
}
