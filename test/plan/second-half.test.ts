import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { defaultPlan } from "../../src/plan/default-plan.js";
import { draftOf, planDraftSchema, planOfDraft } from "../../src/plan/plan-draft.js";
import { PlanFileError, parsePlan, readPlanFile } from "../../src/plan/plan-file.js";
import { type Plan, SECOND_HALF } from "../../src/plan/plan-schema.js";
import { storedPlan } from "../../src/plan/stored-plan.js";
import { projectFile } from "../../src/project-files.js";
import { ALL_CELLS } from "../../src/store/plan-store.js";
import { Harness } from "../support/harness.js";
import { operatorCli } from "../support/operator.js";

const shipped = (file: string) => readPlanFile(fileURLToPath(projectFile(`plans/${file}`)));

/** A small valid 2024 plan that says nothing of the second half of the year. */
function firstHalf(): Plan {
  return {
    year: 2024,
    issuedBy: "Đảng ủy phường Phú Hòa",
    annualTopic: { title: "Học tập và làm theo Bác về lấy dân làm gốc" },
    quarterTopics: [],
    deadlines: { study: "2024-04-15", registration: "2024-04-30", yearEndReview: "2024-12-20" },
    examples: {
      study: ["Dự đủ buổi học chuyên đề"],
      follow: ["Giải quyết đúng hạn hồ sơ của dân"],
      example: ["Đi đầu trong việc chung ở khu phố"],
    },
  };
}

/** A plan with every part of the second half of its own. */
function wholeYear(): Plan {
  return {
    ...firstHalf(),
    progress: { days: ["2024-07-01", "2024-10-01"] },
    results: { opens: "2024-11-20" },
    grading: {
      rule: "Quy định 366-QĐ/TW ngày 30/8/2025",
      levels: {
        excellent: "Hoàn thành xuất sắc nhiệm vụ",
        good: "Hoàn thành tốt nhiệm vụ",
        done: "Hoàn thành nhiệm vụ",
        notDone: "Không hoàn thành nhiệm vụ",
      },
      topShareOfGood: 0.15,
    },
    nominations: {
      midterm: { opens: "2024-05-01", closes: "2024-05-12", individuals: 2, collectives: 1 },
      yearEnd: { opens: "2024-12-02", closes: "2024-12-12", individuals: 3, collectives: 2 },
    },
  };
}

/** The problems a plan is refused with, "path: message" (and a failure if it is accepted). */
function problemsOf(plan: unknown): string[] {
  try {
    parsePlan(stringify(plan), "ke-hoach.yaml");
  } catch (error) {
    expect(error).toBeInstanceOf(PlanFileError);
    return (error as PlanFileError).problems.map((p) => `${p.path}: ${p.message}`);
  }
  throw new Error("the plan was accepted");
}

let h: Harness | undefined;
afterEach(() => {
  h?.close();
  h = undefined;
});

describe("a plan without the second half of the year", () => {
  it("is followed with the default's, through the store and as stored", async () => {
    h = new Harness();
    await h.cellWith([]);
    const { plans } = h.app.services;
    plans.import(firstHalf(), "all", h.clock.now());
    const saved = plans.ofScope(ALL_CELLS, 2024);
    for (const name of SECOND_HALF) expect(saved?.[name]).toBeUndefined();

    const fallback = defaultPlan(2024);
    for (const followed of [plans.forCell(null, 2024), storedPlan(firstHalf(), true, null)]) {
      expect(followed.progress.days).toEqual(["2024-06-25", "2024-09-25"]);
      expect(followed.results.opens).toBe("2024-11-15");
      expect(followed.grading).toEqual(fallback.grading);
      expect(followed.grading.levels.notDone).toBe("Không hoàn thành nhiệm vụ");
      expect(followed.nominations.midterm).toEqual({
        opens: "2024-05-05",
        closes: "2024-05-15",
        individuals: 3,
        collectives: 2,
      });
      expect(followed.nominations.yearEnd.closes).toBe("2024-12-10");
      // The plan's own first half is untouched.
      expect(followed.deadlines.yearEndReview).toBe("2024-12-20");
    }
  });

  it("of another year gets the default's days in that year", () => {
    const plan = {
      ...firstHalf(),
      year: 2026,
      deadlines: { study: "2026-04-15", registration: "2026-04-30" },
    };
    const followed = storedPlan(plan, true, null);
    expect(followed.results.opens).toBe("2026-11-15");
    expect(followed.nominations.yearEnd.opens).toBe("2026-12-01");
    expect(followed.progress.days.every((day) => day.startsWith("2026-"))).toBe(true);
  });
});

describe("a plan that gives part of the second half", () => {
  it("keeps its own and takes the rest from the default", async () => {
    const plan: Plan = {
      ...firstHalf(),
      results: { opens: "2024-10-01" },
      nominations: {
        yearEnd: { opens: "2024-11-20", closes: "2024-11-30", individuals: 1, collectives: 0 },
      },
    };
    h = new Harness();
    await h.cellWith([]);
    const { plans } = h.app.services;
    plans.import(parsePlan(stringify(plan), "ke-hoach.yaml"), "all", h.clock.now());
    for (const followed of [plans.forCell(null, 2024), storedPlan(plan, true, null)]) {
      expect(followed.results.opens).toBe("2024-10-01");
      expect(followed.nominations.yearEnd).toEqual({
        opens: "2024-11-20",
        closes: "2024-11-30",
        individuals: 1,
        collectives: 0,
      });
      // Left out: the default's.
      expect(followed.nominations.midterm.closes).toBe("2024-05-15");
      expect(followed.progress.days).toEqual(defaultPlan(2024).progress?.days);
      expect(followed.grading.rule).toBe(defaultPlan(2024).grading?.rule);
    }
  });

  it("with a grading of its own but no cap has no cap", () => {
    const { topShareOfGood: _, ...uncapped } = wholeYear().grading ?? {};
    const plan = parsePlan(stringify({ ...firstHalf(), grading: uncapped }), "ke-hoach.yaml");
    expect(storedPlan(plan, true, null).grading.topShareOfGood).toBeUndefined();
  });
});

describe("a plan's second half in a /kehoach draft", () => {
  it("keeps every part, the model's day too, through the dialog's state", () => {
    const plan: Plan = { ...wholeYear(), model: { reportBy: "2024-11-25" } };
    const draft = planDraftSchema.parse(JSON.parse(JSON.stringify(draftOf(plan))));
    const back = planOfDraft(draft, 2024);
    expect(back?.model).toEqual({ reportBy: "2024-11-25" });
    for (const name of SECOND_HALF) expect(back?.[name]).toEqual(plan[name]);
  });

  it("adds none the plan leaves out", () => {
    const draft = planDraftSchema.parse(draftOf(firstHalf()));
    expect(draft.secondHalf).toEqual({});
  });
});

describe("the second half refused", () => {
  it("a day outside the plan's year, naming where it is", () => {
    const plan = wholeYear();
    const problems = problemsOf({
      ...plan,
      progress: { days: ["2024-07-01", "2025-01-05"] },
      results: { opens: "2023-11-20" },
      nominations: {
        ...plan.nominations,
        yearEnd: { ...plan.nominations?.yearEnd, closes: "2025-01-10" },
      },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        "progress.days.1: plan-error-other-year",
        "results.opens: plan-error-other-year",
        "nominations.yearEnd.closes: plan-error-other-year",
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it("a day that is not one", () => {
    expect(problemsOf({ ...wholeYear(), progress: { days: ["25/6/2024"] } })).toEqual([
      "progress.days.0: plan-error-date",
    ]);
    expect(problemsOf({ ...wholeYear(), results: { opens: "2024-02-30" } })).toEqual([
      "results.opens: plan-error-date",
    ]);
  });

  it("nominations that close before they open", () => {
    const plan = wholeYear();
    const midterm = { ...plan.nominations?.midterm, opens: "2024-05-15", closes: "2024-05-10" };
    expect(problemsOf({ ...plan, nominations: { ...plan.nominations, midterm } })).toEqual([
      "nominations.midterm.closes: plan-error-closes-before-opens",
    ]);
    // Opening and closing on the same day is a round of one day.
    const oneDay = { ...midterm, closes: "2024-05-15" };
    expect(() =>
      parsePlan(stringify({ ...plan, nominations: { midterm: oneDay } }), "k.yaml"),
    ).not.toThrow();
  });

  it("results that open after the year-end review", () => {
    expect(problemsOf({ ...wholeYear(), results: { opens: "2024-12-21" } })).toEqual([
      "results.opens: plan-error-results-late",
    ]);
  });

  it("a progress day on or after results open: its notes would come too late", () => {
    const plan = { ...wholeYear(), results: { opens: "2024-11-15" } };
    const progress = { days: ["2024-06-25", "2024-11-15", "2024-11-25"] };
    expect(problemsOf({ ...plan, progress })).toEqual([
      "progress.days.1: plan-error-progress-after-results",
      "progress.days.2: plan-error-progress-after-results",
    ]);
  });

  it("a round count of -1, 1000 or “ba”", () => {
    const plan = wholeYear();
    for (const individuals of [-1, 1000, "ba", 2.5]) {
      const yearEnd = { ...plan.nominations?.yearEnd, individuals };
      const problems = problemsOf({ ...plan, nominations: { ...plan.nominations, yearEnd } });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^nominations\.yearEnd\.individuals: /);
    }
  });

  it("an unknown field, a round without its counts, no progress day, a cap above all", () => {
    const plan = wholeYear();
    expect(problemsOf({ ...plan, nominations: { ...plan.nominations, yearend: {} } })[0]).toMatch(
      /^nominations: .*yearend/,
    );
    const { collectives: _, ...noCount } = plan.nominations?.midterm ?? {};
    expect(problemsOf({ ...plan, nominations: { midterm: noCount } })).toEqual([
      expect.stringMatching(/^nominations\.midterm\.collectives: /),
    ]);
    expect(problemsOf({ ...plan, progress: { days: [] } })).toEqual([
      expect.stringMatching(/^progress\.days: /),
    ]);
    const grading = { ...plan.grading, topShareOfGood: 1.5 };
    expect(problemsOf({ ...plan, grading })).toEqual([
      expect.stringMatching(/^grading\.topShareOfGood: /),
    ]);
  });

  it("is said to the operator with where it is and why, nothing imported", async () => {
    h = new Harness();
    const file = join(h.dir, "ke-hoach.yaml");
    const plan = wholeYear();
    writeFileSync(
      file,
      stringify({
        ...plan,
        progress: { days: ["2024-07-01", "2025-01-05"] },
        nominations: { midterm: { ...plan.nominations?.midterm, closes: "2024-04-30" } },
      }),
    );
    const { exit, printed } = await operatorCli(h, "plan", "import", file);
    expect(exit).toBe(2);
    expect(printed).toContain(`Kế hoạch trong ${file} chưa hợp lệ:`);
    expect(printed).toContain("  - progress.days.1: phải thuộc năm của kế hoạch");
    expect(printed).toContain(
      "  - nominations.midterm.closes: ngày kết thúc phải sau ngày bắt đầu",
    );
    expect(h.app.services.plans.ofScope(ALL_CELLS, 2024)).toBeUndefined();
  });
});

describe("a plan with the second half, imported", () => {
  it("round-trips through the database, and a later import without it forgets it", async () => {
    h = new Harness();
    await h.cellWith([]);
    const { plans } = h.app.services;
    const plan = parsePlan(stringify(wholeYear()), "ke-hoach.yaml");
    plans.import(plan, { committee: "Đảng ủy phường Phú Hòa" }, h.clock.now());
    const committee = h.app.services.cells.committeeByName("Đảng ủy phường Phú Hòa");
    if (!committee) throw new Error("no committee");
    expect(plans.ofScope(committee.id, 2024)).toEqual(plan);
    const followed = plans.forCell(committee.id, 2024);
    expect(followed.progress).toEqual(plan.progress);
    expect(followed.results).toEqual(plan.results);
    expect(followed.grading).toEqual(plan.grading);
    expect(followed.nominations).toEqual(plan.nominations);

    plans.import(firstHalf(), { committeeId: committee.id }, h.clock.now());
    expect(plans.forCell(committee.id, 2024).results.opens).toBe("2024-11-15");
  });

  it("through the operator's command line, from a YAML file", async () => {
    h = new Harness();
    await h.cellWith([]);
    const file = join(h.dir, "ke-hoach.yaml");
    writeFileSync(file, stringify(wholeYear()));
    const { exit } = await operatorCli(h, "plan", "import", file);
    expect(exit).toBe(0);
    expect(h.app.services.plans.ofScope(ALL_CELLS, 2024)).toEqual(wholeYear());
  });
});

describe("the shipped plans' second half, as cells follow it", () => {
  for (const file of ["2023-duc-pho.yaml", "2024-binh-duong.yaml"]) {
    it(`${file}: every day in the plan's year, in order with its reviews`, () => {
      const plan = shipped(file);
      const followed = storedPlan(plan, true, null);
      const { midterm, yearEnd } = followed.nominations;
      const days = [
        ...followed.progress.days,
        followed.results.opens,
        midterm.opens,
        midterm.closes,
        yearEnd.opens,
        yearEnd.closes,
      ];
      for (const day of days) expect(day.startsWith(`${plan.year}-`), day).toBe(true);
      const { midtermReview, yearEndReview } = plan.deadlines;
      if (midtermReview) expect(midterm.closes < midtermReview).toBe(true);
      if (yearEndReview) {
        expect(yearEnd.closes < yearEndReview).toBe(true);
        expect(followed.results.opens < yearEndReview).toBe(true);
      }
      expect(midterm.closes < yearEnd.opens).toBe(true);
    });
  }

  it("Đức Phổ 2023 opens results with quý IV, and gives nothing else of its own", () => {
    const plan = shipped("2023-duc-pho.yaml");
    expect(plan.results).toEqual({ opens: "2023-10-01" });
    expect([plan.progress, plan.grading, plan.nominations]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("Bình Dương 2024 gives none of it: the seed names no day or number", () => {
    const plan = shipped("2024-binh-duong.yaml");
    for (const name of SECOND_HALF) expect(plan[name]).toBeUndefined();
  });
});
