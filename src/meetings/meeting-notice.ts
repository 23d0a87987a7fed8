import type { Text } from "../i18n.js";
import type { Poster } from "../outbox/poster.js";
import type { Meeting } from "../store/meeting-store.js";
import type { Services } from "../store/services.js";
import { hasMaterials, postMaterials } from "./meeting-materials.js";
import { announcement, topicOf, when } from "./meeting-texts.js";

/**
 * The notice of a meeting (HD 42-HD/BTCTW: time, place and content to the members and to the
 * committee above): the announcement in the cell's groups, with its answer choices, the
 * materials attached so far, and one short line to the committee's officers in private (the
 * cell, kind, time, place and topic: nothing of any member). Recorded as noticed: once a
 * meeting. Returns how many officers the line went to (none: the cell has no committee, or
 * no officer of it opened a chat with chibo), so that nobody is told they were.
 */
export function noticeMeeting(
  services: Services,
  poster: Poster,
  meeting: Meeting,
  now: Date,
): number {
  const { timeZone } = services;
  const posted = announcement(meeting, services.meetings.responses(meeting.id), timeZone);
  poster.toGroups(posted.parts, posted.extras);
  // Its own message: the announcement is rewritten as members answer, from announcement().
  if (meeting.remoteAllowed) poster.toGroups([{ key: "series-notice-remote" }]);
  if (hasMaterials(meeting)) postMaterials(poster, meeting);
  const officers = tellCommittee(services, poster, meeting, "series-notice-officer");
  services.meetingSeries.markNoticed(meeting.id, now);
  return officers;
}

/**
 * A noticed meeting changed or cancelled: one line to the committee's officers, who had its
 * time and place (HD 42). Returns how many it went to.
 */
export function tellCommitteeOfChange(
  services: Services,
  poster: Poster,
  meeting: Meeting,
  change: "changed" | "cancelled",
): number {
  return tellCommittee(services, poster, meeting, `series-${change}-officer`);
}

/** The committee's officers who can be told in private: those with a chat with chibo. */
export function reachableOfficers(services: Services, cellId: number): number {
  const committeeId = services.cells.byId(cellId)?.committeeId;
  if (committeeId == null) return 0;
  const { officers, conversations } = services;
  return officers.officersOf(committeeId).filter((id) => conversations.hasPrivateChat(id)).length;
}

/**
 * "The notice goes to the groups [and the committee above] on <day>": the committee named
 * only where one of its officers can be reached.
 */
export function noticeOn(services: Services, meeting: Meeting, day: string): Text {
  const toCommittee = reachableOfficers(services, meeting.cellId) > 0;
  return {
    key: toCommittee ? "series-notice-on-committee" : "series-notice-on-groups",
    args: { day },
  };
}

function tellCommittee(services: Services, poster: Poster, meeting: Meeting, key: string): number {
  const cell = services.cells.byId(meeting.cellId);
  if (cell?.committeeId == null) return 0;
  const { timeZone } = services;
  poster.toCommitteeOfficers(cell.committeeId, [
    {
      key,
      args: {
        cell: cell.name,
        kind: { key: `meeting-kind-${meeting.kind}` },
        when: when(meeting.startsAt, timeZone),
        place: meeting.place,
        topic: topicOf(meeting, timeZone),
      },
    },
  ]);
  return reachableOfficers(services, meeting.cellId);
}
