import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { defaultPlan } from "../../src/plan/default-plan.js";
import { PlanFileError, parsePlan, readPlanFile } from "../../src/plan/plan-file.js";

const planPath = (name: string) => fileURLToPath(new URL(`../../plans/${name}`, import.meta.url));

/** A small valid plan, as a plain object to break one piece at a time. */
function validPlan(): Record<string, unknown> & {
  annualTopic: Record<string, unknown>;
  deadlines: Record<string, unknown>;
} {
  return {
    year: 2024,
    issuedBy: "Đảng ủy phường Phú Hòa",
    annualTopic: { title: "Học tập và làm theo Bác về lấy dân làm gốc" },
    quarterTopics: [{ quarter: 2, title: "Dân là gốc" }],
    deadlines: { study: "2024-04-15", registration: "2024-04-30" },
    examples: {
      study: ["Dự đủ buổi học chuyên đề"],
      follow: ["Giải quyết đúng hạn hồ sơ của dân"],
      example: ["Đi đầu trong việc chung ở khu phố"],
    },
  };
}

/** The problems a broken plan is refused with (and a failure if it is accepted). */
function problemsOf(text: string, file = "ke-hoach.yaml"): string[] {
  try {
    parsePlan(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(PlanFileError);
    const planError = error as PlanFileError;
    expect(planError.file).toBe(file);
    expect(planError.message).toContain(file);
    return planError.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  }
  throw new Error("the plan was accepted");
}

describe("the shipped plans", () => {
  it("Bình Dương 2024 validates with its deadlines and no quarterly topics", () => {
    const plan = readPlanFile(planPath("2024-binh-duong.yaml"));
    expect(plan.year).toBe(2024);
    expect(plan.issuedBy).toBe("Tỉnh ủy Bình Dương");
    expect(plan.annualTopic.title).toContain("ý đảng hợp lòng dân");
    expect(plan.deadlines.registration).toBe("2024-04-30");
    expect(plan.deadlines.study).toBe("2024-04-15");
    expect(plan.deadlines.midtermReview).toBe("2024-05-19");
    expect(plan.quarterTopics).toEqual([]);
    expect(plan.examples.study.length).toBeGreaterThan(0);
  });

  it("Đức Phổ 2023 validates with its four quarterly topics", () => {
    const plan = readPlanFile(planPath("2023-duc-pho.yaml"));
    expect(plan.year).toBe(2023);
    expect(plan.issuedBy).toBe("Thị ủy Đức Phổ");
    expect(plan.quarterTopics.map((t) => t.quarter)).toEqual([1, 2, 3, 4]);
    expect(plan.quarterTopics[0]?.title).toContain("Tư tưởng Hồ Chí Minh về văn hóa");
    expect(plan.deadlines.registration).toBe("2023-03-31");
    expect(plan.deadlines.yearEndReview).toBe("2023-12-31");
  });

  it("Bình Dương 2024 names its parts as its line 65 does", () => {
    const plan = readPlanFile(planPath("2024-binh-duong.yaml"));
    expect(plan.labels).toEqual({
      study: "Học tập",
      follow: "Làm theo",
      example: "Thực hiện trách nhiệm nêu gương",
    });
  });

  it("Đức Phổ 2023 registers before it studies, which a plan may", () => {
    const plan = readPlanFile(planPath("2023-duc-pho.yaml"));
    expect(plan.deadlines.registration < plan.deadlines.study).toBe(true);
    expect(plan.labels).toBeUndefined();
  });

  it("every text in the shipped plans is NFC, without ƣ and without stray spaces", () => {
    for (const file of ["2024-binh-duong.yaml", "2023-duc-pho.yaml"]) {
      const plan = readPlanFile(planPath(file));
      const texts = [
        plan.issuedBy,
        plan.annualTopic.title,
        plan.annualTopic.summary ?? "",
        ...plan.quarterTopics.map((t) => t.title),
        ...plan.examples.study,
        ...plan.examples.follow,
        ...plan.examples.example,
      ];
      for (const text of texts) {
        expect(text).toBe(text.normalize("NFC"));
        expect(text).not.toMatch(/[\u01a2\u01a3]| {2}|\n/);
      }
    }
  });
});

describe("defaultPlan", () => {
  it("puts every deadline in the year asked for", () => {
    const plan = defaultPlan(2026);
    expect(plan.year).toBe(2026);
    expect(plan.deadlines.study).toBe("2026-04-15");
    expect(plan.deadlines.registration).toBe("2026-04-30");
    for (const day of Object.values(plan.deadlines)) {
      expect(day).toMatch(/^2026-\d{2}-\d{2}$/);
    }
  });

  it("gives a different year its own deadlines", () => {
    expect(defaultPlan(2024).deadlines.registration).toBe("2024-04-30");
  });

  it("has examples for each of the three parts", () => {
    const plan = defaultPlan(2026);
    expect(plan.examples.study.length).toBeGreaterThan(0);
    expect(plan.examples.follow.length).toBeGreaterThan(0);
    expect(plan.examples.example.length).toBeGreaterThan(0);
  });
});

describe("parsePlan", () => {
  it("accepts a valid plan and fills in the optional parts", () => {
    const { quarterTopics: _, ...withoutQuarters } = validPlan();
    const plan = parsePlan(stringify(withoutQuarters), "ke-hoach.yaml");
    expect(plan.quarterTopics).toEqual([]);
    expect(plan.deadlines.midtermReview).toBeUndefined();
  });

  it("refuses a plan without an annual topic, naming it", () => {
    const { annualTopic: _, ...plan } = validPlan();
    expect(problemsOf(stringify(plan))).toEqual([expect.stringMatching(/^annualTopic: /)]);
  });

  it("refuses a deadline in another year, naming the deadline", () => {
    const plan = validPlan();
    plan.deadlines.registration = "2025-04-30";
    const problems = problemsOf(stringify(plan));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^deadlines\.registration: /);
    expect(problems[0]).toContain("plan-error-other-year");
  });

  it("refuses a day that does not exist", () => {
    const plan = validPlan();
    plan.deadlines.study = "2024-02-30";
    expect(problemsOf(stringify(plan))).toEqual([expect.stringMatching(/^deadlines\.study: /)]);
  });

  it("refuses a day written the Vietnamese way", () => {
    const plan = validPlan();
    plan.deadlines.registration = "30/04/2024";
    const problems = problemsOf(stringify(plan));
    expect(problems).toContain("deadlines.registration: plan-error-date");
    for (const problem of problems) expect(problem).toMatch(/^deadlines\.registration: /);
  });

  it("refuses quarter 5", () => {
    const plan = validPlan();
    plan.quarterTopics = [{ quarter: 5, title: "Quý năm" }];
    expect(problemsOf(stringify(plan))).toEqual([
      expect.stringMatching(/^quarterTopics\.0\.quarter: /),
    ]);
  });

  it("refuses the same quarter twice", () => {
    const plan = validPlan();
    plan.quarterTopics = [
      { quarter: 1, title: "Một" },
      { quarter: 1, title: "Lại một" },
    ];
    expect(problemsOf(stringify(plan))).toEqual([expect.stringMatching(/^quarterTopics/)]);
  });

  it("refuses an unknown key, naming it", () => {
    const plan = validPlan();
    plan.anualTopic = { title: "gõ nhầm" };
    const problems = problemsOf(stringify(plan));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("anualTopic");
  });

  it("refuses an unknown deadline, naming where it is", () => {
    const plan = validPlan();
    plan.deadlines.review = "2024-05-19";
    const problems = problemsOf(stringify(plan));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^deadlines: /);
    expect(problems[0]).toContain("review");
  });

  it("refuses a title made only of emoji or blanks", () => {
    const plan = validPlan();
    for (const title of ["🎉🎉", "  \u200b ", ""]) {
      plan.annualTopic.title = title;
      const problems = problemsOf(stringify(plan));
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) expect(problem).toMatch(/^annualTopic\.title: /);
    }
  });

  it("reports every problem, not only the first", () => {
    const plan = validPlan();
    plan.issuedBy = "";
    plan.quarterTopics = [{ quarter: 0, title: "x" }];
    plan.deadlines.study = "2024-13-01";
    const problems = problemsOf(stringify(plan));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^issuedBy: /),
        expect.stringMatching(/^quarterTopics\.0\.quarter: /),
        expect.stringMatching(/^deadlines\.study: /),
      ]),
    );
  });

  it("refuses invalid YAML with the parser's explanation", () => {
    const problems = problemsOf("year: [2024\nissuedBy: x\n");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/line \d+/);
  });

  it("refuses an empty file or a file that is not a plan", () => {
    expect(problemsOf("")).toHaveLength(1);
    expect(problemsOf("Kế hoạch năm 2024")).toHaveLength(1);
    expect(problemsOf("- 1\n- 2\n")).toHaveLength(1);
  });

  it("reads the parts' labels, and refuses two alike or one too long", () => {
    const plan: Record<string, unknown> = validPlan();
    plan.labels = { study: "Học tập", follow: "Thực hành", example: "Nêu gương" };
    expect(parsePlan(stringify(plan), "ke-hoach.yaml").labels?.follow).toBe("Thực hành");
    plan.labels = { study: "Học tập", follow: "HỌC TẬP", example: "Nêu gương" };
    expect(problemsOf(stringify(plan))).toEqual(["labels: plan-error-labels-alike"]);
    plan.labels = { study: "Học tập", follow: "x".repeat(41), example: "Nêu gương" };
    expect(problemsOf(stringify(plan))).toEqual([expect.stringMatching(/^labels\.follow: /)]);
    plan.labels = { study: "Học tập", follow: "Thực hành" };
    expect(problemsOf(stringify(plan))).toEqual([expect.stringMatching(/^labels\.example: /)]);
  });

  it("refuses a review before the study or registration it reviews", () => {
    const plan = validPlan();
    plan.deadlines.midtermReview = "2024-04-20";
    plan.deadlines.yearEndReview = "2024-04-10";
    expect(problemsOf(stringify(plan))).toEqual([
      "deadlines.midtermReview: plan-error-review-too-early",
      "deadlines.yearEndReview: plan-error-review-too-early",
    ]);
    plan.deadlines.midtermReview = "2024-05-19";
    plan.deadlines.yearEndReview = "2024-05-19";
    expect(problemsOf(stringify(plan))).toEqual([
      "deadlines.yearEndReview: plan-error-review-too-early",
    ]);
  });

  it("accepts a registration before the study", () => {
    const plan = validPlan();
    plan.deadlines.registration = "2024-03-31";
    expect(parsePlan(stringify(plan), "ke-hoach.yaml").deadlines.registration).toBe("2024-03-31");
  });

  it("reads JSON as well as YAML", () => {
    const plan = parsePlan(JSON.stringify(validPlan()), "ke-hoach.json");
    expect(plan.year).toBe(2024);
    expect(plan.deadlines.registration).toBe("2024-04-30");
    expect(plan.quarterTopics).toEqual([{ quarter: 2, title: "Dân là gốc" }]);
  });

  it("normalizes the broken ƣ, decomposed letters and stray spaces in every text", () => {
    const plan = validPlan();
    plan.issuedBy = "Tỉnh ủy Bình Dƣơng".normalize("NFD");
    plan.annualTopic.title = "  Học tập   và làm theo\u200b tƣ tƣởng\nHồ Chí Minh ".normalize(
      "NFD",
    );
    plan.quarterTopics = [{ quarter: 1, title: "Đạo đức cách mạng".normalize("NFD") }];
    plan.examples = {
      study: ["Đọc tài liệu chuyên đề"],
      follow: ["Giúp đỡ ngƣời dân"],
      example: ["Nêu gương".normalize("NFD")],
    };
    const parsed = parsePlan(stringify(plan), "ke-hoach.yaml");
    expect(parsed.issuedBy).toBe("Tỉnh ủy Bình Dương");
    expect(parsed.annualTopic.title).toBe("Học tập và làm theo tư tưởng Hồ Chí Minh");
    expect(parsed.quarterTopics[0]?.title).toBe("Đạo đức cách mạng");
    expect(parsed.examples.follow).toEqual(["Giúp đỡ người dân"]);
    expect(parsed.examples.example).toEqual(["Nêu gương"]);
  });
});

describe("readPlanFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "chibo-plan-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a valid JSON file", () => {
    const file = join(dir, "plan.json");
    writeFileSync(file, JSON.stringify(validPlan(), null, 2));
    expect(readPlanFile(file).issuedBy).toBe("Đảng ủy phường Phú Hòa");
  });

  it("names the file when it cannot be read", () => {
    const file = join(dir, "missing.yaml");
    expect(() => readPlanFile(file)).toThrow(PlanFileError);
    try {
      readPlanFile(file);
    } catch (error) {
      expect((error as PlanFileError).file).toBe(file);
      expect((error as PlanFileError).problems).toHaveLength(1);
    }
  });

  it("names the file and the path of a problem inside it", () => {
    const file = join(dir, "bad.yaml");
    const plan = validPlan();
    plan.year = 2024.5;
    writeFileSync(file, stringify(plan));
    expect(() => readPlanFile(file)).toThrow(PlanFileError);
    try {
      readPlanFile(file);
    } catch (error) {
      expect((error as PlanFileError).file).toBe(file);
      expect((error as PlanFileError).problems.map((p) => p.path)).toEqual(["year"]);
    }
  });
});
