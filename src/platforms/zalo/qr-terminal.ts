import { PNG } from "pngjs";

/**
 * Zalo gives the login QR only as a PNG; to show it in the terminal its modules are read off
 * the picture (the top-left finder pattern is 7 modules wide) and drawn two rows a character.
 * No library reads a QR picture's grid without decoding it, hence these few lines.
 */
export function qrForTerminal(pngBase64: string): string {
  const png = PNG.sync.read(
    Buffer.from(pngBase64.replace(/^data:image\/png;base64,/, ""), "base64"),
  );
  const dark = (x: number, y: number) => {
    const i = (png.width * y + x) * 4;
    const [r = 255, g = 255, b = 255, a = 255] = png.data.subarray(i, i + 4);
    return a > 128 && r + g + b < 384;
  };
  const [left, top] = firstDark(png.width, png.height, dark);
  let finder = 0;
  while (left + finder < png.width && dark(left + finder, top)) finder += 1;
  const module = finder / 7;
  const right = lastDark(png.width, png.height, dark);
  const count = Math.round((right - left + 1) / module);
  const at = (col: number, row: number) =>
    col >= 0 &&
    row >= 0 &&
    col < count &&
    row < count &&
    dark(Math.floor(left + (col + 0.5) * module), Math.floor(top + (row + 0.5) * module));
  // Drawn for a dark terminal, light blocks being the paper, with a quiet zone of two modules;
  // on a light terminal, scan the PNG file instead.
  const lines: string[] = [];
  for (let row = -2; row < count + 2; row += 2) {
    let line = "";
    for (let col = -2; col < count + 2; col += 1) {
      const upper = at(col, row);
      const lower = at(col, row + 1);
      line += upper && lower ? " " : upper ? "▄" : lower ? "▀" : "█";
    }
    lines.push(line);
  }
  return lines.join("\n");
}

function firstDark(width: number, height: number, dark: (x: number, y: number) => boolean) {
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) if (dark(x, y)) return [x, y] as const;
  }
  throw new Error("The QR picture is blank.");
}

function lastDark(width: number, height: number, dark: (x: number, y: number) => boolean): number {
  let last = 0;
  for (let y = 0; y < height; y += 1) {
    for (let x = width - 1; x > last; x -= 1) {
      if (dark(x, y)) {
        last = x;
        break;
      }
    }
  }
  return last;
}
