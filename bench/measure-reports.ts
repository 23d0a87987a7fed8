/**
 * 3. Reports: /baocao for one cell (through the in-process bot, as a secretary asks it in the
 *    group, and in private where a chart comes with it), a committee's roll-up, and the files:
 *    DOCX and XLSX for one cell and for the roll-up.
 */
import { loadRollup } from "../src/reports/rollup.js";
import type { BenchContext } from "./context.js";
import { inProcessBot } from "./measure-updates.js";
import { YEAR } from "./seed.js";
import { type Latency, latency, timeEach } from "./stats.js";

export interface ReportFigures {
  /** /baocao in the cell's group: counts and names, what the target is about. */
  baocaoGroup: Latency;
  /** /baocao in the secretary's private chat: every plan, attendance, and the chart as PNG. */
  baocaoPrivate: Latency;
  /** The roll-up of one committee's cells, as /tonghop loads it: this year, so far. */
  rollup: Latency & { cells: number };
  /** The same of last year: twelve monthly meetings a cell (with a full seed). */
  rollupLastYear: Latency & { cells: number; meetingsEach: number };
  docxCell: Latency;
  xlsxCell: Latency;
  docxRollup: Latency;
  xlsxRollup: Latency;
}

/**
 * Times /baocao as a secretary asks it, in the group or in private, through the in-process bot:
 * a different cell each time, so that nothing of one cell is still in a cache for the next.
 */
export function baocaoTimer(context: BenchContext) {
  const { people, updates, province } = context;
  const { bot, api } = inProcessBot(context);
  const secretary = (cell: number) => people.user({ cell, member: 0 });
  let next = 0;
  const cellAt = () => next++ % province.size.cells;
  const baocao = async (count: number, inGroup: boolean) => {
    const before = api.total;
    const samples = await timeEach(count, async () => {
      const cell = cellAt();
      const where = inGroup ? people.group(cell) : undefined;
      await bot.handleUpdate(updates.text(secretary(cell), "/baocao", where));
    });
    // In a group one message; in private the report, the chart's words and the chart.
    const expected = count * (inGroup ? 1 : 3);
    if (api.total - before < expected) throw new Error("/baocao was not answered in full.");
    return samples;
  };
  return { cellAt, baocao };
}

export async function measureReports(
  context: BenchContext,
  options: { iterations: number; files: number },
): Promise<ReportFigures> {
  const { province, app } = context;
  const { cellAt, baocao } = baocaoTimer(context);
  await baocao(Math.min(20, options.iterations), true);
  const baocaoGroup = latency(await baocao(options.iterations, true));
  await baocao(2, false);
  const baocaoPrivate = latency(await baocao(options.files, false));

  const committee = province.committeeId(0);
  const rollupCells = app.services.cells.cellsOf(committee).length;
  const rollupOf = async (year: number) => {
    loadRollup(app.services, committee, year);
    return latency(await timeEach(options.files, () => loadRollup(app.services, committee, year)));
  };
  const rollup = { ...(await rollupOf(YEAR)), cells: rollupCells };
  const rollupLastYear = {
    ...(await rollupOf(YEAR - 1)),
    cells: rollupCells,
    meetingsEach: province.closedIn(YEAR - 1),
  };

  const file = async (count: number, make: () => Promise<unknown>) => {
    await make();
    return latency(await timeEach(count, make));
  };
  const cellId = () => province.cellId(cellAt());
  const docxCell = await file(options.files, () =>
    app.documents({ kind: "registration-docx", cellId: cellId(), year: YEAR }),
  );
  const xlsxCell = await file(options.files, () =>
    app.documents({ kind: "cell-xlsx", cellId: cellId(), year: YEAR }),
  );
  const rollupFiles = Math.max(1, Math.ceil(options.files / 4));
  const docxRollup = await file(rollupFiles, () =>
    app.documents({ kind: "rollup-docx", committeeId: committee, year: YEAR }),
  );
  const xlsxRollup = await file(rollupFiles, () =>
    app.documents({ kind: "rollup-xlsx", committeeId: committee, year: YEAR }),
  );
  return {
    baocaoGroup,
    baocaoPrivate,
    rollup,
    rollupLastYear,
    docxCell,
    xlsxCell,
    docxRollup,
    xlsxRollup,
  };
}
