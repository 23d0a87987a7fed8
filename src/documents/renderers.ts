/**
 * What turns document data into bytes: docx, exceljs, vega and resvg. Loading them takes about
 * a second and up to 90 MB, so document-factory.ts imports this module the first time a file is
 * asked for rather than at start (see docs/performance.md).
 */
export { attendanceChart, pollChart, registrationProgressChart } from "./charts/cell-charts.js";
export { attendanceListDocx } from "./docx/attendance-list.js";
export { ledgerReportDocx } from "./docx/ledger-report.js";
export { meetingMinutesDocx } from "./docx/meeting-minutes.js";
export { memberDataDocx } from "./docx/member-data-copy.js";
export { memberResultsDocx } from "./docx/member-results-report.js";
export { nominationListDocx } from "./docx/nomination-list.js";
export { registrationReportDocx } from "./docx/registration-report.js";
export { resultsReportDocx } from "./docx/results-report.js";
export { rollupDocx } from "./docx/rollup-report.js";
export { yearEndReportDocx } from "./docx/year-end-report.js";
export { cellWorkbookXlsx } from "./xlsx/cell-workbook.js";
export { ledgerXlsx } from "./xlsx/ledger-workbook.js";
export { rollupXlsx } from "./xlsx/rollup-workbook.js";
