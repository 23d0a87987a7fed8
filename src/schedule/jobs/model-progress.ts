import { z } from "zod";
import {
  atLocalHour,
  formatDay,
  type LocalDay,
  romanQuarter,
  shiftDay,
} from "../../domain/calendar.js";
import { lastDayOfQuarter } from "../../domain/schedule-rules.js";
import type { Text } from "../../i18n.js";
import type { ComposedMessage } from "../../messages/intent.js";
import type { CellModel } from "../../store/cell-model-store.js";
import type { Services } from "../../store/services.js";
import { type Job, type PayloadSlot, sameForEveryCell } from "../job.js";

/**
 * The day of a quarter's last month the secretary is asked: the 20th (20/3, 20/6, 20/9, 20/12),
 * after most cells' quarterly meeting, with ten days left to report within the quarter.
 */
const ASKED_ON = 20;

/**
 * How many days before the plan's day for reporting the model a cell without one is asked to
 * register it: the cell agrees on its model at a meeting, and cells meet monthly, so nearly
 * four weeks (for the default 15/4, the 20/3 it was asked on before).
 */
const REGISTER_LEAD_DAYS = 26;

const payloadSchema = z.union([
  z.object({ quarter: z.number().int().min(1).max(4) }),
  z.object({ register: z.literal(true) }),
]);
type Payload = z.infer<typeof payloadSchema>;

/**
 * Some weeks before the plan's day for reporting the model, a cell with no model yet is asked
 * to register one; near each quarter's end, the secretary is asked in private to report how the
 * cell's model is going, unless it was reported already. Missed (the bot was down), a reminder
 * is still worth sending until its day passes: the model's day, or the quarter's end. The model
 * is the cell's public work: a secretary who cannot be written to in private is named in the
 * group.
 */
export const modelProgress: Job<PayloadSlot<Payload>> = {
  name: "model-progress",
  sends: true,
  fromCalendar: true,
  slots({ services, plan, schedule, year }) {
    const { postHour } = schedule;
    const { timeZone } = services;
    const { reportBy } = plan.model;
    const key = `model-progress|${year}|${reportBy}|${postHour}|${timeZone}`;
    return sameForEveryCell(key, (): PayloadSlot<Payload>[] => [
      {
        period: `${year}-register`,
        payload: { register: true },
        dueAt: atLocalHour(shiftDay(reportBy, -REGISTER_LEAD_DAYS), postHour, timeZone),
        // "Register before 15/4": not asked on the day itself, when it is too late.
        until: atLocalHour(reportBy, 0, timeZone),
      },
      ...[1, 2, 3, 4].map((quarter) => ({
        period: `${year}-Q${quarter}`,
        payload: { quarter },
        dueAt: atLocalHour(askedOn(year, quarter), postHour, timeZone),
        until: atLocalHour(shiftDay(lastDayOfQuarter(year, quarter), 1), 0, timeZone),
      })),
    ]);
  },
  run(run) {
    const { services, cell, year } = run;
    if (!owed(services.cellModels.of(cell.id, year), run.slot.payload)) return 0;
    const asked = services.members.secretaryOrDeputies(cell.id);
    const reachable = asked.filter((member) => canWriteTo(services, member.id));
    if (reachable.length > 0) {
      for (const member of reachable) run.composeForMember(member.id);
    } else if (asked.length > 0) {
      run.composeForGroups();
    }
    return run.count;
  },
  compose(message) {
    const { services, cell, calendar, intent } = message;
    const payload = payloadSchema.safeParse(intent.payload);
    if (!payload.success) return undefined;
    const model = services.cellModels.of(cell.id, calendar.year);
    if (!owed(model, payload.data)) return undefined;
    const text: Text =
      "quarter" in payload.data && model
        ? {
            key: "job-model-progress",
            args: { quarter: quarterText(calendar.year, payload.data.quarter), title: model.title },
          }
        : {
            key: "job-model-register",
            args: {
              year: String(calendar.year),
              deadline: formatDay(calendar.plan.model.reportBy),
            },
          };
    return intent.kind === "member"
      ? { parts: [text] }
      : groupMessage(message.services, cell.id, text);
  },
};

/** What is still owed: the model itself, or a quarter's progress of the model registered. */
function owed(model: CellModel | undefined, payload: Payload): boolean {
  if ("register" in payload) return !model;
  return model !== undefined && !model.progress.some((p) => p.quarter === payload.quarter);
}

function canWriteTo(services: Services, memberId: number): boolean {
  const { members, conversations } = services;
  return members.personIds(memberId).some((id) => conversations.hasPrivateChat(id));
}

/** The group's reminder names whom it is for, and tags them where the platform can. */
function groupMessage(services: Services, cellId: number, text: Text): ComposedMessage | undefined {
  const asked = services.members.secretaryOrDeputies(cellId);
  if (asked.length === 0) return undefined;
  const name = asked.map((m) => m.fullName).join(", ");
  const key = `${text.key}-group`;
  const mentions = asked.flatMap((member) =>
    services.members.personIds(member.id).map((personId) => ({ personId, name: member.fullName })),
  );
  return {
    parts: [{ key, args: { ...text.args, name } }],
    privateLink: { label: { key: "go-private-button" }, command: "mohinh" },
    mentions,
  };
}

function askedOn(year: number, quarter: number): LocalDay {
  return `${year}-${String(quarter * 3).padStart(2, "0")}-${ASKED_ON}`;
}

/** "Quý II/2024" */
function quarterText(year: number, quarter: number): Text {
  return { key: "quarter", args: { quarter: romanQuarter(quarter), year: String(year) } };
}
