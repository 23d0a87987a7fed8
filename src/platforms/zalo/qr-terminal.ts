import jsQR from "jsqr";
import { PNG } from "pngjs";
import { create } from "qrcode";

/**
 * Zalo's login event gives the QR only as a PNG (its `code` names the login, it is not what the
 * picture encodes), so jsQR reads the picture and qrcode makes the same content into modules,
 * drawn two rows a character.
 */
export function qrForTerminal(pngBase64: string): string {
  const png = PNG.sync.read(
    Buffer.from(pngBase64.replace(/^data:image\/png;base64,/, ""), "base64"),
  );
  const found = jsQR(onWhite(png.data), png.width, png.height);
  if (!found) throw new Error("The QR picture has no QR code that can be read.");
  // The bytes as read, whatever the picture's text encoding: a phone reads the same bytes.
  const { modules } = create([{ mode: "byte", data: Uint8Array.from(found.binaryData) }]);
  const at = (col: number, row: number) =>
    col >= 0 && row >= 0 && col < modules.size && row < modules.size && !!modules.get(row, col);
  // Drawn for a dark terminal, light blocks being the paper, with a quiet zone of two modules;
  // on a light terminal, scan the PNG file instead.
  const lines: string[] = [];
  for (let row = -2; row < modules.size + 2; row += 2) {
    let line = "";
    for (let col = -2; col < modules.size + 2; col += 1) {
      const upper = at(col, row);
      const lower = at(col, row + 1);
      line += upper && lower ? " " : upper ? "▄" : lower ? "▀" : "█";
    }
    lines.push(line);
  }
  return lines.join("\n");
}

/** RGBA pixels laid on white paper: jsQR reads colour only, and a transparent pixel is paper. */
function onWhite(rgba: Buffer): Uint8ClampedArray {
  const pixels = new Uint8ClampedArray(rgba.length);
  for (let i = 0; i < rgba.length; i += 4) {
    const alpha = (rgba[i + 3] ?? 255) / 255;
    for (let c = 0; c < 3; c += 1) pixels[i + c] = (rgba[i + c] ?? 255) * alpha + 255 * (1 - alpha);
    pixels[i + 3] = 255;
  }
  return pixels;
}
