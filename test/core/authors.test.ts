// The fast paths of author-cell splitting give what the regex definitions give, on cells mixing ideographs,
// brackets, separators, spaces and full-width characters.
import fc from 'fast-check';
import { normalizeName, splitAuthorEntries } from '../../src/core/authors';
import { cleanText } from '../../src/core/text';

const byRegex = (raw: string) => cleanText(raw).replace(/[(（][^)）]*[)）]/g, '').replace(/\s/g, '');
const cellChars = fc.constantFrom(...'张三李四王伟（）()、，, 　\tＡa1财经委\r\n'.split(''));
const cell = fc.array(cellChars, { maxLength: 14 }).map((cs) => cs.join(''));

describe('author cells', () => {
  it('normalizeName equals its regex definition', () => {
    fc.assert(fc.property(cell, (s) => { expect(normalizeName(s)).toBe(byRegex(s)); }), { numRuns: 3000 });
  });

  it('splitAuthorEntries keeps each name once with its bracketed remark', () => {
    expect(splitAuthorEntries('张三、李四（财经委）,张三\r\n王伟')).toEqual([
      { name: '张三', hint: '' }, { name: '李四', hint: '财经委' }, { name: '王伟', hint: '' },
    ]);
    fc.assert(fc.property(cell, (s) => {
      const parts = s.replace(/\r\n?/g, '\n').split(/[、，,；;/／\\|｜\n\t]+/);
      const expected: Array<{ name: string; hint: string }> = [];
      for (const part of parts) {
        const name = byRegex(part);
        if (!name || expected.some((e) => e.name === name)) continue;
        expected.push({ name, hint: cleanText(/[(（]([^)）]*)[)）]/.exec(part)?.[1] ?? '').replace(/\s/g, '') });
      }
      expect(splitAuthorEntries(s)).toEqual(expected);
    }), { numRuns: 3000 });
  });
});
