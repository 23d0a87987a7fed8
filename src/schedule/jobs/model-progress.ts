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

const payloadSchema = z.object({ quarter: z.number().int().min(1).max(4) });

/**
 * Near each quarter's end, the secretary is asked in private to report how the cell's model is
 * going, unless it was reported already; at the end of the first quarter, a cell with no model
 * yet is asked to register one. Missed (the bot was down), it is still worth sending until the
 * quarter ends. The model is the cell's public work: a secretary who cannot be written to in
 * private is named in the group.
 */
export const modelProgress: Job<PayloadSlot<{ quarter: number }>> = {
  name: "model-progress",
  sends: true,
  fromCalendar: true,
  slots({ services, schedule, year }) {
    const { postHour } = schedule;
    return sameForEveryCell(`model-progress|${year}|${postHour}|${services.timeZone}`, () =>
      [1, 2, 3, 4].map((quarter) => ({
        period: `${year}-Q${quarter}`,
        payload: { quarter },
        dueAt: atLocalHour(askedOn(year, quarter), postHour, services.timeZone),
        until: atLocalHour(shiftDay(lastDayOfQuarter(year, quarter), 1), 0, services.timeZone),
      })),
    );
  },
  run(run) {
    const { services, cell, year } = run;
    const { quarter } = run.slot.payload;
    if (!owed(services.cellModels.of(cell.id, year), quarter)) return 0;
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
    const { quarter } = payload.data;
    const model = services.cellModels.of(cell.id, calendar.year);
    if (!owed(model, quarter)) return undefined;
    const text: Text = model
      ? {
          key: "job-model-progress",
          args: { quarter: quarterText(calendar.year, quarter), title: model.title },
        }
      : {
          key: "job-model-register",
          args: { year: String(calendar.year), deadline: formatDay(calendar.plan.model.reportBy) },
        };
    return intent.kind === "member"
      ? { parts: [text] }
      : groupMessage(message.services, cell.id, text);
  },
};

/** What is still owed in a quarter: its progress, or in the first quarter the model itself. */
function owed(model: CellModel | undefined, quarter: number): boolean {
  if (!model) return quarter === 1;
  return !model.progress.some((p) => p.quarter === quarter);
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
