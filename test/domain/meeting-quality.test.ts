import { afterEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import {
  firstItem,
  levelOf,
  type MeetingFacts,
  meetingQuality,
  namesAny,
  periodQuality,
  type QualityRules,
} from "../../src/domain/meeting-quality.js";
import { defaultPlan } from "../../src/plan/default-plan.js";
import { draftOf, planDraftSchema, planOfDraft } from "../../src/plan/plan-draft.js";
import { PlanFileError, parsePlan } from "../../src/plan/plan-file.js";
import type { Plan } from "../../src/plan/plan-schema.js";
import { storedPlan } from "../../src/plan/stored-plan.js";
import { Harness } from "../support/harness.js";

/** A committee's own scale, unlike the default's, so that nothing here is the default's by chance. */
const RULES: QualityRules = {
  attendance: [
    { from: 0.5, points: 10 },
    { from: 0.9, points: 40 },
    { from: 0.75, points: 25 },
  ],
  length: [
    { from: 1, points: 20 },
    { from: 0.5, points: 5 },
  ],
  agenda: { words: ["học tập và làm theo", "thực hành"], points: 20 },
  poll: { good: 20, fair: 15, average: 10, poor: 0 },
  levels: [
    { from: 50, name: "Đạt" },
    { from: 85, name: "Xuất sắc" },
    { from: 0, name: "Chưa đạt" },
  ],
};

/** A meeting that earns every point: 10 of 10, 95 of 90 minutes, the campaign first, all "Tốt". */
const GOOD: MeetingFacts = {
  present: 10,
  counted: 10,
  minutes: 95,
  minimumMinutes: 90,
  agenda: "1. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\n2. Tình hình tháng",
  poll: { counts: [5, 0, 0, 0], open: false },
};

const score = (facts: Partial<MeetingFacts>) => meetingQuality(RULES, { ...GOOD, ...facts });

describe("a meeting's score", () => {
  it("adds each part's points, out of 100 when the parts are worth 100", () => {
    const quality = score({});
    expect(quality.attendance).toEqual({ present: 10, counted: 10, rate: 1, points: 40, max: 40 });
    expect(quality.length).toEqual({ minutes: 95, minimum: 90, points: 20, max: 20 });
    expect(quality.agenda.points).toBe(20);
    expect(quality.pollScore).toEqual({ points: 20, max: 20 });
    expect(quality.total).toEqual({ points: 100, max: 100 });
    expect(quality.score).toBe(100);
    expect(quality.level).toBe("Xuất sắc");
  });

  it("gives the attendance the points of the highest band it reaches, bands in any order", () => {
    expect(score({ present: 9 }).attendance?.points).toBe(40);
    expect(score({ present: 8 }).attendance?.points).toBe(25);
    expect(score({ present: 5 }).attendance?.points).toBe(10);
    expect(score({ present: 4 }).attendance?.points).toBe(0);
    expect(score({ present: 0 }).attendance?.points).toBe(0);
  });

  it("measures the length against the minimum it is given (90, or 120 combined)", () => {
    expect(score({ minutes: 90 }).length.points).toBe(20);
    expect(score({ minutes: 89 }).length.points).toBe(5);
    expect(score({ minutes: 44 }).length.points).toBe(0);
    expect(score({ minutes: 100, minimumMinutes: 120 }).length.points).toBe(5);
    expect(score({ minutes: 120, minimumMinutes: 120 }).length.points).toBe(20);
  });

  it("averages the poll's points over its votes", () => {
    // 2 × 20 + 1 × 15 + 1 × 0, over 4 votes.
    const quality = score({ poll: { counts: [2, 1, 0, 1], open: false } });
    expect(quality.poll).toEqual({ state: "scored", votes: 4 });
    expect(quality.pollScore).toEqual({ points: 13.8, max: 20 });
    expect(quality.score).toBe(93.8);
  });

  it("leaves out a poll with nothing final, and scores the rest out of 100", () => {
    for (const [poll, state] of [
      [null, "none"],
      [{ counts: [0, 0, 0, 0], open: false }, "no-votes"],
      [{ counts: [3, 0, 0, 0], open: true }, "open"],
    ] as const) {
      const quality = score({ poll, present: 8 });
      expect(quality.poll).toEqual({ state });
      expect(quality.pollScore).toBeNull();
      // 25 + 20 + 20 of 80.
      expect(quality.total).toEqual({ points: 65, max: 80 });
      expect(quality.score).toBe(81.3);
      expect(quality.level).toBe("Đạt");
    }
  });

  it("leaves out the attendance when no one was to attend", () => {
    const quality = score({ present: 0, counted: 0 });
    expect(quality.attendance).toBeNull();
    expect(quality.total).toEqual({ points: 60, max: 60 });
    expect(quality.score).toBe(100);
  });

  it("gives nothing for a missing agenda, and says there was none", () => {
    for (const agenda of [undefined, "", "\n  \n", "…\n—"]) {
      const quality = score({ agenda });
      expect(quality.agenda).toEqual({ firstItem: null, names: false, points: 0, max: 20 });
      expect(quality.score).toBe(80);
    }
  });

  it("has no score when the plan makes every part worth nothing", () => {
    const nothing: QualityRules = {
      ...RULES,
      attendance: [{ from: 0, points: 0 }],
      length: [{ from: 0, points: 0 }],
      agenda: { ...RULES.agenda, points: 0 },
      poll: { good: 0, fair: 0, average: 0, poor: 0 },
    };
    const quality = meetingQuality(nothing, GOOD);
    expect(quality.score).toBeNull();
    expect(quality.level).toBeNull();
  });

  it("ranks by the levels in any order, the lowest below them all", () => {
    expect(levelOf(RULES.levels, 85)).toBe("Xuất sắc");
    expect(levelOf(RULES.levels, 84.9)).toBe("Đạt");
    expect(levelOf(RULES.levels, 0)).toBe("Chưa đạt");
    expect(levelOf([{ from: 50, name: "Đạt" }], 10)).toBe("Đạt");
  });
});

describe("the agenda's first item", () => {
  const names = (line: string) => namesAny(line, RULES.agenda.words);

  it("is the first line with words, tidied", () => {
    expect(firstItem("\n  - \n 1.  Học tập   và làm theo Bác \n2. Khác")).toBe(
      "1. Học tập và làm theo Bác",
    );
    expect(firstItem("Tình hình tháng\nHọc tập và làm theo")).toBe("Tình hình tháng");
    expect(names(firstItem("Tình hình tháng\nHọc tập và làm theo") ?? "")).toBe(false);
  });

  it("names the campaign however it is typed: marks or none, NFD, the broken ƣ, capitals", () => {
    expect(names("Học tập và làm theo tư tưởng Hồ Chí Minh")).toBe(true);
    expect(names("HOC TAP VA LAM THEO tam guong dao duc")).toBe(true);
    expect(names("Học tập và làm theo".normalize("NFD"))).toBe(true);
    expect(names("1) Thực hành tiết kiệm")).toBe(true);
    expect(names("Thƣc hành tiết kiệm")).toBe(true);
    expect(names("học tập, và làm theo")).toBe(true);
    expect(names("Thực  hành\u200b")).toBe(true);
  });

  it("wants the words whole", () => {
    expect(names("Học tập nghị quyết")).toBe(false);
    expect(names("hoc tap va lam theoxyz")).toBe(false);
    expect(names("thực hành")).toBe(true);
    expect(namesAny("anything", [])).toBe(false);
  });

  it("is kept short in a document, but matched whole", () => {
    const long = `${"Tình hình chung ".repeat(20)}học tập và làm theo`;
    const quality = score({ agenda: long });
    expect(quality.agenda.names).toBe(true);
    expect(quality.agenda.firstItem?.endsWith("…")).toBe(true);
    expect(quality.agenda.firstItem?.length).toBeLessThanOrEqual(201);
  });
});

describe("a period's quality", () => {
  it("averages the attendance of the meetings that counted anyone, and the scores", () => {
    const period = periodQuality(RULES, [
      score({}),
      score({ present: 5, poll: null }),
      score({ present: 0, counted: 0 }),
    ]);
    expect(period.meetings).toBe(3);
    // 15 present of 20 counted.
    expect(period.attendance).toBeCloseTo(0.75);
    // 100, (10 + 20 + 20) of 80 = 62.5, 100.
    expect(period.score).toBe(87.5);
    expect(period.level).toBe("Xuất sắc");
  });

  it("pools those present over those counted, as the roll-up does, rather than averaging meetings", () => {
    // Each meeting's share averages (100% + 50%) / 2 = 75%; pooled, 18 of 33 were there.
    const period = periodQuality(RULES, [
      score({ present: 3, counted: 3 }),
      score({ present: 15, counted: 30 }),
    ]);
    expect(period.attendance).toBeCloseTo(18 / 33);
  });

  it("has no averages without meetings", () => {
    expect(periodQuality(RULES, [])).toEqual({
      meetings: 0,
      attendance: null,
      score: null,
      level: null,
    });
  });
});

/** A small valid plan of 2026 that says nothing of meetings' quality. */
function plan(): Plan {
  return {
    year: 2026,
    issuedBy: "Đảng ủy phường Phú Hòa",
    annualTopic: { title: "Học tập và làm theo Bác" },
    quarterTopics: [],
    deadlines: { study: "2026-04-15", registration: "2026-04-30" },
    examples: { study: ["Dự học"], follow: ["Làm đúng hạn"], example: ["Đi đầu"] },
  };
}

const OWN = {
  attendance: [{ from: 0.9, points: 50 }],
  length: [{ from: 1, points: 10 }],
  agenda: { words: ["thực hành"], points: 10 },
  poll: { good: 30, fair: 20, average: 10, poor: 0 },
  levels: [
    { from: 80, name: "Tốt" },
    { from: 0, name: "Chưa tốt" },
  ],
};

let h: Harness | undefined;
afterEach(() => {
  h?.close();
  h = undefined;
});

describe("the plan's meetingQuality", () => {
  it("is the default's when a plan leaves it out", () => {
    const followed = storedPlan(parsePlan(stringify(plan()), "ke-hoach.yaml"), true, null);
    expect(followed.meetingQuality).toEqual(defaultPlan(2026).meetingQuality);
    expect(followed.meetingQuality.levels.map((level) => level.name)).toEqual([
      "Tốt",
      "Khá",
      "Trung bình",
      "Kém",
    ]);
    expect(followed.meetingQuality.agenda.words).toEqual(["học tập và làm theo", "thực hành"]);
  });

  it("is the plan's own where it gives one, through the store and a /kehoach draft", () => {
    const own = parsePlan(stringify({ ...plan(), meetingQuality: OWN }), "ke-hoach.yaml");
    h = new Harness();
    const { plans } = h.app.services;
    plans.import(own, "all", h.clock.now());
    expect(plans.forCell(null, 2026).meetingQuality).toEqual(OWN);
    const draft = planDraftSchema.parse(JSON.parse(JSON.stringify(draftOf(own))));
    expect(planOfDraft(draft, 2026)?.meetingQuality).toEqual(OWN);
  });

  it("scores the default's way: a full meeting is Tốt, a poor one Kém", () => {
    const rules = storedPlan(plan(), true, null).meetingQuality;
    expect(
      meetingQuality(rules, { ...GOOD, poll: { counts: [4, 0, 0, 0], open: false } }).level,
    ).toBe("Tốt");
    const poor = meetingQuality(rules, {
      present: 3,
      counted: 10,
      minutes: 40,
      minimumMinutes: 90,
      agenda: "Tình hình tháng",
      poll: { counts: [0, 0, 1, 3], open: false },
    });
    expect(poor.level).toBe("Kém");
  });

  it("is refused when it is not one, naming where", () => {
    const problems = (meetingQuality: unknown) => {
      try {
        parsePlan(stringify({ ...plan(), meetingQuality }), "ke-hoach.yaml");
      } catch (error) {
        expect(error).toBeInstanceOf(PlanFileError);
        return (error as PlanFileError).problems.map((p) => p.path);
      }
      throw new Error("accepted");
    };
    expect(problems({ ...OWN, attendance: [{ from: 1.5, points: 10 }] })).toEqual([
      "meetingQuality.attendance.0.from",
    ]);
    expect(problems({ ...OWN, length: [] })).toEqual(["meetingQuality.length"]);
    expect(problems({ ...OWN, agenda: { words: ["  "], points: 10 } })).toEqual([
      "meetingQuality.agenda.words.0",
    ]);
    expect(problems({ ...OWN, poll: { good: 1, fair: 1, average: 1 } })).toEqual([
      "meetingQuality.poll.poor",
    ]);
    expect(problems({ ...OWN, weights: 3 })).toEqual(["meetingQuality"]);
    expect(problems({ ...OWN, levels: [{ from: -1, name: "Kém" }] })).toEqual([
      "meetingQuality.levels.0.from",
    ]);
  });
});
