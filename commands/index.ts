import type { Command } from "../src/engine/command.js";
import { baocao } from "./baocao.js";
import { bieuduong } from "./bieuduong.js";
import { binhchon } from "./binhchon.js";
import { bophieu } from "./bophieu.js";
import { caidat } from "./caidat.js";
import { camket } from "./camket.js";
import { chuyende } from "./chuyende.js";
import { dangky } from "./dangky.js";
import { danhgia } from "./danhgia.js";
import { diemdanh } from "./diemdanh.js";
import { dongy } from "./dongy.js";
import { dulieu } from "./dulieu.js";
import { duyet } from "./duyet.js";
import { help } from "./help.js";
import { hop } from "./hop.js";
import { huy } from "./huy.js";
import { kehoach } from "./kehoach.js";
import { ketqua } from "./ketqua.js";
import { khoitao } from "./khoitao.js";
import { lichhop } from "./lichhop.js";
import { lienket } from "./lienket.js";
import { mohinh } from "./mohinh.js";
import { nhacnho } from "./nhacnho.js";
import { nhapdanhsach } from "./nhapdanhsach.js";
import { start } from "./start.js";
import { tailieu } from "./tailieu.js";
import { thamgia } from "./thamgia.js";
import { thanhvien } from "./thanhvien.js";
import { tiendo } from "./tiendo.js";
import { tonghop } from "./tonghop.js";
import { xuatbaocao } from "./xuatbaocao.js";

/** Every command, in the order /help and the Telegram menu list them. */
export const commands: readonly Command[] = [
  start,
  help,
  khoitao,
  thamgia,
  dulieu,
  dongy,
  chuyende,
  dangky,
  camket,
  tiendo,
  ketqua,
  lienket,
  huy,
  lichhop,
  diemdanh,
  baocao,
  danhgia,
  mohinh,
  bieuduong,
  xuatbaocao,
  tonghop,
  kehoach,
  nhacnho,
  hop,
  tailieu,
  binhchon,
  bophieu,
  duyet,
  thanhvien,
  nhapdanhsach,
  caidat,
];
