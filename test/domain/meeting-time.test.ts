import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMeetingTime } from "../../src/domain/meeting-time.js";

const VN = "Asia/Ho_Chi_Minh"; // UTC+7 all year
const NOW = new Date("2024-05-10T03:00:00Z"); // Friday 10/5/2024, 10:00 in Vietnam

/** "2024-05-20 19:30" for a meeting time, or the problem found. */
function read(text: string, now = NOW): string {
  const parsed = parseMeetingTime(text, now, VN);
  if (!parsed.ok) return parsed.problem;
  const wall = `${parsed.day} ${String(parsed.hour).padStart(2, "0")}:${String(parsed.minute).padStart(2, "0")}`;
  expect(format(new TZDate(parsed.startsAt, VN), "yyyy-MM-dd HH:mm")).toBe(wall);
  expect(Number(format(new TZDate(parsed.startsAt, VN), "i"))).toBe(parsed.weekday);
  return wall;
}

describe("parseMeetingTime: dates and times as secretaries write them", () => {
  it.each([
    ["20/5 19h30", "2024-05-20 19:30"],
    ["20/05 19:30", "2024-05-20 19:30"],
    ["19:30 20/05/2024", "2024-05-20 19:30"],
    ["19h30 ngày 20/5/2024", "2024-05-20 19:30"],
    ["20-5-2024 19h", "2024-05-20 19:00"],
    ["20.5.2024 19h", "2024-05-20 19:00"],
    ["19g30 20/5", "2024-05-20 19:30"],
    ["19 giờ 30 ngày 20/5", "2024-05-20 19:30"],
    ["19 giờ 30 phút ngày 20/5", "2024-05-20 19:30"],
    ["20/5/24 19h", "2024-05-20 19:00"],
    ["ngày 20 tháng 5 năm 2024 lúc 19 giờ", "2024-05-20 19:00"],
    ["7 giờ rưỡi tối 20/5", "2024-05-20 19:30"],
    ["7h 20/5", "2024-05-20 07:00"],
    ["19:30h 20/5", "2024-05-20 19:30"],
  ])("%s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ["lúc 19h30, ngày 20/5", "2024-05-20 19:30"],
    ["luc 19h30 ngay 20/5", "2024-05-20 19:30"],
    ["vào lúc 19h30 ngày 20/5", "2024-05-20 19:30"],
    ["vao 19h30 20/5", "2024-05-20 19:30"],
    ["hồi 19h 20/5", "2024-05-20 19:00"],
    ["19h30 - 20/5", "2024-05-20 19:30"],
    ["19h30-20/5", "2024-05-20 19:30"],
    ["20/5 - 19h30", "2024-05-20 19:30"],
    ["thứ Hai (20/5) 19h30.", "2024-05-20 19:30"],
  ])("ignores fillers and punctuation: %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ["7h30 sáng 20/5", "2024-05-20 07:30"],
    ["2h chiều 20/5", "2024-05-20 14:00"],
    ["chiều 2h 20/5", "2024-05-20 14:00"],
    ["14h chiều 20/5", "2024-05-20 14:00"],
    ["12h 20/5", "2024-05-20 12:00"],
    ["12h trưa 20/5", "2024-05-20 12:00"],
    ["1h trưa 20/5", "2024-05-20 13:00"],
    ["7 giờ tối 20/5", "2024-05-20 19:00"],
    ["9 giờ đêm 20/5", "2024-05-20 21:00"],
    ["7h buổi tối 20/5", "2024-05-20 19:00"],
    ["3h sáng 20/5", "2024-05-20 03:00"],
  ])("reads the part of the day: %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ["thứ Hai 14h", "2024-05-13 14:00"],
    ["thứ 2 14h", "2024-05-13 14:00"],
    ["thứ2 14h", "2024-05-13 14:00"],
    ["T2 14h", "2024-05-13 14:00"],
    ["thứ Ba 14h", "2024-05-14 14:00"],
    ["thứ Tư 14h", "2024-05-15 14:00"],
    ["thứ Năm 14h", "2024-05-16 14:00"],
    ["thứ Bảy 8h", "2024-05-11 08:00"],
    ["T7 8h", "2024-05-11 08:00"],
    ["chủ nhật 8h", "2024-05-12 08:00"],
    ["CN 8h", "2024-05-12 08:00"],
    ["7 giờ tối thứ Hai", "2024-05-13 19:00"],
    ["thứ Hai, tối 7h", "2024-05-13 19:00"],
    ["thứ Sáu tuần sau 14h", "2024-05-17 14:00"],
    ["thứ Hai tuần tới 14h", "2024-05-13 14:00"],
    ["thứ Hai tuan toi 7 giờ tối", "2024-05-13 19:00"],
    ["chủ nhật tuần này 8h", "2024-05-12 08:00"],
  ])("reads a weekday: %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it("takes today for today's weekday while the time is ahead, else next week", () => {
    expect(read("thứ Sáu 14h")).toBe("2024-05-10 14:00");
    expect(read("thứ Sáu 9h")).toBe("2024-05-17 09:00");
    expect(read("thứ Sáu 10h")).toBe("2024-05-17 10:00"); // exactly now: not ahead
    expect(read("thứ Sáu tuần sau 9h")).toBe("2024-05-17 09:00");
  });

  it("reads 'tới' after a weekday as the coming one, never as today", () => {
    expect(read("thứ Hai tới 7h")).toBe("2024-05-13 07:00");
    expect(read("chủ nhật tới 8h")).toBe("2024-05-12 08:00");
    expect(read("thứ Sáu tới 14h")).toBe("2024-05-17 14:00");
    expect(read("thứ Hai tối 7h")).toBe("2024-05-13 19:00");
  });

  it("asks when 'toi' typed without marks could be 'tới' or 'tối'", () => {
    expect(read("thu hai toi 7h")).toBe("ambiguous");
    expect(read("thu sau toi 14h")).toBe("ambiguous"); // today, or Friday next week
    expect(read("thu hai toi 19h")).toBe("2024-05-13 19:00"); // the same either way
    expect(read("thu hai toi 7h sang")).toBe("2024-05-13 07:00"); // only "tới" makes sense
    expect(read("7h toi thu hai")).toBe("2024-05-13 19:00");
  });

  it.each([
    ["hôm nay 19h", "2024-05-10 19:00"],
    ["mai 19h", "2024-05-11 19:00"],
    ["ngày mai 19h", "2024-05-11 19:00"],
    ["7h tối nay", "2024-05-10 19:00"],
    ["sáng mai 8h", "2024-05-11 08:00"],
    ["ngày kia 8h", "2024-05-12 08:00"],
    ["ngày mốt 8h", "2024-05-12 08:00"],
  ])("reads a day named from today: %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it("accepts a weekday or week that agrees with the date", () => {
    expect(read("thứ Hai 20/5/2024 19h30")).toBe("2024-05-20 19:30");
    expect(read("T2, 20/5, 19h30")).toBe("2024-05-20 19:30");
    expect(read("thứ Sáu 17/5 tuần sau 19h")).toBe("2024-05-17 19:00");
    expect(read("hôm nay 10/5 19h")).toBe("2024-05-10 19:00");
    expect(read("19h30 19:30 20/5 20/05/2024")).toBe("2024-05-20 19:30");
  });
});

describe("parseMeetingTime: what people type besides", () => {
  it("folds diacritics, case, decomposed input and the broken 'ƣ'", () => {
    expect(read("thứ Hai 14h".normalize("NFD"))).toBe("2024-05-13 14:00");
    expect(read("thƣ́ Hai 14h")).toBe("2024-05-13 14:00");
    expect(read("THỨ HAI 14H")).toBe("2024-05-13 14:00");
    expect(read("CHỦ NHẬT 8G")).toBe("2024-05-12 08:00");
    expect(read("thu hai 14h")).toBe("2024-05-13 14:00");
    expect(read("19 GIỜ 30 PHÚT NGÀY 20/5".normalize("NFD"))).toBe("2024-05-20 19:30");
    expect(read("thứ Hai tới 7h".normalize("NFD"))).toBe("2024-05-13 07:00");
    expect(read("THỨ HAI TỚI 7H")).toBe("2024-05-13 07:00");
    expect(read("\u200b 20/5\u00a0 19h30 \n")).toBe("2024-05-20 19:30");
  });

  it("rolls a date without a year into next year when it is near", () => {
    const december = new Date("2024-12-20T03:00:00Z");
    expect(read("5/1 19h", december)).toBe("2025-01-05 19:00");
    expect(read("20/6 19h", december)).toBe("2025-06-20 19:00"); // 182 days ahead
    expect(read("25/6 19h", december)).toBe("past"); // 187 days: 25/6 this year is meant
    expect(read("29/2 19h", new Date("2023-12-20T03:00:00Z"))).toBe("2024-02-29 19:00");
    expect(read("29/2 19h", new Date("2025-05-10T03:00:00Z"))).toBe("impossible");
    expect(read("29/2 19h")).toBe("past");
  });
});

describe("parseMeetingTime: problems", () => {
  it.each(["", "   ", "lúc", ", - ."])("empty: %j", (text) => {
    expect(read(text)).toBe("empty");
  });

  it.each([
    "họp lúc 19h 20/5",
    "20/5 19h30 nhé",
    "19 20/5",
    "20/5 1930",
    "thứ 8 19h",
    "thứ Hia 19h",
    "20/5/202 19h",
    "2024-05-20 19h",
    "19h 20/5 tới",
    "19hh 20/5",
    "19h30 20/5 tôi",
    "20/5/2024/1 19h",
  ])("unreadable: %s", (text) => {
    expect(read(text)).toBe("unreadable");
  });

  it.each(["19h30", "lúc 19h", "tuần sau 14h", "7 giờ tối"])("no-date: %s", (text) => {
    expect(read(text)).toBe("no-date");
  });

  it.each(["20/5", "thứ Hai", "mai", "sáng 20/5", "thứ Sáu tuần sau", "tối nay"])(
    "no-time: %s",
    (text) => {
      expect(read(text)).toBe("no-time");
    },
  );

  it.each([
    "31/2 19h",
    "29/2/2025 19h",
    "32/1 19h",
    "31/4 19h",
    "20/13 19h",
    "0/5 19h",
    "25h 20/5",
    "24h 20/5",
    "19h75 20/5",
    "13h sáng 20/5",
    "12h sáng 20/5",
    "3h trưa 20/5",
    "31/2",
  ])("impossible: %s", (text) => {
    expect(read(text)).toBe("impossible");
  });

  it.each([
    "20/5 21/5 19h",
    "19h 20h 20/5",
    "7h 19h 20/5",
    "thứ Hai 21/5/2024 19h",
    "thứ Hai thứ Ba 19h",
    "mai 20/5 19h",
    "20/5 tuần sau 19h",
    "7h sáng tối 20/5",
    "2h 20/5",
    "0h 20/5",
    "5h30 20/5",
    "12h đêm 20/5",
    "1 giờ đêm 20/5",
    "12 giờ tối 20/5",
  ])("ambiguous: %s", (text) => {
    expect(read(text)).toBe("ambiguous");
  });

  it.each(["9/5 19h", "20/5/2023 19h", "hôm nay 8h", "10/5 10h", "thứ Hai tuần này 14h"])(
    "past: %s",
    (text) => {
      expect(read(text)).toBe("past");
    },
  );

  it("is too far more than 366 days ahead", () => {
    expect(read("11/5/2025 8h")).toBe("2025-05-11 08:00");
    expect(read("11/5/2025 11h")).toBe("too-far");
    expect(read("20/5/2025 19h")).toBe("too-far");
  });
});

describe("parseMeetingTime: round trip", () => {
  const minutesAhead = (days: number) => fc.integer({ min: 1, max: days * 24 * 60 });
  const pad = (value: number) => String(value).padStart(2, "0");

  it("reads back any future minute written as d/m/yyyy HHhMM", () => {
    fc.assert(
      fc.property(minutesAhead(300), (minutes) => {
        const instant = new Date(NOW.getTime() + minutes * 60_000);
        const local = new TZDate(instant, VN);
        const hour = local.getHours();
        const text = `${local.getDate()}/${local.getMonth() + 1}/${local.getFullYear()} ${pad(hour)}h${pad(local.getMinutes())}`;
        const parsed = parseMeetingTime(text, NOW, VN);
        if (hour < 6) expect(parsed).toEqual({ ok: false, problem: "ambiguous" });
        else expect(parsed.ok && parsed.startsAt.getTime()).toBe(instant.getTime());
      }),
    );
  });

  it("reads back any minute in the coming half year written without the year", () => {
    fc.assert(
      fc.property(minutesAhead(183), (minutes) => {
        const instant = new Date(NOW.getTime() + minutes * 60_000);
        const local = new TZDate(instant, VN);
        const hour = local.getHours();
        const clock =
          hour < 6
            ? `${hour}h${pad(local.getMinutes())} sáng`
            : `${hour}:${pad(local.getMinutes())}`;
        const text = `${clock} ngày ${local.getDate()}/${local.getMonth() + 1}`;
        const parsed = parseMeetingTime(text, NOW, VN);
        expect(parsed.ok && parsed.startsAt.getTime()).toBe(instant.getTime());
      }),
    );
  });
});
