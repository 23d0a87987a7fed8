import { existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { agendaItems } from "../domain/materials-rules.js";
import type { MeetingMaterials } from "../domain/meeting-rules.js";
import type { Text } from "../i18n.js";
import {
  type BuiltDocument,
  DocumentGone,
  type DocumentRequest,
} from "../messages/document-request.js";
import type { ReplyExtras } from "../messages/reply.js";
import type { Poster } from "../outbox/poster.js";
import { makePrivateFolder, writePrivateFile } from "../private-files.js";
import type { Meeting } from "../store/meeting-store.js";
import type { Services } from "../store/services.js";
import { shortName } from "./meeting-texts.js";

/**
 * Where a meeting's documents are kept, under the data folder; removed when it closes. A file
 * saved to the meeting stays there until then, a queued message may still send it; a file
 * sent during /tailieu waits in the sender's own drafts folder until it is saved or dropped.
 */
const MATERIALS_DIR = "materials";
const DRAFTS_DIR = "drafts";

function meetingFolder(meetingId: number): string {
  return join(MATERIALS_DIR, String(meetingId));
}

function draftsFolder(meetingId: number, memberId: number): string {
  return join(meetingFolder(meetingId), DRAFTS_DIR, String(memberId));
}

type MaterialsFile = NonNullable<MeetingMaterials["file"]>;
type MaterialsRequest = Extract<DocumentRequest, { kind: "meeting-materials" }>;

/** Whether the secretary attached anything to the meeting: an agenda, a link or a file. */
export function hasMaterials(meeting: Pick<Meeting, "materials">): boolean {
  const { agenda, link, file } = meeting.materials ?? {};
  return Boolean(agenda || link || file);
}

/**
 * What a notice says of the materials: the agenda's items numbered, the link, the file's name;
 * none when nothing is attached. The file itself goes with `materialsExtras`.
 */
export function materialsParts(meeting: Pick<Meeting, "materials">): Text[] {
  const materials = meeting.materials;
  if (!materials) return [];
  const parts: Text[] = [];
  const items = agendaItems(materials.agenda);
  if (items.length > 0) {
    const agenda = items.map((item, index) => `${index + 1}. ${item}`).join("\n");
    parts.push({ key: "materials-agenda", args: { agenda } });
  }
  if (materials.link) parts.push({ key: "materials-link", args: { link: materials.link } });
  if (materials.file) parts.push({ key: "materials-file", args: { name: materials.file.name } });
  return parts;
}

/**
 * The attached file, sent with the words where the platform sends files: the request names the
 * file itself, so that a message still queued sends the file it was queued with.
 */
export function materialsExtras(meeting: Pick<Meeting, "id" | "materials">): ReplyExtras {
  const file = meeting.materials?.file;
  return file ? { document: { kind: "meeting-materials", meetingId: meeting.id, ...file } } : {};
}

/** The materials to the cell's groups, for a meeting whose notice went out already. */
export function postMaterials(poster: Poster, meeting: Meeting): void {
  const name = shortName(meeting, poster.services.timeZone);
  poster.toGroups(
    [{ key: "materials-posted", args: { meeting: name } }, ...materialsParts(meeting)],
    materialsExtras(meeting),
  );
}

/**
 * A file received during /tailieu, kept readable by chibo's account only in the sender's drafts
 * (two officers at work on one meeting never drop each other's); its path from the data folder.
 */
export function storeMaterialsFile(
  services: Services,
  meetingId: number,
  memberId: number,
  extension: string,
  bytes: Uint8Array,
): string {
  const folder = draftsFolder(meetingId, memberId);
  makePrivateFolder(join(services.dataDir, folder));
  // A new name each time, the sender's in it: never one a queued message sends.
  const name = `${memberId}-${services.clock.now().getTime()}-${bytes.length}.${extension}`;
  const path = join(folder, name);
  writePrivateFile(join(services.dataDir, path), bytes);
  return path;
}

/**
 * The file as the meeting keeps it once saved: a draft is moved out of the drafts folder, one
 * saved before stays where it is. Undefined when the file is no longer on disk (the meeting
 * closed and came back in a rolled-back turn, or a draft was dropped): it must be sent again.
 */
export function keepMaterialsFile(
  services: Services,
  meetingId: number,
  file: MaterialsFile,
): MaterialsFile | undefined {
  const from = join(services.dataDir, file.path);
  if (!existsSync(from)) return undefined;
  const drafts = join(meetingFolder(meetingId), DRAFTS_DIR);
  if (!file.path.startsWith(`${drafts}/`)) return file;
  const path = join(meetingFolder(meetingId), basename(file.path));
  renameSync(from, join(services.dataDir, path));
  return { name: file.name, path };
}

/** Removes what the member sent during /tailieu and did not save. */
export function dropDrafts(services: Services, meetingId: number, memberId: number): void {
  rmSync(join(services.dataDir, draftsFolder(meetingId, memberId)), {
    recursive: true,
    force: true,
  });
}

/**
 * A meeting closed or cancelled keeps its agenda (the minutes read it) but not its file: the
 * file is removed from disk and from the meeting.
 */
export function dropMaterialsFile(services: Services, meeting: Meeting): void {
  rmSync(join(services.dataDir, meetingFolder(meeting.id)), {
    recursive: true,
    force: true,
  });
  if (!meeting.materials?.file) return;
  const { file: _dropped, ...kept } = meeting.materials;
  services.meetings.update(meeting.id, { materials: kept }, services.clock.now());
}

/**
 * The attached file as it is sent: the one the message was queued with. DocumentGone when it is
 * no longer on disk (the meeting closed while the message waited, or a turn that removed it was
 * rolled back): the words go without it rather than wait for a file that will not come back.
 */
export function materialsDocument(services: Services, request: MaterialsRequest): BuiltDocument {
  let data: Buffer;
  try {
    data = readFileSync(join(services.dataDir, request.path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new DocumentGone(request);
    throw error;
  }
  // Sent as a file everywhere, pictures too: as a photo it would be compressed.
  return { filename: request.name, data, image: false };
}
