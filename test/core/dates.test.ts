import fc from 'fast-check';
import { parseDateCell, formatDay, dayFromYmd, dayToExcelSerial } from '../../src/core/dates';

const FULL = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

describe('date forms of SPEC.md', () => {
  it.each([
    [new Date(Date.UTC(2026, 2, 5)), '2026-03-05'],
    [46086, '2026-03-05'],
    ['2026-3-5', '2026-03-05'],
    ['2026/03/05', '2026-03-05'],
    ['2026.3.5', '2026-03-05'],
    ['2026年3月5日', '2026-03-05'],
    ['20260305', '2026-03-05'],
    [20260305, '2026-03-05'],
    ['２０２６年３月５日', '2026-03-05'],
    [' 2026-03-05 ', '2026-03-05'],
  ])('%p → %s', (v, iso) => {
    expect(formatDay(parseDateCell(v)!)).toBe(iso);
  });

  it.each(['3月5日', '26.3.5', '2026-02-30', '2026-13-01', '下周一', '2026年3月', '05/03/2026', '', 60, -1, true])(
    'rejects %p', (v) => expect(parseDateCell(v as never)).toBeNull());
});

describe('properties', () => {
  const ymd = fc.record({ y: fc.integer({ min: 1990, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
    .filter(({ y, m, d }) => dayFromYmd(y, m, d) !== null);

  it('every accepted spelling of a real date gives that date', () => {
    fc.assert(fc.property(ymd, ({ y, m, d }) => {
      const day = dayFromYmd(y, m, d)!;
      const p2 = (n: number) => String(n).padStart(2, '0');
      for (const s of [`${y}-${m}-${d}`, `${y}/${p2(m)}/${p2(d)}`, `${y}.${m}.${d}`, `${y}年${m}月${d}日`, `${y}${p2(m)}${p2(d)}`, FULL(`${y}-${m}-${d}`)]) {
        expect(parseDateCell(s)).toBe(day);
      }
      expect(parseDateCell(dayToExcelSerial(day))).toBe(day);
    }));
  });

  it('never guesses: text without a four-digit year, month and day is rejected', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const got = parseDateCell(s);
      if (got !== null) {
        // Whatever was accepted must spell out the same year, month and day.
        const [y, m, d] = formatDay(got).split('-').map(Number);
        const digits = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
        expect(digits).toContain(String(y));
        expect(digits.includes(String(m)) && digits.includes(String(d))).toBe(true);
      }
    }), { numRuns: 2000 });
  });

  it('impossible calendar dates are rejected in every form', () => {
    fc.assert(fc.property(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 31 }), (y, m, d) => {
      const valid = dayFromYmd(y, m, d) !== null;
      expect(parseDateCell(`${y}-${m}-${d}`) !== null).toBe(valid);
      expect(parseDateCell(`${y}年${m}月${d}日`) !== null).toBe(valid);
    }));
  });
});
