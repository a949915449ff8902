import { describe, expect, it } from 'vitest';
import { initials } from './initials';

describe('initials', () => {
  it.each([
    ['Acme Corporation', 'AC'],
    ['acme corporation', 'AC'],
    ['Globex', 'G'],
    ['tinker', 'T'],
    ['Northwind Media Group', 'NG'],
    ['  Drift   &   Sons  ', 'DS'],
    ['Ada\tPark\n', 'AP'],
    ['María José', 'MJ'],
    ['élan vital', 'ÉV'],
    ['🚀 Rocket', '🚀R'],
    ['Rocket 🚀', 'R🚀'],
    ['👩‍💻 Dev Team', '👩‍💻T'],
    ['🇯🇵 Tokyo', '🇯🇵T'],
    ['123 Studio', '1S'],
  ])('%j → %j', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  it('keeps a letter with a combining mark whole', () => {
    expect(initials('e\u0301cole normale')).toBe('E\u0301N');
  });

  it.each([null, '', '   ', '\n\t'])('gives "?" for %j', (name) => {
    expect(initials(name)).toBe('?');
  });

  it('never gives more than two graphemes', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    for (const name of ['a b c d e', '🚀 🛸 🌍', 'x', 'Ünïcödé Wörds Hère']) {
      expect([...segmenter.segment(initials(name))].length).toBeLessThanOrEqual(2);
    }
  });
});
