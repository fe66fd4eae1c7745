// How full each printed page is: the share of the page's writing area,
// from its top margin down to the lowest thing drawn on it, read from a
// grey render of the PDF (pdftoppm). The footer's "Page n of N" is in the
// bottom margin, so it does not count.
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const MM_PER_INCH = 25.4;

/** Reads a binary PGM (P5): { width, height, pixels }. */
function readPgm(bytes) {
  const header = [];
  let at = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[at]))) at += 1;
    let word = '';
    while (!/\s/.test(String.fromCharCode(bytes[at]))) { word += String.fromCharCode(bytes[at]); at += 1; }
    header.push(word);
  }
  const [magic, width, height] = header;
  if (magic !== 'P5') throw new Error(`not a binary PGM: ${magic}`);
  return { width: Number(width), height: Number(height), pixels: bytes.subarray(at + 1) };
}

/**
 * For each page of `pdf`, how full it is (0 to 1), given the print
 * stylesheet's top and bottom margins in millimetres.
 */
export function pageFill(pdf, { topMm = 18, bottomMm = 20, dpi = 30 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'sds-fill-'));
  try {
    execFileSync('pdftoppm', ['-gray', '-r', `${dpi}`, pdf, join(dir, 'p')]);
    return readdirSync(dir).sort().map((file) => {
      const { width, height, pixels } = readPgm(readFileSync(join(dir, file)));
      const top = Math.round((topMm / MM_PER_INCH) * dpi);
      const bottom = height - Math.round((bottomMm / MM_PER_INCH) * dpi);
      let lowest = top;
      for (let y = top; y < bottom; y += 1) {
        for (let x = 0; x < width; x += 1) {
          if (pixels[y * width + x] < 200) { lowest = y; break; }
        }
      }
      return (lowest - top) / (bottom - top);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
