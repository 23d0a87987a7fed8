import { localDay } from "../domain/calendar.js";
import { plainText } from "../domain/rich-text.js";
import { foldKey } from "../domain/text.js";
import type { Text, Translator } from "../i18n.js";
import { materialsDocument } from "../meetings/meeting-materials.js";
import { pollResult } from "../meetings/polls.js";
import type {
  BuiltDocument,
  DocumentMaker,
  DocumentRequest,
} from "../messages/document-request.js";
import { loadCellReport } from "../reports/load-cell-report.js";
import { loadRollup } from "../reports/rollup.js";
import type { Cell } from "../store/cell-store.js";
import type { Services } from "../store/services.js";
import type { Say } from "./document-data.js";
import { DocumentData } from "./load-document-data.js";
import { attendanceList, yearLedger } from "./load-ledger-data.js";
import { minutesQuality, resultsQuality } from "./meeting-quality-data.js";
import { loadMemberDataCopy, memberDataJson } from "./member-data.js";

/** Makes the files a reply asks for, from the data as it stands when it is sent. */
export function documentMaker(services: Services, translator: Translator): DocumentMaker {
  const data = new DocumentData(services, translator);
  const say: Say = (key, args) => plainText(translator.t(key, args));
  const plain = (text: string | Text) =>
    typeof text === "string" ? text : plainText(translator.text(text));
  const cellOf = (id: number): Cell => {
    const cell = services.cells.byId(id);
    if (!cell) throw new Error(`No cell ${id} for a document.`);
    return cell;
  };
  const file = (filename: string, bytes: Buffer, image = false): BuiltDocument => ({
    filename,
    data: bytes,
    image,
  });
  // A chart with nothing to draw is not made (undefined): the command asks for one only when
  // there is something, and says so in words when there is not.
  const chart = (filename: string, bytes: Buffer | undefined): BuiltDocument => {
    if (!bytes) throw new Error(`Nothing to draw in ${filename}.`);
    return file(filename, bytes, true);
  };

  return async (request: DocumentRequest) => {
    // Loaded with the first file asked for, not at start: close to a second and 90 MB.
    const {
      attendanceChart,
      attendanceListDocx,
      cellWorkbookXlsx,
      ledgerReportDocx,
      ledgerXlsx,
      meetingMinutesDocx,
      memberDataDocx,
      memberResultsDocx,
      nominationListDocx,
      pollChart,
      registrationProgressChart,
      registrationReportDocx,
      resultsReportDocx,
      rollupDocx,
      rollupXlsx,
      yearEndReportDocx,
    } = await import("./renderers.js");
    const { setUpChartText } = await import("./charts/render-chart.js");
    // Charts measure their text as resvg draws it; setting that up again changes nothing.
    setUpChartText();
    switch (request.kind) {
      case "registration-docx": {
        const cell = cellOf(request.cellId);
        const bytes = await registrationReportDocx(data.registration(cell, request.year), say);
        return file(`dang-ky-${cell.code}-${request.year}.docx`, bytes);
      }
      case "results-docx": {
        const cell = cellOf(request.cellId);
        const report = data.results(cell, request.year, request.quarter);
        const period = request.quarter === null ? "nam" : `quy${request.quarter}`;
        const quality = resultsQuality(services, cell, request.year, request.quarter);
        const bytes = await resultsReportDocx(report, say, quality);
        return file(`ket-qua-${cell.code}-${request.year}-${period}.docx`, bytes);
      }
      case "year-end-docx": {
        const cell = cellOf(request.cellId);
        const bytes = await yearEndReportDocx(data.yearEnd(cell, request.year), say);
        return file(`tong-ket-${cell.code}-${request.year}.docx`, bytes);
      }
      case "member-results-docx": {
        const member = services.members.byId(request.memberId);
        if (!member) throw new Error("No such member.");
        const report = data.memberResults(cellOf(member.cellId), member, request.year);
        const bytes = await memberResultsDocx(report, say);
        return file(`bao-cao-ket-qua-${request.year}-${slug(member.fullName)}.docx`, bytes);
      }
      case "member-data-json": {
        const member = services.members.byId(request.memberId);
        if (!member) throw new Error("No such member.");
        const bytes = memberDataJson(services, member, cellOf(member.cellId));
        return file(`du-lieu-chibo-${slug(member.fullName)}.json`, bytes);
      }
      case "member-data-docx": {
        const member = services.members.byId(request.memberId);
        if (!member) throw new Error("No such member.");
        const cell = cellOf(member.cellId);
        const rows = services.consents.dataOf(member.id, services.members.personIds(member.id));
        const copy = loadMemberDataCopy(services, plain, member, cell, data.heading(cell), rows);
        return file(`du-lieu-chibo-${slug(member.fullName)}.docx`, await memberDataDocx(copy, say));
      }
      case "nominations-docx": {
        const cell = cellOf(request.cellId);
        const list = data.nominationList(cell, request.year, request.round);
        const bytes = await nominationListDocx(list, say);
        const round = request.round === "midterm" ? "so-ket" : "tong-ket";
        return file(`bieu-duong-${cell.code}-${request.year}-${round}.docx`, bytes);
      }
      case "minutes-docx": {
        const cell = cellOf(request.cellId);
        const meeting = services.meetings.byId(request.meetingId);
        if (!meeting || meeting.cellId !== cell.id) throw new Error("No such meeting.");
        const quality = minutesQuality(services, cell, meeting);
        const bytes = await meetingMinutesDocx(data.minutes(cell, meeting), say, quality);
        const day = localDay(meeting.startsAt, services.timeZone);
        return file(`bien-ban-${cell.code}-${day}.docx`, bytes);
      }
      case "attendance-list-docx": {
        const cell = cellOf(request.cellId);
        const meeting = services.meetings.byId(request.meetingId);
        if (!meeting || meeting.cellId !== cell.id) throw new Error("No such meeting.");
        const list = attendanceList(services, data.heading(cell), meeting);
        const day = localDay(meeting.startsAt, services.timeZone);
        return file(
          `danh-sach-du-hop-${cell.code}-${day}.docx`,
          await attendanceListDocx(list, say),
        );
      }
      case "ledger-docx":
      case "ledger-xlsx": {
        const cell = cellOf(request.cellId);
        const ledger = yearLedger(services, data.heading(cell), cell.id, request.year);
        const name = `theo-doi-sinh-hoat-${cell.code}-${request.year}`;
        return request.kind === "ledger-docx"
          ? file(`${name}.docx`, await ledgerReportDocx(ledger, say))
          : file(`${name}.xlsx`, await ledgerXlsx(ledger, say));
      }
      case "meeting-materials":
        return materialsDocument(services, request);
      case "cell-xlsx": {
        const cell = cellOf(request.cellId);
        const bytes = await cellWorkbookXlsx(data.workbook(cell, request.year), say);
        return file(`chi-bo-${cell.code}-${request.year}.xlsx`, bytes);
      }
      case "registration-chart": {
        const cell = cellOf(request.cellId);
        const report = loadCellReport(services, cell, request.year);
        const bytes = await registrationProgressChart(
          {
            deadline: report.registrationDeadline,
            target: report.members.length - report.exempt.length,
            registeredOn: [...report.commitments.values()]
              .filter((c) => report.registered.some((m) => m.id === c.memberId))
              .map((c) => localDay(c.submittedAt, services.timeZone)),
            today: localDay(services.clock.now(), services.timeZone),
          },
          say,
        );
        return chart(`bieu-do-dang-ky-${cell.code}.png`, bytes);
      }
      case "attendance-chart": {
        const cell = cellOf(request.cellId);
        const { meetings } = data.workbook(cell, request.year);
        const bytes = await attendanceChart(meetings, services.timeZone, say);
        return chart(`bieu-do-diem-danh-${cell.code}-${request.year}.png`, bytes);
      }
      case "poll-chart": {
        const cell = cellOf(request.cellId);
        const poll = services.polls.byId(request.pollId);
        if (!poll || poll.cellId !== cell.id) throw new Error("No such poll.");
        const bytes = await pollChart(data.poll(pollResult(services, poll)), say);
        return chart(`bieu-do-binh-chon-${cell.code}-${poll.id}.png`, bytes);
      }
      case "rollup-docx":
      case "rollup-xlsx": {
        const rollup = loadRollup(services, request.committeeId, request.year);
        const name = `tong-hop-${request.committeeId}-${request.year}`;
        const place = services.cells.committeeById(request.committeeId)?.place?.trim() || null;
        return request.kind === "rollup-docx"
          ? file(`${name}.docx`, await rollupDocx(rollup, say, place))
          : file(`${name}.xlsx`, await rollupXlsx(rollup, say));
      }
    }
  };
}

/** A name as a file name may hold it: "Nguyễn Thị Lan" → "nguyen-thi-lan". */
function slug(name: string): string {
  return (
    foldKey(name)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "dang-vien"
  );
}
