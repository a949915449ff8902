/**
 * Turns a part of the page into a PNG. modern-screenshot is used because it renders the
 * oklch colours Tailwind v4 emits (html2canvas cannot); it loads only when first needed.
 *
 * What the image holds beyond the screen: elements marked `data-export-footer` (hidden on
 * screen with zero height) are revealed in the copy that is drawn, and elements marked
 * `data-export-exclude` (buttons, menus) are left out.
 */

const REVEAL_FOOTER: [string, string][] = [
  ['height', 'auto'],
  ['block-size', 'auto'],
  ['overflow', 'visible'],
  ['overflow-x', 'visible'],
  ['overflow-y', 'visible'],
];

/**
 * What is exported: the whole dashboard (which reveals the page's footer) or one card
 * (which reveals the card's own footer, not every card's).
 */
export type ExportScope = 'dashboard' | 'card';

export async function capturePng(node: HTMLElement, scope: ExportScope): Promise<Blob> {
  const { domToBlob } = await import('modern-screenshot');
  const footers = Array.from(node.querySelectorAll<HTMLElement>(`[data-export-footer="${scope}"]`));
  const extraHeight = footers.reduce((sum, footer) => sum + footer.scrollHeight, 0);
  // An explicit background: a dark-theme export must not be light text on transparency.
  const background = opaqueBackground(node);
  const blob = await domToBlob(node, {
    scale: 2,
    type: 'image/png',
    backgroundColor: background,
    height: node.offsetHeight + extraHeight,
    font: false, // system fonts only: nothing to embed, nothing to fetch
    filter: (n) => !(n instanceof Element && n.hasAttribute('data-export-exclude')),
    onCloneEachNode: (clone) => {
      if (!(clone instanceof HTMLElement) || clone.getAttribute('data-export-footer') !== scope) return;
      clone.removeAttribute('aria-hidden');
      // The copied computed style holds both physical and logical sizes (block-size: 0px).
      for (const [property, value] of REVEAL_FOOTER) clone.style.setProperty(property, value);
    },
  });
  if (!blob) throw new Error('The browser produced no image.');
  return blob;
}

/** The first non-transparent background from the node up (a card's own, or the page's). */
function opaqueBackground(node: HTMLElement): string {
  for (let el: HTMLElement | null = node; el; el = el.parentElement) {
    const color = getComputedStyle(el).backgroundColor;
    if (color && color !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(color)) return color;
  }
  return getComputedStyle(document.documentElement).getPropertyValue('--canvas').trim() || '#ffffff';
}

/** Saves a blob under a file name through a temporary link (no server round trip). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
