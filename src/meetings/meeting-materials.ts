import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { MeetingMaterials } from "../domain/meeting-rules.js";
import type { Text } from "../i18n.js";
import type { BuiltDocument } from "../messages/document-request.js";
import type { ReplyExtras } from "../messages/reply.js";
import type { Poster } from "../outbox/poster.js";
import { makePrivateFolder, writePrivateFile } from "../private-files.js";
import type { Meeting } from "../store/meeting-store.js";
import type { Services } from "../store/services.js";
import { shortName } from "./meeting-texts.js";

/** Where a meeting's documents are kept, under the data folder; removed when it closes. */
const MATERIALS_DIR = "materials";

/** Whether the secretary attached anything to the meeting: an agenda, a link or a file. */
export function hasMaterials(meeting: Pick<Meeting, "materials">): boolean {
  const { agenda, link, file } = meeting.materials ?? {};
  return Boolean(agenda || link || file);
}

/** The agenda's items, one a line, as stored. */
export function agendaItems(materials: MeetingMaterials | null | undefined): string[] {
  return materials?.agenda ? materials.agenda.split("\n") : [];
}

/**
 * What a notice says of the materials: the agenda's items numbered, the link, the file's name;
 * none when nothing is attached. The file itself goes with `materialsExtras`.
 */
export function materialsParts(meeting: Pick<Meeting, "materials">): Text[] {
  const materials = meeting.materials;
  if (!materials) return [];
  const parts: Text[] = [];
  const items = agendaItems(materials);
  if (items.length > 0) {
    const agenda = items.map((item, index) => `${index + 1}. ${item}`).join("\n");
    parts.push({ key: "materials-agenda", args: { agenda } });
  }
  if (materials.link) parts.push({ key: "materials-link", args: { link: materials.link } });
  if (materials.file) parts.push({ key: "materials-file", args: { name: materials.file.name } });
  return parts;
}

/** The attached file, sent with the words where the platform sends files. */
export function materialsExtras(meeting: Pick<Meeting, "id" | "materials">): ReplyExtras {
  return meeting.materials?.file
    ? { document: { kind: "meeting-materials", meetingId: meeting.id } }
    : {};
}

/** The materials to the cell's groups, for a meeting whose notice went out already. */
export function postMaterials(poster: Poster, meeting: Meeting): void {
  const name = shortName(meeting, poster.services.timeZone);
  poster.toGroups(
    [{ key: "materials-posted", args: { meeting: name } }, ...materialsParts(meeting)],
    materialsExtras(meeting),
  );
}

/** A file received for a meeting, kept readable by chibo's account only; its path from the data folder. */
export function storeMaterialsFile(
  services: Services,
  meetingId: number,
  extension: string,
  bytes: Uint8Array,
): string {
  const folder = join(MATERIALS_DIR, String(meetingId));
  makePrivateFolder(join(services.dataDir, folder));
  // A new name each time: a draft never overwrites the file a queued notice will send.
  const path = join(folder, `${services.clock.now().getTime()}-${bytes.length}.${extension}`);
  writePrivateFile(join(services.dataDir, path), bytes);
  return path;
}

/** Removes the meeting's files other than the one kept (drafts left, a file replaced). */
export function dropOtherFiles(services: Services, meetingId: number, kept?: string): void {
  const folder = join(MATERIALS_DIR, String(meetingId));
  let names: string[];
  try {
    names = readdirSync(join(services.dataDir, folder));
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(folder, name);
    if (path !== kept) rmSync(join(services.dataDir, path), { force: true });
  }
}

/**
 * A meeting closed or cancelled keeps its agenda (the minutes read it) but not its file: the
 * file is removed from disk and from the meeting.
 */
export function dropMaterialsFile(services: Services, meeting: Meeting): void {
  rmSync(join(services.dataDir, MATERIALS_DIR, String(meeting.id)), {
    recursive: true,
    force: true,
  });
  if (!meeting.materials?.file) return;
  const { file: _dropped, ...kept } = meeting.materials;
  services.meetings.update(meeting.id, { materials: kept }, services.clock.now());
}

/** The attached file as it is sent; throws if the meeting has none, or it is gone. */
export function materialsDocument(services: Services, meetingId: number): BuiltDocument {
  const file = services.meetings.byId(meetingId)?.materials?.file;
  if (!file) throw new Error(`Meeting ${meetingId} has no file attached.`);
  const data = readFileSync(join(services.dataDir, file.path));
  // Sent as a file everywhere, pictures too: as a photo it would be compressed.
  return { filename: file.name, data, image: false };
}
