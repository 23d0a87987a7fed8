import { randomInt } from "node:crypto";

// No 0/O, 1/I/L: the code is read aloud and typed by people who may mix them up.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A short code a secretary can read out, such as "CB-7K3M". */
export function generateCellCode(): string {
  let code = "";
  for (let i = 0; i < 4; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `CB-${code}`;
}
