import type { Poster } from "../outbox/poster.js";
import type { Meeting } from "../store/meeting-store.js";
import type { Services } from "../store/services.js";
import { hasMaterials, postMaterials } from "./meeting-materials.js";
import { announcement, when } from "./meeting-texts.js";

/**
 * The notice of a meeting (HD 42-HD/BTCTW: time, place and content to the members and to the
 * committee above): the announcement in the cell's groups, with its answer choices, the
 * materials attached so far, and one short line to the committee's officers in private (the
 * cell, kind, time and place: nothing of any member). Recorded as noticed: once a meeting.
 */
export function noticeMeeting(
  services: Services,
  poster: Poster,
  meeting: Meeting,
  now: Date,
): void {
  const { timeZone } = services;
  const posted = announcement(meeting, services.meetings.responses(meeting.id), timeZone);
  poster.toGroups(posted.parts, posted.extras);
  // Its own message: the announcement is rewritten as members answer, from announcement().
  if (meeting.remoteAllowed) poster.toGroups([{ key: "series-notice-remote" }]);
  if (hasMaterials(meeting)) postMaterials(poster, meeting);
  const cell = services.cells.byId(meeting.cellId);
  if (cell?.committeeId != null) {
    poster.toCommitteeOfficers(cell.committeeId, [
      {
        key: "series-notice-officer",
        args: {
          cell: cell.name,
          kind: { key: `meeting-kind-${meeting.kind}` },
          when: when(meeting.startsAt, timeZone),
          place: meeting.place,
        },
      },
    ]);
  }
  services.meetingSeries.markNoticed(meeting.id, now);
}
