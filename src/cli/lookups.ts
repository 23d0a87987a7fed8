import type { App } from "../app.js";
import { localYear } from "../domain/calendar.js";
import type { Cell, CellStore } from "../store/cell-store.js";
import { CliError } from "./cli-command.js";

type Committee = NonNullable<ReturnType<CellStore["committeeByName"]>>;

/** The cell a code names; refused with where to see the codes. */
export function cellByCode(app: App, code: string): Cell {
  const cell = app.services.cells.byCode(code);
  if (!cell) throw new CliError({ key: "cli-unknown-cell", args: { code } });
  return cell;
}

/** Every cell, or the one named by --cell. */
export function selectCells(app: App, code: string | undefined): Cell[] {
  return code === undefined ? app.services.cells.all() : [cellByCode(app, code)];
}

/** The committee a name names; refused with how committees come to be. */
export function committeeByName(app: App, name: string): Committee {
  const committee = app.services.cells.committeeByName(name.trim());
  if (!committee) throw new CliError({ key: "cli-unknown-committee", args: { name } });
  return committee;
}

/** The year --year names; this year without it. */
export function yearOf(app: App, value: string | undefined): number {
  if (value === undefined) return localYear(app.services.clock.now(), app.services.timeZone);
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new CliError({ key: "cli-bad-year", args: { year: value } });
  }
  return year;
}
