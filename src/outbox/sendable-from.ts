import { afterQuietHours } from "../domain/schedule-rules.js";
import type { Services } from "../store/services.js";

/** The earliest a scheduled message may go out: `instant`, or when the quiet hours end. */
export function sendableFrom(services: Services, instant: Date): Date {
  return afterQuietHours(instant, services.timeZone, services.quietHours);
}
