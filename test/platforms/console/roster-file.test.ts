import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type ConsoleRig, startConsoleRig } from "../../support/console-rig.js";
import { rosterXlsx } from "../../support/roster-workbook.js";

describe("console: ':tep ĐƯỜNG-DẪN' sends a file as the one speaking", () => {
  let rig: ConsoleRig | undefined;
  let dir = "";
  afterEach(async () => {
    await rig?.stop();
    rig = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it("imports the roster from a file on this computer, by number, in the private chat", async () => {
    rig = await startConsoleRig();
    dir = mkdtempSync(join(tmpdir(), "chibo-roster-"));
    const path = join(dir, "danh sách chi bộ.xlsx");
    writeFileSync(path, await rosterXlsx());
    await rig.type("/khoitao Chi bộ Khu phố 1");
    expect(await rig.type(":rieng")).toEqual(["Đang ở: chat riêng với chibo."]);

    const preview = (await rig.type(`:tep "${path}"`)).join("\n");
    expect(preview).toContain('Xem trước "danh sách chi bộ.xlsx", trang tính "Danh sách"');
    expect(preview).toContain("  1. ✅ Đã đồng ý trên giấy, lưu");
    const saved = (await rig.type("1")).join("\n");
    expect(saved).toContain("Đã thêm 27 người vào danh sách Chi bộ Khu phố 1");
    const cellId = rig.app.services.cells.all()[0]?.id ?? 0;
    expect(rig.app.services.members.ofCell(cellId, "active")).toHaveLength(28);
  });

  it("says when there is no such file, and how to send one", async () => {
    rig = await startConsoleRig();
    dir = mkdtempSync(join(tmpdir(), "chibo-roster-"));
    expect(await rig.type(`:tep ${join(dir, "khong-co.xlsx")}`)).toEqual([
      `Không có tệp ${join(dir, "khong-co.xlsx")} trên máy này.`,
    ]);
    expect((await rig.type(":tep")).join("\n")).toContain(":tep đường-dẫn-tệp");
    // A file in the group is left alone: nothing is said there.
    const path = join(dir, "ds.xlsx");
    writeFileSync(path, await rosterXlsx());
    await rig.type("/khoitao Chi bộ Khu phố 1");
    expect(await rig.type(`:tep ${path}`)).toEqual([]);
  });
});
