import { z } from "zod";
import { atLocalHour, formatDay, shiftDay } from "../../domain/calendar.js";
import { NOMINATION_ROUNDS } from "../../domain/nomination-rules.js";
import { nominationRoundName } from "../../messages/nomination-round-name.js";
import type { Services } from "../../store/services.js";
import { type Job, type PayloadSlot, sameForEveryCell } from "../job.js";

const payloadSchema = z.object({
  round: z.enum(NOMINATION_ROUNDS),
  event: z.enum(["opens", "closes"]),
});
type Payload = z.infer<typeof payloadSchema>;

/** How long after a round's last day the reminder to confirm is still worth sending. */
const CONFIRM_REMINDER_DAYS = 7;

/**
 * On a round's first day, the secretary is reminded in private that nominations may be opened
 * (unless they are already); on its last day, to confirm the list (if the round was opened and
 * is not confirmed). Each once; missed, the first is worth sending until the last day's reminder
 * is due, the last for a week. Written when they go out: a round opened or confirmed meanwhile
 * is not reminded of.
 */
export const nominationRound: Job<PayloadSlot<Payload>> = {
  name: "nomination-round",
  sends: true,
  fromCalendar: true,
  slots({ services, schedule, year, plan }) {
    const { postHour } = schedule;
    const { timeZone } = services;
    const rules = plan.nominations;
    const days = NOMINATION_ROUNDS.map((round) => `${rules[round].opens}/${rules[round].closes}`);
    const key = `nomination-round|${year}|${days.join(",")}|${postHour}|${timeZone}`;
    return sameForEveryCell(key, () =>
      NOMINATION_ROUNDS.flatMap((round) => {
        const { opens, closes } = rules[round];
        const closing = atLocalHour(closes, postHour, timeZone);
        return [
          {
            period: `${year}-${round}-opens`,
            payload: { round, event: "opens" as const },
            dueAt: atLocalHour(opens, postHour, timeZone),
            until: closing,
          },
          {
            period: `${year}-${round}-closes`,
            payload: { round, event: "closes" as const },
            dueAt: closing,
            until: atLocalHour(shiftDay(closes, CONFIRM_REMINDER_DAYS + 1), 0, timeZone),
          },
        ];
      }),
    );
  },
  run(run) {
    const { payload } = run.slot;
    if (!due(run.services, run.cell.id, run.year, payload)) return 0;
    for (const memberId of secretaryOf(run.services, run.cell.id)) run.composeForMember(memberId);
    return run.count;
  },
  compose({ services, cell, calendar, intent }) {
    const payload = payloadSchema.safeParse(intent.payload).data;
    if (!payload || intent.kind !== "member") return undefined;
    if (!secretaryOf(services, cell.id).includes(intent.memberId ?? -1)) return undefined;
    if (!due(services, cell.id, calendar.year, payload)) return undefined;
    const rule = calendar.plan.nominations[payload.round];
    const args = { round: nominationRoundName(payload.round), closes: formatDay(rule.closes) };
    return { parts: [{ key: `bieuduong-job-${payload.event}`, args }] };
  },
};

/** Whether there is still something to remind of: a round to open, or one to confirm. */
function due(services: Services, cellId: number, year: number, payload: Payload): boolean {
  const row = services.nominations.round({ cellId, year, round: payload.round });
  return payload.event === "opens" ? row === undefined : row !== undefined && !row.confirmedAt;
}

/** The secretary; a cell without one, its deputies. */
function secretaryOf(services: Services, cellId: number): number[] {
  return services.members.secretaryOrDeputies(cellId).map((m) => m.id);
}
