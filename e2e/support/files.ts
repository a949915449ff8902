import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';

/** Decodes a PNG file; throws if it is not one. */
export async function readPng(path: string): Promise<PNG> {
  return PNG.sync.read(await readFile(path));
}

/** Variance of the pixels' luminance: near 0 for a blank (single-colour) image. */
export function luminanceVariance(png: PNG): number {
  let sum = 0;
  let sumSquares = 0;
  const pixels = png.width * png.height;
  for (let i = 0; i < png.data.length; i += 4) {
    const y = 0.2126 * png.data[i]! + 0.7152 * png.data[i + 1]! + 0.0722 * png.data[i + 2]!;
    sum += y;
    sumSquares += y * y;
  }
  const mean = sum / pixels;
  return sumSquares / pixels - mean * mean;
}

/** Page count and text of a PDF, read with pdf.js. */
export async function readPdf(data: Uint8Array): Promise<{ pages: number; text: string }> {
  const pages = await readPdfPages(data);
  return { pages: pages.length, text: pages.join('\n') };
}

/**
 * Pixels of two same-sized PNGs that differ visibly: by more than `tolerance` in a channel.
 * (Re-rasterized anti-aliased edges move by one or two levels; no one can see that.)
 */
export function visiblyDifferentPixels(a: Buffer, b: Buffer, tolerance = 8): number {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  if (x.width !== y.width || x.height !== y.height) return Number.POSITIVE_INFINITY;
  let count = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    if ([0, 1, 2, 3].some((c) => Math.abs(x.data[i + c]! - y.data[i + c]!) > tolerance)) count++;
  }
  return count;
}

/** The text of each page of a PDF, read with pdf.js. */
export async function readPdfPages(data: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js wants a plain Uint8Array (Playwright hands out a Buffer).
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages;
}
