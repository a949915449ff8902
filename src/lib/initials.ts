/**
 * Up to two initials for an avatar, by grapheme so emoji and combining marks stay whole
 * ("Acme Corporation" → "AC", "🚀 Rocket" → "🚀R"). "?" when there is nothing to show.
 */
export function initials(name: string | null): string {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const first = (word: string) => segmenter.segment(word)[Symbol.iterator]().next().value?.segment ?? '';
  const picked = words.length === 1 ? [words[0]!] : [words[0]!, words[words.length - 1]!];
  return picked.map(first).join('').toLocaleUpperCase();
}
