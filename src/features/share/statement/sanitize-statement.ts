/**
 * The rendered dashboard made into a statement: what a person without the app needs, and
 * nothing that could act. Works on a detached copy of the DOM, so text stays text: API strings
 * are text nodes and attribute values, and the serializer escapes them.
 */

/** Elements that act, fetch or only make sense in the live app. */
const REMOVED = [
  'script',
  'noscript',
  'template',
  'style',
  'link',
  'meta',
  'iframe',
  'frame',
  'object',
  'embed',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'audio',
  'video',
  'header',
  '[data-export-exclude]',
  '[data-statement-omit]',
  '#metadata-card',
].join(',');

/** Attributes that name something to fetch or navigate to. */
const URL_ATTRIBUTES = ['src', 'srcset', 'href', 'xlink:href', 'action', 'formaction', 'poster', 'background', 'ping'];

const isHttps = (value: string) => {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
};

/** Strips a copy of the dashboard down to the statement, in place. */
export function sanitizeStatementTree(root: Element): void {
  root.querySelectorAll(REMOVED).forEach((node) => node.remove());
  for (const node of [root, ...root.querySelectorAll('*')]) {
    for (const { name } of [...node.attributes]) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on') || (lower === 'style' && /url\s*\(/i.test(node.getAttribute(name) ?? ''))) {
        node.removeAttribute(name);
      }
    }
    // A link stays a link only to an https page; it opens without opener or referrer.
    if (node.localName === 'a' && node.namespaceURI === 'http://www.w3.org/1999/xhtml') {
      const href = node.getAttribute('href') ?? '';
      if (isHttps(href)) {
        node.setAttribute('rel', 'noopener noreferrer');
        node.setAttribute('target', '_blank');
        node.setAttribute('referrerpolicy', 'no-referrer');
        for (const name of URL_ATTRIBUTES.filter((n) => n !== 'href')) node.removeAttribute(name);
        continue;
      }
      const text = node.ownerDocument.createElement('span');
      text.append(...node.childNodes);
      node.replaceWith(text);
      continue;
    }
    // Images only from data: URLs (nothing fetched); everything else loses its URLs.
    const dataImage = node.localName === 'img' && /^data:image\//i.test(node.getAttribute('src') ?? '');
    if (node.localName === 'img' && !dataImage) {
      node.remove();
      continue;
    }
    for (const name of URL_ATTRIBUTES) {
      if (name === 'src' && dataImage) continue;
      // An SVG's internal reference (`#gradient`) fetches nothing.
      if ((name === 'href' || name === 'xlink:href') && (node.getAttribute(name) ?? '').startsWith('#')) continue;
      node.removeAttribute(name);
    }
    // What only the statement shows (tables behind a chart) is hidden on screen in the app.
    if (node.hasAttribute('data-statement-only')) node.classList.remove('hidden');
  }
}
